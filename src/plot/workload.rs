//! Chart "Staff hours needed against the hours available": small multiples, one panel per owner
//! of `owners.csv` (and one for all the municipality's staff when the scenario limits it), one
//! bar per period of the hours the funded actions need from that staff after partners' hours,
//! and a dashed line at the hours there are. A period whose hours are used in full is drawn in
//! the "full" colour, and each bar says "1 200 of 1 500".

use super::parts::{self, Rect};
use super::render::{render, DrawResult, Figure};
use super::style::{self, INK, LINE_HEIGHT, MARGIN, SMALL_SIZE, TICK_SIZE};
use super::Chart;
use crate::error::OutputResult as Result;
use crate::i18n::Tr;
use crate::result::ScenarioResult;
use crate::t;
use crate::view::workload::{Panel, Workload};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// Title of the chart.
pub fn title(tr: &Tr) -> String {
    t!(tr, "chart-workload-title")
}

/// The chart data.
#[derive(Debug, Clone)]
pub struct WorkloadChart {
    /// The language of its words and numbers.
    pub tr: &'static Tr,
    /// Scenario name.
    pub scenario: String,
    /// The panels.
    pub workload: Workload,
}

/// Horizontal room per period in a panel.
const SLOT: i32 = 112;
/// Height of a panel's plotting area.
const PLOT_HEIGHT: i32 = 240;
/// Space between panels.
const GAP: i32 = 40;
/// Widest the canvas gets by putting panels side by side.
const MAX_ROW_WIDTH: i32 = 1500;
/// Bars whose hours are used in full.
const FULL: RGBColor = RGBColor(0xb4, 0x53, 0x09);

/// The chart data for `result`.
pub fn figure(result: &ScenarioResult) -> WorkloadChart {
    WorkloadChart {
        tr: result.lang.tr(),
        scenario: crate::view::scenario_label(result),
        workload: Workload::of(result),
    }
}

/// The chart, when it has something to show: staff hours needed in some period.
pub fn chart(result: &ScenarioResult) -> Result<Option<Chart>> {
    let figure = figure(result);
    if !figure.workload.worth_showing() {
        return Ok(None);
    }
    render("workload", &title(result.lang.tr()), &figure).map(Some)
}

/// Hours as written on the chart: whole hours with spaces between thousands.
fn hours(tr: &Tr, value: f64) -> String {
    tr.number(value, 0)
}

/// The value axis of a panel: room for the hours and the capacity.
fn ticks(panel: &Panel) -> Vec<f64> {
    let max = panel
        .hours
        .iter()
        .copied()
        .chain(panel.capacity.iter().flatten().copied())
        .fold(0.0f64, f64::max);
    style::ticks(max * 1.12)
}

struct Layout {
    panel_size: (i32, i32),
    y_label_width: i32,
    columns: usize,
    top: i32,
    size: (u32, u32),
}

impl WorkloadChart {
    fn layout(&self) -> Layout {
        let tr = self.tr;
        let panels = &self.workload.panels;
        let y_label_width = panels
            .iter()
            .map(|p| parts::widest(ticks(p).iter().map(|&t| hours(tr, t)), TICK_SIZE))
            .max()
            .unwrap_or(20)
            // The unit is written right-aligned above the axis: it must fit left of it.
            .max(style::text_width(&t!(tr, "chart-workload-unit"), TICK_SIZE) - 12);
        let n = self.workload.periods.len().max(1) as i32;
        let panel_width = (y_label_width + 12 + n * SLOT).max(360);
        let panel_height = 2 * LINE_HEIGHT + 24 + PLOT_HEIGHT + 14 + LINE_HEIGHT;
        let fit = ((MAX_ROW_WIDTH + GAP) / (panel_width + GAP)).max(1) as usize;
        let columns = fit.min(panels.len().max(1));
        let rows = panels.len().div_ceil(columns).max(1) as i32;
        let top = MARGIN + style::HEADER_HEIGHT + 34;
        let legend_width = 2 * MARGIN + 3 * 40 + parts::widest(self.legend(), TICK_SIZE) * 3;
        let subtitle = 2 * MARGIN + style::text_width(&self.subtitle(), style::LABEL_SIZE);
        let width = (2 * MARGIN + columns as i32 * panel_width + (columns as i32 - 1) * GAP)
            .max(legend_width)
            .max(subtitle);
        let height = top + rows * panel_height + (rows - 1) * GAP + MARGIN;
        Layout {
            panel_size: (panel_width, panel_height),
            y_label_width,
            columns,
            top,
            size: (width as u32, height as u32),
        }
    }

    fn subtitle(&self) -> String {
        t!(
            self.tr,
            "chart-workload-subtitle",
            scenario = &self.scenario
        )
    }

    /// The legend's labels: hours needed, used in full, hours available.
    fn legend(&self) -> [String; 3] {
        let tr = self.tr;
        [
            t!(tr, "chart-workload-needed"),
            t!(tr, "chart-workload-full"),
            t!(tr, "chart-workload-capacity"),
        ]
    }
}

