//! The HTML reports as a browser shows them: each page is rendered in headless Chromium, and
//! the test checks the rendered DOM (headings, table rows, escaped text), a screenshot (not
//! blank) and a printed PDF (A4 pages).
//!
//! Chromium is required: these tests fail, with install instructions, when it is missing.
//! Set `CHROMIUM` to use a browser other than `chromium` on the PATH or `/usr/bin/chromium`.

use assert_cmd::Command;
use fundmix::report::html::comparison_html;
use fundmix::result::ScenarioResult;
use fundmix::solve::SolveOptions;
use std::collections::HashSet;
use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

const EXAMPLE: &str = "scenarios/jelgava/baseline.toml";
const TIMEOUT: Duration = Duration::from_secs(60);
const WIDTH: u32 = 1280;
const HEIGHT: u32 = 2000;

/// The Chromium executable, or a failure saying how to install it.
fn chromium() -> PathBuf {
    if let Some(path) = std::env::var_os("CHROMIUM").map(PathBuf::from) {
        assert!(
            path.is_file(),
            "CHROMIUM is set to {}, which is not a file",
            path.display()
        );
        return path;
    }
    let on_path = std::env::var_os("PATH")
        .into_iter()
        .flat_map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
        .map(|dir| dir.join("chromium"))
        .chain([PathBuf::from("/usr/bin/chromium")])
        .find(|p| p.is_file());
    on_path.unwrap_or_else(|| {
        panic!(
            "headless Chromium is needed to test the HTML reports, but no `chromium` was found \
             on the PATH or at /usr/bin/chromium. Install it (Debian/Ubuntu: \
             `apt-get install -y chromium`) or set CHROMIUM to a Chromium or Chrome executable."
        )
    })
}

/// Runs headless Chromium on `page` with `args`, in a fresh profile, killing it after
/// [`TIMEOUT`]; returns what it printed on stdout. Chromium's stderr is noise unless it fails.
fn run_chromium(page: &Path, args: &[String]) -> String {
    let work = tempfile::tempdir().unwrap();
    let (stdout, stderr) = (work.path().join("stdout"), work.path().join("stderr"));
    let mut child = std::process::Command::new(chromium())
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--force-device-scale-factor=1",
        ])
        .arg(format!(
            "--user-data-dir={}",
            work.path().join("profile").display()
        ))
        .args(args)
        .arg(format!("file://{}", page.display()))
        .stdin(Stdio::null())
        .stdout(File::create(&stdout).unwrap())
        .stderr(File::create(&stderr).unwrap())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start Chromium: {e}"));
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "Chromium {args:?} did not finish within {TIMEOUT:?} on {}",
                page.display()
            );
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    let errors = fs::read_to_string(&stderr).unwrap_or_default();
    assert!(
        status.success(),
        "Chromium {args:?} failed ({status}) on {}:\n{errors}",
        page.display()
    );
    fs::read_to_string(&stdout).unwrap()
}

/// Runs Chromium on `page` with `flag` = a file beside the page with extension `ext` (plus
/// `args`), and returns that file's bytes.
fn chromium_file(page: &Path, flag: &str, ext: &str, args: &[String]) -> (PathBuf, Vec<u8>) {
    let file = page.with_extension(ext);
    let mut all = vec![format!("{flag}={}", file.display())];
    all.extend_from_slice(args);
    run_chromium(page, &all);
    let bytes = fs::read(&file)
        .unwrap_or_else(|e| panic!("no {ext} from Chromium {}: {e}", file.display()));
    (file, bytes)
}

/// The DOM after Chromium has loaded and laid out `page`.
fn rendered_dom(page: &Path) -> String {
    let dom = run_chromium(page, &["--dump-dom".into()]);
    assert!(
        dom.contains("</html>"),
        "no DOM dumped for {}",
        page.display()
    );
    dom
}

