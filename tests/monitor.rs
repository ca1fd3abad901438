//! `fundmix monitor`: the plan as adopted against the actuals. A two-year plan small enough to
//! check by hand, its actuals read through the validator, every figure of the comparison, the
//! messages for bad actuals (each with its file, row and column), the burn-up chart, and the
//! bundled example end to end through the command line, twice, byte for byte.

mod common;

use common::{tree, TempPlan};
use fundmix::analyse::monitor::variance::ActionState;
use fundmix::analyse::monitor::{monitor, Monitor, Warning};
use fundmix::domain::actuals::Payer;
use fundmix::solve::{SolveOptions, SolveStatus};
use fundmix::validate::{as_of_period, load_actuals, load_scenario};
use std::fs;
use std::path::{Path, PathBuf};

/// `school` (1 000 EUR in 2025 and in 2026, 100 people) is paid by `eu` only (which must be
/// spent by 2026); `lab` (500 EUR in 2025, 40 people) by `own` only. Both are funded: the plan
/// pays eu 1 000 + 1 000 and own 500, and reaches 140 people against a hard target of 120.
const ACTIONS: &str = "id,category,cost_2025,cost_2026,impact_people\n\
                       school,skills,1000,1000,100\n\
                       lab,access,500,0,40\n";
const SOURCES: &str = "id,kind,budget,max_share,eligible,spend_by\n\
                       own,own,3000,1,access,\n\
                       eu,eu,2000,1,skills,2026\n";
const TARGETS: &str = "indicator,min,hard\npeople,120,true\n";
const SCENARIO: &str = "plan = \"plan\"\nobjective = \"max-impact\"\n";

/// What happened in 2025: the school spent 600 of its 1 000 (slow EU money), the lab 600 of
/// its 500 (two invoices of 300: an overrun of 100), and 50 people were reached.
const ACTUALS: &str = "action,source,period,spent_eur\n\
                       school,eu,2025,600\n\
                       lab,own,2025,300\n\
                       lab,own,2025,300\n";
const PROGRESS: &str = "indicator,period,value\npeople,2025,50\n";

/// The small plan with its scenario file.
fn plan() -> (TempPlan, PathBuf) {
    let plan = TempPlan::new(&[
        ("actions.csv", ACTIONS),
        ("sources.csv", SOURCES),
        ("targets.csv", TARGETS),
    ]);
    let scenario = plan.scenario("s.toml", SCENARIO);
    (plan, scenario)
}

/// An actuals folder beside the plan with these tables (file name, text).
fn actuals(plan: &TempPlan, tables: &[(&str, &str)]) -> PathBuf {
    let dir = plan.dir.path().join("actuals");
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir(&dir).unwrap();
    for (name, text) in tables {
        fs::write(dir.join(name), text).unwrap();
    }
    dir
}

/// Monitors the small plan against `tables` up to `as_of`.
fn monitored(tables: &[(&str, &str)], as_of: &str) -> Monitor {
    let (plan, file) = plan();
    let dir = actuals(&plan, tables);
    let scenario = load_scenario(&file).expect("valid plan");
    let as_of = as_of_period(&scenario.plan, as_of).expect("a period");
    let recorded = load_actuals(&dir, "actuals", &scenario.plan, as_of).expect("valid actuals");
    let outcome = fundmix::solve_checked(&scenario, &SolveOptions::default()).expect("solved");
    assert_eq!(outcome.status, SolveStatus::Optimal);
    let allocation = outcome.allocation.expect("a plan");
    assert_eq!(allocation.scale, vec![1.0, 1.0], "both actions are funded");
    monitor(
        &scenario,
        &allocation,
        &recorded.actuals,
        &recorded.stop_reasons,
        as_of,
    )
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-6
}

