//! The implementation-phase reports: `timeline.csv`, the Timeline section of report.md, the
//! Gantt and workload charts, the terminal's Timing line and `fundmix explain` on an action
//! that starts later than written, on plans small enough to check by hand (those of
//! tests/timing.rs).

mod common;

use assert_cmd::Command;
use common::{tree, TempPlan};
use std::fs;
use std::path::Path;

/// Two 2025 actions of 1 000 and 800 EUR, 1 000 EUR of own money a year: both fit only when
/// `lab` moves to 2026, which its `latest_start` allows.
const TWO_YEARS: &str = "id,cost_2025,cost_2026,impact_people,latest_start,deadline\n\
                         school,1000,0,10,,\n\
                         lab,800,0,8,2026,\n";
const OWN_PER_YEAR: &str = "id,kind,budget_2025,budget_2026\nown,own,1000,1000\n";
const MAX_IMPACT: &str = "plan = \"plan\"\nobjective = \"max-impact\"\n";

fn fundmix() -> Command {
    Command::cargo_bin("fundmix").unwrap()
}

/// `fundmix ARGS`, which must succeed; its stdout.
fn run(args: &[&std::ffi::OsStr], env: &[(&str, &str)]) -> String {
    let mut command = fundmix();
    command.args(args);
    for (key, value) in env {
        command.env(key, value);
    }
    let out = command.output().unwrap();
    assert!(
        out.status.success(),
        "fundmix {args:?}:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Solves `scenario` into `out` (no timings, so that two runs can be compared); its stdout.
fn solve(scenario: &Path, out: &Path, extra: &[&str], env: &[(&str, &str)]) -> String {
    let mut args = vec![
        "solve".as_ref(),
        scenario.as_os_str(),
        "--out".as_ref(),
        out.as_os_str(),
        "--no-timings".as_ref(),
    ];
    args.extend(extra.iter().map(std::ffi::OsStr::new));
    run(&args, env)
}

/// `fundmix explain SCENARIO --action ACTION EXTRA...`; its stdout.
fn explain(scenario: &Path, action: &str, extra: &[&str]) -> String {
    let mut args = vec![
        "explain".as_ref(),
        scenario.as_os_str(),
        "--action".as_ref(),
        action.as_ref(),
    ];
    args.extend(extra.iter().map(std::ffi::OsStr::new));
    run(&args, &[])
}

fn two_years() -> TempPlan {
    TempPlan::new(&[("actions.csv", TWO_YEARS), ("sources.csv", OWN_PER_YEAR)])
}

/// A PNG that decodes and is not blank: enough pixels differ from the white background.
fn check_png(path: &Path) {
    let image = image::open(path)
        .unwrap_or_else(|e| panic!("{} does not decode: {e}", path.display()))
        .to_rgb8();
    let inked = image.pixels().filter(|p| p.0 != [255, 255, 255]).count();
    let share = inked as f64 / (image.width() * image.height()) as f64;
    assert!(share > 0.03, "{} looks blank: {share}", path.display());
}

#[test]
fn the_timeline_csv_shows_lab_moved_to_2026() {
    let plan = two_years();
    let out = plan.dir.path().join("out");
    let stdout = solve(&plan.scenario("s.toml", MAX_IMPACT), &out, &[], &[]);
    assert_eq!(
        fs::read_to_string(out.join("timeline.csv")).unwrap(),
        "action,name,goal,owner,start,end,delay_periods,written_start,latest_start,deadline,\
         main_payer,main_payer_share,payers\n\
         school,school,,,2025,2025,0,2025,,,own,1.00,own:1.00\n\
         lab,lab,,,2026,2026,1,2025,2026,,own,1.00,own:1.00\n"
    );
    assert!(
        stdout.contains(
            "Timing:   1 funded action starts later than written: lab (moved from 2025 to 2026, \
             1 year later)."
        ),
        "{stdout}"
    );
    let report = fs::read_to_string(out.join("report.md")).unwrap();
    for expected in [
        "## Timeline",
        "1 funded action starts later than written: lab (moved from 2025 to 2026, 1 year later).",
        "| Action | Runs | Start | Paid by |",
        "| school | 2025 | as written | own 100% |",
        "| lab | 2026 | moved from 2025 to 2026, 1 year later | own 100% |",
    ] {
        assert!(report.contains(expected), "{expected:?} missing:\n{report}");
    }
    let summary: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(out.join("summary.json")).unwrap()).unwrap();
    let lab = &summary["timeline"][1];
    assert_eq!(lab["action"], "lab");
    assert_eq!(lab["delay_periods"], 1);
    assert_eq!(lab["written_start"], "2025");
    assert_eq!(lab["start"], "2026");

    // The Gantt chart, with lab's move; no workload chart: the plan needs no staff hours.
    let svg = fs::read_to_string(out.join("charts/timeline.svg")).unwrap();
    for expected in ["school", "lab", "+1 year", "When each funded action runs"] {
        assert!(svg.contains(expected), "{expected:?} not in timeline.svg");
    }
    check_png(&out.join("charts/timeline.png"));
    assert!(!out.join("charts/workload.svg").exists());
}

/// Three actions of two departments over two years, one of them carried by a partner, with
/// their staff hours: the chart groups by owner, the workload chart has a panel per owner.
fn owned() -> TempPlan {
    TempPlan::new(&[
        (
            "actions.csv",
            "id,name,cost_2025,cost_2026,staff_hours_2025,staff_hours_2026,impact_people,owner,latest_start,deadline\n\
             courses,Courses for seniors,500,500,80,80,5,social,,2026\n\
             helpdesk,E-service help desk,600,0,120,0,4,it,2026,\n\
             clubs,Youth clubs,300,300,40,40,3,ngo,,\n",
        ),
        ("sources.csv", "id,kind,budget_2025,budget_2026\nown,own,1000,1500\n"),
        (
            "owners.csv",
            "id,name,hours_2025,hours_2026\nsocial,Social services,100,100\nit,IT department,150,150\n",
        ),
        ("partners.csv", "id,name,staff_hours,eligible\nngo,Youth NGO,20,clubs\n"),
    ])
}

#[test]
fn charts_group_by_owner_and_draw_each_owners_hours() {
    let plan = owned();
    let out = plan.dir.path().join("out");
    solve(&plan.scenario("s.toml", MAX_IMPACT), &out, &[], &[]);
    let csv = fs::read_to_string(out.join("timeline.csv")).unwrap();
    // The help desk does not fit 2025 beside the courses (1 100 EUR): it moves to 2026.
    assert!(
        csv.contains("helpdesk,E-service help desk,,it,2026,2026,1,2025,2026,,own,1.00,own:1.00"),
        "{csv}"
    );
    assert!(csv.contains("courses,Courses for seniors,,social,2025,2026,0,2025,,2026,"));
    let gantt = fs::read_to_string(out.join("charts/timeline.svg")).unwrap();
    for expected in [
        "Social services",
        "IT department",
        "Youth NGO",
        "courses",
        "helpdesk",
        "clubs",
        "Grouped by who carries each action",
        "Deadline",
    ] {
        assert!(gantt.contains(expected), "{expected:?} not in timeline.svg");
    }
    let workload = fs::read_to_string(out.join("charts/workload.svg")).unwrap();
    for expected in [
        "Social services",
        "IT department",
        "80 of 100",
        "120 of 150",
    ] {
        assert!(
            workload.contains(expected),
            "{expected:?} not in workload.svg"
        );
    }
    for chart in ["timeline", "workload"] {
        check_png(&out.join(format!("charts/{chart}.png")));
    }
    let report = fs::read_to_string(out.join("report.md")).unwrap();
    assert!(
        report.contains("| Action | Owner | Runs | Start | Paid by |"),
        "{report}"
    );
    assert!(report.contains("| clubs | Youth NGO | 2025–2026 | as written | own 100% |"));
}

#[test]
fn reports_are_byte_identical_whatever_the_thread_count() {
    let plan = owned();
    let scenario = plan.scenario("s.toml", MAX_IMPACT);
    let (one, four) = (plan.dir.path().join("one"), plan.dir.path().join("four"));
    solve(&scenario, &one, &["--xlsx"], &[("RAYON_NUM_THREADS", "1")]);
    solve(&scenario, &four, &["--xlsx"], &[("RAYON_NUM_THREADS", "4")]);
    let (a, b) = (tree(&one), tree(&four));
    assert_eq!(
        a.keys().collect::<Vec<_>>(),
        b.keys().collect::<Vec<_>>(),
        "the same files"
    );
    for (file, bytes) in &a {
        assert!(bytes == &b[file], "{} differs", file.display());
    }
    assert!(a.contains_key(Path::new("timeline.csv")));
    assert!(a.contains_key(Path::new("charts/workload.png")));
}

#[test]
fn a_plan_of_one_period_has_no_timeline_section_or_chart_but_its_csv() {
    let plan = TempPlan::new(&[
        ("actions.csv", "id,cost,impact_people\na,100,1\n"),
        ("sources.csv", "id,kind,budget\nown,own,1000\n"),
    ]);
    let out = plan.dir.path().join("out");
    solve(&plan.scenario("s.toml", MAX_IMPACT), &out, &[], &[]);
    assert!(!out.join("charts/timeline.svg").exists());
    assert!(!fs::read_to_string(out.join("report.md"))
        .unwrap()
        .contains("## Timeline"));
    let csv = fs::read_to_string(out.join("timeline.csv")).unwrap();
    assert!(
        csv.ends_with("\na,a,,,all,all,0,all,,,own,1.00,own:1.00\n"),
        "{csv}"
    );
}

#[test]
fn explain_says_why_an_action_starts_later_than_written() {
    let plan = two_years();
    let scenario = plan.scenario("s.toml", MAX_IMPACT);
    let text = explain(&scenario, "lab", &[]);
    for expected in [
        "Runs:      2026 (moved from 2025 to 2026, 1 year later)",
        "Why it starts later than written:",
        "held to its written start (2025), the plan would be worse by 10 impact points (8 \
         instead of 18, -55.56%).",
        "Actions that would be left out to make room: school",
        "Already fully used in 2025, where it would need them as written:",
        "- own budget for 2025: 1 000 of 1 000 EUR",
    ] {
        assert!(text.contains(expected), "{expected:?} missing:\n{text}");
    }
    let json = explain(&scenario, "lab", &["--json"]);
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    let later = &json["later_start"];
    assert_eq!(later["as_written"]["displaced"][0], "school");
    assert_eq!(later["periods"][0], "2025");
    assert_eq!(later["full"][0]["what"], "own budget for 2025");
    assert_eq!(json["runs"]["delay_periods"], 1);

    // An action that runs as written says so, and nothing about a later start.
    let school = explain(&scenario, "school", &[]);
    assert!(school.contains("Runs:      2025 (as written)"), "{school}");
    assert!(!school.contains("later than written"), "{school}");
}

#[test]
fn explain_in_latvian_says_why_an_action_starts_later() {
    let plan = two_years();
    let scenario = plan.scenario("s.toml", &format!("{MAX_IMPACT}lang = \"lv\"\n"));
    let text = explain(&scenario, "lab", &[]);
    for expected in [
        "Norise:   2026 (pārcelta no 2025 uz 2026, par 1 gadu vēlāk)",
        "Kāpēc tā sākas vēlāk, nekā sākotnēji paredzēts:",
        "plāns būtu par 10 ietekmes punktiem sliktāks (8, nevis 18, -55,56%)",
    ] {
        assert!(text.contains(expected), "{expected:?} missing:\n{text}");
    }
}
