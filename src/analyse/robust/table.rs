//! Every draw of a funding-risk run as one table (a polars `DataFrame`, one row per draw, typed
//! columns), and the summaries of the run computed from it with polars: the share of draws with
//! a plan, each action's core index, the spreads (mean and nearest-rank 5th, 50th and 95th
//! percentiles), how often each target is met, the money each source gives on average and the
//! mean drawn cost of each uncertain action.
//!
//! The table is what `samples.parquet` holds. Its first columns ([`SampleColumn`], in
//! [`SampleTable::columns`]' order and names) are those of `samples.csv` and of the workbook's
//! sheet of draws; after them come the money each source gives (`eur_<source>`), which the
//! expected use of each source is computed from.
//!
//! This module writes no file (that is [`crate::report`]).

use super::{Sample, Spread};
use crate::domain::Plan;
use polars::prelude::*;
use std::collections::BTreeSet;

/// A column of the table of every draw that `samples.csv`, the workbook's sheet of draws and
/// `samples.parquet` share.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SampleColumn {
    /// The draw's number.
    Sample,
    /// Whether source `k` paid.
    Paid(usize),
    /// Whether partner `k` kept its word.
    Committed(usize),
    /// Whether the draw has a plan.
    HasPlan,
    /// The objective (empty without a plan).
    Objective,
    /// Own money (EUR).
    OwnEur,
    /// What the plan costs at the draw's costs (EUR); only with uncertain costs.
    CostEur,
    /// Indicator `i` reached.
    Indicator(usize),
    /// Action `a`'s funded scale.
    Scale(usize),
    /// The drawn total cost of the `k`-th action whose cost is uncertain (EUR).
    DrawnCost(usize),
}

impl SampleColumn {
    /// The column's value in `sample` as a number, flags as 1/0 (`None`: empty, the objective
    /// of a draw without a plan).
    pub fn value(self, sample: &Sample) -> Option<f64> {
        use SampleColumn::*;
        let flag = |b: bool| Some(if b { 1.0 } else { 0.0 });
        match self {
            Sample => Some(sample.index as f64),
            Paid(k) => flag(sample.paid[k]),
            Committed(k) => flag(sample.committed[k]),
            HasPlan => flag(sample.objective.is_some()),
            Objective => sample.objective,
            OwnEur => Some(sample.own_eur),
            CostEur => Some(sample.cost_eur.unwrap_or(0.0)),
            Indicator(i) => Some(sample.indicators[i]),
            Scale(a) => Some(sample.scale[a]),
            DrawnCost(k) => Some(sample.drawn_cost_eur[k]),
        }
    }

    /// The column of the table: the draw's number as `UInt64`, flags as `Boolean`, the rest as
    /// `Float64` (the objective empty for a draw without a plan), every value as the run has it
    /// (not rounded as samples.csv writes it).
    fn column(self, name: &str, samples: &[Sample]) -> Column {
        let name = PlSmallStr::from(name);
        let flags = |f: &dyn Fn(&Sample) -> bool| samples.iter().map(f).collect::<Vec<bool>>();
        let numbers = |f: &dyn Fn(&Sample) -> Option<f64>| samples.iter().map(f).collect();
        match self {
            SampleColumn::Sample => {
                let index: Vec<u64> = samples.iter().map(|s| s.index as u64).collect();
                Column::new(name, index)
            }
            SampleColumn::Paid(k) => Column::new(name, flags(&|s| s.paid[k])),
            SampleColumn::Committed(k) => Column::new(name, flags(&|s| s.committed[k])),
            SampleColumn::HasPlan => Column::new(name, flags(&|s| s.objective.is_some())),
            SampleColumn::Objective => {
                let objective: Vec<Option<f64>> = numbers(&|s| s.objective);
                Column::new(name, objective)
            }
            SampleColumn::OwnEur
            | SampleColumn::CostEur
            | SampleColumn::Indicator(_)
            | SampleColumn::Scale(_)
            | SampleColumn::DrawnCost(_) => {
                let values: Vec<f64> = samples.iter().filter_map(|s| self.value(s)).collect();
                Column::new(name, values)
            }
        }
    }
}

