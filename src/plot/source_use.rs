//! Chart "Use of each funding source against its budget (EUR)": one horizontal bar per source,
//! the money used in the source's colour over a grey bar of the budget available, and the share
//! used written beside it.
//!
//! The budget available is the total budget or the sum of the yearly caps, whichever is smaller
//! (a source without either has no cap, and only its use is drawn).

use super::parts::{self, Rect};
use super::payers::payers;
use super::render::{render, DrawResult, Figure};
use super::style::{self, INK, MARGIN, TICK_SIZE};
use super::Chart;
use crate::error::OutputResult as Result;
use crate::i18n::Tr;
use crate::result::ScenarioResult;
use crate::t;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// Title of the chart.
pub fn title(tr: &Tr) -> String {
    t!(tr, "chart-source-use-title")
}

/// One source's bar.
#[derive(Debug, Clone)]
pub struct Row {
    /// Source name.
    pub name: String,
    /// Its colour.
    pub colour: RGBColor,
    /// EUR used.
    pub used_eur: f64,
    /// EUR available, if capped.
    pub available_eur: Option<f64>,
    /// False when the scenario switches the source off.
    pub enabled: bool,
}

/// The chart data.
#[derive(Debug, Clone)]
pub struct SourceUseChart {
    /// The language of its words and numbers.
    pub tr: &'static Tr,
    /// Scenario name.
    pub scenario: String,
    /// One row per source, in plan order.
    pub rows: Vec<Row>,
}

/// Widest source name before it is cut.
const NAME_WIDTH: i32 = 320;
/// Length of a bar at the largest amount.
const BAR_AREA: i32 = 520;
/// Vertical room per source.
const ROW_HEIGHT: i32 = 40;
/// Thickness of a bar.
const BAR_HEIGHT: i32 = 22;

/// The chart data for `result`.
pub fn figure(result: &ScenarioResult) -> SourceUseChart {
    let payers = payers([result]);
    let rows = result
        .sources
        .iter()
        .zip(&payers)
        .map(|(source, payer)| Row {
            name: source.name.clone(),
            colour: payer.colour,
            used_eur: source.used_eur,
            available_eur: if source.enabled {
                source.available_eur()
            } else {
                Some(0.0)
            },
            enabled: source.enabled,
        })
        .collect();
    SourceUseChart {
        tr: result.lang.tr(),
        scenario: crate::view::scenario_label(result),
        rows,
    }
}

/// Renders the chart.
pub fn chart(result: &ScenarioResult) -> Result<Chart> {
    render("source_use", &title(result.lang.tr()), &figure(result))
}

/// The note beside a bar: `96% used: 434 000 of 450 000`.
fn note(tr: &Tr, row: &Row) -> String {
    if !row.enabled {
        return t!(tr, "chart-source-use-off");
    }
    let used = style::eur(tr, row.used_eur);
    match row.available_eur {
        Some(available) if available > 0.0 => t!(
            tr,
            "chart-source-use-share",
            // `+ 0.0` turns a negative zero into "0%".
            percent = tr.fixed((row.used_eur / available * 100.0).round().max(0.0) + 0.0, 0),
            used = used,
            available = style::eur(tr, available)
        ),
        Some(_) => t!(tr, "chart-source-use-no-budget", used = used),
        None => t!(tr, "chart-source-use-no-cap", used = used),
    }
}

struct Layout {
    names: Vec<String>,
    notes: Vec<String>,
    plot: Rect,
    ticks: Vec<f64>,
    size: (u32, u32),
}

