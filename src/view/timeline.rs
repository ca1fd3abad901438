//! When each funded action runs, who carries it and who pays for it, built once from a
//! [`ScenarioResult`]: the rows of `timeline.csv`, the Timeline sheet of `plan.xlsx`, the
//! Timeline section of report.md and report.html, and the Gantt chart all render this.
//!
//! Periods are indices into the result's periods here (the result itself holds labels); the
//! payers' shares of an action come from its money flows, as the funding matrix sums them.

use super::tables::{Cell, Column, Table};
use super::FundingMatrix;
use crate::i18n::Tr;
use crate::result::ScenarioResult;
use crate::t;

/// One payer's part of an action's money.
#[derive(Debug, Clone, PartialEq)]
pub struct Share {
    /// Source or partner id (as in `allocation.csv`).
    pub id: String,
    /// Readable name (the id when the name is empty).
    pub name: String,
    /// EUR it gives the action over the whole plan.
    pub eur: f64,
    /// Its share of the action's money (0 to 1).
    pub share: f64,
}

/// One funded action on the timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// Action id.
    pub action: String,
    /// Action name.
    pub name: String,
    /// SMART goal (may be empty).
    pub goal: String,
    /// Who carries it, as actions.csv names it (an owner id or a partner id).
    pub owner: Option<String>,
    /// The owner's readable name (its name in owners.csv or partners.csv, else the id).
    pub owner_name: Option<String>,
    /// First and last period it runs in, where the plan puts it; `None` when it costs nothing
    /// and needs no staff hours in any period.
    pub runs: Option<(usize, usize)>,
    /// First and last period it runs in as written.
    pub written: Option<(usize, usize)>,
    /// Periods later than written.
    pub delay: usize,
    /// The last period it may start in, if given.
    pub latest_start: Option<usize>,
    /// The last period it may end in, if given.
    pub deadline: Option<usize>,
    /// Who pays, largest share first (ties in the order of the funding matrix's payers).
    pub payers: Vec<Share>,
}

impl Row {
    /// The payer giving the largest share of the money; `None` when nobody pays (an action of
    /// staff hours only).
    pub fn main_payer(&self) -> Option<&Share> {
        self.payers.first()
    }
}

/// How the rows are grouped (the Gantt chart's bands).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grouping {
    /// By owner: when any funded action has one, the chart answers "who carries what, when".
    Owner,
    /// By SMART goal, otherwise.
    Goal,
}

/// A band of rows: the actions of one owner (or goal).
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// The owner's id (or the goal); `None` for the actions with none.
    pub key: Option<String>,
    /// The owner's name (or the goal); `None` for the actions with none.
    pub label: Option<String>,
    /// Indices into [`Timeline::rows`], in plan order.
    pub rows: Vec<usize>,
}

/// The timeline of a plan.
#[derive(Debug, Clone, PartialEq)]
pub struct Timeline {
    /// Period labels.
    pub periods: Vec<String>,
    /// One row per funded action, in plan order.
    pub rows: Vec<Row>,
    /// How the rows are grouped.
    pub grouping: Grouping,
}

impl Timeline {
    /// The timeline of `result` (no rows without a plan).
    pub fn of(result: &ScenarioResult) -> Timeline {
        let period = |label: &Option<String>| {
            label
                .as_ref()
                .and_then(|l| result.periods.iter().position(|p| p == l))
        };
        let matrix = FundingMatrix::of(result);
        let owner_names = owner_names(result);
        let rows: Vec<Row> = result
            .timeline
            .iter()
            .map(|timed| {
                let start = period(&timed.start);
                let end = period(&timed.end);
                let runs = start.zip(end);
                let written = runs
                    .map(|(first, last)| (first - timed.delay_periods, last - timed.delay_periods));
                let payers = matrix
                    .rows
                    .iter()
                    .find(|r| r.action == timed.action)
                    .map_or_else(Vec::new, |row| shares(&matrix, &row.eur));
                Row {
                    action: timed.action.clone(),
                    name: timed.name.clone(),
                    goal: timed.goal.clone(),
                    owner: timed.owner.clone(),
                    owner_name: timed.owner.as_ref().map(|id| {
                        owner_names
                            .iter()
                            .find(|(known, _)| known == id)
                            .map_or_else(|| id.clone(), |(_, name)| name.clone())
                    }),
                    runs,
                    written,
                    delay: timed.delay_periods,
                    latest_start: period(&timed.latest_start),
                    deadline: period(&timed.deadline),
                    payers,
                }
            })
            .collect();
        let grouping = if rows.iter().any(|r| r.owner.is_some()) {
            Grouping::Owner
        } else {
            Grouping::Goal
        };
        Timeline {
            periods: result.periods.clone(),
            rows,
            grouping,
        }
    }