/// Takes a screenshot of `page` (window [`WIDTH`] × [`HEIGHT`]) and checks, pixel by pixel, that
/// it shows a page: dark text and coloured table heads on white, not a blank or one-colour image.
fn check_screenshot(page: &Path) -> PathBuf {
    let (png, bytes) = chromium_file(
        page,
        "--screenshot",
        "png",
        &[
            format!("--window-size={WIDTH},{HEIGHT}"),
            "--hide-scrollbars".into(),
        ],
    );
    let image = image::load_from_memory(&bytes)
        .unwrap_or_else(|e| panic!("{} does not decode: {e}", png.display()))
        .to_rgb8();
    assert_eq!(image.dimensions(), (WIDTH, HEIGHT), "{}", png.display());
    let pixels = image.pixels().count() as f64;
    let inked = image
        .pixels()
        .filter(|p| p.0.iter().any(|&c| c < 200))
        .count() as f64;
    let dark = image
        .pixels()
        .filter(|p| p.0.iter().all(|&c| c < 80))
        .count();
    let colours: HashSet<[u8; 3]> = image.pixels().map(|p| p.0).collect();
    assert!(
        inked / pixels > 0.02 && dark > 5_000 && colours.len() > 50,
        "the screenshot {} looks blank: {:.1}% inked pixels, {dark} dark pixels, {} colours",
        png.display(),
        100.0 * inked / pixels,
        colours.len()
    );
    png
}

/// Prints `page` to PDF and checks it has at least one page, every page A4 (595 × 842 points).
fn check_pdf(page: &Path) {
    let (pdf, bytes) = chromium_file(
        page,
        "--print-to-pdf",
        "pdf",
        &["--no-pdf-header-footer".into()],
    );
    assert!(bytes.starts_with(b"%PDF"), "{} is not a PDF", pdf.display());
    let text = String::from_utf8_lossy(&bytes);
    let pages = text
        .match_indices("/Type /Page")
        .filter(|(at, m)| !text[at + m.len()..].starts_with('s'))
        .count();
    assert!(pages >= 1, "{} has no page", pdf.display());
    let boxes: Vec<Vec<f64>> = text
        .match_indices("/MediaBox [")
        .map(|(at, m)| {
            let rest = &text[at + m.len()..];
            rest[..rest.find(']').unwrap()]
                .split_whitespace()
                .map(|v| v.parse().unwrap())
                .collect()
        })
        .collect();
    assert_eq!(
        boxes.len(),
        pages,
        "{}: one MediaBox per page",
        pdf.display()
    );
    for b in &boxes {
        let (width, height) = (b[2] - b[0], b[3] - b[1]);
        assert!(
            (width - 595.3).abs() < 2.0 && (height - 841.9).abs() < 2.0,
            "{}: a page is {width} × {height} points, not A4 (595 × 842)",
            pdf.display()
        );
    }
}

/// Text content of an HTML fragment: line breaks as spaces, other tags removed, the usual
/// entities decoded, spaces folded.
fn text_of(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.replace("<br>", " ").chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    let out = out
        .replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The part of `html` from `start` to the next `end` (both excluded).
fn between<'a>(html: &'a str, start: &str, end: &str) -> &'a str {
    let from = html
        .find(start)
        .unwrap_or_else(|| panic!("`{start}` not found in the page"))
        + start.len();
    &html[from..from + html[from..].find(end).unwrap()]
}

/// The text of each cell of the table with class `class`: header cells, body rows, footer cells.
fn table(dom: &str, class: &str) -> (Vec<String>, Vec<Vec<String>>, Vec<String>) {
    let table = between(dom, &format!("<table class=\"{class}\">"), "</table>");
    let cells = |row: &str, tag: &str| -> Vec<String> {
        row.split(&format!("<{tag}"))
            .skip(1)
            .map(|cell| text_of(&cell[cell.find('>').unwrap() + 1..]))
            .collect()
    };
    let head = cells(between(table, "<thead>", "</thead>"), "th");
    let rows = between(table, "<tbody>", "</tbody>")
        .split("<tr>")
        .skip(1)
        .map(|row| cells(row, "td"))
        .collect();
    let foot = if table.contains("<tfoot>") {
        cells(between(table, "<tfoot>", "</tfoot>"), "td")
    } else {
        Vec::new()
    };
    (head, rows, foot)
}

/// The `<h2>` headings of a page, in order.
fn headings(dom: &str) -> Vec<String> {
    dom.split("<h2>")
        .skip(1)
        .map(|h| text_of(&h[..h.find("</h2>").unwrap()]))
        .collect()
}

/// The page stands alone: no scripts, no external files, no network addresses.
fn check_self_contained(html: &str) {
    for banned in [
        "<script", "<link", "<img", "<iframe", "@import", "url(", "http:", "https:", "<?xml",
    ] {
        assert!(!html.contains(banned), "the page contains `{banned}`");
    }
}

