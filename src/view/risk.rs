//! What the reports of a funding-risk run show, built once: its shared sentences and its
//! tables, which robust.md and robust.html both write.

use super::tables::{Cell, Column, Table};
use crate::analyse::robust::{Robust, Spread};
use crate::i18n::Tr;
use crate::t;

pub use crate::analyse::robust::table::SampleColumn;

/// A spread in words (mean, 5th percentile, median, 95th percentile), numbers with `decimals`
/// decimals; `-` without one.
pub fn spread_words(tr: &Tr, spread: Option<Spread>, decimals: usize) -> String {
    match spread {
        None => "-".into(),
        Some(s) => t!(
            tr,
            "risk-spread",
            mean = tr.number(s.mean, decimals),
            p5 = tr.number(s.p5, decimals),
            p50 = tr.number(s.p50, decimals),
            p95 = tr.number(s.p95, decimals)
        ),
    }
}

/// One of the spreads every report of a run lists.
pub struct Headline {
    /// What it is the spread of.
    pub label: String,
    /// The spread over the draws with a plan.
    pub spread: Option<Spread>,
    /// Whether it is money (whole euros in words), else points (one decimal).
    pub money: bool,
}

/// The spreads every report of a run lists: the objective, own money, and the plan's cost when
/// some cost is uncertain.
pub fn headlines(tr: &Tr, robust: &Robust) -> Vec<Headline> {
    let line = |label: String, spread: Option<Spread>, money: bool| Headline {
        label,
        spread,
        money,
    };
    let mut lines = vec![
        line(t!(tr, "risk-objective"), robust.objective, false),
        line(t!(tr, "risk-own-money"), robust.own_eur, true),
    ];
    if robust.cost_eur.is_some() {
        lines.push(line(t!(tr, "risk-plan-cost"), robust.cost_eur, true));
    }
    lines
}

/// [`headlines`] as (label, spread in words).
pub fn spreads(tr: &Tr, robust: &Robust) -> Vec<(String, String)> {
    headlines(tr, robust)
        .into_iter()
        .map(|h| {
            let decimals = if h.money { 0 } else { 1 };
            (h.label, spread_words(tr, h.spread, decimals))
        })
        .collect()
}

/// What a column of the table of draws holds, for its number format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SampleUnit {
    /// A whole number or a 1/0 flag.
    Count,
    /// An objective or indicator value.
    Points,
    /// A share (a funded scale).
    Share,
    /// Money (EUR).
    Eur,
}

/// The columns of the table of every draw that `samples.csv` and the workbook's sheet of draws
/// write, in order (the first columns of `samples.parquet`).
pub fn sample_columns(robust: &Robust) -> Vec<SampleColumn> {
    robust.table.columns().iter().map(|&(c, _)| c).collect()
}

impl SampleColumn {
    /// The column's title in the workbook, in the run's language.
    pub fn title(self, tr: &Tr, robust: &Robust) -> String {
        use SampleColumn::*;
        match self {
            Sample => t!(tr, "xlsx-risk-col-draw"),
            Paid(k) => t!(
                tr,
                "xlsx-risk-col-paid",
                source = &robust.expected_source_eur[k].0
            ),
            Committed(k) => t!(
                tr,
                "xlsx-risk-col-committed",
                partner = &robust.partners[k].0
            ),
            HasPlan => t!(tr, "xlsx-risk-col-has-plan"),
            Objective => t!(tr, "risk-objective"),
            OwnEur => t!(tr, "risk-own-money"),
            CostEur => t!(tr, "risk-plan-cost"),
            Indicator(i) => robust.indicators[i].0.clone(),
            Scale(a) => t!(tr, "xlsx-risk-col-scale", action = &robust.core_index[a].0),
            DrawnCost(k) => t!(
                tr,
                "xlsx-risk-col-drawn-cost",
                action = &robust.cost_ranges[k].action
            ),
        }
    }

    /// What the column holds.
    pub fn unit(self) -> SampleUnit {
        use SampleColumn::*;
        match self {
            Sample | Paid(_) | Committed(_) | HasPlan => SampleUnit::Count,
            Objective | Indicator(_) => SampleUnit::Points,
            Scale(_) => SampleUnit::Share,
            OwnEur | CostEur | DrawnCost(_) => SampleUnit::Eur,
        }
    }
}

impl SampleUnit {
    /// The decimals `samples.csv` writes.
    pub fn decimals(self) -> usize {
        match self {
            SampleUnit::Count => 0,
            SampleUnit::Points | SampleUnit::Share => 4,
            SampleUnit::Eur => 2,
        }
    }
}