impl SourceUseChart {
    fn layout(&self) -> Layout {
        let names: Vec<String> = self
            .rows
            .iter()
            .map(|r| style::truncate(&r.name, TICK_SIZE, NAME_WIDTH))
            .collect();
        let notes: Vec<String> = self.rows.iter().map(|r| note(self.tr, r)).collect();
        let max = self
            .rows
            .iter()
            .map(|r| r.used_eur.max(r.available_eur.unwrap_or(0.0)))
            .fold(0.0f64, f64::max);
        let ticks = style::ticks(max);
        let last_tick_half = style::text_width(
            &style::eur(self.tr, *ticks.last().unwrap_or(&0.0)),
            TICK_SIZE,
        ) / 2;

        let x0 = MARGIN + parts::widest(names.clone(), TICK_SIZE) + 14;
        let y0 = MARGIN + style::HEADER_HEIGHT + 40;
        let plot = Rect {
            x0,
            y0,
            x1: x0 + BAR_AREA,
            y1: y0 + ROW_HEIGHT * self.rows.len().max(1) as i32,
        };
        let note_width = parts::widest(notes.clone(), TICK_SIZE).max(last_tick_half);
        let legend_width = 560;
        let width = (plot.x1 + 16 + note_width).max(MARGIN + legend_width) + MARGIN;
        let height = plot.y1 + 8 + 2 * style::LINE_HEIGHT + 8 + MARGIN;
        Layout {
            names,
            notes,
            plot,
            ticks,
            size: (width as u32, height as u32),
        }
    }
}

impl Figure for SourceUseChart {
    fn size(&self) -> (u32, u32) {
        self.layout().size
    }

    fn draw<DB: DrawingBackend>(&self, root: &DrawingArea<DB, Shift>) -> DrawResult<DB> {
        let tr = self.tr;
        let layout = self.layout();
        let plot = layout.plot;
        parts::header(
            root,
            &title(tr),
            &t!(tr, "chart-scenario", scenario = &self.scenario),
        )?;
        let legend_y = MARGIN + style::HEADER_HEIGHT + 6;
        let x = parts::swatch(
            root,
            (MARGIN, legend_y),
            style::AVAILABLE,
            &t!(tr, "chart-source-use-available"),
        )?;
        parts::swatch(
            root,
            (x + 24, legend_y),
            style::NEUTRAL,
            &t!(tr, "chart-source-use-used"),
        )?;

        parts::value_axis_bottom(root, plot, &layout.ticks, &|v| style::eur(tr, v), "EUR")?;
        let scale = parts::horizontal_scale(plot, &layout.ticks);
        for (i, row) in self.rows.iter().enumerate() {
            let centre = plot.y0 + ROW_HEIGHT * i as i32 + ROW_HEIGHT / 2;
            let bar = |value: f64| Rect {
                x0: plot.x0,
                y0: centre - BAR_HEIGHT / 2,
                x1: scale.px(value),
                y1: centre + BAR_HEIGHT / 2,
            };
            parts::text(
                root,
                &layout.names[i],
                (plot.x0 - 10, centre),
                TICK_SIZE,
                INK,
                (HPos::Right, VPos::Center),
            )?;
            if let Some(available) = row.available_eur.filter(|&a| a > 0.0) {
                parts::fill(root, bar(available), style::AVAILABLE)?;
            }
            if row.used_eur > 0.0 {
                parts::fill(root, bar(row.used_eur), row.colour)?;
            }
            parts::text(
                root,
                &layout.notes[i],
                (plot.x1 + 16, centre),
                TICK_SIZE,
                INK,
                (HPos::Left, VPos::Center),
            )?;
        }
        parts::line(root, (plot.x0, plot.y0), (plot.x0, plot.y1), style::AXIS, 1)
    }
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
    fn available_budget_is_the_smaller_cap() {
        let result = testdata::baseline();
        let by_id = |id: &str| {
            result
                .sources
                .iter()
                .find(|s| s.source == id)
                .unwrap()
                .available_eur()
        };
        // ESF+: total 540 000, yearly caps 150 000 + 210 000 + 210 000 = 570 000.
        assert_eq!(by_id("esf_plus"), Some(540_000.0));
        // Municipal: no total, yearly caps 3 × 150 000.
        assert_eq!(by_id("municipal"), Some(450_000.0));
        // ERDF: total only.
        assert_eq!(by_id("erdf"), Some(450_000.0));
    }
}
