//! The frontier chart drawn for made-up frontiers.

use super::*;
use crate::analyse::frontier::FrontierPoint;

fn point(money_eur: f64, impact: f64, funded: &[&str]) -> FrontierPoint {
    FrontierPoint::new(money_eur, impact, funded)
}

fn sample() -> Frontier {
    Frontier {
        scenario: "Baseline".into(),
        money_label: "own money".into(),
        sources: vec!["municipal".into()],
        method: "exact",
        step: 500.0,
        points: vec![
            point(120_000.0, 6_100.0, &["a"]),
            point(180_000.0, 7_050.0, &["a", "b"]),
            point(265_000.0, 8_400.0, &["a", "b", "c"]),
            point(390_000.0, 9_900.0, &["b", "c", "d"]),
        ],
        // The plan spends more than point 3 for the same impact: below the frontier.
        current: Some((300_000.0, 8_400.0)),
        lang: crate::i18n::Lang::En,
    }
}

/// Twelve close points of one source with a long name, the plan below the frontier.
fn crowded() -> Frontier {
    let points = (0..12)
        .map(|k| {
            let k = f64::from(k);
            point(
                40_000.0 + 9_000.0 * k,
                5_000.0 + 300.0 * k - 9.0 * k * k,
                &["a"],
            )
        })
        .collect();
    Frontier {
        money_label: "ESF+ social inclusion and skills (EU Cohesion Policy 2021–2027)".into(),
        sources: vec!["esf_plus".into()],
        method: "grid",
        points,
        current: Some((100_000.0, 6_200.0)),
        ..sample()
    }
}

#[test]
fn renders_a_crowded_frontier_with_a_long_money_label() {
    let frontier = crowded();
    let chart = crate::plot::testdata::check(|| frontier_chart(&frontier), &title(&frontier));
    assert!(chart.svg.contains("this plan"));
}

#[test]
fn renders_a_frontier() {
    let frontier = sample();
    let chart = crate::plot::testdata::check(
        || frontier_chart(&frontier),
        "What more own money buys – Baseline",
    );
    assert_eq!(chart.name, "frontier");
    assert!(chart.svg.contains("this plan"));
    assert!(chart.svg.contains("Own money used (EUR)"));
    assert!(chart.svg.contains("Weighted impact (points)"));
}

#[test]
fn renders_a_frontier_in_latvian() {
    let frontier = Frontier {
        lang: crate::i18n::Lang::Lv,
        ..sample()
    };
    let chart = crate::plot::testdata::check(
        || frontier_chart(&frontier),
        "Ko dod papildu nauda (own money) – Baseline",
    );
    assert!(chart.svg.contains("šis plāns"));
    assert!(chart.svg.contains(&impact_axis_title(&frontier)));
    assert!(!chart.svg.contains("this plan"));
    assert!(!chart.svg.contains("Weighted impact (points)"));
}

#[test]
fn renders_an_empty_frontier_and_one_point() {
    let mut frontier = sample();
    frontier.points.truncate(1);
    frontier.current = None;
    frontier_chart(&frontier).unwrap();
    frontier.points.clear();
    let chart = frontier_chart(&frontier).unwrap();
    assert!(chart.svg.contains("No plan keeps every rule"));
}

#[test]
fn axes_start_at_zero_unless_the_values_sit_far_from_it() {
    let axis = Axis::covering(120_000.0, 390_000.0);
    assert_eq!(axis.lo, 0.0);
    assert!(*axis.ticks.last().unwrap() >= 390_000.0);
    let axis = Axis::covering(7_400.0, 10_190.0);
    assert!(axis.lo > 0.0 && axis.lo <= 7_400.0, "{}", axis.lo);
    assert!(*axis.ticks.last().unwrap() >= 10_190.0);
    assert!(axis.ticks.len() <= 10);
}

/// Writes the chart of a made-up frontier for a person to look at:
/// `FUNDMIX_CHART_DIR=/tmp/charts cargo test --lib write_frontier_for_review -- --ignored`.
#[test]
#[ignore = "writes files for review; run by hand"]
fn write_frontier_for_review() {
    let dir = std::path::PathBuf::from(
        std::env::var("FUNDMIX_CHART_DIR").unwrap_or_else(|_| "target/charts".into()),
    );
    std::fs::create_dir_all(&dir).unwrap();
    for (name, frontier) in [("frontier", sample()), ("frontier_crowded", crowded())] {
        let chart = frontier_chart(&frontier).unwrap();
        std::fs::write(dir.join(format!("{name}.svg")), &chart.svg).unwrap();
        std::fs::write(dir.join(format!("{name}.png")), &chart.png).unwrap();
    }
}