#[test]
fn scenario_report_renders_in_a_browser() {
    let out = tempfile::tempdir().unwrap();
    let dir = out.path().join("baseline");
    Command::cargo_bin("fundmix")
        .unwrap()
        .args(["solve", EXAMPLE, "--out"])
        .arg(&dir)
        .assert()
        .success();
    let page = dir.join("report.html");
    let html = fs::read_to_string(&page).expect("report.html is written");
    check_self_contained(&html);
    let summary: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(dir.join("summary.json")).unwrap()).unwrap();

    let dom = rendered_dom(&page);
    assert!(dom.contains("<h1>Funding plan: Baseline</h1>"));
    assert!(text_of(&dom).contains("Status: best possible plan found (proven optimal)"));
    assert!(text_of(&dom).contains("the plan keeps every rule"));
    assert_eq!(
        headings(&dom),
        [
            "Funded actions",
            "Timeline",
            "Money by source and year (EUR)",
            "Partners",
            "Staff hours",
            "Indicators and targets",
            "What limits this plan",
            "Funding matrix (EUR, all years)",
        ]
        .into_iter()
        .map(String::from)
        .chain(charts_heading(&dir))
        .collect::<Vec<_>>()
    );

    // One row per funded action, in plan order, with the id and the scale.
    let selected = summary["selected"].as_array().unwrap();
    let (_, funded, total) = table(&dom, "funded");
    assert_eq!(funded.len(), selected.len());
    for (row, action) in funded.iter().zip(selected) {
        assert_eq!(row[0], action["action"].as_str().unwrap());
        let scale = format!("{:.0}%", 100.0 * action["scale"].as_f64().unwrap());
        assert_eq!(row[3], scale);
    }
    let cost = fundmix::report::number(summary["money"]["total_cost_eur"].as_f64().unwrap(), 0);
    assert_eq!(total.last().unwrap(), &cost);

    let (head, sources, _) = table(&dom, "sources");
    assert_eq!(sources.len(), summary["sources"].as_array().unwrap().len());
    assert_eq!(&head[2..5], ["2025", "2026", "2027"]);
    assert!(sources[0][0].starts_with("Jelgava novads municipal budget"));
    assert_eq!(table(&dom, "partners").1.len(), 5);
    assert_eq!(table(&dom, "staff").1.len(), 3);
    let (_, indicators, _) = table(&dom, "indicators");
    let names: Vec<&str> = indicators.iter().map(|r| r[0].as_str()).collect();
    for name in ["seniors_trained", "access_points"] {
        assert!(names.contains(&name), "{name} missing from {names:?}");
    }
    let (_, matrix, matrix_total) = table(&dom, "matrix");
    assert_eq!(matrix.len(), selected.len());
    assert_eq!(matrix_total.last().unwrap(), &cost);

    // Every chart written beside the report is inlined as SVG.
    let charts = chart_count(&dir);
    assert_eq!(dom.matches("<figure class=\"chart\">").count(), charts);
    assert_eq!(dom.matches("<svg").count(), charts);

    check_screenshot(&page);
    check_pdf(&page);
}

/// The number of charts `fundmix solve` wrote.
fn chart_count(dir: &Path) -> usize {
    fs::read_dir(dir.join("charts")).map_or(0, |entries| {
        entries
            .filter(|e| {
                e.as_ref()
                    .is_ok_and(|e| e.path().extension().is_some_and(|x| x == "svg"))
            })
            .count()
    })
}

/// `["Charts"]` when the report has charts.
fn charts_heading(dir: &Path) -> Option<String> {
    (chart_count(dir) > 0).then(|| "Charts".to_string())
}

/// A copy of the example plan beside a scenario file, with `edit` applied to each table.
fn edited_copy(folder: &Path, name: &str, edit: impl Fn(&str, String) -> String) -> ScenarioResult {
    let example = Path::new(EXAMPLE).parent().unwrap().join("plan");
    let plan = folder.join(format!("{name}-plan"));
    fs::create_dir_all(&plan).unwrap();
    for entry in fs::read_dir(&example).unwrap() {
        let path = entry.unwrap().path();
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        let text = edit(&file, fs::read_to_string(&path).unwrap());
        fs::write(plan.join(&file), text).unwrap();
    }
    let toml = edit(
        "baseline.toml",
        fs::read_to_string(EXAMPLE)
            .unwrap()
            .replace("plan = \"plan\"", &format!("plan = \"{name}-plan\"")),
    );
    let scenario = folder.join(format!("{name}.toml"));
    fs::write(&scenario, toml).unwrap();
    solve(&scenario)
}

fn solve(scenario: &Path) -> ScenarioResult {
    let scenario = fundmix::validate::load_scenario(scenario)
        .unwrap_or_else(|e| panic!("{}: {e}", scenario.display()));
    fundmix::solve_scenario(&scenario, &SolveOptions::default()).unwrap()
}

