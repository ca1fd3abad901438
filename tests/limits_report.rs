//! "What limits this plan" and "Why there is no plan" in report.md, report.html, the terminal
//! summary and the comparison: the bundled baseline (fully used budgets), the ambitious-targets
//! scenario (no plan; one target to lower), and small plans with hand-checked values.

mod common;

use common::TempPlan;
use fundmix::report::{self, comparison, html, terminal_summary};
use fundmix::result::ScenarioResult;
use fundmix::solve::SolveOptions;
use std::path::Path;

const CAVEAT: &str = "These values hold with the current set of funded actions; a different \
                      selection may be worth more";

fn solve(scenario: &Path) -> ScenarioResult {
    let scenario = fundmix::validate::load_scenario(scenario)
        .unwrap_or_else(|e| panic!("{}: {e}", scenario.display()));
    fundmix::solve_scenario(&scenario, &SolveOptions::default()).unwrap()
}

/// report.md and report.html as written by `fundmix solve`.
fn reports(result: &ScenarioResult) -> (String, String) {
    let files = report::scenario_files(result, None).unwrap();
    let file = |name: &str| {
        let (_, bytes) = files.iter().find(|(n, _)| n == name).unwrap();
        String::from_utf8(bytes.clone()).unwrap()
    };
    (file("report.md"), file("report.html"))
}

/// The part of `text` from `start` to the next `end` (or to the end).
fn section<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
    let from = text
        .find(start)
        .unwrap_or_else(|| panic!("`{start}` not found in:\n{text}"));
    let rest = &text[from..];
    &rest[..rest[start.len()..]
        .find(end)
        .map_or(rest.len(), |e| e + start.len())]
}

#[test]
fn baseline_reports_say_what_limits_the_plan() {
    let result = solve(Path::new("scenarios/jelgava/baseline.toml"));
    let marginals = result.limits.as_ref().expect("a plan has its limits");
    let top = marginals
        .binding()
        .next()
        .expect("the baseline uses a budget in full");
    let binding = marginals.binding().count();
    assert!(binding > 8, "the example has many fully used limits");
    let (md, page) = reports(&result);

    // report.md: a table of at most 8 fully used limits, most valuable first, the caveat, and
    // how many more there are.
    let limits = section(&md, "## What limits this plan", "\n## ");
    let rows: Vec<&str> = limits
        .lines()
        .skip_while(|l| !l.starts_with("|---"))
        .skip(1)
        .take_while(|l| l.starts_with("| "))
        .collect();
    assert_eq!(rows.len(), 8, "{limits}");
    assert!(
        rows[0].starts_with(&format!("| {} |", top.what)),
        "{limits}"
    );
    assert!(
        rows[0].contains(&format!(
            "{} of {} EUR",
            report::number(top.used, 0),
            report::number(top.limit, 0)
        )),
        "{limits}"
    );
    // Baseline: every action worth funding is funded, so more external money saves own money.
    assert!(
        rows[0].contains("+1 000 EUR saves 1 000 EUR of own money, at the same impact"),
        "{limits}"
    );
    assert!(rows[0].contains("(holds between "), "{limits}");
    assert!(limits.contains(CAVEAT), "{limits}");
    assert!(limits.contains("see `fundmix explain` and `fundmix frontier`."));
    let room = marginals.limits.len() - binding;
    assert!(
        limits.contains(&format!(
            "{} more limits are fully used and {room} have room left",
            binding - 8
        )),
        "{limits}"
    );
    // The section sits between the indicators and the funding matrix.
    let order: Vec<usize> = [
        "## Indicators and targets",
        "## What limits this plan",
        "## Funding matrix",
    ]
    .iter()
    .map(|h| md.find(h).unwrap())
    .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{md}");

    // report.html: the same, as a section with a table.
    let limits = section(&page, "<section id=\"limits\">", "</section>");
    assert!(limits.contains("<h2>What limits this plan</h2>"));
    assert_eq!(limits.matches("<tr>").count(), 1 + 8, "{limits}");
    assert!(limits.contains(&html::escape(&top.what)));
    assert!(limits.contains("+1 000 EUR saves 1 000 EUR of own money"));
    assert!(limits.contains("<p class=\"caveat\">These values hold with the current set"));
    assert!(limits.contains("<code>fundmix explain</code>"));
    assert!(!page.contains("Why there is no plan"));

    // The terminal: the top three, the rest counted, and the caveat.
    let text = terminal_summary(&result);
    assert!(text.contains("What limits this plan (most valuable first):"));
    assert!(text.contains(&format!("  - {} (", top.what)), "{text}");
    assert_eq!(text.matches("\n  - ").count(), 3, "{text}");
    assert!(
        text.contains(&format!("{} more limits are fully used", binding - 3)),
        "{text}"
    );
    assert!(text.contains(CAVEAT), "{text}");
}

