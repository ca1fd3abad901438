//! The frontier's files (`frontier.csv`, `frontier.json`, `frontier.md`, the chart) and its
//! terminal text: exact content for a frontier written by hand, and the files of the bundled
//! example's own-money frontier.

use fundmix::analyse::frontier::{frontier, Frontier, FrontierPoint, FrontierRequest, Money};
use fundmix::report::frontier::{frontier_files, frontier_text};
use std::path::Path;

const PNG_SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";

fn point(money_eur: f64, impact: f64, funded: &[&str]) -> FrontierPoint {
    FrontierPoint::new(money_eur, impact, funded)
}

/// Four points; the plan is the last one. Point 4 drops `b` for `e` and `f`.
fn by_hand() -> Frontier {
    Frontier {
        scenario: "Baseline".into(),
        money_label: "own money".into(),
        sources: vec!["municipal".into()],
        method: "exact",
        step: 500.0,
        points: vec![
            point(210_000.0, 7_400.0, &["a", "b"]),
            point(260_000.0, 8_300.0, &["a", "b", "c"]),
            point(330_000.0, 9_350.0, &["a", "b", "c", "d"]),
            point(434_000.0, 10_190.0, &["a", "c", "d", "e", "f"]),
        ],
        current: Some((434_000.0, 10_190.0)),
        lang: fundmix::i18n::Lang::En,
    }
}

fn file<'f>(files: &'f [(String, Vec<u8>)], name: &str) -> &'f [u8] {
    &files
        .iter()
        .find(|(n, _)| n == name)
        .unwrap_or_else(|| panic!("no {name}"))
        .1
}

fn text(files: &[(String, Vec<u8>)], name: &str) -> String {
    String::from_utf8(file(files, name).to_vec()).expect("UTF-8")
}

#[test]
fn the_files_are_the_csv_json_markdown_and_chart() {
    let files = frontier_files(&by_hand()).unwrap();
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "frontier.csv",
            "frontier.json",
            "frontier.md",
            "charts/frontier.svg",
            "charts/frontier.png"
        ]
    );
}

#[test]
fn the_csv_has_each_point_its_actions_and_the_impact_per_1000_eur_of_its_step() {
    let files = frontier_files(&by_hand()).unwrap();
    assert_eq!(
        text(&files, "frontier.csv"),
        "point,money_eur,impact,funded_count,funded,impact_per_1000_eur\n\
         1,210000.00,7400.00,2,a;b,\n\
         2,260000.00,8300.00,3,a;b;c,18.00\n\
         3,330000.00,9350.00,4,a;b;c;d,15.00\n\
         4,434000.00,10190.00,5,a;c;d;e;f,8.08\n"
    );
}

#[test]
fn the_markdown_says_what_each_step_buys_and_where_the_plan_stands() {
    let files = frontier_files(&by_hand()).unwrap();
    let md = text(&files, "frontier.md");
    assert!(
        md.starts_with("# What more own money buys – Baseline\n"),
        "{md}"
    );
    for line in [
        "- **Money counted:** own money (sources: municipal)",
        "- **How it was traced:** exactly; for any amount between two rows, the best plan gets at \
         most 500 points more than the lower row",
        "- **Where this plan stands:** This plan uses 434 000 EUR of own money for 10 190 points: it is point 4 \
         of the frontier, and no amount of extra own money buys more impact.",
        "| Point | Own money used (EUR) | Extra money (EUR) | Weighted impact (points) | Extra \
         impact (points) | Points per 1 000 EUR extra | Actions added | Actions dropped |",
        "| 1 | 210 000 |  | 7 400 |  |  | 2 actions (the least own money any plan needs) |  |",
        "| 2 | 260 000 | 50 000 | 8 300 | 900 | 18.00 | c |  |",
        "| 3 | 330 000 | 70 000 | 9 350 | 1 050 | 15.00 | d |  |",
        "| 4 | 434 000 | 104 000 | 10 190 | 840 | 8.08 | e, f | b |",
        "Point 1 funds: a, b.",
        "From point 1 to point 4, 224 000 EUR more own money buys 2 790 more points (12.46 per \
         1 000 EUR). The best value for money is the step to point 2: 18.00 points per 1 000 EUR.",
    ] {
        assert!(md.lines().any(|l| l == line), "missing line:\n{line}\nin:\n{md}");
    }
}

#[test]
fn a_plan_below_the_frontier_is_told_what_the_same_money_could_buy() {
    let mut f = by_hand();
    f.current = Some((300_000.0, 8_000.0));
    let md = text(&frontier_files(&f).unwrap(), "frontier.md");
    assert!(
        md.contains(
            "This plan uses 300 000 EUR of own money for 8 000 points: point 2 gets 300 more \
             points with no more money (260 000 EUR)."
        ),
        "{md}"
    );
}

#[test]
fn the_terminal_text_is_a_compact_table_and_one_sentence() {
    let mut f = by_hand();
    f.current = Some((260_000.0, 8_300.0));
    assert_eq!(
        frontier_text(&f),
        "What more own money buys – Baseline (traced exactly, 4 points)\n\
         Point  Own money used (EUR)  Impact (points)  Actions added (+) or dropped (-)\n\
         \x20   1               210 000            7 400  2 actions (the cheapest plan)\n\
         \x20   2               260 000            8 300  +c\n\
         \x20   3               330 000            9 350  +d\n\
         \x20   4               434 000           10 190  +e +f -b\n\
         This plan uses 260 000 EUR of own money for 8 300 points: it is point 2 of the \
         frontier, and 70 000 EUR more would buy 1 050 more points (point 3).\n"
    );
}