#[test]
fn variance_per_action_payer_and_period_is_spent_less_planned() {
    let m = monitored(
        &[("actuals.csv", ACTUALS), ("progress.csv", PROGRESS)],
        "2025",
    );
    let rows: Vec<_> = m
        .spending
        .rows
        .iter()
        .map(|r| {
            (
                r.action.as_str(),
                r.payer.as_str(),
                r.period.as_str(),
                r.planned_eur,
                r.spent_eur,
                r.variance_eur,
                r.variance_share,
            )
        })
        .collect();
    assert_eq!(
        rows,
        vec![
            ("school", "eu", "2025", 1000.0, 600.0, -400.0, Some(-0.4)),
            // The two invoices of 300 are added up.
            ("lab", "own", "2025", 500.0, 600.0, 100.0, Some(0.2)),
        ]
    );
    let school = &m.spending.actions[0];
    assert_eq!(school.state, ActionState::Behind);
    assert_eq!(school.amounts.planned_total_eur, 2000.0);
    let lab = &m.spending.actions[1];
    assert_eq!(lab.state, ActionState::Over);
    let total = m.spending.total;
    assert_eq!(
        (
            total.planned_to_date_eur,
            total.spent_eur,
            total.variance_eur
        ),
        (1500.0, 1200.0, -300.0)
    );
    assert!(close(total.variance_share.unwrap(), -0.2));
    let payers: Vec<_> = m
        .spending
        .payers
        .iter()
        .map(|p| (p.payer.as_str(), p.amounts.variance_eur))
        .collect();
    assert_eq!(payers, vec![("own", 100.0), ("eu", -400.0)]);
    assert!(m.warnings.contains(&Warning::Overrun {
        action: "lab".into(),
        planned_eur: 500.0,
        spent_eur: 600.0,
    }));
    assert!(m.replan.is_none(), "the re-plan is not built yet");
}

#[test]
fn slow_eu_money_with_a_deadline_is_at_risk() {
    let m = monitored(
        &[("actuals.csv", ACTUALS), ("progress.csv", PROGRESS)],
        "2025",
    );
    let eu = &m.absorption[1];
    assert_eq!(eu.source, "eu");
    assert_eq!(eu.spend_by.as_deref(), Some("2026"));
    assert_eq!(
        (eu.committed_eur, eu.planned_to_date_eur, eu.spent_eur),
        (2000.0, 1000.0, 600.0)
    );
    assert_eq!(eu.absorbed_share, Some(0.6));
    assert_eq!(eu.behind_eur, 400.0);
    assert_eq!(eu.remaining_eur, 1400.0);
    // 2026 is still to come: the plan pays 1 000 then; 2 000 - 600 - 1 000 is at risk.
    assert_eq!(eu.still_planned_eur, 1000.0);
    assert_eq!(eu.at_risk_eur, Some(400.0));
    assert!(!eu.deadline_passed);
    assert_eq!(
        m.absorption[0].at_risk_eur, None,
        "own money has no deadline"
    );
    assert_eq!(
        m.warnings[0],
        Warning::MoneyAtRisk {
            source: "eu".into(),
            name: "eu".into(),
            at_risk_eur: 400.0,
            spend_by: "2026".into(),
            passed: false,
        }
    );
    let words =
        fundmix::view::monitor::warning_words(fundmix::i18n::Lang::En.tr(), &m, &m.warnings[0]);
    assert_eq!(
        words,
        "eu: 400 EUR is not yet spent and not planned in the periods left: it must be spent by \
         2026, or it is lost."
    );
}

#[test]
fn at_the_deadline_the_unspent_money_is_lost() {
    let actuals = format!("{ACTUALS}school,eu,2026,1000\n");
    let m = monitored(
        &[("actuals.csv", &actuals), ("progress.csv", PROGRESS)],
        "2026",
    );
    let eu = &m.absorption[1];
    assert!(eu.deadline_passed);
    assert_eq!(eu.still_planned_eur, 0.0);
    assert_eq!(eu.at_risk_eur, Some(400.0));
    let lost = &m.warnings[0];
    assert!(matches!(lost, Warning::MoneyAtRisk { passed: true, .. }));
    let words = fundmix::view::monitor::warning_words(fundmix::i18n::Lang::En.tr(), &m, lost);
    assert!(
        words.starts_with("eu: 400 EUR was not spent by 2026"),
        "{words}"
    );
}

