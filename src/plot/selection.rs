//! Chart "Actions funded in each scenario": the selection matrix as a heat map. Rows are the
//! actions in plan order, columns the scenarios; white = left out, light green = partly funded
//! (share written in the cell), dark green = funded in full. A scenario without a plan is a
//! hatched grey column labelled "infeasible".

use super::grid::Grid;
use super::parts;
use super::render::{render, DrawResult, Figure};
use super::style::{self, MARGIN};
use super::Chart;
use crate::error::OutputResult as Result;
use crate::i18n::Tr;
use crate::result::ScenarioResult;
use crate::t;
use plotters::coord::Shift;
use plotters::prelude::*;

/// Title of the chart.
pub fn title(tr: &Tr) -> String {
    t!(tr, "chart-selection-title")
}

/// One scenario's column.
#[derive(Debug, Clone)]
pub struct Column {
    /// Scenario name.
    pub scenario: String,
    /// Funded scale per action (0 = out, 1 = in full); `None` when the scenario has no plan.
    pub scales: Option<Vec<f64>>,
    /// What to write on a column without a plan.
    pub note: String,
}

/// The chart data.
#[derive(Debug, Clone)]
pub struct Selection {
    /// The language of its words and numbers.
    pub tr: &'static Tr,
    /// Action names, in plan order.
    pub actions: Vec<String>,
    /// One column per scenario.
    pub columns: Vec<Column>,
}

/// Cell size in pixels.
const CELL: (i32, i32) = (100, 24);
/// Funded in full.
const FULL: RGBColor = RGBColor(0x1b, 0x7a, 0x3e);
/// Partly funded: from a tiny share (`PART_LOW`) to almost all (`PART_HIGH`).
const PART_LOW: RGBColor = RGBColor(0xe5, 0xf5, 0xe0);
const PART_HIGH: RGBColor = RGBColor(0xa1, 0xd9, 0x9b);

/// The cell colour of a funded scale.
fn shade(scale: f64) -> RGBColor {
    if scale <= 0.0 {
        WHITE
    } else if scale >= 1.0 - 1e-9 {
        FULL
    } else {
        style::mix(PART_LOW, PART_HIGH, scale)
    }
}

/// The chart data for `results`: actions from the first result (every scenario of one plan has
/// the same actions), matched by id in the others.
pub fn figure(results: &[ScenarioResult]) -> Selection {
    let actions = results.first().map(|r| r.actions.as_slice()).unwrap_or(&[]);
    let columns = results
        .iter()
        .map(|result| Column {
            scenario: result.scenario.clone(),
            scales: result.has_plan().then(|| {
                actions
                    .iter()
                    .map(|a| {
                        result
                            .actions
                            .iter()
                            .find(|b| b.action == a.action)
                            .map_or(0.0, |b| b.scale)
                    })
                    .collect()
            }),
            note: parts::no_plan_label(result),
        })
        .collect();
    Selection {
        tr: crate::view::comparison_lang(results),
        actions: actions.iter().map(|a| a.name.clone()).collect(),
        columns,
    }
}

/// Renders the chart.
pub fn chart(results: &[ScenarioResult]) -> Result<Chart> {
    render(
        "selection",
        &title(crate::view::comparison_lang(results)),
        &figure(results),
    )
}

/// The legend entries: colour and meaning.
fn legend(tr: &Tr) -> [(RGBColor, String); 3] {
    [
        (WHITE, t!(tr, "chart-selection-not-funded")),
        (PART_HIGH, t!(tr, "chart-selection-part")),
        (FULL, t!(tr, "chart-selection-full")),
    ]
}

impl Selection {
    fn grid(&self) -> Grid {
        let names: Vec<String> = self.columns.iter().map(|c| c.scenario.clone()).collect();
        Grid::new(
            &self.actions,
            &names,
            CELL,
            (MARGIN, MARGIN + style::HEADER_HEIGHT + 34),
        )
    }

    fn legend_width(&self) -> i32 {
        legend(self.tr)
            .into_iter()
            .map(|(_, l)| l)
            .chain([t!(self.tr, "chart-selection-no-plan")])
            .map(|l| 14 + 6 + style::text_width(&l, style::TICK_SIZE) + 24)
            .sum()
    }
}

impl Figure for Selection {
    fn size(&self) -> (u32, u32) {
        let grid = self.grid();
        let width = grid.cells.x1.max(MARGIN + self.legend_width()) + MARGIN;
        let height = grid.cells.y1 + MARGIN;
        (width as u32, height as u32)
    }

    fn draw<DB: DrawingBackend>(&self, root: &DrawingArea<DB, Shift>) -> DrawResult<DB> {
        let tr = self.tr;
        let grid = self.grid();
        parts::header(root, &title(tr), &t!(tr, "chart-selection-subtitle"))?;
        let legend_y = MARGIN + style::HEADER_HEIGHT + 6;
        let mut x = MARGIN;
        for (colour, label) in legend(tr) {
            x = parts::swatch(root, (x, legend_y), colour, &label)? + 24;
        }
        parts::hatched_swatch(root, (x, legend_y), &t!(tr, "chart-selection-no-plan"))?;

        grid.draw_labels(root)?;
        for (c, column) in self.columns.iter().enumerate() {
            match &column.scales {
                Some(scales) => {
                    for (r, &scale) in scales.iter().enumerate() {
                        let colour = shade(scale);
                        parts::fill(root, grid.cell(r, c), colour)?;
                        if scale > 0.0 && scale < 1.0 - 1e-9 {
                            // Never "0%" or "100%" for a part: that reads as out or in full.
                            let share =
                                tr.percent((scale * 100.0).round().clamp(1.0, 99.0) / 100.0, 0);
                            grid.cell_text(root, (r, c), &share, colour)?;
                        }
                    }
                }
                None => parts::hatch(root, grid.column(c))?,
            }
        }
        grid.draw_lines(root, style::AXIS)?;
        for (c, column) in self.columns.iter().enumerate() {
            if column.scales.is_none() {
                parts::note(root, &column.note, grid.column(c).centre())?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::super::testdata;
    use super::*;

    #[test]
    fn renders_several_scenarios() {
        let results = testdata::comparison();
        testdata::check(|| chart(results), &title(results[0].lang.tr()));
    }

    #[test]
    fn rows_follow_the_plan_and_infeasible_columns_are_empty() {
        let results = testdata::comparison();
        let selection = figure(results);
        assert_eq!(selection.actions.len(), results[0].actions.len());
        assert_eq!(selection.columns.len(), results.len());
        let infeasible = selection.columns.iter().find(|c| c.scales.is_none());
        assert_eq!(infeasible.map(|c| c.note.as_str()), Some("infeasible"));
    }

    #[test]
    fn shades_go_from_white_to_dark() {
        assert_eq!(shade(0.0), WHITE);
        assert_eq!(shade(1.0), FULL);
        let RGBColor(r, _, _) = shade(0.5);
        assert!(r < 0xff && r > FULL.0);
    }
}
