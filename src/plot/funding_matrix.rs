//! Chart "Funding of each action by source (EUR)": the funding matrix as a heat map. Rows are
//! the funded actions, columns the sources and the partners giving cash; a cell's shade grows
//! with the EUR it holds and, where there is room, the amount is written in thousands ("64k").
//! A strip in each source's colour tops its column; each action's total is written on the right.

use super::grid::Grid;
use super::parts::{self, Rect};
use super::payers::{payers, Payer};
use super::render::{render, DrawResult, Figure};
use super::style::{self, INK, MARGIN, MUTED, TICK_SIZE};
use super::Chart;
use crate::error::OutputResult as Result;
use crate::i18n::Tr;
use crate::result::ScenarioResult;
use crate::t;
use crate::view;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// Title of the chart.
pub fn title(tr: &Tr) -> String {
    t!(tr, "chart-funding-matrix-title")
}

/// The chart data.
#[derive(Debug, Clone)]
pub struct FundingMatrix {
    /// The language of its words and numbers.
    pub tr: &'static Tr,
    /// Scenario name.
    pub scenario: String,
    /// Funded actions' names, in plan order.
    pub actions: Vec<String>,
    /// Sources, then partners giving cash.
    pub payers: Vec<Payer>,
    /// EUR by action (row) and payer (column).
    pub eur: Vec<Vec<f64>>,
}

/// Cell size in pixels.
const CELL: (i32, i32) = (84, 24);
/// Size of the colour scale.
const SCALE_SIZE: (i32, i32) = (18, 220);
/// Steps of the colour scale.
const SCALE_STEPS: i32 = 44;

/// The chart data for `result`.
pub fn figure(result: &ScenarioResult) -> FundingMatrix {
    let matrix = view::FundingMatrix::of(result);
    // The matrix's columns, each with its colour (every payer has one).
    let columns: Vec<(usize, Payer)> = payers([result])
        .into_iter()
        .filter_map(|p| {
            let column = matrix.payers.iter().position(|c| c.id == p.id)?;
            Some((column, p))
        })
        .collect();
    let eur = matrix
        .rows
        .iter()
        .map(|row| columns.iter().map(|(c, _)| row.eur[*c]).collect())
        .collect();
    FundingMatrix {
        tr: result.lang.tr(),
        scenario: crate::view::scenario_label(result),
        actions: matrix.rows.iter().map(|r| r.name.clone()).collect(),
        payers: columns.into_iter().map(|(_, p)| p).collect(),
        eur,
    }
}

pub fn chart(result: &ScenarioResult) -> Result<Chart> {
    render("funding_matrix", &title(result.lang.tr()), &figure(result))
}

struct Layout {
    grid: Grid,
    totals_x: i32,
    scale: Rect,
    max: f64,
    size: (u32, u32),
}

impl FundingMatrix {
    fn layout(&self) -> Layout {
        let tr = self.tr;
        let columns: Vec<String> = self.payers.iter().map(|p| p.name.clone()).collect();
        let grid = Grid::new(
            &self.actions,
            &columns,
            CELL,
            (MARGIN, MARGIN + style::HEADER_HEIGHT + 8),
        );
        let max = self.eur.iter().flatten().copied().fold(0.0f64, f64::max);
        let totals_width = parts::widest(
            self.eur
                .iter()
                .map(|row| style::eur(tr, row.iter().sum()))
                .chain([t!(tr, "chart-funding-matrix-total")]),
            TICK_SIZE,
        );
        let totals_x = grid.cells.x1 + 12 + totals_width;
        let scale_x = totals_x + 40;
        let scale = Rect {
            x0: scale_x,
            y0: grid.cells.y0 + 28,
            x1: scale_x + SCALE_SIZE.0,
            y1: grid.cells.y0 + 28 + SCALE_SIZE.1,
        };
        let scale_labels = parts::widest(
            [style::eur_k(tr, max), t!(tr, "chart-funding-matrix-scale")],
            TICK_SIZE,
        );
        let width = scale.x0 + scale_labels.max(SCALE_SIZE.0 + 8 + 60) + MARGIN;
        let height = grid.cells.y1.max(scale.y1 + 20) + MARGIN;
        Layout {
            grid,
            totals_x,
            scale,
            max,
            size: (width as u32, height as u32),
        }
    }
}

impl Figure for FundingMatrix {
    fn size(&self) -> (u32, u32) {
        self.layout().size
    }