#[test]
fn a_latvian_frontier_has_latvian_words_and_decimal_commas() {
    let mut f = by_hand();
    f.lang = fundmix::i18n::Lang::Lv;
    f.money_label = "pašu nauda".into();
    f.current = Some((260_000.0, 8_300.0));
    f.points[1].impact = 8_300.5;
    let text = frontier_text(&f);
    for latvian in [
        "(aprēķināts precīzi, 4 punkti)",
        "Ietekme (punkti)",
        "2 darbības (lētākais plāns)",
        "8 300,5",
        "Šis plāns izmanto 260 000 EUR (pašu nauda) un iegūst 8 300,0 punktus",
    ] {
        assert!(text.contains(latvian), "no '{latvian}' in:\n{text}");
    }
    let md = text_of_markdown(&f);
    for latvian in [
        "- **Skaitītā nauda:** pašu nauda (avoti: municipal)",
        "| Punkts |",
        "Punktā 1 finansētās darbības: a, b.",
        "Vislabākā vērtība par naudu ir solim uz punktu 2: 18,01 punkti uz 1 000 EUR.",
    ] {
        assert!(md.contains(latvian), "no '{latvian}' in:\n{md}");
    }
    for english in ["This plan", "Point 1 funds", "actions", "points more"] {
        assert!(!md.contains(english), "'{english}' in:\n{md}");
    }
    // The CSV is data: the same in every language.
    let mut en = f.clone();
    en.lang = fundmix::i18n::Lang::En;
    assert_eq!(
        file(&frontier_files(&f).unwrap(), "frontier.csv"),
        file(&frontier_files(&en).unwrap(), "frontier.csv")
    );
}

fn text_of_markdown(f: &Frontier) -> String {
    text(&frontier_files(f).unwrap(), "frontier.md")
}

#[test]
fn the_json_is_the_frontier_with_rounded_numbers() {
    let mut f = by_hand();
    f.step = 200.289_511_302_426_23;
    let json: serde_json::Value =
        serde_json::from_slice(file(&frontier_files(&f).unwrap(), "frontier.json")).unwrap();
    assert_eq!(json["scenario"], "Baseline");
    assert_eq!(json["method"], "exact");
    assert_eq!(json["step"], 200.2895);
    assert_eq!(json["points"][3]["funded"][4], "f");
    assert_eq!(json["current"][0], 434_000.0);
}

#[test]
fn the_chart_has_its_title_and_marks_this_plan() {
    let files = frontier_files(&by_hand()).unwrap();
    let svg = text(&files, "charts/frontier.svg");
    assert!(svg.contains("What more own money buys – Baseline"));
    assert!(svg.contains("this plan"));
    assert!(svg.contains("Weighted impact (points)"));
    assert!(svg.contains("Own money used (EUR)"));
    assert!(file(&files, "charts/frontier.png").starts_with(PNG_SIGNATURE));
}

#[test]
fn the_same_frontier_gives_the_same_bytes() {
    assert_eq!(
        frontier_files(&by_hand()).unwrap(),
        frontier_files(&by_hand()).unwrap()
    );
}

#[test]
fn an_empty_frontier_still_gives_every_file() {
    let mut f = by_hand();
    f.points.clear();
    f.current = None;
    let files = frontier_files(&f).unwrap();
    assert_eq!(
        text(&files, "frontier.csv"),
        "point,money_eur,impact,funded_count,funded,impact_per_1000_eur\n"
    );
    assert!(text(&files, "frontier.md").contains("No plan keeps every rule"));
    assert!(frontier_text(&f).contains("No plan keeps every rule"));
}

/// The bundled example's own-money frontier, written to a folder. Set `FUNDMIX_CHART_DIR` to
/// keep the files for a person to look at.
#[test]
fn the_own_money_frontier_of_the_example_is_written() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/jelgava/baseline.toml");
    let scenario = fundmix::validate::load_scenario(&path).unwrap();
    let request = FrontierRequest {
        money: Money::Own,
        max_points: 5,
        grid: None,
        jobs: 1,
    };
    let traced = frontier(&scenario, &request).unwrap();
    assert!(!traced.points.is_empty() && traced.points.len() <= 5);

    let files = frontier_files(&traced).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("baseline-frontier");
    fundmix::report::replace_folder(&out, &files).unwrap();
    let csv = std::fs::read_to_string(out.join("frontier.csv")).unwrap();
    assert_eq!(csv.lines().count(), traced.points.len() + 1);
    let md = std::fs::read_to_string(out.join("frontier.md")).unwrap();
    assert!(
        md.contains("- **Where this plan stands:** This plan uses"),
        "{md}"
    );
    assert!(std::fs::read(out.join("charts/frontier.png"))
        .unwrap()
        .starts_with(PNG_SIGNATURE));
    assert!(frontier_text(&traced).contains("Own money used (EUR)"));

    if let Ok(keep) = std::env::var("FUNDMIX_CHART_DIR") {
        let keep = Path::new(&keep).join("baseline-frontier");
        fundmix::report::replace_folder(&keep, &files).unwrap();
    }
}
