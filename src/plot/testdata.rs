//! Results the chart tests draw (solved once per test run), and the checks every chart passes.

use super::Chart;
use crate::domain::Scenario;
use crate::error::OutputResult as Result;
use crate::result::ScenarioResult;
use crate::solve::SolveOptions;
use std::path::Path;
use std::sync::OnceLock;

/// The bundled example scenario.
fn baseline_scenario() -> Scenario {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/jelgava/baseline.toml");
    crate::validate::load_scenario(&path).expect("the bundled example loads")
}

fn solve(scenario: &Scenario) -> ScenarioResult {
    let mut result =
        crate::solve_scenario(scenario, &SolveOptions::default()).expect("the example solves");
    result.solve_seconds = None;
    result
}

/// The bundled example, solved.
pub fn baseline() -> &'static ScenarioResult {
    static RESULT: OnceLock<ScenarioResult> = OnceLock::new();
    RESULT.get_or_init(|| solve(&baseline_scenario()))
}

/// The example and three what-if cases: the biggest EU grant halved, a long-named case with
/// less municipal money, and a target no plan can reach (infeasible).
pub fn comparison() -> &'static [ScenarioResult] {
    static RESULTS: OnceLock<Vec<ScenarioResult>> = OnceLock::new();
    RESULTS.get_or_init(|| {
        let base = baseline_scenario();
        let scale_source = |scenario: &mut Scenario, id: &str, factor: f64| {
            let source = scenario
                .plan
                .sources
                .iter_mut()
                .find(|s| s.id == id)
                .expect("the example has this source");
            source.budget_total_eur = source.budget_total_eur.map(|b| b * factor);
            for cap in source.budget_eur.iter_mut().flatten() {
                *cap *= factor;
            }
        };

        let mut halved = base.clone();
        halved.name = "ESF+ halved".into();
        scale_source(&mut halved, "esf_plus", 0.5);

        let mut cut = base.clone();
        cut.name = "Municipal budget cut by a third and ERDF call delayed".into();
        scale_source(&mut cut, "municipal", 2.0 / 3.0);
        scale_source(&mut cut, "erdf", 0.6);

        let mut impossible = base.clone();
        impossible.name = "Impossible targets".into();
        for target in impossible.plan.targets.iter_mut().filter(|t| t.hard) {
            target.min *= 100.0;
        }

        [&base, &halved, &cut, &impossible]
            .into_iter()
            .map(solve)
            .collect()
    })
}

/// The example with owners and room to move: four departments carry the actions (one of them
/// the library network, a partner), some actions may start later than written or have a
/// deadline, and 2025 has less money, so that some actions move to a later year.
pub fn timed() -> &'static ScenarioResult {
    static RESULT: OnceLock<ScenarioResult> = OnceLock::new();
    RESULT.get_or_init(|| solve(&timed_scenario()))
}

/// The scenario of [`timed`].
pub fn timed_scenario() -> Scenario {
    use crate::domain::Owner;
    let mut scenario = baseline_scenario();
    scenario.name = "Baseline with owners".into();
    let plan = &mut scenario.plan;
    plan.owners = vec![
        Owner {
            id: "social".into(),
            name: "Social services department".into(),
            hours: vec![1400.0, 1600.0, 1600.0],
        },
        Owner {
            id: "it".into(),
            name: "IT and e-services department".into(),
            hours: vec![1200.0, 1500.0, 1500.0],
        },
        Owner {
            id: "development".into(),
            name: "Development department".into(),
            hours: vec![900.0, 900.0, 900.0],
        },
    ];
    for action in &mut plan.actions {
        let (owner, staff) = match action.category.as_str() {
            "skills" => ("social", Some(0)),
            "eservices" => ("it", Some(1)),
            "access" if action.id.contains("library") => ("libraries", None),
            "access" => ("development", Some(2)),
            _ => ("development", Some(2)),
        };
        action.owner = Some(owner.into());
        action.owner_staff = staff;
        let last = plan.periods.len() - 1;
        if action.cost_eur[last] == 0.0 && action.staff_hours[last] == 0.0 {
            action.latest_start = Some(last);
        }
    }
    let deadline = |plan: &mut crate::domain::Plan, id: &str, period: usize| {
        let action = plan
            .actions
            .iter_mut()
            .find(|a| a.id == id)
            .expect("an action");
        action.deadline = Some(period);
    };
    deadline(plan, "mentor_training_library_staff", 2);
    deadline(plan, "accessibility_audit", 1);
    for source in &mut plan.sources {
        if let Some(cap) = source.budget_eur[0].as_mut() {
            *cap *= 0.4;
        }
    }
    scenario
}

/// The baseline as if the plan funded nothing: no money anywhere, but a plan all the same.
pub fn nothing_funded() -> ScenarioResult {
    let mut result = baseline().clone();
    result.scenario = "Nothing funded".into();
    result.selected.clear();
    result.timeline.clear();
    result.flows.clear();
    for action in &mut result.actions {
        action.scale = 0.0;
    }
    for source in &mut result.sources {
        source.used_eur = 0.0;
        for period in &mut source.periods {
            period.used_eur = 0.0;
        }
    }
    for partner in &mut result.partners {
        partner.cash_eur = 0.0;
    }
    for indicator in &mut result.indicators {
        indicator.reached = 0.0;
    }
    for staff in result
        .staff
        .iter_mut()
        .chain(result.owners.iter_mut().flat_map(|o| &mut o.staff))
    {
        staff.needed_hours = 0.0;
        staff.partner_hours = 0.0;
        staff.municipal_hours = 0.0;
    }
    result
}

/// Renders a chart twice and checks it: the same bytes both times, the title in the SVG, and a
/// PNG that decodes to the size the SVG declares.
pub fn check(render: impl Fn() -> Result<Chart>, title: &str) -> Chart {
    let chart = render().expect("the chart renders");
    let again = render().expect("the chart renders again");
    assert_eq!(chart.svg, again.svg, "SVG differs between two renders");
    assert_eq!(chart.png, again.png, "PNG differs between two renders");
    assert_eq!(chart.title, title);
    assert!(chart.svg.contains(title), "the SVG has no title '{title}'");

    assert!(chart.png.starts_with(b"\x89PNG\r\n\x1a\n"), "not a PNG");
    let image = image::load_from_memory(&chart.png).expect("the PNG decodes");
    let declared = |attribute: &str| -> u32 {
        let start = chart
            .svg
            .find(&format!("{attribute}=\""))
            .expect("SVG size")
            + attribute.len()
            + 2;
        let end = start + chart.svg[start..].find('"').expect("closing quote");
        chart.svg[start..end].parse().expect("a whole number")
    };
    assert_eq!(image.width(), declared("width"));
    assert_eq!(image.height(), declared("height"));
    chart
}