#[test]
fn comparison_page_renders_in_a_browser() {
    let out = tempfile::tempdir().unwrap();
    let baseline = solve(Path::new(EXAMPLE));
    // A smaller municipal budget, and names with markup characters that must stay text.
    let cut = edited_copy(out.path(), "cut", |file, text| match file {
        "sources.csv" => text
            .lines()
            .map(|l| {
                if l.starts_with("municipal,") {
                    l.replace(",150000", ",100000")
                } else {
                    l.to_string()
                }
            })
            .collect::<Vec<_>>()
            .join("\n"),
        "actions.csv" => text.replace(
            "\"Basic digital skills courses for seniors - northern parishes",
            "\"Seniors <north> & \"\"friends\"\" - northern parishes",
        ),
        "baseline.toml" => text.replace("name = \"Baseline\"", "name = \"Cut <b>&amp;</b>\""),
        _ => text,
    });
    // A hard target no plan can reach.
    let impossible = edited_copy(out.path(), "impossible", |file, text| match file {
        "targets.csv" => text.replace("seniors_trained,800,true", "seniors_trained,80000,true"),
        "baseline.toml" => text.replace("name = \"Baseline\"", "name = \"Impossible\""),
        _ => text,
    });
    assert!(cut.has_plan() && !impossible.has_plan());
    assert!(cut.money.own_eur < baseline.money.own_eur);

    // The edited scenario first: the selection table takes action names from the first one.
    let results = [cut, baseline, impossible];
    let charts = fundmix::plot::comparison_charts(&results).unwrap();
    let html = comparison_html(&results, &charts);
    assert_eq!(
        html,
        comparison_html(&results, &charts),
        "not deterministic"
    );
    check_self_contained(&html);
    let page = out.path().join("comparison.html");
    fs::write(&page, &html).unwrap();

    let dom = rendered_dom(&page);
    assert!(dom.contains("<h1>Scenario comparison</h1>"));
    let mut expected = vec![
        "Outcome",
        "Money (EUR, all years)",
        "Indicators against targets",
    ];
    if !charts.is_empty() {
        expected.push("Charts");
    }
    expected.push("Which actions each scenario funds");
    assert_eq!(headings(&dom), expected);
    // Data text is escaped: it shows as text and never becomes markup.
    assert!(!dom.contains("<north>") && !dom.contains("<b>&amp;"));
    assert!(text_of(&dom).contains("Seniors <north> & \"friends\" - northern parishes"));

    let (_, outcome, _) = table(&dom, "outcome");
    let names: Vec<&str> = outcome.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(names, ["Cut <b>&amp;</b>", "Baseline", "Impossible"]);
    assert_eq!(outcome[1][1], "best plan (proven)");
    assert_eq!(outcome[2][1], "no plan possible");
    for (row, result) in outcome.iter().zip(&results[..2]) {
        let total = result.selected.len() + result.not_selected.len();
        assert_eq!(row[3], format!("{} of {total}", result.selected.len()));
    }
    let (head, money, _) = table(&dom, "money");
    assert!(head.iter().any(|h| h == "municipal") && head.iter().any(|h| h == "esf_plus"));
    assert_eq!(money.len(), 3);
    assert_eq!(table(&dom, "targets").1.len(), 3);
    assert_eq!(
        dom.matches("<figure class=\"chart\">").count(),
        charts.len()
    );

    // The selection table: every action (name and id), one column per scenario, "–" where
    // not funded.
    let (head, selection, _) = table(&dom, "selection");
    assert_eq!(
        &head[1..],
        ["Cut <b>&amp;</b>", "Baseline", "Impossible no plan"]
    );
    assert_eq!(selection.len(), results[0].actions.len());
    for (row, action) in selection.iter().zip(&results[0].actions) {
        assert!(row[0].ends_with(&action.action), "{row:?}");
        for (cell, result) in row[1..].iter().zip(&results) {
            let scale = result.actions.iter().find(|a| a.action == action.action);
            let expected = match scale.map_or(0.0, |a| a.scale) {
                s if s > 0.0 => format!("{:.0}%", 100.0 * s),
                _ => "–".into(),
            };
            assert_eq!(cell, &expected, "{} in {}", action.action, result.scenario);
        }
    }

    check_screenshot(&page);
    check_pdf(&page);
}

