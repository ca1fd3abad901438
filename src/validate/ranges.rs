//! The ranges of uncertain costs and impacts in `actions.csv`.
//!
//! Beside a cost or impact column, `<column>_low` and `<column>_high` give the lowest and the
//! highest value a planner expects, and the column's own value is then the most likely one
//! (`fundmix robust` draws from the triangular distribution of the three, see
//! [`Range`](crate::domain::Range)): `cost_low`/`cost_high` beside `cost`, `cost_2025_low`/
//! `cost_2025_high` beside `cost_2025`, `impact_people_low`/`impact_people_high` beside
//! `impact_people`. In a plan with a cost per period, `cost_low`/`cost_high` give the range of
//! the action's total cost instead, shared over the periods in proportion to its most likely
//! costs. A column name ending in `_low` or `_high` is therefore never a period or an
//! indicator of its own. Both cells of a range empty: the value is certain.

use super::cells::{amount_fix, Cells, RANGED, RANGE_ENDS as ENDS};
use super::periods::SINGLE_PERIOD;
use crate::domain::{Range, MAX_EUR};
use crate::i18n::input_tr;
use crate::input::number::parse_number_in;
use crate::t;

/// The two columns of one range and the column(s) of its most likely value.
struct Pair {
    low: String,
    high: String,
    /// The value columns: one, or every period's cost for the range of the total cost.
    of: Vec<String>,
}

/// The range columns of `actions.csv`, found once for the table.
pub struct RangeColumns {
    /// `cost_low`/`cost_high` of a plan with a cost per period: the range of the total cost.
    total_cost: Option<Pair>,
    /// Per period: the range of its cost column.
    cost: Vec<Option<Pair>>,
    /// Per indicator: the range of its impact column.
    impact: Vec<Option<Pair>>,
}

/// What a range is of, found from its columns' names.
enum Of {
    TotalCost,
    Cost(usize),
    Impact(usize),
}

impl RangeColumns {
    /// Finds the ranges of the table, given its cost columns (one per period, in period order;
    /// empty when they are broken) and its impact columns (one per indicator). Reports a range
    /// column beside no cost or impact column, and one without its other end.
    pub fn find(
        cells: &mut Cells,
        periods: &[String],
        cost_columns: &[String],
        impact_columns: &[String],
    ) -> RangeColumns {
        let tr = input_tr();
        let mut found = RangeColumns {
            total_cost: None,
            cost: cost_columns.iter().map(|_| None).collect(),
            impact: impact_columns.iter().map(|_| None).collect(),
        };
        // (value column, low column, high column), in the order the columns first appear.
        let mut stems: Vec<(String, Option<String>, Option<String>)> = Vec::new();
        for column in &cells.table.columns {
            let Some((stem, high)) = ENDS
                .iter()
                .enumerate()
                .find_map(|(k, end)| column.strip_suffix(end).map(|stem| (stem, k == 1)))
            else {
                continue;
            };
            if !RANGED
                .iter()
                .any(|p| stem == *p || stem.starts_with(&format!("{p}_")))
            {
                continue;
            }
            let at = match stems.iter().position(|(s, _, _)| s == stem) {
                Some(at) => at,
                None => {
                    stems.push((stem.to_string(), None, None));
                    stems.len() - 1
                }
            };
            let slot = if high {
                &mut stems[at].2
            } else {
                &mut stems[at].1
            };
            *slot = Some(column.clone());
        }
        let single = periods == [SINGLE_PERIOD];
        for (stem, low, high) in stems {
            let is_cost = stem == "cost" || stem.starts_with("cost_");
            if is_cost && cost_columns.is_empty() {
                continue; // the cost columns are broken, and reported
            }
            let of = if stem == "cost" && !single {
                Some(Of::TotalCost)
            } else if let Some(p) = cost_columns.iter().position(|c| *c == stem) {
                Some(Of::Cost(p))
            } else {
                impact_columns
                    .iter()
                    .position(|c| *c == stem)
                    .map(Of::Impact)
            };
            let Some(of) = of else {
                let fix = if !is_cost {
                    let indicators: Vec<&str> = impact_columns
                        .iter()
                        .map(|c| c.trim_start_matches("impact_"))
                        .collect();
                    t!(
                        tr,
                        "val-fix-range-indicator",
                        indicators = indicators.join(", ")
                    )
                } else if single {
                    t!(tr, "val-fix-range-single")
                } else {
                    t!(tr, "val-fix-range-period", periods = periods.join(", "))
                };
                for column in low.iter().chain(&high) {
                    let message = t!(tr, "val-range-without-column", column = column, of = &stem);
                    cells.column_problem(column, message, &fix);
                }
                continue;
            };
            let (low, high) = match (low, high) {
                (Some(low), Some(high)) => (low, high),
                (given, missing) => {
                    let given = given.or(missing).unwrap_or_default();
                    let other = match given.strip_suffix(ENDS[0]) {
                        Some(stem) => format!("{stem}{}", ENDS[1]),
                        None => format!("{stem}{}", ENDS[0]),
                    };
                    cells.column_problem(
                        &given,
                        t!(tr, "val-range-end-missing", column = &given, other = &other),
                        &t!(tr, "val-fix-range-end-missing", other = &other),
                    );
                    continue;
                }
            };
            let pair = |of: Vec<String>| Some(Pair { low, high, of });
            match of {
                Of::TotalCost => found.total_cost = pair(cost_columns.to_vec()),
                Of::Cost(p) => found.cost[p] = pair(vec![stem]),
                Of::Impact(i) => found.impact[i] = pair(vec![stem]),
            }
        }
        if found.total_cost.is_some() && found.cost.iter().any(Option::is_some) {
            cells.table_problem(
                t!(tr, "val-range-total-and-periods"),
                &t!(tr, "val-fix-range-total-and-periods"),
            );
            found.cost.iter_mut().for_each(|p| *p = None);
        }
        found
    }

