//! What the reports of a plan that holds (`solve --risk`) show, built once: its sentences and
//! its tables, which robustness.md, robustness.html and the terminal all write.

use super::tables::{Cell, Column, Table};
use crate::analyse::holds::{Fared, Holds};
use crate::domain::{Objective, RiskMeasure};
use crate::i18n::Tr;
use crate::t;

/// "best on average over the draws" / "best over the worst 20% of the draws".
pub fn measure_words(tr: &Tr, holds: &Holds) -> String {
    match holds.measure {
        RiskMeasure::Expected => t!(tr, "holds-measure-expected"),
        RiskMeasure::Cvar => t!(tr, "holds-measure-cvar", alpha = tr.percent(holds.alpha, 0)),
    }
}

/// What the plan was made over, and how it was compared.
pub fn intro(tr: &Tr, holds: &Holds) -> String {
    t!(
        tr,
        "holds-intro",
        samples = holds.samples,
        seed = holds.seed.to_string(),
        distinct = holds.distinct_draws,
        measure = measure_words(tr, holds),
        fresh = holds.fresh_samples,
        fresh_seed = holds.fresh_seed.to_string()
    )
}

/// The mean of the objective over the fresh draws (0 without any).
fn mean_objective(fared: &Fared) -> f64 {
    fared.objective.map_or(0.0, |s| s.mean)
}

/// The price of robustness in one sentence: what the plan that holds gives up, and how the
/// chance of an unfinanced gap changes.
pub fn price(tr: &Tr, holds: &Holds) -> String {
    let (plain, holding) = (mean_objective(&holds.plain), mean_objective(&holds.holding));
    let (a, b) = (holds.plain.gap_chance, holds.holding.gap_chance);
    let direction = if b < a - 1e-9 {
        "falls"
    } else if b > a + 1e-9 {
        "rises"
    } else {
        "same"
    };
    let gap = t!(
        tr,
        "holds-price-gap",
        direction = direction,
        plain = tr.percent(a, 0),
        holding = tr.percent(b, 0)
    );
    let cost = match holds.objective {
        Objective::MaxImpact => {
            let share = if plain.abs() > 1e-9 {
                (plain - holding) / plain
            } else {
                0.0
            };
            t!(
                tr,
                "holds-price-impact",
                share = tr.percent(share.max(0.0), 0),
                plain = tr.number(plain, 1),
                holding = tr.number(holding, 1)
            )
        }
        Objective::MinOwnCost => t!(
            tr,
            "holds-price-own",
            plain = tr.number(plain, 0),
            holding = tr.number(holding, 0)
        ),
    };
    format!("{cost}{gap}")
}

/// The two plans side by side over the fresh draws.
pub fn comparison_table(tr: &Tr, holds: &Holds) -> Table {
    let (p, h) = (&holds.plain, &holds.holding);
    let pair = |label: String, f: &dyn Fn(&Fared) -> Cell| vec![Cell::Text(label), f(p), f(h)];
    let objective = |f: &Fared| match holds.objective {
        Objective::MaxImpact => Cell::Points(mean_objective(f), 1),
        Objective::MinOwnCost => Cell::Eur(mean_objective(f)),
    };
    let mut rows = vec![
        pair(t!(tr, "holds-row-actions"), &|f| {
            Cell::Points(f.actions as f64, 0)
        }),
        pair(t!(tr, "holds-row-cost"), &|f| Cell::Eur(f.cost_eur)),
        pair(t!(tr, "holds-row-objective"), &objective),
        pair(t!(tr, "holds-row-secured"), &|f| {
            Cell::Points(f.secured_impact, 1)
        }),
        pair(t!(tr, "holds-row-gap"), &|f| Cell::Share(f.gap_chance)),
        pair(t!(tr, "holds-row-unfinanced"), &|f| {
            Cell::Eur(f.unfinanced_eur)
        }),
    ];
    if p.hours_chance > 0.0 || h.hours_chance > 0.0 {
        rows.push(pair(t!(tr, "holds-row-hours"), &|f| {
            Cell::Share(f.hours_chance)
        }));
    }
    rows.push(pair(t!(tr, "holds-row-own"), &|f| Cell::Eur(f.own_eur)));
    for (t, (indicator, _)) in p.target_met.iter().enumerate() {
        rows.push(pair(
            t!(tr, "holds-row-target", indicator = indicator),
            &|f| Cell::Share(f.target_met[t].1),
        ));
    }
    Table {
        columns: vec![
            Column::words(String::new()),
            Column::numbers(t!(tr, "holds-col-plain")),
            Column::numbers(t!(tr, "holds-col-holding")),
        ],
        rows,
        total: None,
    }
}

/// The actions whose funded scale differs between the plans (`None` when none does).
pub fn changes_table(tr: &Tr, holds: &Holds) -> Option<Table> {
    let rows: Vec<Vec<Cell>> = holds
        .actions
        .iter()
        .filter(|(_, plain, holding)| (plain - holding).abs() > 1e-9)
        .map(|(id, plain, holding)| {
            vec![
                Cell::Id(id.clone()),
                Cell::Share(*plain),
                Cell::Share(*holding),
            ]
        })
        .collect();
    (!rows.is_empty()).then(|| Table {
        columns: vec![
            Column::words(t!(tr, "col-action")),
            Column::numbers(t!(tr, "holds-col-plain")),
            Column::numbers(t!(tr, "holds-col-holding")),
        ],
        rows,
        total: None,
    })
}

/// How the model weighs a gap, and its size.
pub fn model_words(tr: &Tr, holds: &Holds) -> String {
    let weight = match holds.objective {
        Objective::MaxImpact => t!(
            tr,
            "holds-weight-impact",
            points = tr.number(holds.penalty_per_eur * 1000.0, 2),
            hour = tr.number(holds.penalty_per_hour, 3)
        ),
        Objective::MinOwnCost => t!(
            tr,
            "holds-weight-own",
            factor = tr.number(holds.penalty_per_eur, 0),
            hour = tr.number(holds.penalty_per_hour, 2)
        ),
    };
    let size = t!(
        tr,
        "holds-model-size",
        distinct = holds.distinct_draws,
        variables = tr.number(holds.variables as f64, 0),
        constraints = tr.number(holds.constraints as f64, 0)
    );
    format!("{weight} {size}")
}