#[test]
fn a_target_is_reachable_when_what_was_reached_plus_what_the_plan_still_expects_reaches_it() {
    // The plan: school delivers half its 100 people with half its cost in 2025, lab all its 40:
    // 90 by the end of 2025, 140 by the end of 2026. 50 were reached; the plan still expects 50
    // (school's second half): 100 projected, short of 120.
    let m = monitored(
        &[("actuals.csv", ACTUALS), ("progress.csv", PROGRESS)],
        "2025",
    );
    let people = &m.indicators[0];
    assert_eq!(people.planned_cumulative, vec![90.0, 140.0]);
    assert_eq!(people.reached_cumulative, vec![50.0]);
    assert_eq!(people.planned_to_date, 90.0);
    assert_eq!(people.still_expected, 50.0);
    assert_eq!(people.projected_end, 100.0);
    assert_eq!(people.projected_cumulative, vec![50.0, 100.0]);
    assert_eq!(people.reachable, Some(false));
    assert!(m.warnings.contains(&Warning::TargetOutOfReach {
        indicator: "people".into(),
        target: 120.0,
        projected: 100.0,
    }));

    // 80 reached in 2025: 130 projected, the target is reachable.
    let progress = "indicator,period,value\npeople,2025,30\npeople,2025,50\n";
    let m = monitored(
        &[("actuals.csv", ACTUALS), ("progress.csv", progress)],
        "2025",
    );
    assert_eq!(
        m.indicators[0].reached, 80.0,
        "rows of one period are added up"
    );
    assert_eq!(m.indicators[0].projected_end, 130.0);
    assert_eq!(m.indicators[0].reachable, Some(true));
    assert!(!m
        .warnings
        .iter()
        .any(|w| matches!(w, Warning::TargetOutOfReach { .. })));
}

#[test]
fn a_stopped_action_delivers_nothing_more_and_its_money_is_at_risk() {
    let stopped = "action,reason\nschool,the school closed\n";
    let m = monitored(
        &[
            ("actuals.csv", ACTUALS),
            ("progress.csv", PROGRESS),
            ("stopped.csv", stopped),
        ],
        "2025",
    );
    let school = &m.spending.actions[0];
    assert_eq!(school.state, ActionState::Stopped);
    assert_eq!(school.stop_reason.as_deref(), Some("the school closed"));
    assert_eq!(m.indicators[0].still_expected, 0.0);
    assert_eq!(m.indicators[0].projected_end, 50.0);
    // Nothing more is planned for the eu money: all 1 400 unspent is at risk.
    assert_eq!(m.absorption[1].still_planned_eur, 0.0);
    assert_eq!(m.absorption[1].at_risk_eur, Some(1400.0));
}

#[test]
fn delayed_unplanned_and_wrongly_paid_spending_is_flagged() {
    // The school spent nothing; the lab was paid by the eu source, which the plan does not give
    // it (nor may the source pay it: the actuals say what happened).
    let actuals = "action,source,period,spent_eur\nlab,own,2025,500\nlab,eu,2025,80\n";
    let m = monitored(
        &[("actuals.csv", actuals), ("progress.csv", PROGRESS)],
        "2025",
    );
    assert_eq!(m.spending.actions[0].state, ActionState::NotStarted);
    assert!(m.warnings.contains(&Warning::NotStarted {
        action: "school".into(),
        planned_eur: 1000.0,
    }));
    assert!(m.warnings.contains(&Warning::PayerNotInPlan {
        action: "lab".into(),
        payer: "eu".into(),
        spent_eur: 80.0,
    }));
}

#[test]
fn a_semicolon_file_with_decimal_commas_is_read_right() {
    let actuals =
        "action;source;period;spent_eur\nschool;eu;2025;\"1 234,50\"\nlab;own;2025;499,5\n";
    let progress = "indicator;period;value\npeople;2025;12,5\n";
    let m = monitored(
        &[("actuals.csv", actuals), ("progress.csv", progress)],
        "2025",
    );
    assert_eq!(m.spending.rows[0].spent_eur, 1234.5);
    assert_eq!(m.spending.rows[1].spent_eur, 499.5);
    assert_eq!(m.indicators[0].reached, 12.5);
}

#[test]
fn partner_cash_is_read_by_the_partners_id() {
    let (plan, file) = plan();
    fs::write(
        plan.plan().join("partners.csv"),
        "id,cash,eligible\nbank,300,access\n",
    )
    .unwrap();
    let actuals_csv = "action,source,period,spent_eur\nlab,bank,2025,200\n";
    let dir = actuals(
        &plan,
        &[("actuals.csv", actuals_csv), ("progress.csv", PROGRESS)],
    );
    let scenario = load_scenario(&file).unwrap();
    let recorded = load_actuals(&dir, "actuals", &scenario.plan, 0).unwrap();
    let spent = &recorded.actuals.spent[0];
    assert_eq!(spent.payer, Payer::Partner(0));
    assert_eq!(spent.amount_eur, 200.0);
}