    /// The range of the cost of row `row` (per period), whose most likely costs are
    /// `cost_eur`; `None` when the row gives none.
    pub fn cost(&self, cells: &mut Cells, row: usize, cost_eur: &[f64]) -> Option<Vec<Range>> {
        if let Some(pair) = &self.total_cost {
            let total: f64 = cost_eur.iter().sum();
            let range = read(cells, row, pair, total, MAX_EUR)?;
            return Some(share_out(range, total, cost_eur));
        }
        let ranges: Vec<Option<Range>> = self
            .cost
            .iter()
            .zip(cost_eur)
            .map(|(pair, &cost)| read(cells, row, pair.as_ref()?, cost, MAX_EUR))
            .collect();
        ranges.iter().any(Option::is_some).then(|| {
            ranges
                .iter()
                .zip(cost_eur)
                .map(|(range, &cost)| {
                    range.unwrap_or(Range {
                        low: cost,
                        high: cost,
                    })
                })
                .collect()
        })
    }

    /// The range of each impact of row `row`, whose most likely impacts are `impact`.
    pub fn impact(&self, cells: &mut Cells, row: usize, impact: &[f64]) -> Vec<Option<Range>> {
        self.impact
            .iter()
            .zip(impact)
            .map(|(pair, &value)| read(cells, row, pair.as_ref()?, value, f64::INFINITY))
            .collect()
    }
}

/// The range of the total cost `range` shared over the periods in proportion to the most likely
/// costs `cost_eur` (their total `total`); evenly when every most likely cost is 0.
fn share_out(range: Range, total: f64, cost_eur: &[f64]) -> Vec<Range> {
    if total > 0.0 {
        let (low, high) = (range.low / total, range.high / total);
        cost_eur
            .iter()
            .map(|&c| Range {
                low: c * low,
                high: c * high,
            })
            .collect()
    } else {
        let share = 1.0 / cost_eur.len().max(1) as f64;
        cost_eur.iter().map(|_| range.scaled(share)).collect()
    }
}

/// Reads one range of row `row` whose most likely value is `value`, each end between 0 and
/// `max`: `None` when both cells are empty, or with a problem recorded (one end missing, an end
/// on the wrong side of the most likely value, a cell that is no such number).
fn read(cells: &mut Cells, row: usize, pair: &Pair, value: f64, max: f64) -> Option<Range> {
    let tr = input_tr();
    let fix = amount_fix(tr);
    let (low_text, high_text) = (cells.text(row, &pair.low), cells.text(row, &pair.high));
    match (low_text, high_text) {
        (None, None) => return None,
        (Some(_), Some(_)) => {}
        (Some(_), None) | (None, Some(_)) => {
            let (given, missing) = match low_text {
                Some(_) => (&pair.low, &pair.high),
                None => (&pair.high, &pair.low),
            };
            cells.problem(
                row,
                missing,
                t!(tr, "val-range-half", given = given, column = missing),
                &t!(tr, "val-fix-range-half"),
            );
            return None;
        }
    }
    let low = cells.number(row, &pair.low, 0.0, max, &fix);
    let high = cells.number(row, &pair.high, 0.0, max, &fix);
    let (low, high) = (low?, high?);
    // Compared with the most likely value only when that is a number itself (else its own
    // problem is reported).
    let dialect = cells.table.dialect;
    let readable = pair.of.iter().all(|c| {
        cells
            .text(row, c)
            .is_none_or(|text| parse_number_in(text, dialect).is_some())
    });
    if !readable {
        return None;
    }
    let of = match pair.of.as_slice() {
        [one] => format!("'{one}'"),
        many => t!(tr, "val-range-total-of", columns = many.join("', '")),
    };
    let ends = [
        ("low", &pair.low, low, low > value),
        ("high", &pair.high, high, high < value),
    ];
    let mut ok = true;
    for (end, column, given, wrong) in ends {
        if wrong {
            ok = false;
            let (given, value) = (tr.plain(given), tr.plain(value));
            cells.problem(
                row,
                column,
                t!(
                    tr,
                    "val-range-end-wrong",
                    end = end,
                    given = given,
                    value = &value,
                    of = &of
                ),
                &t!(
                    tr,
                    "val-fix-range-end",
                    end = end,
                    column = column,
                    value = value,
                    of = &of
                ),
            );
        }
    }
    ok.then_some(Range { low, high })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_total_range_is_shared_in_proportion() {
        let shared = share_out(
            Range {
                low: 90.0,
                high: 150.0,
            },
            100.0,
            &[40.0, 60.0],
        );
        assert_eq!(
            shared,
            [
                Range {
                    low: 36.0,
                    high: 60.0
                },
                Range {
                    low: 54.0,
                    high: 90.0
                }
            ]
        );
        let even = share_out(
            Range {
                low: 0.0,
                high: 10.0,
            },
            0.0,
            &[0.0, 0.0],
        );
        assert_eq!(
            even,
            [Range {
                low: 0.0,
                high: 5.0
            }; 2]
        );
    }
}