impl Figure for WorkloadChart {
    fn size(&self) -> (u32, u32) {
        self.layout().size
    }

    fn draw<DB: DrawingBackend>(&self, root: &DrawingArea<DB, Shift>) -> DrawResult<DB> {
        let layout = self.layout();
        parts::header(root, &title(self.tr), &self.subtitle())?;
        let [needed, full, capacity] = self.legend();
        let y = MARGIN + style::HEADER_HEIGHT + 8;
        let mut x = parts::swatch(root, (MARGIN, y), style::NEUTRAL, &needed)?;
        let any_full = self
            .workload
            .panels
            .iter()
            .any(|p| (0..p.hours.len()).any(|i| p.full(i)));
        if any_full {
            x = parts::swatch(root, (x + 28, y), FULL, &full)?;
        }
        parts::dashed_target(root, (x + 28, x + 56), y)?;
        parts::text(
            root,
            &capacity,
            (x + 62, y),
            TICK_SIZE,
            INK,
            (HPos::Left, VPos::Center),
        )?;
        for (i, panel) in self.workload.panels.iter().enumerate() {
            let (column, row) = ((i % layout.columns) as i32, (i / layout.columns) as i32);
            let (w, h) = layout.panel_size;
            let origin = (MARGIN + column * (w + GAP), layout.top + row * (h + GAP));
            self.draw_panel(root, &layout, panel, origin)?;
        }
        Ok(())
    }
}

impl WorkloadChart {
    fn draw_panel<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        layout: &Layout,
        panel: &Panel,
        (left, top): (i32, i32),
    ) -> DrawResult<DB> {
        let tr = self.tr;
        let heading = panel.label(tr);
        parts::panel_heading(root, &heading, (left, top), layout.panel_size.0)?;
        let plot = Rect {
            x0: left + layout.y_label_width + 12,
            y0: top + 2 * LINE_HEIGHT + 24,
            x1: left + layout.y_label_width + 12 + self.workload.periods.len() as i32 * SLOT,
            y1: top + 2 * LINE_HEIGHT + 24 + PLOT_HEIGHT,
        };
        let ticks = ticks(panel);
        parts::value_axis_left(
            root,
            plot,
            &ticks,
            &|v| hours(tr, v),
            &t!(tr, "chart-workload-unit"),
        )?;
        let scale = parts::vertical_scale(plot, &ticks);
        for (p, period) in self.workload.periods.iter().enumerate() {
            let slot_left = plot.x0 + p as i32 * SLOT;
            let centre = slot_left + SLOT / 2;
            let used = panel.hours[p];
            let bar = Rect {
                x0: centre - 28,
                y0: scale.px(used),
                x1: centre + 28,
                y1: plot.y1,
            };
            let colour = if panel.full(p) { FULL } else { style::NEUTRAL };
            if bar.height() > 0 {
                parts::fill(root, bar, colour)?;
            }
            let label = match panel.capacity[p] {
                Some(c) => t!(
                    tr,
                    "chart-workload-used-of",
                    used = hours(tr, used),
                    capacity = hours(tr, c)
                ),
                None => hours(tr, used),
            };
            let above = panel.capacity[p].map_or(bar.y0, |c| bar.y0.min(scale.px(c)));
            parts::text(
                root,
                &label,
                (centre, above - 6),
                SMALL_SIZE,
                INK,
                (HPos::Center, VPos::Bottom),
            )?;
            if let Some(c) = panel.capacity[p] {
                parts::dashed_target(root, (slot_left + 6, slot_left + SLOT - 6), scale.px(c))?;
            }
            parts::text(
                root,
                &style::truncate(period, TICK_SIZE, SLOT - 8),
                (centre, plot.y1 + 14),
                TICK_SIZE,
                INK,
                (HPos::Center, VPos::Top),
            )?;
        }
        parts::line(root, (plot.x0, plot.y1), (plot.x1, plot.y1), style::AXIS, 1)
    }
}

#[cfg(test)]
mod tests {
    use super::super::testdata;
    use super::*;

    #[test]
    fn renders_the_baseline_against_its_staff_capacity() {
        let result = testdata::baseline();
        testdata::check(
            || chart(result).map(|c| c.expect("the example needs staff hours")),
            &title(result.lang.tr()),
        );
    }

    #[test]
    fn renders_a_panel_per_owner_and_one_for_all_staff() {
        let result = testdata::timed();
        let chart = testdata::check(
            || chart(result).map(|c| c.expect("owners with hours")),
            &title(result.lang.tr()),
        );
        let figure = figure(result);
        assert_eq!(figure.workload.panels.len(), result.owners.len() + 1);
        for owner in &result.owners {
            assert!(chart.svg.contains(&owner.name), "{}", owner.name);
        }
    }
}