/// "200 draws … (seed 1); 93% of them have a plan that keeps every rule.", and when the plan
/// has uncertain costs or impacts, how many are drawn.
pub fn intro(tr: &Tr, robust: &Robust) -> String {
    let mut text = t!(
        tr,
        "risk-intro",
        samples = robust.samples,
        seed = robust.seed.to_string(),
        plans = tr.percent(robust.plan_share, 0)
    );
    if !robust.cost_ranges.is_empty() || !robust.impact_ranges.is_empty() {
        text.push(' ');
        text.push_str(&t!(
            tr,
            "risk-intro-ranges",
            costs = robust.cost_ranges.len(),
            impacts = robust.impact_ranges.len()
        ));
    }
    text
}

/// The actions whose cost is uncertain: lowest, most likely and highest total cost, and the
/// mean of the draws (`None` when every cost is certain).
pub fn costs_table(tr: &Tr, robust: &Robust) -> Option<Table> {
    (!robust.cost_ranges.is_empty()).then(|| Table {
        columns: vec![
            Column::words(t!(tr, "col-action")),
            Column::numbers(t!(tr, "risk-col-low")),
            Column::numbers(t!(tr, "risk-col-most-likely")),
            Column::numbers(t!(tr, "risk-col-high")),
            Column::numbers(t!(tr, "risk-col-mean-drawn")),
        ],
        rows: robust
            .cost_ranges
            .iter()
            .map(|c| {
                vec![
                    Cell::Id(c.action.clone()),
                    Cell::Eur(c.low_eur),
                    Cell::Eur(c.most_likely_eur),
                    Cell::Eur(c.high_eur),
                    Cell::Eur(c.mean_eur),
                ]
            })
            .collect(),
        total: None,
    })
}

/// The uncertain impacts: action, indicator, lowest, most likely and highest (`None` when every
/// impact is certain).
pub fn impacts_table(tr: &Tr, robust: &Robust) -> Option<Table> {
    (!robust.impact_ranges.is_empty()).then(|| Table {
        columns: vec![
            Column::words(t!(tr, "col-action")),
            Column::words(t!(tr, "col-indicator")),
            Column::numbers(t!(tr, "risk-col-low")),
            Column::numbers(t!(tr, "risk-col-most-likely")),
            Column::numbers(t!(tr, "risk-col-high")),
        ],
        rows: robust
            .impact_ranges
            .iter()
            .map(|r| {
                vec![
                    Cell::Id(r.action.clone()),
                    Cell::Id(r.indicator.clone()),
                    Cell::Points(r.low, 1),
                    Cell::Points(r.most_likely, 1),
                    Cell::Points(r.high, 1),
                ]
            })
            .collect(),
        total: None,
    })
}

/// A table of a share per row (an action's core index, a target's chance of being met).
fn shares(first: String, share: String, rows: &[(String, f64)]) -> Table {
    Table {
        columns: vec![Column::words(first), Column::numbers(share)],
        rows: rows
            .iter()
            .map(|(id, s)| vec![Cell::Id(id.clone()), Cell::Share(*s)])
            .collect(),
        total: None,
    }
}

/// Each action's core index, most robust first (plan order among equals).
pub fn core_table(tr: &Tr, robust: &Robust) -> Table {
    let mut rows = robust.core_index.clone();
    rows.sort_by(|a, b| b.1.total_cmp(&a.1));
    shares(t!(tr, "col-action"), t!(tr, "risk-col-core"), &rows)
}

/// How often each target is met, in plan order (`None` without targets).
pub fn targets_table(tr: &Tr, robust: &Robust) -> Option<Table> {
    (!robust.target_met.is_empty()).then(|| {
        shares(
            t!(tr, "col-indicator"),
            t!(tr, "risk-col-met"),
            &robust.target_met,
        )
    })
}

/// Each source's chance of paying and the money it is expected to give.
pub fn sources_table(tr: &Tr, robust: &Robust) -> Table {
    Table {
        columns: vec![
            Column::words(t!(tr, "col-source")),
            Column::numbers(t!(tr, "risk-col-chance")),
            Column::numbers(t!(tr, "risk-col-expected")),
        ],
        rows: robust
            .expected_source_eur
            .iter()
            .map(|(id, chance, eur)| {
                vec![Cell::Id(id.clone()), Cell::Share(*chance), Cell::Eur(*eur)]
            })
            .collect(),
        total: None,
    }
}

/// Each indicator over the draws, in words.
pub fn indicators_table(tr: &Tr, robust: &Robust) -> Table {
    Table {
        columns: vec![
            Column::words(t!(tr, "col-indicator")),
            Column::words(t!(tr, "risk-col-spread")),
        ],
        rows: robust
            .indicators
            .iter()
            .map(|(name, spread)| {
                vec![
                    Cell::Id(name.clone()),
                    Cell::Text(spread_words(tr, *spread, 1)),
                ]
            })
            .collect(),
        total: None,
    }
}
