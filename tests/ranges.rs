//! Uncertain costs and impacts: `<column>_low`/`<column>_high` beside a cost or impact column of
//! `actions.csv` (the column's value the most likely one), read from CSV in both dialects and
//! from workbooks, refused with their place when they do not fit, drawn by `fundmix robust`
//! from the triangular distribution, and shown by `show`, `check` and the robust reports. The
//! plans are small enough to check by hand.

mod common;

use common::TempPlan;
use fundmix::analyse::robust::{draw, robust, sampled, RobustRequest};
use fundmix::domain::Range;
use fundmix::random::SplitMix64;
use fundmix::solve::SolveOptions;
use fundmix::validate::load_scenario;
use std::path::Path;

fn request(samples: usize) -> RobustRequest {
    RobustRequest {
        samples,
        seed: 5,
        jobs: 2,
        progress: false,
    }
}

/// Runs `fundmix <args>`, which must refuse the input (exit code 2); returns stderr.
fn refused(args: &[&str]) -> String {
    let out = assert_cmd::Command::cargo_bin("fundmix")
        .unwrap()
        .args(args)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    stderr
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

const SOURCES: &str = "id,name,kind,budget\nown,Municipality,own,1000\n";

#[test]
fn the_triangular_draw_has_its_mean_and_stays_in_its_range() {
    let range = Range {
        low: 80.0,
        high: 200.0,
    };
    let draws: Vec<f64> = (0..100_000)
        .map(|i| range.triangular(100.0, SplitMix64::for_draw(1, i).unit()))
        .collect();
    let mean = draws.iter().sum::<f64>() / draws.len() as f64;
    // (low + most likely + high) / 3 = 380 / 3 = 126.67; the standard deviation of one draw is
    // sqrt((a² + b² + c² - ab - ac - bc) / 18) = 25.9, of the mean of 100 000 draws 0.08.
    assert!((mean - 380.0 / 3.0).abs() < 0.4, "{mean}");
    assert!(draws.iter().all(|x| (80.0..=200.0).contains(x)));
    // The most likely value is the peak: F(100) = (100 - 80) / (200 - 80) = 1/6 lies below it.
    let below = draws.iter().filter(|x| **x < 100.0).count() as f64 / draws.len() as f64;
    assert!((below - 1.0 / 6.0).abs() < 0.01, "{below}");
    // The ends: u = 0 gives the lowest value, u close to 1 the highest; a single value is itself.
    assert_eq!(range.triangular(100.0, 0.0), 80.0);
    assert!((range.triangular(100.0, 1.0 - 1e-12) - 200.0).abs() < 1e-3);
    assert_eq!(range.triangular(100.0, 1.0 / 6.0), 100.0);
    let point = Range {
        low: 7.0,
        high: 7.0,
    };
    assert_eq!(point.triangular(7.0, 0.3), 7.0);
    // A cost that can only overrun (lowest = most likely) and one that can only fall.
    let up = Range {
        low: 100.0,
        high: 130.0,
    };
    assert_eq!(up.triangular(100.0, 0.0), 100.0);
    assert!((up.triangular(100.0, 0.75) - 115.0).abs() < 1e-9);
}

/// One action of most likely 100 EUR that may cost 90 to 150, all or nothing; the municipality
/// has `budget` EUR.
fn kiosk(budget: &str) -> TempPlan {
    TempPlan::new(&[
        (
            "actions.csv",
            "id,name,cost,cost_low,cost_high,impact_people,impact_people_low,impact_people_high\n\
             kiosk,Info kiosk,100,90,150,10,5,20\n",
        ),
        (
            "sources.csv",
            &format!("id,name,kind,budget\nown,Municipality,own,{budget}\n"),
        ),
    ])
}

#[test]
fn an_overrun_the_budget_cannot_pay_leaves_the_action_out_and_a_buffer_covers_it() {
    // Without a buffer the kiosk is funded only when it costs at most 100: F(100) = 10/60 = 1/6
    // of the draws.
    let plan = kiosk("100");
    let scenario = load_scenario(&plan.plan()).unwrap();
    let run = robust(&scenario, &request(600), &SolveOptions::default()).unwrap();
    for s in &run.sample_list {
        let cost = s.drawn_cost_eur[0];
        assert!((90.0..=150.0).contains(&cost), "{cost}");
        if (cost - 100.0).abs() > 1e-6 {
            assert_eq!(s.scale[0] > 0.0, cost < 100.0, "sample {}: {cost}", s.index);
        }
        // The plan's cost is the kiosk's drawn cost when it is funded, else nothing.
        assert_eq!(s.cost_eur, Some(if s.scale[0] > 0.0 { cost } else { 0.0 }));
    }
    let core = run.core_index[0].1;
    assert!((core - 1.0 / 6.0).abs() < 0.05, "{core}");
    // The mean drawn cost is near (90 + 100 + 150) / 3 = 113.33 (one draw's deviation 13.1).
    let mean = run.cost_ranges[0].mean_eur;
    assert!((mean - 340.0 / 3.0).abs() < 2.0, "{mean}");
    assert_eq!(
        (
            run.cost_ranges[0].low_eur,
            run.cost_ranges[0].most_likely_eur,
            run.cost_ranges[0].high_eur
        ),
        (90.0, 100.0, 150.0)
    );

    // A budget of 150 EUR (a buffer of 50 over the most likely cost) covers every overrun.
    let buffered = plan.scenario(
        "buffer.toml",
        "plan = \"plan\"\nname = \"Buffer\"\n[sources.own]\nbudget = 150\n",
    );
    let scenario = load_scenario(&buffered).unwrap();
    let run = robust(&scenario, &request(600), &SolveOptions::default()).unwrap();
    assert_eq!(run.core_index[0].1, 1.0);
    let cost = run.cost_eur.unwrap();
    assert!(cost.p95 <= 150.0 && cost.p5 >= 90.0, "{cost:?}");
    assert!((cost.mean - 340.0 / 3.0).abs() < 2.0, "{cost:?}");
    // Own money is what the plan costs, and the impact is the drawn one.
    for s in &run.sample_list {
        let (own, cost) = (s.own_eur, s.cost_eur.unwrap());
        // (The money is paid in whole cents.)
        assert!(
            (own - cost).abs() < 0.01,
            "sample {}: {own} {cost}",
            s.index
        );
        let drawn = draw(&scenario, 5, s.index);
        assert!((s.indicators[0] - drawn.impact[0][0]).abs() < 1e-9);
    }
    // The impact 5..20 around 10: its mean near 35 / 3 = 11.67.
    let people = run.indicators[0].1.unwrap();
    assert!((people.mean - 35.0 / 3.0).abs() < 0.5, "{people:?}");
    assert!(people.p5 >= 5.0 && people.p95 <= 20.0, "{people:?}");
}

#[test]
fn ranges_are_drawn_after_the_sources_and_partners_and_the_periods_overrun_together() {
    let sources = "id,name,kind,budget,award_probability\n\
                   own,Own,own,1000,\ngrant,Grant,grant,1000,0.5\n";
    let certain = TempPlan::new(&[
        (
            "actions.csv",
            "id,name,cost_2025,cost_2026,impact_people\na,A,100,50,3\nb,B,40,40,2\n",
        ),
        ("sources.csv", sources),
    ]);
    // a: per-period ranges of different shapes; b: the range of its total cost (80), shared
    // over the periods in proportion (half each); a's impact is uncertain too.
    let uncertain = TempPlan::new(&[
        (
            "actions.csv",
            "id,name,cost_2025,cost_2026,cost_2025_low,cost_2025_high,cost_2026_low,cost_2026_high,\
             impact_people,impact_people_low,impact_people_high\n\
             a,A,100,50,100,200,40,55,3,1,4\nb,B,40,40,,,,,2,,\n",
        ),
        ("sources.csv", sources),
    ]);
    let total = TempPlan::new(&[
        (
            "actions.csv",
            "id,name,cost_2025,cost_2026,cost_low,cost_high,impact_people\n\
             a,A,100,50,,,3\nb,B,40,40,60,120,2\n",
        ),
        ("sources.csv", sources),
    ]);
    let certain = load_scenario(&certain.plan()).unwrap();
    let uncertain = load_scenario(&uncertain.plan()).unwrap();
    let total = load_scenario(&total.plan()).unwrap();
    assert_eq!(uncertain.plan.periods, ["2025", "2026"]);
    assert_eq!(uncertain.plan.indicators, ["people"]);
    assert_eq!(
        total.plan.actions[1].cost_range_eur,
        Some(vec![
            Range {
                low: 30.0,
                high: 60.0
            };
            2
        ])
    );
    let mut draws = Vec::new();
    for i in 0..300 {
        let plain = draw(&certain, 9, i);
        let d = draw(&uncertain, 9, i);
        assert_eq!(plain.paid, d.paid, "draw {i}");
        assert_eq!(plain.cost_eur, certain_costs(&certain));
        assert_eq!(d.cost_eur[1], [40.0, 40.0], "b is certain");
        assert!((100.0..=200.0).contains(&d.cost_eur[0][0]));
        assert!((40.0..=55.0).contains(&d.cost_eur[0][1]));
        assert!((1.0..=4.0).contains(&d.impact[0][0]));
        // The sampled scenario costs and achieves what was drawn, with no range left.
        let case = sampled(&uncertain, &d);
        assert_eq!(case.plan.actions[0].cost_eur, d.cost_eur[0]);
        assert_eq!(case.plan.actions[0].impact, d.impact[0]);
        assert!(case.plan.actions[0].cost_range_eur.is_none());
        // A total range: both periods in proportion, 30..60 each.
        let t = draw(&total, 9, i).cost_eur[1].clone();
        assert_eq!(t[0], t[1]);
        draws.push(d.cost_eur[0].clone());
    }
    // One number per action draws every period's cost: their order is the same.
    for x in &draws {
        for y in &draws {
            assert!((x[0] - y[0]) * (x[1] - y[1]) >= 0.0, "{x:?} {y:?}");
        }
    }
}

fn certain_costs(scenario: &fundmix::domain::Scenario) -> Vec<Vec<f64>> {
    scenario
        .plan
        .actions
        .iter()
        .map(|a| a.cost_eur.clone())
        .collect()
}

#[test]
fn cost_factors_scale_the_range_with_the_cost() {
    let plan = kiosk("1000");
    let scenario = plan.scenario(
        "dearer.toml",
        "plan = \"plan\"\ncost_factor = 1.1\n[actions.kiosk]\ncost_factor = 2\n",
    );
    let scenario = load_scenario(&scenario).unwrap();
    let kiosk = &scenario.plan.actions[0];
    assert!((kiosk.cost_eur[0] - 220.0).abs() < 1e-9);
    let range = kiosk.cost_range_eur.as_ref().unwrap()[0];
    assert!((range.low - 198.0).abs() < 1e-9 && (range.high - 330.0).abs() < 1e-9);
    // A factor that takes the top of the range above 10^15 EUR is refused at the factor.
    let huge = plan.scenario("huge.toml", "plan = \"plan\"\ncost_factor = 7e12\n");
    let err = load_scenario(&huge).unwrap_err().to_string();
    assert!(err.contains("'cost_factor'"), "{err}");
    assert!(err.contains("the cost of action 'kiosk'"), "{err}");
}

#[test]
fn range_columns_are_neither_periods_nor_indicators() {
    let plan = TempPlan::new(&[
        (
            "actions.csv",
            "id,name,cost_2025,cost_2026,cost_low,cost_high,impact_people,impact_people_low,\
             impact_people_high\na,A,10,20,30,40,5,4,6\n",
        ),
        ("sources.csv", SOURCES),
    ]);
    let scenario = load_scenario(&plan.plan()).unwrap();
    assert_eq!(scenario.plan.periods, ["2025", "2026"]);
    assert_eq!(scenario.plan.indicators, ["people"]);
    let a = &scenario.plan.actions[0];
    assert_eq!(
        a.impact_range,
        [Some(Range {
            low: 4.0,
            high: 6.0
        })]
    );
    // The total 30 is at most the lowest: 30..40 shared as 10/30 and 20/30.
    let ranges = a.cost_range_eur.as_ref().unwrap();
    assert!((ranges[0].low - 10.0).abs() < 1e-9 && (ranges[0].high - 40.0 / 3.0).abs() < 1e-9);
    assert!((ranges[1].low - 20.0).abs() < 1e-9 && (ranges[1].high - 80.0 / 3.0).abs() < 1e-9);
}

/// A plan with two periods whose `actions.csv` is `actions`.
fn two_periods(actions: &str) -> TempPlan {
    TempPlan::new(&[("actions.csv", actions), ("sources.csv", SOURCES)])
}

#[test]
fn every_bad_range_is_refused_at_its_cell() {
    let plan = two_periods(
        "id,name,cost_2025,cost_2026,cost_2025_low,cost_2025_high,impact_people,\
         impact_people_low,impact_people_high\n\
         a,Low above,100,50,120,150,5,,\n\
         b,High below,100,50,90,95,5,,\n\
         c,Negative,100,50,-5,110,5,,\n\
         d,Not a number,100,50,90,lots,5,,\n\
         e,Half,100,50,90,,5,,\n\
         f,Impact,100,50,,,5,6,9\n\
         g,Fine,100,50,,,5,4,5\n",
    );
    let err = refused(&["check", path(&plan.plan())]);
    for text in [
        "actions.csv, row 2, column 'cost_2025_low': the lowest value 120 is above the most likely value 100 ('cost_2025')",
        "how to fix: write at most 100 in 'cost_2025_low': the lowest value cannot be above the most likely one ('cost_2025')",
        "actions.csv, row 3, column 'cost_2025_high': the highest value 95 is below the most likely value 100 ('cost_2025')",
        "how to fix: write at least 100 in 'cost_2025_high'",
        "actions.csv, row 4, column 'cost_2025_low': '-5' is negative",
        "actions.csv, row 5, column 'cost_2025_high': 'lots' is not a number",
        "actions.csv, row 6, column 'cost_2025_high': 'cost_2025_low' is filled in, but 'cost_2025_high' is empty",
        "how to fix: fill in both ends of the range, or leave both empty for a certain value",
        "actions.csv, row 7, column 'impact_people_low': the lowest value 6 is above the most likely value 5 ('impact_people')",
    ] {
        assert!(err.contains(text), "lacks {text:?}:\n{err}");
    }
    assert!(err.contains("the input has 6 problems"), "{err}");
}

#[test]
fn range_columns_that_fit_no_column_are_refused_at_their_header() {
    // A period the plan does not have, a low without its high column, an indicator that does
    // not exist (which must not become an indicator 'jobs_low'), and both kinds of cost range.
    let plan = two_periods(
        "id,name,cost_2025,cost_2026,cost_2030_low,cost_2030_high,cost_2026_low,\
         impact_people,impact_jobs_low,impact_jobs_high\na,A,100,50,,,,5,,\n",
    );
    let err = refused(&["check", path(&plan.plan())]);
    for text in [
        "actions.csv, column 'cost_2030_low': 'cost_2030_low' is an end of a range of 'cost_2030', but there is no column 'cost_2030'",
        "how to fix: for the cost of one period write cost_<period>_low and cost_<period>_high (periods: 2025, 2026); for the total cost, cost_low and cost_high",
        "actions.csv, column 'cost_2030_high'",
        "actions.csv, column 'cost_2026_low': the column 'cost_2026_low' has no partner column 'cost_2026_high'",
        "actions.csv, column 'impact_jobs_low': 'impact_jobs_low' is an end of a range of 'impact_jobs', but there is no column 'impact_jobs'",
        "for an indicator of the plan (people); an indicator's own name may not end in _low or _high",
    ] {
        assert!(err.contains(text), "lacks {text:?}:\n{err}");
    }
    assert!(!err.contains("period 'low"), "{err}");

    let both = two_periods(
        "id,name,cost_2025,cost_2026,cost_low,cost_high,cost_2025_low,cost_2025_high,impact_people\n\
         a,A,100,50,140,160,90,110,5\n",
    );
    let err = refused(&["check", path(&both.plan())]);
    assert!(
        err.contains("both cost_low/cost_high (the range of the total cost) and cost_<period>_low/cost_<period>_high columns are present"),
        "{err}"
    );

    // In a single-period plan a period's range has no column; the range of the cost is
    // cost_low/cost_high.
    let single = TempPlan::new(&[
        (
            "actions.csv",
            "id,name,cost,cost_2025_low,cost_2025_high,impact_people\na,A,100,90,110,5\n",
        ),
        ("sources.csv", SOURCES),
    ]);
    let err = refused(&["check", path(&single.plan())]);
    assert!(
        err.contains("the plan has a single period (a plain 'cost' column): write the range of the cost in cost_low and cost_high"),
        "{err}"
    );
}

#[test]
fn a_bad_range_is_reported_in_latvian() {
    let plan = two_periods(
        "id,name,cost_2025,cost_2026,cost_low,cost_high,impact_people\n\
         a,A,100,50,160,200,5\nb,B,100,50,,170,5\n",
    );
    let err = refused(&["check", path(&plan.plan()), "--lang", "lv"]);
    for text in [
        "actions.csv, 2. rinda, kolonna 'cost_low': zemākā vērtība 160 ir lielāka par visticamāko vērtību 150 (kolonnu 'cost_2025', 'cost_2026' kopsumma)",
        "kā labot: ierakstiet kolonnā 'cost_low' ne vairāk kā 150",
        "actions.csv, 3. rinda, kolonna 'cost_low': 'cost_high' ir aizpildīta, bet 'cost_low' ir tukša",
    ] {
        assert!(err.contains(text), "lacks {text:?}:\n{err}");
    }
    assert!(!err.contains("is above"), "{err}");
}

#[test]
fn ranges_in_semicolon_files_with_decimal_commas() {
    let comma = two_periods(
        "id,name,cost_2025,cost_2026,cost_2025_low,cost_2025_high,impact_people,impact_people_low,impact_people_high\n\
         a,A,1200.5,800,1100.25,1500,2.5,1.5,4\n",
    );
    let semicolon = two_periods(
        "id;name;cost_2025;cost_2026;cost_2025_low;cost_2025_high;impact_people;impact_people_low;impact_people_high\r\n\
         a;A;1\u{a0}200,5;800;1\u{a0}100,25;1\u{a0}500;2,5;1,5;4\r\n",
    );
    let read = |plan: &TempPlan| {
        let scenario = load_scenario(&plan.plan()).unwrap();
        let a = scenario.plan.actions[0].clone();
        (a.cost_eur, a.cost_range_eur, a.impact, a.impact_range)
    };
    let expected = read(&comma);
    assert_eq!(
        expected.1,
        Some(vec![
            Range {
                low: 1100.25,
                high: 1500.0
            },
            Range {
                low: 800.0,
                high: 800.0
            }
        ])
    );
    assert_eq!(read(&semicolon), expected);
    // A decimal point where the file uses commas is refused at its cell, as any number is.
    let bad = two_periods(
        "id;name;cost_2025;cost_2026;cost_2025_low;cost_2025_high;impact_people\r\n\
         a;A;1200;800;1100;1500.75;2\r\n",
    );
    let err = refused(&["check", path(&bad.plan())]);
    assert!(
        err.contains("row 2, column 'cost_2025_high': '1500.75' is not a number"),
        "{err}"
    );
}

#[test]
fn ranges_in_a_workbook() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("plan.xlsx");
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let actions = workbook.add_worksheet();
    actions.set_name("actions").unwrap();
    let header = [
        "id",
        "name",
        "cost_2025",
        "cost_2026",
        "cost_low",
        "cost_high",
        "impact_people",
        "impact_people_low",
        "impact_people_high",
    ];
    for (c, name) in header.iter().enumerate() {
        actions.write_string(0, c as u16, *name).unwrap();
    }
    actions.write_string(1, 0, "a").unwrap();
    actions.write_string(1, 1, "A").unwrap();
    for (c, value) in [(2, 60.0), (3, 40.0), (4, 90.0), (5, 150.0), (6, 3.0)] {
        actions.write_number(1, c, value).unwrap();
    }
    actions.write_number(1, 7, 2.0).unwrap();
    actions.write_number(1, 8, 5.0).unwrap();
    let sources = workbook.add_worksheet();
    sources.set_name("sources").unwrap();
    for (r, row) in [["id", "name", "kind", "budget"], ["own", "Own", "own", ""]]
        .iter()
        .enumerate()
    {
        for (c, text) in row.iter().enumerate() {
            if !text.is_empty() {
                sources.write_string(r as u32, c as u16, *text).unwrap();
            }
        }
    }
    sources.write_number(1, 3, 1000.0).unwrap();
    workbook.save(&file).unwrap();
    let scenario = load_scenario(&file).unwrap();
    let a = &scenario.plan.actions[0];
    assert_eq!(scenario.plan.periods, ["2025", "2026"]);
    assert_eq!(
        a.cost_range_eur,
        Some(vec![
            Range {
                low: 54.0,
                high: 90.0
            },
            Range {
                low: 36.0,
                high: 60.0
            }
        ])
    );
    assert_eq!(
        a.impact_range,
        [Some(Range {
            low: 2.0,
            high: 5.0
        })]
    );
}