/// The ids the columns are named after, plan order.
struct Ids<'a> {
    sources: Vec<&'a str>,
    partners: Vec<&'a str>,
    indicators: Vec<&'a str>,
    actions: Vec<&'a str>,
    /// The actions whose cost is uncertain.
    uncertain: Vec<&'a str>,
}

impl<'a> Ids<'a> {
    fn of(plan: &'a Plan) -> Ids<'a> {
        let actions = plan.actions.iter();
        Ids {
            sources: plan.sources.iter().map(|s| s.id.as_str()).collect(),
            partners: plan.partners.iter().map(|p| p.id.as_str()).collect(),
            indicators: plan.indicators.iter().map(String::as_str).collect(),
            actions: actions.clone().map(|a| a.id.as_str()).collect(),
            uncertain: actions
                .filter(|a| a.total_cost_range_eur().is_some())
                .map(|a| a.id.as_str())
                .collect(),
        }
    }

    /// The shared columns, in order: the draw, `paid_<source>`, `committed_<partner>`,
    /// `has_plan`, `objective`, `own_eur`, (`cost_eur`), each indicator, `scale_<action>`,
    /// (`cost_<action>` per action whose cost is uncertain).
    fn columns(&self) -> Vec<SampleColumn> {
        use SampleColumn::*;
        let mut columns = vec![Sample];
        columns.extend((0..self.sources.len()).map(Paid));
        columns.extend((0..self.partners.len()).map(Committed));
        columns.extend([HasPlan, Objective, OwnEur]);
        if !self.uncertain.is_empty() {
            columns.push(CostEur);
        }
        columns.extend((0..self.indicators.len()).map(Indicator));
        columns.extend((0..self.actions.len()).map(Scale));
        columns.extend((0..self.uncertain.len()).map(DrawnCost));
        columns
    }

    /// A shared column's name: English words and the plan's ids, for analysts' tools.
    fn name(&self, column: SampleColumn) -> String {
        use SampleColumn::*;
        match column {
            Sample => "sample".into(),
            Paid(k) => format!("paid_{}", self.sources[k]),
            Committed(k) => format!("committed_{}", self.partners[k]),
            HasPlan => "has_plan".into(),
            Objective => "objective".into(),
            OwnEur => "own_eur".into(),
            CostEur => "cost_eur".into(),
            Indicator(i) => self.indicators[i].into(),
            Scale(a) => format!("scale_{}", self.actions[a]),
            DrawnCost(k) => format!("cost_{}", self.uncertain[k]),
        }
    }
}

/// `names` with every repeat renamed (`objective`, then `objective_2`, `objective_3`…), so that
/// each column of the table has its own name even when an indicator or an id happens to spell
/// another column's name (an indicator called `objective`).
fn unique(names: impl IntoIterator<Item = String>) -> Vec<String> {
    let mut taken = BTreeSet::new();
    names
        .into_iter()
        .map(|name| {
            let mut candidate = name.clone();
            let mut n = 2;
            while !taken.insert(candidate.clone()) {
                candidate = format!("{name}_{n}");
                n += 1;
            }
            candidate
        })
        .collect()
}

/// The sum of `values` added one after another in their order (nulls left out).
///
/// polars' own `sum` and `mean` add floating-point numbers in another order (in blocks of 128,
/// pairwise), which gives the same figures up to the last bit of the 17 significant digits.
/// The summaries add as fundmix always has (a spread's values sorted, the means over all draws
/// in draw order), so that no figure moves in robust.xlsx, which keeps every digit, and a
/// spread is exactly [`Spread::of`] the same values.
fn sum_in_order(values: &Float64Chunked) -> f64 {
    values.iter().flatten().sum()
}

/// The spread of `values` (`None` without any): sorted by polars, the quantiles by polars'
/// `Equiprobable` method, which is the nearest rank (the value at rank ⌈q·n⌉ of the n sorted
/// values, as [`Spread::of`]: every quantile is a value some draw had), the mean of the sorted
/// values added in order.
fn spread(values: &Float64Chunked) -> PolarsResult<Option<Spread>> {
    let sorted = values.sort(false);
    let ranks = [0.05, 0.5, 0.95];
    let quantiles = sorted.quantiles(&ranks, QuantileMethod::Equiprobable)?;
    Ok(match quantiles.as_slice() {
        &[Some(p5), Some(p50), Some(p95)] => Some(Spread {
            mean: sum_in_order(&sorted) / sorted.len() as f64,
            p5,
            p50,
            p95,
        }),
        _ => None,
    })
}

/// Every draw as one table, one row per draw in draw order.
#[derive(Debug, Clone)]
pub struct SampleTable {
    /// The table: the shared columns, then `eur_<source>` per source.
    frame: DataFrame,
    /// The shared columns with their names in the table.
    columns: Vec<(SampleColumn, String)>,
    /// Per source (plan order): the name of the column of the money it gives (EUR).
    source_eur: Vec<String>,
}

/// What the table of draws sums up to (see [`super::Robust`] for each figure).
#[derive(Debug, Clone, PartialEq)]
pub struct Summaries {
    /// Share of the draws with a plan.
    pub plan_share: f64,
    /// Per action: the share of the draws in which it is funded.
    pub core_index: Vec<f64>,
    /// The objective over the draws with a plan.
    pub objective: Option<Spread>,
    /// Own money over the draws with a plan.
    pub own_eur: Option<Spread>,
    /// The plan's cost over the draws with a plan (only with uncertain costs).
    pub cost_eur: Option<Spread>,
    /// Per indicator: its spread over the draws with a plan.
    pub indicators: Vec<Option<Spread>>,
    /// Per target: the share of the draws that have a plan meeting it.
    pub target_met: Vec<f64>,
    /// Per source: the money it gives, on average over all draws.
    pub source_eur: Vec<f64>,
    /// Per action whose cost is uncertain: its drawn total cost, on average over all draws.
    pub drawn_cost_eur: Vec<f64>,
}

impl SampleTable {
    /// The table of `samples`, drawn for `plan`.
    pub fn new(plan: &Plan, samples: &[Sample]) -> PolarsResult<SampleTable> {
        let ids = Ids::of(plan);
        let shared = ids.columns();
        let money = ids.sources.iter().map(|id| format!("eur_{id}"));
        let mut names = unique(shared.iter().map(|&c| ids.name(c)).chain(money));
        let source_eur = names.split_off(shared.len());
        let mut frame_columns: Vec<Column> = shared
            .iter()
            .zip(&names)
            .map(|(c, name)| c.column(name, samples))
            .collect();
        frame_columns.extend(source_eur.iter().enumerate().map(|(k, name)| {
            let eur: Vec<f64> = samples.iter().map(|s| s.source_eur[k]).collect();
            Column::new(name.into(), eur)
        }));
        Ok(SampleTable {
            frame: DataFrame::new(samples.len(), frame_columns)?,
            columns: shared.into_iter().zip(names).collect(),
            source_eur,
        })
    }

