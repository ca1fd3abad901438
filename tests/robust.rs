//! `fundmix robust`: funding risk drawn and solved, on plans small enough to check by hand.

mod common;

use common::TempPlan;
use fundmix::analyse::robust::{draw, robust, RobustRequest};
use fundmix::solve::SolveOptions;
use fundmix::validate::load_scenario;

/// One action of 100 EUR that only a grant may fund (the municipality has 10 EUR), and one of
/// 10 EUR the municipality funds: the first is funded exactly when the grant pays.
fn plan(grant_chance: &str) -> TempPlan {
    TempPlan::new(&[
        (
            "actions.csv",
            "id,name,cost,impact_people\nbig,Needs the grant,100,10\nsmall,Own money,10,1\n",
        ),
        (
            "sources.csv",
            &format!(
                "id,name,kind,budget,eligible,award_probability\n\
                 own,Municipality,own,10,small,\ngrant,Grant,grant,100,big,{grant_chance}\n"
            ),
        ),
    ])
}

fn request(samples: usize, jobs: usize) -> RobustRequest {
    RobustRequest {
        samples,
        seed: 7,
        jobs,
        progress: false,
    }
}

#[test]
fn an_action_that_needs_a_grant_is_funded_exactly_when_it_pays() {
    let plan = plan("0.5");
    let scenario = load_scenario(&plan.plan()).unwrap();
    let run = robust(&scenario, &request(400, 2), &SolveOptions::default()).unwrap();
    let paid = run.sample_list.iter().filter(|s| s.paid[1]).count();
    for s in &run.sample_list {
        assert_eq!(s.scale[0] > 0.0, s.paid[1], "sample {}", s.index);
        assert!(s.paid[0], "the municipality always pays");
        assert_eq!(s.scale[1], 1.0);
    }
    let core = &run.core_index;
    assert_eq!(core[0].1, paid as f64 / 400.0);
    assert!((core[0].1 - 0.5).abs() < 0.08, "{}", core[0].1);
    assert_eq!(core[1], ("small".to_string(), 1.0));
    // The grant gives 100 EUR when it pays: on average 100 x the share of draws it paid.
    let expected = run.expected_source_eur[1].2;
    assert!(
        (expected - 100.0 * paid as f64 / 400.0).abs() < 1e-6,
        "{expected}"
    );
    // Impact: 11 with the grant, 1 without.
    let people = run.indicators[0].1.unwrap();
    assert_eq!((people.p5, people.p95), (1.0, 11.0));
}

#[test]
fn the_same_seed_gives_the_same_draws_whatever_the_threads() {
    let plan = plan("0.3");
    let scenario = load_scenario(&plan.plan()).unwrap();
    let one = robust(&scenario, &request(60, 1), &SolveOptions::default()).unwrap();
    let two = robust(&scenario, &request(60, 2), &SolveOptions::default()).unwrap();
    let json = |r| serde_json::to_string(r).unwrap();
    assert_eq!(json(&one), json(&two));
    // And a draw depends on the seed and its number only.
    assert_eq!(draw(&scenario, 7, 33).paid, one.sample_list[33].paid);
}

#[test]
fn sources_of_one_award_group_are_awarded_together() {
    let plan = TempPlan::new(&[
        ("actions.csv", "id,name,cost,impact_people\na,A,100,10\n"),
        (
            "sources.csv",
            "id,name,kind,budget,award_probability,award_group\n\
             m1,Measure 1,eu,50,0.5,call\nm2,Measure 2,eu,50,0.5,call\nalone,Alone,eu,50,0.5,\n",
        ),
    ]);
    let scenario = load_scenario(&plan.plan()).unwrap();
    let mut apart = 0;
    for i in 0..200 {
        let paid = draw(&scenario, 3, i).paid;
        assert_eq!(paid[0], paid[1], "draw {i}");
        apart += usize::from(paid[0] != paid[2]);
    }
    assert!(
        apart > 50,
        "a source outside the group is drawn on its own: {apart}"
    );
}