    fn draw<DB: DrawingBackend>(&self, root: &DrawingArea<DB, Shift>) -> DrawResult<DB> {
        let Layout {
            grid,
            totals_x,
            scale,
            max,
            ..
        } = self.layout();
        let tr = self.tr;
        parts::header(
            root,
            &title(tr),
            &t!(
                tr,
                "chart-funding-matrix-subtitle",
                scenario = &self.scenario
            ),
        )?;
        grid.draw_labels(root)?;
        for (c, payer) in self.payers.iter().enumerate() {
            let top = grid.cell(0, c);
            let strip = Rect {
                x0: top.x0 + 1,
                y0: top.y0 - 6,
                x1: top.x1 - 1,
                y1: top.y0 - 1,
            };
            parts::fill(root, strip, payer.colour)?;
        }
        for (r, row) in self.eur.iter().enumerate() {
            for (c, &amount) in row.iter().enumerate() {
                if amount <= 0.0 {
                    continue;
                }
                let shade = style::heat(if max > 0.0 { amount / max } else { 0.0 });
                parts::fill(root, grid.cell(r, c), shade)?;
                grid.cell_text(root, (r, c), &style::eur_k(tr, amount), shade)?;
            }
            parts::text(
                root,
                &style::eur(tr, row.iter().sum()),
                (totals_x, grid.cell(r, 0).centre().1),
                TICK_SIZE,
                INK,
                (HPos::Right, VPos::Center),
            )?;
        }
        grid.draw_lines(root, style::GRID)?;
        parts::text(
            root,
            &t!(tr, "chart-funding-matrix-total"),
            (totals_x, grid.cells.y0 - 10 - style::LINE_HEIGHT / 2),
            TICK_SIZE,
            MUTED,
            (HPos::Right, VPos::Center),
        )?;
        if self.actions.is_empty() {
            parts::text(
                root,
                &t!(tr, "chart-funding-matrix-none"),
                (MARGIN, grid.cells.y0 + 20),
                TICK_SIZE,
                INK,
                (HPos::Left, VPos::Center),
            )?;
            return Ok(());
        }
        draw_scale(root, tr, scale, max)
    }
}

/// The colour legend: a vertical gradient from 0 (bottom) to the largest amount (top).
fn draw_scale<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    tr: &Tr,
    scale: Rect,
    max: f64,
) -> DrawResult<DB> {
    parts::text(
        root,
        &t!(tr, "chart-funding-matrix-scale"),
        (scale.x0, scale.y0 - 18),
        TICK_SIZE,
        MUTED,
        (HPos::Left, VPos::Center),
    )?;
    let step = f64::from(scale.height()) / f64::from(SCALE_STEPS);
    for i in 0..SCALE_STEPS {
        let t = (f64::from(i) + 0.5) / f64::from(SCALE_STEPS);
        let y1 = scale.y1 - (f64::from(i) * step).round() as i32;
        let y0 = scale.y1 - (f64::from(i + 1) * step).round() as i32;
        parts::fill(root, Rect { y0, y1, ..scale }, style::heat(t))?;
    }
    parts::outline(root, scale, style::AXIS)?;
    for (t, label) in [
        (0.0, "0".to_string()),
        (0.5, style::eur_k(tr, max / 2.0)),
        (1.0, style::eur_k(tr, max)),
    ] {
        let y = scale.y1 - (f64::from(scale.height()) * t).round() as i32;
        parts::line(root, (scale.x1, y), (scale.x1 + 4, y), style::AXIS, 1)?;
        parts::text(
            root,
            &label,
            (scale.x1 + 8, y),
            TICK_SIZE,
            INK,
            (HPos::Left, VPos::Center),
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::testdata;
    use super::*;

    #[test]
    fn renders_the_baseline() {
        let result = testdata::baseline();
        testdata::check(|| chart(result), &title(result.lang.tr()));
    }

    #[test]
    fn rows_add_up_to_the_cost_of_each_funded_action() {
        let result = testdata::baseline();
        let matrix = figure(result);
        assert_eq!(matrix.actions.len(), result.selected.len());
        for (row, action) in matrix.eur.iter().zip(&result.selected) {
            let paid: f64 = row.iter().sum();
            assert!(
                (paid - action.cost_eur).abs() < 0.01,
                "{}: {paid}",
                action.action
            );
        }
    }
}