#[test]
fn ambitious_targets_reports_say_why_there_is_no_plan_and_what_would_give_one() {
    let result = solve(Path::new("scenarios/jelgava/ambitious_targets.toml"));
    assert!(!result.has_plan());
    let diagnosis = result
        .diagnosis
        .as_ref()
        .expect("an infeasible scenario is diagnosed");
    let fix = &diagnosis.fixes[0].changes[0].advice;
    assert_eq!(
        fix,
        "lower the target seniors_trained from 2 100 to 1 990 (at most 1 990 can be reached)"
    );
    let (md, page) = reports(&result);
    let first_fix = format!("Smallest change that gives a plan:** {fix}.");

    let why = section(&md, "## Why there is no plan", "\n## ");
    assert!(
        why.contains("- target seniors_trained of at least 2 100"),
        "{why}"
    );
    assert!(why.contains(&first_fix), "{why}");
    // The generic advice is replaced by the diagnosis.
    assert!(!md.contains("Loosen a rule and solve again"), "{md}");
    assert!(md.contains("no plan can satisfy every rule"));

    let why = section(&page, "<section id=\"no-plan\"", "</section>");
    assert!(why.contains("<h2>Why there is no plan</h2>"));
    assert!(
        why.contains("<li>target seniors_trained of at least 2 100</li>"),
        "{why}"
    );
    assert!(
        why.contains(&format!(
            "<strong>Smallest change that gives a plan:</strong> {fix}."
        )),
        "{why}"
    );
    assert!(!why.contains("hard target</strong> that the fundable actions cannot reach"));
    assert!(!page.contains("<table"), "no plan tables without a plan");

    let text = terminal_summary(&result);
    assert!(
        text.contains("Status:   no plan can satisfy every rule"),
        "{text}"
    );
    assert!(
        text.contains("            - target seniors_trained of at least 2 100"),
        "{text}"
    );
    assert!(
        text.contains(&format!(
            "Fix:      Smallest change that gives a plan: {fix}."
        )),
        "{text}"
    );
}

#[test]
fn comparison_names_each_scenarios_top_limit_or_first_fix() {
    let results = [
        solve(Path::new("scenarios/jelgava/baseline.toml")),
        solve(Path::new("scenarios/jelgava/ambitious_targets.toml")),
    ];
    let top = results[0]
        .limits
        .as_ref()
        .unwrap()
        .binding()
        .next()
        .unwrap();
    let md = comparison::markdown(&results);
    let limits = section(&md, "## What limits each scenario", "\n## ");
    assert!(
        limits.contains(&format!("- **Baseline:** {} (", top.what)),
        "{limits}"
    );
    assert!(
        limits.contains(
            "- **Ambitious targets:** Smallest change that gives a plan: lower the target \
             seniors_trained from 2 100 to 1 990"
        ),
        "{limits}"
    );
    assert!(limits.contains(CAVEAT));
    // The first table keeps its rows and columns.
    assert!(md.contains("| Ambitious targets | infeasible | 0 |"));

    let page = html::comparison_html(&results, &[]);
    let outcome = section(&page, "<table class=\"outcome\">", "</table>");
    assert!(outcome.contains("<th>What limits it</th>"));
    assert!(outcome.contains("Smallest change that gives a plan: lower the target"));
    assert!(outcome.contains(&html::escape(&top.what)));

    let json: serde_json::Value =
        serde_json::from_str(&comparison::json(&results).unwrap()).unwrap();
    assert!(json[1]["what_limits"]
        .as_str()
        .unwrap()
        .starts_with("Smallest change that gives a plan: lower the target"));
    // comparison.csv keeps its columns.
    let csv = comparison::csv(&results);
    assert!(csv
        .lines()
        .next()
        .unwrap()
        .ends_with(",staff_hours,actions_funded,must_not_funded"));
}

// One action of 100 EUR, 1 000 EUR of own money: nothing is used in full.
#[test]
fn a_plan_that_uses_no_limit_in_full_says_so() {
    let plan = TempPlan::new(&[
        ("actions.csv", "id,cost,impact_people\na,100,1\n"),
        ("sources.csv", "id,kind,budget\nown,own,1000\n"),
    ]);
    let result = solve(&plan.plan());
    assert!(result.has_plan());
    assert_eq!(result.limits.as_ref().unwrap().binding().count(), 0);
    let (md, page) = reports(&result);
    let none = "No budget, partner offer, staff capacity or target is fully used";

    let limits = section(&md, "## What limits this plan", "\n## ");
    assert!(limits.contains(none), "{limits}");
    assert!(
        !limits.contains("| Limit |"),
        "no table without fully used limits"
    );
    let limits = section(&page, "<section id=\"limits\">", "</section>");
    assert!(
        limits.contains(none) && !limits.contains("<table"),
        "{limits}"
    );
    let text = terminal_summary(&result);
    assert!(text.contains(&format!("Limits:   {none}")), "{text}");
}

// min-own-cost, one must action of 100 000 EUR: the EU grant (budget 20 000, up to 85%) is used
// in full and the rest is own money, so each EUR more of the grant saves one EUR of own money,
// up to 85 000 EUR of grant.
#[test]
fn min_own_cost_quotes_own_money_saved_per_thousand_euros() {
    let plan = TempPlan::new(&[
        (
            "actions.csv",
            "id,cost,impact_people,status\na,100000,10,must\n",
        ),
        (
            "sources.csv",
            "id,kind,budget,max_share\nown,own,200000,1\neu,eu,20000,0.85\n",
        ),
    ]);
    let scenario = plan.scenario(
        "scenario.toml",
        "name = \"Small\"\nplan = \"plan\"\nobjective = \"min-own-cost\"\n",
    );
    let result = solve(&scenario);
    let marginals = result.limits.as_ref().unwrap();
    let eu = marginals.binding().next().unwrap();
    assert!((eu.objective_per_unit - 1.0).abs() < 1e-6, "{eu:?}");
    let (md, _) = reports(&result);
    let limits = section(&md, "## What limits this plan", "\n## ");
    assert!(
        limits.contains(&format!(
            "| {} | 20 000 of 20 000 EUR | +1 000 EUR saves 1 000 EUR of own money",
            eu.what
        )),
        "{limits}"
    );
    assert!(
        limits.contains("holds between 0 and 85 000 EUR"),
        "{limits}"
    );
}