#[test]
fn a_chance_outside_0_to_1_is_refused_with_its_place() {
    let plan = plan("1.5");
    let err = load_scenario(&plan.plan()).unwrap_err().to_string();
    assert!(
        err.contains("sources.csv, row 3, column 'award_probability'"),
        "{err}"
    );
    assert!(err.contains("a chance between 0 and 1"), "{err}");
}

#[test]
fn the_command_writes_its_files() {
    let plan = plan("0.5");
    // A soft target the plan meets only with the grant.
    std::fs::write(
        plan.plan().join("targets.csv"),
        "indicator,min,hard\npeople,5,false\n",
    )
    .unwrap();
    let out = plan.dir.path().join("risk");
    let text = common::fundmix_ok(&[
        "robust",
        plan.plan().to_str().unwrap(),
        "--samples",
        "20",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(text.contains("20 draws"), "{text}");
    let core: f64 = std::fs::read_to_string(out.join("core_index.csv"))
        .unwrap()
        .lines()
        .nth(1)
        .and_then(|l| l.split(',').nth(1))
        .unwrap()
        .parse()
        .unwrap();
    // The target is met exactly when the grant pays, as the big action is funded.
    assert!(
        text.contains(&format!(
            "target people met in {:.0}% of the draws",
            100.0 * core
        )),
        "{text}"
    );
    for file in [
        "robust.json",
        "robust.md",
        "robust.html",
        "core_index.csv",
        "samples.csv",
        "charts/core_index.svg",
        "charts/core_index.png",
        "charts/targets_met.svg",
        "charts/targets_met.png",
        "charts/objective.svg",
        "charts/objective.png",
    ] {
        assert!(out.join(file).is_file(), "{file}");
    }
    let page = std::fs::read_to_string(out.join("robust.html")).unwrap();
    assert!(page.contains("<h1>Funding risk: plan</h1>"), "{page}");
    assert!(page.contains("<svg"), "the page holds its charts");
    let svg = std::fs::read_to_string(out.join("charts/core_index.svg")).unwrap();
    assert!(svg.contains("How often each action is funded"), "{svg}");
    let samples = std::fs::read_to_string(out.join("samples.csv")).unwrap();
    assert_eq!(samples.lines().count(), 21);
    assert!(
        samples.starts_with(
            "sample,paid_own,paid_grant,has_plan,objective,own_eur,people,scale_big,scale_small\n"
        ),
        "{samples}"
    );
}

#[test]
fn the_scenario_sets_the_draws_and_the_command_line_wins() {
    let plan = plan("0.5");
    let scenario = plan.scenario(
        "risk.toml",
        "plan = \"plan\"\n[risk]\nsamples = 12\nseed = 3\n",
    );
    let out = plan.dir.path().join("risk");
    let run = |extra: &[&str]| {
        let mut args = vec![
            "robust",
            scenario.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ];
        args.extend_from_slice(extra);
        common::fundmix_ok(&args)
    };
    assert!(run(&[]).contains("12 draws of which"), "{}", run(&[]));
    assert!(run(&[]).contains("(seed 3)"));
    assert!(run(&["--samples", "5"]).contains("5 draws of which"));
    let shown = common::fundmix_ok(&["show", scenario.to_str().unwrap()]);
    assert!(
        shown.contains("Risk draws:     12 draws, seed 3\n"),
        "{shown}"
    );
}

#[test]
fn bad_risk_settings_are_refused_with_their_line() {
    let plan = plan("0.5");
    let scenario = plan.scenario(
        "risk.toml",
        "plan = \"plan\"\n[risk]\nsamples = 0\nseed = -1\ndraws = 3\n",
    );
    let err = load_scenario(&scenario).unwrap_err().to_string();
    assert!(
        err.contains("line 3, key 'risk.samples': 0 is not a number of draws"),
        "{err}"
    );
    assert!(
        err.contains("line 4, key 'risk.seed': -1 is not a seed"),
        "{err}"
    );
    assert!(err.contains("line 5, key 'risk.draws'"), "{err}");
    assert!(err.contains("use one of: samples, seed"), "{err}");
}