    /// The table, one row per draw.
    pub fn frame(&self) -> &DataFrame {
        &self.frame
    }

    /// The columns samples.csv and the workbook's sheet of draws write, in order, with their
    /// names.
    pub fn columns(&self) -> &[(SampleColumn, String)] {
        &self.columns
    }

    /// The name of a shared column (`None` if the table has no such column).
    pub fn name(&self, column: SampleColumn) -> Option<&str> {
        let found = self.columns.iter().find(|(c, _)| *c == column);
        found.map(|(_, name)| name.as_str())
    }

    /// The name of a shared column that the table must have.
    fn named(&self, column: SampleColumn) -> PolarsResult<&str> {
        self.name(column).ok_or_else(
            || polars_err!(ColumnNotFound: "{column:?} is not a column of the table of draws"),
        )
    }

    /// A shared column of numbers, over `frame`'s rows.
    fn floats<'f>(
        &self,
        frame: &'f DataFrame,
        column: SampleColumn,
    ) -> PolarsResult<&'f Float64Chunked> {
        frame.column(self.named(column)?)?.f64()
    }

    /// The summaries, computed from the table: a share is the count of yes in a yes/no column
    /// over all draws (a draw without a plan counts as not funded and not meeting a target);
    /// a [`spread`] is over the draws with a plan; a mean over all draws adds them in draw
    /// order.
    pub fn summaries(&self, plan: &Plan) -> PolarsResult<Summaries> {
        use SampleColumn::*;
        let all = &self.frame;
        let draws = all.height().max(1) as f64;
        let has_plan = all.column(self.named(HasPlan)?)?.bool()?;
        let share = |yes: &BooleanChunked| yes.sum().unwrap_or(0) as f64 / draws;
        let planned = all.filter(has_plan)?;
        let spread = |column: SampleColumn| spread(self.floats(&planned, column)?);
        let mean = |values: &Float64Chunked| sum_in_order(values) / draws;
        let core_index = (0..plan.actions.len())
            .map(|a| Ok(share(&self.floats(all, Scale(a))?.gt(0.0))))
            .collect::<PolarsResult<_>>()?;
        let target_met = plan
            .targets
            .iter()
            .map(|t| {
                let reached = self.floats(all, Indicator(t.indicator))?;
                Ok(share(&(&reached.gt_eq(t.min - 1e-6) & has_plan)))
            })
            .collect::<PolarsResult<_>>()?;
        let source_eur = self
            .source_eur
            .iter()
            .map(|name| Ok(mean(all.column(name)?.f64()?)))
            .collect::<PolarsResult<_>>()?;
        let uncertain = self
            .columns
            .iter()
            .filter(|(c, _)| matches!(c, DrawnCost(_)));
        let drawn_cost_eur = uncertain
            .map(|&(c, _)| Ok(mean(self.floats(all, c)?)))
            .collect::<PolarsResult<_>>()?;
        Ok(Summaries {
            plan_share: share(has_plan),
            core_index,
            objective: spread(Objective)?,
            own_eur: spread(OwnEur)?,
            cost_eur: match self.name(CostEur) {
                Some(_) => spread(CostEur)?,
                None => None,
            },
            indicators: (0..plan.indicators.len())
                .map(|i| spread(Indicator(i)))
                .collect::<PolarsResult<_>>()?,
            target_met,
            source_eur,
            drawn_cost_eur,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::random::SplitMix64;

    #[test]
    fn a_spread_by_polars_is_exactly_spread_of_the_same_values() {
        // Whole and fractional values with ties, on both sides of polars' blocks of 128.
        let mut rng = SplitMix64::for_draw(11, 0);
        for n in [1, 2, 3, 19, 20, 21, 100, 127, 128, 129, 257, 1000] {
            let values: Vec<f64> = (0..n)
                .map(|i| match i % 3 {
                    0 => (rng.unit() * 10.0).floor(),
                    _ => rng.unit() * 1e5 - 2e4,
                })
                .collect();
            let by_polars = spread(&Float64Chunked::from_vec("x".into(), values.clone())).unwrap();
            assert_eq!(by_polars, Spread::of(&values), "{n} values");
        }
        let none = Float64Chunked::from_vec("x".into(), vec![]);
        assert_eq!(spread(&none).unwrap(), None);
    }

    #[test]
    fn a_repeated_name_gets_a_number() {
        let names = [
            "sample",
            "objective",
            "objective",
            "objective_2",
            "a",
            "objective",
        ];
        assert_eq!(
            unique(names.map(String::from)),
            [
                "sample",
                "objective",
                "objective_2",
                "objective_2_2",
                "a",
                "objective_3"
            ]
        );
    }
}