#[test]
fn show_check_and_the_robust_files_name_the_ranges() {
    let plan = kiosk("120");
    let shown = common::fundmix_ok(&["show", path(&plan.plan())]);
    assert!(
        shown.contains(
            "    uncertain: cost 90 to 150 EUR over the plan (most likely 100); people 5 to 20 (most likely 10)\n"
        ),
        "{shown}"
    );
    let checked = common::fundmix_ok(&["check", path(&plan.plan())]);
    assert!(
        checked.contains("  at the lowest costs                        90           90\n")
            && checked.contains("  at the highest costs                      150          150\n"),
        "{checked}"
    );
    let out = plan.dir.path().join("risk");
    let text = common::fundmix_ok(&[
        "robust",
        path(&plan.plan()),
        "--samples",
        "30",
        "--out",
        path(&out),
    ]);
    assert!(
        text.contains("Drawn too: uncertain costs (1) and uncertain impacts (1)"),
        "{text}"
    );
    assert!(text.contains("  Cost of the plan (EUR): mean "), "{text}");
    let samples = std::fs::read_to_string(out.join("samples.csv")).unwrap();
    assert!(
        samples.starts_with(
            "sample,paid_own,has_plan,objective,own_eur,cost_eur,people,scale_kiosk,cost_kiosk\n"
        ),
        "{samples}"
    );
    let md = std::fs::read_to_string(out.join("robust.md")).unwrap();
    assert!(md.contains("## Uncertain costs"), "{md}");
    assert!(
        md.contains("| Action | Lowest | Most likely | Highest | Mean of the draws |"),
        "{md}"
    );
    assert!(md.contains("| kiosk | 90 | 100 | 150 |"), "{md}");
    assert!(
        md.contains("| kiosk | people | 5.0 | 10.0 | 20.0 |"),
        "{md}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("robust.json")).unwrap()).unwrap();
    assert_eq!(json["cost_ranges"][0]["high_eur"], 150.0);
    assert_eq!(json["impact_ranges"][0]["indicator"], "people");
    let page = std::fs::read_to_string(out.join("robust.html")).unwrap();
    assert!(
        page.contains("<section id=\"costs\">"),
        "the page lists the costs"
    );
}

#[test]
fn the_money_unit_scales_a_range_with_its_cost() {
    // Amounts above a million EUR are modelled in a larger unit; the top of a range counts
    // when the unit is chosen, and the range is scaled with the cost.
    let plan = TempPlan::new(&[
        (
            "actions.csv",
            "id,name,cost,cost_low,cost_high,impact_people\nhall,Hall,5000000,4000000,8000000,10\n",
        ),
        ("sources.csv", "id,name,kind,budget\nown,Own,own,9000000\n"),
    ]);
    let scenario = load_scenario(&plan.plan()).unwrap();
    let prepared = fundmix::solve::Prepared::new(&scenario);
    assert_eq!(prepared.unit, 10.0);
    let hall = &prepared.scenario.plan.actions[0];
    assert_eq!(hall.cost_eur, [500_000.0]);
    assert_eq!(
        hall.cost_range_eur,
        Some(vec![Range {
            low: 400_000.0,
            high: 800_000.0
        }])
    );
}

#[test]
fn a_latvian_robust_run_names_the_ranges_in_latvian() {
    let plan = kiosk("120");
    let out = plan.dir.path().join("risk");
    let text = common::fundmix_ok(&[
        "robust",
        path(&plan.plan()),
        "--samples",
        "10",
        "--lang",
        "lv",
        "--out",
        path(&out),
    ]);
    assert!(
        text.contains("Izlozētas arī nenoteiktās izmaksas (1) un nenoteiktā ietekme (1)"),
        "{text}"
    );
    assert!(text.contains("  Plāna izmaksas (EUR): vidēji "), "{text}");
    let md = std::fs::read_to_string(out.join("robust.md")).unwrap();
    assert!(md.contains("## Nenoteiktās izmaksas"), "{md}");
    assert!(
        md.contains("| Darbība | Zemākā | Visticamākā | Augstākā | Izložu vidējā |"),
        "{md}"
    );
    assert!(
        !md.contains("Uncertain") && !md.contains("Most likely"),
        "{md}"
    );
}