/// Runs `fundmix <args>` in `dir`; returns (exit code, stdout, stderr).
fn run_in(dir: &Path, args: &[&str]) -> (Option<i32>, String, String) {
    let out = assert_cmd::Command::cargo_bin("fundmix")
        .unwrap()
        .current_dir(dir)
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// `fundmix monitor` on the small plan with these actuals tables, which it must refuse (exit
/// code 2, nothing written); returns stderr.
fn refused(tables: &[(&str, &str)], as_of: &str) -> String {
    let (plan, _) = plan();
    actuals(&plan, tables);
    let (code, _, stderr) = run_in(
        plan.dir.path(),
        &[
            "monitor",
            "s.toml",
            "--actuals",
            "actuals",
            "--as-of",
            as_of,
            "--out",
            "out",
        ],
    );
    assert_eq!(code, Some(2), "{stderr}");
    assert!(!plan.dir.path().join("out").exists(), "nothing is written");
    stderr
}

#[test]
fn bad_actuals_are_each_reported_with_file_row_column_and_fix() {
    let bad = "action,source,period,spent_eur\n\
               scool,eu,2025,100\n\
               school,esf,2025,100\n\
               school,eu,2026,100\n\
               lab,own,2025,-500\n\
               lab,own,2025,\n";
    let bad_progress = "indicator,period,value\npeple,2025,5\npeople,2025,-3\n";
    let stderr = refused(
        &[
            ("actuals.csv", bad),
            ("progress.csv", bad_progress),
            ("stopped.csv", "action\nlibrary\n"),
        ],
        "2025",
    );
    assert!(stderr.contains("the input has 8 problems"), "{stderr}");
    for expected in [
        "actuals/actuals.csv, row 2, column 'action': 'scool' is not an action id in actions.csv\n    \
         how to fix: use one of: school, lab",
        "actuals/actuals.csv, row 3, column 'source': 'esf' is neither a source id in sources.csv \
         nor a partner id in partners.csv\n    how to fix: write a source id: own, eu (the plan \
         has no partners)",
        "actuals/actuals.csv, row 4, column 'period': 2026 is after --as-of 2025: nothing can have \
         been spent or reached in a period that has not ended\n    how to fix: remove the row (or \
         correct its period), or run fundmix monitor with --as-of 2026 or later",
        "actuals/actuals.csv, row 5, column 'spent_eur': '-500' is negative\n    how to fix: enter \
         the EUR spent, 0 or more, digits only (e.g. 12500 or 12500.50); a refund is taken off the \
         period's amount, not written as a negative row",
        "actuals/actuals.csv, row 6, column 'spent_eur': the 'spent_eur' cell is empty\n    how to \
         fix: write the EUR spent, or delete the row",
        "actuals/progress.csv, row 2, column 'indicator': 'peple' is not an indicator: actions.csv \
         has no column 'impact_peple'\n    how to fix: use one of: people",
        "actuals/progress.csv, row 3, column 'value': '-3' is negative",
        "actuals/stopped.csv, row 2, column 'action': 'library' is not an action id in actions.csv",
    ] {
        assert!(stderr.contains(expected), "missing:\n{expected}\nin:\n{stderr}");
    }
}

#[test]
fn a_semicolon_file_with_a_decimal_point_is_refused_with_the_comma_to_write() {
    let stderr = refused(
        &[
            (
                "actuals.csv",
                "action;source;period;spent_eur\nschool;eu;2025;0.5\n",
            ),
            ("progress.csv", PROGRESS),
        ],
        "2025",
    );
    assert!(
        stderr.contains("actuals/actuals.csv, row 2, column 'spent_eur': '0.5' is not a number"),
        "{stderr}"
    );
    assert!(
        stderr.contains("how to fix: write 0,5 (with a decimal comma)"),
        "{stderr}"
    );
}

#[test]
fn missing_tables_and_a_wrong_as_of_are_refused() {
    let stderr = refused(&[("actuals.csv", ACTUALS)], "2025");
    assert!(
        stderr.contains(
            "actuals/progress.csv: the file is missing\n    how to fix: put progress.csv in the \
             actuals folder, with the header row indicator,period,value"
        ),
        "{stderr}"
    );
    let stderr = refused(
        &[("actuals.csv", ACTUALS), ("progress.csv", PROGRESS)],
        "2030",
    );
    assert!(
        stderr.contains(
            "the command line (--as-of): '2030' is not a period of the plan (2025, 2026)\n    how \
             to fix: give the last period that has ended, as one of the plan's periods: 2025, 2026"
        ),
        "{stderr}"
    );
    let (plan, _) = plan();
    let (code, _, stderr) = run_in(
        plan.dir.path(),
        &[
            "monitor",
            "s.toml",
            "--actuals",
            "nowhere",
            "--as-of",
            "2025",
        ],
    );
    assert_eq!(code, Some(2));
    assert!(
        stderr.contains("nowhere: the actuals folder does not exist"),
        "{stderr}"
    );
}

#[test]
fn the_messages_speak_latvian_with_lang_lv() {
    let (plan, _) = plan();
    actuals(
        &plan,
        &[
            (
                "actuals.csv",
                "action,source,period,spent_eur\nscool,eu,2025,1\n",
            ),
            ("progress.csv", PROGRESS),
        ],
    );
    let (code, _, stderr) = run_in(
        plan.dir.path(),
        &[
            "monitor",
            "s.toml",
            "--actuals",
            "actuals",
            "--as-of",
            "2025",
            "--lang",
            "lv",
        ],
    );
    assert_eq!(code, Some(2));
    assert!(
        stderr.contains("'scool' nav darbības id failā actions.csv"),
        "{stderr}"
    );
}

#[test]
fn the_burn_up_chart_draws_the_plan_what_was_reached_and_the_target() {
    let m = monitored(
        &[("actuals.csv", ACTUALS), ("progress.csv", PROGRESS)],
        "2025",
    );
    let charts = fundmix::plot::burnup::charts(&m).unwrap();
    assert_eq!(charts.len(), 1, "one chart per indicator with a target");
    let (stem, chart) = &charts[0];
    assert_eq!(stem, "burnup_people");
    assert_eq!(chart.title, "People: planned and reached");
    assert!(chart.svg.contains("People: planned and reached"));
    let image = image::load_from_memory(&chart.png)
        .expect("the PNG decodes")
        .to_rgb8();
    assert!(image.width() >= 800 && image.height() >= 400);
    let coloured = |r: u8, g: u8, b: u8| image.pixels().filter(|p| p.0 == [r, g, b]).count();
    // The plan's line (blue), what was reached (orange) and the target (red) are drawn.
    assert!(coloured(0x4e, 0x79, 0xa7) > 500, "no plan line");
    assert!(coloured(0xd9, 0x6c, 0x00) > 500, "no reached line");
    assert!(coloured(0xb2, 0x18, 0x2b) > 200, "no target line");
    let again = fundmix::plot::burnup::charts(&m).unwrap();
    assert_eq!(again[0].1.png, chart.png, "the same chart twice");
}

const EXAMPLE: &str = "scenarios/jelgava/baseline.toml";
const EXAMPLE_ACTUALS: &str = "scenarios/jelgava/actuals";

#[test]
fn the_example_runs_end_to_end_and_twice_gives_the_same_files() {
    let out = tempfile::tempdir().unwrap();
    let first = out.path().join("first");
    let second = out.path().join("second");
    let stdout = common::fundmix_ok(&[
        "monitor",
        EXAMPLE,
        "--actuals",
        EXAMPLE_ACTUALS,
        "--as-of",
        "2025",
        "--xlsx",
        "--out",
        first.to_str().unwrap(),
    ]);
    assert!(
        stdout.contains("Monitoring – Baseline, up to and including 2025"),
        "{stdout}"
    );
    // The example's story: ESF+ spends slowly, the digi-bus overran, the jobseekers' course
    // has not started.
    for finding in [
        "ESF+ social inclusion and skills (EU Cohesion Policy Programme 2021-2027): 49 500 EUR is \
         not yet spent and not planned in the periods left: it must be spent by 2027, or it is \
         lost.",
        "digi_bus: 118 500 EUR spent, 18 500 EUR more than the 100 000 EUR planned up to 2025.",
        "unemployed_digital_literacy: nothing spent, although the plan had 32 000 EUR for it up \
         to 2025: delayed.",
    ] {
        assert!(
            stdout.contains(finding),
            "missing:\n{finding}\nin:\n{stdout}"
        );
    }
    let files = tree(&first);
    for name in [
        "monitor.md",
        "monitor.html",
        "monitor.json",
        "monitor.xlsx",
        "variance.csv",
        "indicators.csv",
        "absorption.csv",
        "charts/burnup_seniors_trained.png",
        "charts/burnup_seniors_trained.svg",
        "charts/burnup_access_points.png",
        "replan/report.md",
        "replan/report.html",
        "replan/timeline.csv",
        "replan/charts/timeline.png",
    ] {
        assert!(files.contains_key(Path::new(name)), "no {name}");
    }
    let json: serde_json::Value =
        serde_json::from_slice(&files[Path::new("monitor.json")]).unwrap();
    // The re-plan of 2026-2027: the jobseekers' course, not started in 2025 and without a later
    // start, drops out; the stopped parish days keep their 2025 money; the money left funds the
    // broadband vouchers.
    let replan = &json["replan"];
    assert_eq!(replan["status"], "optimal");
    let changes: Vec<(&str, &str, &str)> = replan["actions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["action"].as_str().unwrap(),
                c["change"]["change"].as_str().unwrap(),
                c["why"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        changes,
        [
            ("unemployed_digital_literacy", "dropped", "start_passed"),
            ("broadband_vouchers", "added", "money_freed"),
            ("parish_digital_days", "stopped", "stopped_by_user"),
        ]
    );
    assert!(replan["objective"].as_f64().unwrap() < replan["objective_adopted"].as_f64().unwrap());
    // The re-plan is checked like any plan (the past included) before it is written.
    let summary: serde_json::Value =
        serde_json::from_slice(&files[Path::new("replan/summary.json")]).unwrap();
    assert_eq!(summary["verified"], true);
    let md = String::from_utf8(files[Path::new("monitor.md")].clone()).unwrap();
    assert!(md.contains("## Re-plan of 2026–2027"), "{md}");
    assert!(md.contains("| parish_digital_days |"), "{md}");

    // Again, with one thread, into another folder: the same bytes.
    let out2 = assert_cmd::Command::cargo_bin("fundmix")
        .unwrap()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("RAYON_NUM_THREADS", "1")
        .args([
            "monitor",
            EXAMPLE,
            "--actuals",
            EXAMPLE_ACTUALS,
            "--as-of",
            "2025",
            "--xlsx",
            "--out",
            second.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(out2.status.success());
    assert!(files == tree(&second), "two runs differ");

    // A second run into the same folder replaces the earlier report.
    common::fundmix_ok(&[
        "monitor",
        EXAMPLE,
        "--actuals",
        EXAMPLE_ACTUALS,
        "--as-of",
        "2025",
        "--out",
        first.to_str().unwrap(),
    ]);
    assert!(
        !first.join("monitor.xlsx").exists(),
        "the earlier report is replaced"
    );
}

#[test]
fn the_example_reads_in_latvian() {
    let out = tempfile::tempdir().unwrap();
    let stdout = common::fundmix_ok(&[
        "monitor",
        EXAMPLE,
        "--actuals",
        EXAMPLE_ACTUALS,
        "--as-of",
        "2025",
        "--lang",
        "lv",
        "--out",
        out.path().join("lv").to_str().unwrap(),
    ]);
    assert!(
        stdout.contains("Uzraudzība – Baseline, līdz 2025 (ieskaitot)"),
        "{stdout}"
    );
    let md = fs::read_to_string(out.path().join("lv/monitor.md")).unwrap();
    assert!(md.contains("## Kam jāpievērš uzmanība"), "{md}");
    assert!(!md.contains("What needs attention"));
}

#[test]
fn the_actuals_may_be_a_workbook_with_the_same_sheets() {
    use rust_xlsxwriter::Workbook;
    let (plan, file) = plan();
    let path = plan.dir.path().join("actuals.xlsx");
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("actuals").unwrap();
    for (c, name) in ["action", "source", "period", "spent_eur"]
        .iter()
        .enumerate()
    {
        sheet.write_string(0, c as u16, *name).unwrap();
    }
    sheet.write_string(1, 0, "school").unwrap();
    sheet.write_string(1, 1, "eu").unwrap();
    // Years and amounts as the numbers a spreadsheet holds.
    sheet.write_number(1, 2, 2025.0).unwrap();
    sheet.write_number(1, 3, 612.5).unwrap();
    let sheet = workbook.add_worksheet();
    sheet.set_name("progress").unwrap();
    for (c, name) in ["indicator", "period", "value"].iter().enumerate() {
        sheet.write_string(0, c as u16, *name).unwrap();
    }
    sheet.write_string(1, 0, "people").unwrap();
    sheet.write_number(1, 1, 2025.0).unwrap();
    sheet.write_number(1, 2, 2026.0).unwrap();
    workbook.save(&path).unwrap();

    let scenario = load_scenario(&file).unwrap();
    let recorded = load_actuals(&path, "actuals.xlsx", &scenario.plan, 0).unwrap();
    assert_eq!(recorded.actuals.spent[0].amount_eur, 612.5);
    assert_eq!(recorded.actuals.spent[0].period, 0);
    assert_eq!(recorded.actuals.progress[0].value, 2026.0);
    assert_eq!(
        recorded.actuals.stopped,
        vec![false, false],
        "no stopped sheet"
    );

    // A bad cell of a sheet is located like a CSV file's.
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("actuals").unwrap();
    for (c, name) in ["action", "source", "period", "spent_eur"]
        .iter()
        .enumerate()
    {
        sheet.write_string(0, c as u16, *name).unwrap();
    }
    sheet.write_string(1, 0, "school").unwrap();
    sheet.write_string(1, 1, "eu").unwrap();
    sheet.write_number(1, 2, 2026.0).unwrap();
    sheet.write_number(1, 3, 1.0).unwrap();
    workbook.save(&path).unwrap();
    let error = load_actuals(&path, "actuals.xlsx", &scenario.plan, 0).unwrap_err();
    let text = error.to_string();
    assert!(
        text.contains(
            "actuals.xlsx, sheet 'actuals', row 2, column 'period': 2026 is after --as-of 2025"
        ),
        "{text}"
    );
    assert!(
        text.contains("actuals.xlsx: the workbook has no sheet 'progress'"),
        "{text}"
    );
}

#[test]
fn the_workbook_holds_the_tables_of_the_report() {
    use calamine::{open_workbook, DataType, Reader, Xlsx};
    let (plan, _) = plan();
    actuals(
        &plan,
        &[("actuals.csv", ACTUALS), ("progress.csv", PROGRESS)],
    );
    let (code, _, stderr) = run_in(
        plan.dir.path(),
        &[
            "monitor",
            "s.toml",
            "--actuals",
            "actuals",
            "--as-of",
            "2025",
            "--xlsx",
            "--out",
            "out",
        ],
    );
    assert_eq!(code, Some(0), "{stderr}");
    let mut workbook: Xlsx<_> = open_workbook(plan.dir.path().join("out/monitor.xlsx")).unwrap();
    assert_eq!(
        workbook.sheet_names(),
        [
            "Summary",
            "Actions",
            "Payers",
            "Indicators",
            "Absorption",
            "Per year"
        ]
    );
    let actions = workbook.worksheet_range("Actions").unwrap();
    assert_eq!(actions.get((0, 0)).unwrap().to_string(), "Action");
    assert_eq!(actions.get((2, 0)).unwrap().to_string(), "lab");
    assert_eq!(actions.get((2, 2)).unwrap().to_string(), "over plan");
    // Planned, all years; planned up to 2025; spent; variance: numbers, not text.
    let numbers: Vec<f64> = (3..=6)
        .map(|c| actions.get((2, c)).unwrap().get_float().unwrap())
        .collect();
    assert_eq!(numbers, vec![500.0, 500.0, 600.0, 100.0]);
}

#[test]
fn a_scenario_without_a_plan_has_nothing_to_compare() {
    let (plan, _) = plan();
    fs::write(
        plan.plan().join("targets.csv"),
        "indicator,min,hard\npeople,1000,true\n",
    )
    .unwrap();
    actuals(
        &plan,
        &[("actuals.csv", ACTUALS), ("progress.csv", PROGRESS)],
    );
    let (code, stdout, stderr) = run_in(
        plan.dir.path(),
        &[
            "monitor",
            "s.toml",
            "--actuals",
            "actuals",
            "--as-of",
            "2025",
            "--out",
            "out",
        ],
    );
    assert_eq!(code, Some(3), "{stderr}");
    assert!(
        stdout.contains("The scenario has no plan to compare the actuals with (infeasible)"),
        "{stdout}"
    );
    assert!(!plan.dir.path().join("out").exists());
}