#[test]
fn infeasible_scenario_explains_and_shows_no_plan() {
    let out = tempfile::tempdir().unwrap();
    let result = edited_copy(out.path(), "impossible", |file, text| match file {
        "targets.csv" => text.replace("access_points,12,true", "access_points,1200,true"),
        _ => text,
    });
    assert!(!result.has_plan());
    let html = fundmix::report::html::scenario_html(&result, &[]);
    check_self_contained(&html);
    assert!(html.contains("no plan can satisfy every rule"));
    assert!(html.contains("Why there is no plan"));
    assert!(
        !html.contains("<table"),
        "an infeasible scenario shows no plan tables"
    );
}

#[test]
fn latvian_pages_have_latvian_words_and_numbers() {
    let out = tempfile::tempdir().unwrap();
    let dir = out.path().join("baseline");
    Command::cargo_bin("fundmix")
        .unwrap()
        .args(["solve", EXAMPLE, "--lang", "lv", "--out"])
        .arg(&dir)
        .assert()
        .success();
    let page = dir.join("report.html");
    let html = fs::read_to_string(&page).expect("report.html is written");
    check_self_contained(&html);
    assert!(html.contains("<html lang=\"lv\">"));
    let dom = rendered_dom(&page);
    assert!(dom.contains("<h1>Finansējuma plāns: Baseline</h1>"));
    // The page shows (Latvian letters and all): not blank, laid out like the English one.
    check_screenshot(&page);
    let found = headings(&dom);
    assert!(
        found.contains(&"Finansētās darbības".to_string()),
        "{found:?}"
    );
    assert!(!found.contains(&"Funded actions".to_string()), "{found:?}");
    assert!(!html.contains("Funding plan") && !html.contains("Total cost"));
    // Latvian numbers: a decimal comma (the leverage, with two decimals).
    let leverage = between(
        &dom,
        "<div class=\"label\">Piesaistes koeficients</div><div class=\"value\">",
        "<",
    );
    assert!(
        leverage.contains(',') && !leverage.contains('.'),
        "{leverage}"
    );

    // The comparison page takes its language from the scenarios.
    let mut result = solve(Path::new(EXAMPLE));
    result.lang = fundmix::i18n::Lang::Lv;
    let html = comparison_html(&[result], &[]);
    assert!(html.contains("<html lang=\"lv\">"));
    assert!(html.contains("<h1>Scenāriju salīdzinājums</h1>"));
    assert!(!html.contains("Scenario comparison") && !html.contains("<h2>Outcome</h2>"));
}

#[test]
fn robustness_page_renders_in_a_browser() {
    let out = tempfile::tempdir().unwrap();
    let dir = out.path().join("risk");
    Command::cargo_bin("fundmix")
        .unwrap()
        .args([
            "solve",
            "scenarios/jelgava-risk/baseline.toml",
            "--risk",
            "cvar",
            "--no-timings",
            "--out",
        ])
        .arg(&dir)
        .assert()
        .success();
    let page = dir.join("robustness.html");
    let html = fs::read_to_string(&page).expect("robustness.html is written");
    check_self_contained(&html);
    let json: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(dir.join("robustness.json")).unwrap()).unwrap();

    let dom = rendered_dom(&page);
    assert!(dom.contains("<h1>A plan that holds: Baseline at risk</h1>"));
    assert_eq!(
        headings(&dom),
        [
            "Charts",
            "The price of robustness",
            "What changes",
            "How the plan was made"
        ]
    );
    // The two plans side by side, as robustness.json has them.
    let (head, rows, _) = table(&dom, "price");
    assert_eq!(head[1..], ["Plain plan", "Plan that holds"]);
    let row = |label: &str| {
        rows.iter()
            .find(|r| r[0] == label)
            .unwrap_or_else(|| panic!("no row {label}: {rows:?}"))
            .clone()
    };
    let percent = |v: &serde_json::Value| format!("{:.0}%", 100.0 * v.as_f64().unwrap());
    let gap = row("Chance of money that nobody gives");
    assert_eq!(gap[1], percent(&json["plain"]["gap_chance"]));
    assert_eq!(gap[2], percent(&json["holding"]["gap_chance"]));
    let funded = row("Actions funded");
    assert_eq!(funded[2], json["holding"]["actions"].to_string());
    // Every action whose scale differs is listed.
    let changed = json["actions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a[1] != a[2])
        .count();
    assert_eq!(table(&dom, "changes").1.len(), changed);
    assert_eq!(dom.matches("<svg").count(), 1);
    check_screenshot(&page);
}

