//! Fuzz check of the TOML scenario reader with `extends`
//! (`fundmix::input::scenario_chain::read_scenario_chain` and
//! `fundmix::validate::scenario::load_scenario`).
//!
//! Included by `fuzz/fuzz_targets/scenario.rs` and by `tests/fuzz_corpus.rs`, which replays every
//! file of `fuzz/corpus/scenario/` and `fuzz/regressions/scenario/` through [`check`].
//!
//! The input is up to three scenario files, `a.toml`, `b.toml` and `c.toml`, separated by a line
//! `----`; they sit beside a small valid plan folder `plan/` (two periods, three actions, two
//! sources, a partner, an owner, a target), so `extends = "b.toml"` and `plan = "plan"` reach
//! the merge and the scenario's validation. `a.toml` is read. The property: a scenario or
//! located problems, never a panic; and a scenario that loads has finite, non-negative amounts
//! of at most 10^15 EUR, as `docs/input.md` promises.

use fundmix::input::scenario_chain::read_scenario_chain;
use fundmix::validate::load_scenario;

/// The plan every scenario of this check may point at.
const PLAN: [(&str, &str); 5] = [
    (
        "actions.csv",
        "id,name,category,cost_2025,cost_2026,staff_hours_2025,staff_hours_2026,min_scale,impact_people,impact_points,requires,excludes,status,latest_start,deadline,owner\n\
         courses,Courses,skills,500,500,80,80,0.5,5,0,,,,,2026,social\n\
         helpdesk,Help desk,access,600,0,120,0,1,4,1,,courses,,2026,,social\n\
         wifi,Wi-Fi,access,900,300,10,10,1,0,3,courses,,,,,\n",
    ),
    (
        "sources.csv",
        "id,name,kind,budget,budget_2025,budget_2026,max_share,eligible,min_grant,max_grant,award_probability,award_group,spend_by\n\
         municipal,Municipal budget,own,,800,700,1,,,,,,\n\
         esf,ESF+,eu,1000,,,0.85,skills;access,100,900,0.6,call,2026\n",
    ),
    (
        "partners.csv",
        "id,name,cash,staff_hours_2025,staff_hours_2026,eligible,max_actions,commitment_probability\n\
         bank,Bank,300,20,20,skills,1,0.9\n",
    ),
    ("targets.csv", "indicator,min,hard,penalty\npeople,5,false,2\n"),
    ("owners.csv", "id,name,hours\nsocial,Social services,150\n"),
];

/// Runs the check on `data`.
pub fn check(data: &[u8]) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let plan = dir.path().join("plan");
    std::fs::create_dir(&plan).expect("the plan folder");
    for (name, text) in PLAN {
        std::fs::write(plan.join(name), text).expect("a plan table");
    }
    let text = String::from_utf8_lossy(data);
    let mut files = text.split("\n----\n");
    for name in ["a.toml", "b.toml", "c.toml"] {
        let content = files.next().unwrap_or("");
        std::fs::write(dir.path().join(name), content).expect("a scenario file");
    }
    let path = dir.path().join("a.toml");
    if let Err(problems) = read_scenario_chain(&path, "a.toml") {
        assert!(!problems.is_empty(), "an error without a problem");
    }
    match load_scenario(&path) {
        Ok(scenario) => {
            let fine = |x: f64| x.is_finite() && (0.0..=1e15).contains(&x);
            for action in &scenario.plan.actions {
                for &cost in &action.cost_eur {
                    assert!(fine(cost), "action {}: cost {cost}", action.id);
                }
            }
            for source in &scenario.plan.sources {
                let budgets = source.budget_eur.iter().flatten();
                for &budget in budgets.chain(source.budget_total_eur.iter()) {
                    assert!(fine(budget), "source {}: budget {budget}", source.id);
                }
                assert!(
                    (0.0..=1.0).contains(&source.max_share),
                    "source {}: share {}",
                    source.id,
                    source.max_share
                );
            }
            for weight in &scenario.weights {
                assert!(weight.is_finite(), "weight {weight}");
            }
            if let Some(capacity) = &scenario.staff_capacity_hours {
                for hours in capacity {
                    assert!(hours.is_finite() && *hours >= 0.0, "staff capacity {hours}");
                }
            }
        }
        Err(error) => assert!(!error.problems.is_empty(), "an error without a problem"),
    }
}