    /// The rows that start later than written, in plan order.
    pub fn moved(&self) -> impl Iterator<Item = &Row> {
        self.rows.iter().filter(|r| r.delay > 0)
    }

    /// The bands of rows: each owner (or goal) in the order it first appears in the plan, the
    /// rows without one last.
    pub fn groups(&self) -> Vec<Group> {
        let mut groups: Vec<Group> = Vec::new();
        let mut without = Vec::new();
        for (i, row) in self.rows.iter().enumerate() {
            let key = match self.grouping {
                Grouping::Owner => row.owner.clone().zip(row.owner_name.clone()),
                Grouping::Goal => Some(row.goal.clone())
                    .filter(|g| !g.trim().is_empty())
                    .map(|g| (g.clone(), g)),
            };
            let Some((key, label)) = key else {
                without.push(i);
                continue;
            };
            match groups.iter_mut().find(|g| g.key.as_ref() == Some(&key)) {
                Some(group) => group.rows.push(i),
                None => groups.push(Group {
                    key: Some(key),
                    label: Some(label),
                    rows: vec![i],
                }),
            }
        }
        if !without.is_empty() {
            groups.push(Group {
                key: None,
                label: None,
                rows: without,
            });
        }
        groups
    }

    /// Whether the timeline is worth showing: a plan over more than one period with an action
    /// funded (in a single period every action runs all the time).
    pub fn worth_showing(&self) -> bool {
        self.periods.len() > 1 && !self.rows.is_empty()
    }

    /// "2025–2026", or "2025" for one period; empty for an action that runs in none.
    pub fn runs_words(&self, runs: Option<(usize, usize)>) -> String {
        match runs {
            Some((first, last)) if first == last => self.periods[first].clone(),
            Some((first, last)) => format!("{}–{}", self.periods[first], self.periods[last]),
            None => String::new(),
        }
    }

    /// How a row's start compares with its written start: "as written", or "moved from 2025
    /// to 2026 (1 year later)".
    pub fn start_words(&self, tr: &Tr, row: &Row) -> String {
        match (row.written, row.runs) {
            (Some((written, _)), Some((start, _))) if row.delay > 0 => t!(
                tr,
                "timeline-moved-later",
                from = &self.periods[written],
                to = &self.periods[start],
                count = row.delay
            ),
            _ => t!(tr, "timeline-as-written"),
        }
    }

    /// The band's heading: the owner (or goal), or the words for the rows without one.
    pub fn group_label(&self, tr: &Tr, group: &Group) -> String {
        match (&group.label, self.grouping) {
            (Some(label), _) => label.clone(),
            (None, Grouping::Owner) => t!(tr, "timeline-no-owner"),
            (None, Grouping::Goal) => t!(tr, "timeline-no-goal"),
        }
    }