/// A plan of two departments over two years in which the help desk moves from 2025 to 2026.
fn owned_plan(folder: &Path) -> PathBuf {
    let plan = folder.join("plan");
    fs::create_dir_all(&plan).unwrap();
    for (file, text) in [
        (
            "actions.csv",
            "id,name,cost_2025,cost_2026,staff_hours_2025,staff_hours_2026,impact_people,owner,latest_start\n\
             courses,Courses for seniors,500,500,80,80,5,social,\n\
             helpdesk,E-service help desk,600,0,120,0,4,it,2026\n",
        ),
        ("sources.csv", "id,kind,budget_2025,budget_2026\nown,own,1000,1500\n"),
        (
            "owners.csv",
            "id,name,hours_2025,hours_2026\nsocial,Social services,100,100\nit,IT department,150,150\n",
        ),
    ] {
        fs::write(plan.join(file), text).unwrap();
    }
    let scenario = folder.join("owned.toml");
    fs::write(&scenario, "plan = \"plan\"\nobjective = \"max-impact\"\n").unwrap();
    scenario
}

#[test]
fn the_timeline_section_and_charts_render_in_a_browser() {
    let out = tempfile::tempdir().unwrap();
    let scenario = owned_plan(out.path());
    let dir = out.path().join("report");
    Command::cargo_bin("fundmix")
        .unwrap()
        .arg("solve")
        .arg(&scenario)
        .arg("--out")
        .arg(&dir)
        .assert()
        .success();
    let page = dir.join("report.html");
    let html = fs::read_to_string(&page).unwrap();
    check_self_contained(&html);
    let dom = rendered_dom(&page);
    let found = headings(&dom);
    assert_eq!(found[..2], ["Funded actions", "Timeline"], "{found:?}");
    assert!(text_of(&dom).contains(
        "1 funded action starts later than written: helpdesk (moved from 2025 to 2026, 1 year \
         later)."
    ));
    let (head, rows, _) = table(&dom, "timeline");
    assert_eq!(head, ["Action", "Owner", "Runs", "Start", "Paid by"]);
    assert_eq!(
        rows,
        [
            [
                "courses",
                "Social services",
                "2025–2026",
                "as written",
                "own 100%"
            ],
            [
                "helpdesk",
                "IT department",
                "2026",
                "moved from 2025 to 2026, 1 year later",
                "own 100%"
            ]
        ]
    );
    // Both new charts are inlined, as every chart written beside the report.
    for title in [
        "When each funded action runs",
        "Staff hours needed against the hours available",
    ] {
        assert!(
            dom.contains(&format!("aria-label=\"{title}\"")),
            "no chart '{title}'"
        );
    }
    assert_eq!(
        dom.matches("<figure class=\"chart\">").count(),
        chart_count(&dir)
    );
    check_screenshot(&page);
}

#[test]
fn the_monitoring_page_and_its_re_plan_render_in_a_browser() {
    let out = tempfile::tempdir().unwrap();
    let dir = out.path().join("monitor");
    Command::cargo_bin("fundmix")
        .unwrap()
        .args([
            "monitor",
            "scenarios/jelgava/baseline.toml",
            "--actuals",
            "scenarios/jelgava/actuals",
            "--as-of",
            "2025",
            "--out",
        ])
        .arg(&dir)
        .assert()
        .success();
    let page = dir.join("monitor.html");
    let html = fs::read_to_string(&page).expect("monitor.html is written");
    check_self_contained(&html);
    let json: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(dir.join("monitor.json")).unwrap()).unwrap();

    let dom = rendered_dom(&page);
    assert!(
        headings(&dom).contains(&"Re-plan of 2026–2027".to_string()),
        "{dom}"
    );
    // What the re-plan changes, one row per action as monitor.json has them.
    let (head, rows, _) = table(&dom, "replan-changes");
    assert_eq!(head, ["Action", "Name", "What changes", "Why"]);
    let ids: Vec<&str> = rows.iter().map(|r| r[0].as_str()).collect();
    let expected: Vec<&str> = json["replan"]["actions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["action"].as_str().unwrap())
        .collect();
    assert_eq!(ids, expected);
    // One burn-up chart per indicator with a target.
    assert_eq!(dom.matches("<svg").count(), chart_count(&dir));
    check_screenshot(&page);
    // The re-plan's own page renders too, with its timeline.
    let replan = dir.join("replan/report.html");
    let dom = rendered_dom(&replan);
    assert!(dom.contains("re-planned after 2025"), "{dom}");
    check_screenshot(&replan);
}