    /// The payers of a row with their shares, largest first: "ESF+ 85%; Municipal budget
    /// 15%"; "–" when nobody pays.
    pub fn payers_words(tr: &Tr, row: &Row) -> String {
        if row.payers.is_empty() {
            return "–".into();
        }
        row.payers
            .iter()
            .map(|p| format!("{} {}", p.name, tr.percent(p.share, 0)))
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// One sentence on the moved actions, for the top of the Timeline section: how many start
    /// later than written, and each with its move ("lab: moved from 2025 to 2026 (1 year
    /// later)"); or that every funded action runs as written.
    pub fn summary(&self, tr: &Tr) -> String {
        let moved: Vec<String> = self
            .moved()
            .map(|r| format!("{} ({})", r.action, self.start_words(tr, r)))
            .collect();
        if moved.is_empty() {
            return t!(tr, "timeline-none-moved");
        }
        t!(
            tr,
            "timeline-some-moved",
            count = moved.len(),
            actions = moved.join("; ")
        )
    }

    /// The table of the Timeline section: action, owner (only when some action has one), when
    /// it runs, its start against the written one, and who pays.
    pub fn table(&self, tr: &Tr) -> Table {
        let owners = self.grouping == Grouping::Owner;
        let mut columns = vec![Column::words(t!(tr, "col-action"))];
        if owners {
            columns.push(Column::words(t!(tr, "col-owner")));
        }
        columns.extend([
            Column::words(t!(tr, "col-runs")),
            Column::words(t!(tr, "col-start")),
            Column::words(t!(tr, "col-paid-by")),
        ]);
        let rows = self
            .rows
            .iter()
            .map(|row| {
                let mut cells = vec![Cell::Id(row.action.clone())];
                if owners {
                    cells.push(Cell::Text(
                        row.owner_name.clone().unwrap_or_else(|| "–".into()),
                    ));
                }
                cells.extend([
                    Cell::Text(self.runs_words(row.runs)),
                    Cell::Text(self.start_words(tr, row)),
                    Cell::Text(Self::payers_words(tr, row)),
                ]);
                cells
            })
            .collect();
        Table {
            columns,
            rows,
            total: None,
        }
    }
}

/// Every owner and partner of `result` with its readable name (owners first).
fn owner_names(result: &ScenarioResult) -> Vec<(String, String)> {
    let named = |id: &String, name: &String| {
        let name = if name.trim().is_empty() { id } else { name };
        (id.clone(), name.clone())
    };
    result
        .owners
        .iter()
        .map(|o| named(&o.owner, &o.name))
        .chain(result.partners.iter().map(|p| named(&p.partner, &p.name)))
        .collect()
}

/// The payers of one row of the funding matrix with their shares, largest first.
fn shares(matrix: &FundingMatrix, eur: &[f64]) -> Vec<Share> {
    let total: f64 = eur.iter().sum();
    if total <= 0.0 {
        return Vec::new();
    }
    let mut shares: Vec<Share> = matrix
        .payers
        .iter()
        .zip(eur)
        .filter(|(_, &v)| v > 0.0)
        .map(|(payer, &v)| Share {
            id: payer.id.clone(),
            name: payer.name.clone(),
            eur: v,
            share: v / total,
        })
        .collect();
    // A stable sort: equal amounts keep the payers' order.
    shares.sort_by(|a, b| b.eur.total_cmp(&a.eur));
    shares
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn every_funded_action_is_a_row_with_its_payers_adding_up() {
        let result = crate::plot::testdata::baseline();
        let timeline = Timeline::of(result);
        assert_eq!(timeline.rows.len(), result.selected.len());
        assert_eq!(
            timeline.grouping,
            Grouping::Owner,
            "the example names owners"
        );
        for (row, selected) in timeline.rows.iter().zip(&result.selected) {
            assert_eq!(row.action, selected.action);
            let paid: f64 = row.payers.iter().map(|p| p.eur).sum();
            assert!((paid - selected.cost_eur).abs() < 0.01, "{}", row.action);
            let shares: f64 = row.payers.iter().map(|p| p.share).sum();
            assert!((shares - 1.0).abs() < 1e-9);
            assert!(row.payers.windows(2).all(|w| w[0].eur >= w[1].eur));
            assert_eq!(row.delay, 0, "the example moves nothing");
            assert_eq!(row.runs, row.written);
        }
        let grouped: usize = timeline.groups().iter().map(|g| g.rows.len()).sum();
        assert_eq!(grouped, timeline.rows.len());
    }

    #[test]
    fn the_table_has_a_cell_per_column_in_each_language() {
        let timeline = Timeline::of(crate::plot::testdata::baseline());
        for lang in Lang::ALL {
            let table = timeline.table(lang.tr());
            assert_eq!(
                table.columns.len(),
                5,
                "an owner column: the example names owners"
            );
            assert!(table.rows.iter().all(|r| r.len() == table.columns.len()));
        }
    }
}
