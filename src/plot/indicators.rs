//! Chart "Indicators reached in each scenario, against their targets": small multiples, one
//! panel per indicator, one bar per scenario, and a dashed line at the target where there is
//! one. A value short of its target is written in red; a scenario without a plan is a hatched
//! slot labelled "infeasible".

use super::parts::{self, Rect};
use super::render::{render, DrawResult, Figure};
use super::style::{self, INK, LINE_HEIGHT, MARGIN, SMALL_SIZE, TICK_SIZE};
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
    t!(tr, "chart-indicators-title")
}

/// One indicator's panel.
#[derive(Debug, Clone)]
pub struct Panel {
    /// Indicator name as in the plan (`seniors_trained`).
    pub indicator: String,
    /// Whether its target is hard (must be met), if it has one.
    pub hard: Option<bool>,
    /// Per scenario: value reached (`None` without a plan) and target (if any).
    pub values: Vec<(Option<f64>, Option<f64>)>,
}

/// The chart data.
#[derive(Debug, Clone)]
pub struct Indicators {
    /// The language of its words and numbers.
    pub tr: &'static Tr,
    /// Scenario names.
    pub scenarios: Vec<String>,
    /// What to write on a scenario without a plan.
    pub notes: Vec<String>,
    /// One panel per indicator, in plan order.
    pub panels: Vec<Panel>,
}

/// Horizontal room per scenario in a panel.
const SLOT: i32 = 88;
/// Height of a panel's plotting area.
const PLOT_HEIGHT: i32 = 220;
/// Space between panels.
const GAP: i32 = 36;
/// Widest the canvas gets by putting panels side by side.
const MAX_ROW_WIDTH: i32 = 1500;
/// Most lines of a scenario label.
const LABEL_LINES: usize = 3;

/// The chart data for `results`: indicators from the first result, matched by name in others.
pub fn figure(results: &[ScenarioResult]) -> Indicators {
    let indicators = results
        .first()
        .map(|r| r.indicators.as_slice())
        .unwrap_or(&[]);
    let panels = indicators
        .iter()
        .map(|indicator| Panel {
            indicator: indicator.indicator.clone(),
            hard: indicator.hard,
            values: results
                .iter()
                .map(|result| {
                    let own = result
                        .indicators
                        .iter()
                        .find(|i| i.indicator == indicator.indicator);
                    (
                        own.filter(|_| result.has_plan()).map(|i| i.reached),
                        own.and_then(|i| i.target),
                    )
                })
                .collect(),
        })
        .collect();
    Indicators {
        tr: crate::view::comparison_lang(results),
        scenarios: results.iter().map(|r| r.scenario.clone()).collect(),
        notes: results.iter().map(parts::no_plan_label).collect(),
        panels,
    }
}

/// Renders the chart.
pub fn chart(results: &[ScenarioResult]) -> Result<Chart> {
    render(
        "indicators",
        &title(crate::view::comparison_lang(results)),
        &figure(results),
    )
}

/// A count for labels: whole numbers without decimals, small fractions with one.
fn count(tr: &Tr, value: f64) -> String {
    if (value - value.round()).abs() < 0.05 || value.abs() >= 100.0 {
        tr.number(value, 0)
    } else {
        tr.number(value, 1)
    }
}

struct Layout {
    labels: Vec<Vec<String>>,
    panel_size: (i32, i32),
    y_label_width: i32,
    columns: usize,
    top: i32,
    size: (u32, u32),
}

impl Indicators {
    fn layout(&self) -> Layout {
        let labels: Vec<Vec<String>> = self
            .scenarios
            .iter()
            .map(|s| style::wrap(s, TICK_SIZE, SLOT - 8, LABEL_LINES))
            .collect();
        let label_lines = labels.iter().map(Vec::len).max().unwrap_or(1) as i32;
        let y_label_width = self
            .panels
            .iter()
            .map(|p| parts::widest(ticks(p).iter().map(|&t| count(self.tr, t)), TICK_SIZE))
            .max()
            .unwrap_or(20);
        let n = self.scenarios.len().max(1) as i32;
        let panel_width = (y_label_width + 12 + n * SLOT).max(340);
        let panel_height = 34 + 20 + PLOT_HEIGHT + 12 + label_lines * LINE_HEIGHT;
        let fit = ((MAX_ROW_WIDTH + GAP) / (panel_width + GAP)).max(1) as usize;
        let columns = fit.min(self.panels.len().max(1));
        let rows = self.panels.len().div_ceil(columns).max(1) as i32;
        let top = MARGIN + style::HEADER_HEIGHT + 30;
        let width = 2 * MARGIN + columns as i32 * panel_width + (columns as i32 - 1) * GAP;
        let width = width.max(2 * MARGIN + 640);
        let height = top + rows * panel_height + (rows - 1) * GAP + MARGIN;
        Layout {
            labels,
            panel_size: (panel_width, panel_height),
            y_label_width,
            columns,
            top,
            size: (width as u32, height as u32),
        }
    }
}

/// The value axis of a panel: room for every value, and for the targets of scenarios that have
/// a plan (a scenario without one is drawn empty, so its target, perhaps the reason it has no
/// plan, does not stretch the axis).
fn ticks(panel: &Panel) -> Vec<f64> {
    let max = panel
        .values
        .iter()
        .filter_map(|(reached, target)| reached.map(|r| r.max(target.unwrap_or(0.0))))
        .fold(0.0f64, f64::max);
    style::ticks(max * 1.1)
}

/// The target drawn for a scenario: none when it has no plan (its slot stays empty).
fn shown_target((reached, target): &(Option<f64>, Option<f64>)) -> Option<f64> {
    reached.and(*target)
}

/// The target, when every scenario with a plan has the same one.
fn common_target(panel: &Panel) -> Option<f64> {
    let mut shown = panel.values.iter().filter(|(reached, _)| reached.is_some());
    let first = shown.next()?.1?;
    shown.all(|(_, t)| *t == Some(first)).then_some(first)
}

impl Figure for Indicators {
    fn size(&self) -> (u32, u32) {
        self.layout().size
    }

    fn draw<DB: DrawingBackend>(&self, root: &DrawingArea<DB, Shift>) -> DrawResult<DB> {
        let tr = self.tr;
        let layout = self.layout();
        parts::header(root, &title(tr), &t!(tr, "chart-indicators-subtitle"))?;
        let legend_y = MARGIN + style::HEADER_HEIGHT + 6;
        let x = parts::swatch(
            root,
            (MARGIN, legend_y),
            style::NEUTRAL,
            &t!(tr, "chart-indicators-reached"),
        )?;
        let x = target_legend(root, &t!(tr, "chart-indicators-target"), (x + 24, legend_y))?;
        parts::text(
            root,
            &t!(tr, "chart-indicators-below"),
            (x + 12, legend_y),
            TICK_SIZE,
            style::TARGET,
            (HPos::Left, VPos::Center),
        )?;
        for (i, panel) in self.panels.iter().enumerate() {
            let (column, row) = ((i % layout.columns) as i32, (i / layout.columns) as i32);
            let (w, h) = layout.panel_size;
            let origin = (MARGIN + column * (w + GAP), layout.top + row * (h + GAP));
            self.draw_panel(root, &layout, panel, origin)?;
        }
        Ok(())
    }
}

/// The legend entry of the target line, `label`; returns the x after it.
fn target_legend<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    label: &str,
    (x, y): (i32, i32),
) -> Result<i32, DrawingAreaErrorKind<DB::ErrorType>> {
    parts::dashed_target(root, (x, x + 28), y)?;
    parts::text(
        root,
        label,
        (x + 34, y),
        TICK_SIZE,
        INK,
        (HPos::Left, VPos::Center),
    )?;
    Ok(x + 34 + style::text_width(label, TICK_SIZE))
}

impl Indicators {
    fn draw_panel<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        layout: &Layout,
        panel: &Panel,
        (left, top): (i32, i32),
    ) -> DrawResult<DB> {
        let tr = self.tr;
        let indicator = style::humanise(&panel.indicator);
        let heading = match (panel.hard, common_target(panel)) {
            (Some(hard), Some(target)) => t!(
                tr,
                "chart-indicator-with-target",
                indicator = indicator,
                kind = crate::view::target_kind(tr, hard),
                target = count(tr, target)
            ),
            (Some(hard), None) => t!(
                tr,
                "chart-indicator-kind",
                indicator = indicator,
                kind = crate::view::target_kind(tr, hard)
            ),
            (None, _) => t!(tr, "chart-indicator-no-target", indicator = indicator),
        };
        // On two lines when it is too wide for the panel (there is room above the plot).
        parts::panel_heading(root, &heading, (left, top), layout.panel_size.0)?;

        let plot = Rect {
            x0: left + layout.y_label_width + 12,
            y0: top + 34 + 20,
            x1: left + layout.y_label_width + 12 + self.scenarios.len() as i32 * SLOT,
            y1: top + 34 + 20 + PLOT_HEIGHT,
        };
        let ticks = ticks(panel);
        parts::value_axis_left(root, plot, &ticks, &|v| count(tr, v), "")?;
        let scale = parts::vertical_scale(plot, &ticks);

        for (s, (reached, target)) in panel.values.iter().enumerate() {
            let slot_left = plot.x0 + s as i32 * SLOT;
            let centre = slot_left + SLOT / 2;
            let bar = Rect {
                x0: centre - 24,
                y0: plot.y0 + 20,
                x1: centre + 24,
                y1: plot.y1,
            };
            match reached {
                Some(value) => {
                    parts::fill(
                        root,
                        Rect {
                            y0: scale.px(*value),
                            ..bar
                        },
                        style::NEUTRAL,
                    )?;
                    let short = target.is_some_and(|t| *value < t - 1e-6);
                    let colour = if short { style::TARGET } else { INK };
                    parts::text(
                        root,
                        &count(tr, *value),
                        (centre, scale.px(*value) - 5),
                        SMALL_SIZE,
                        colour,
                        (HPos::Center, VPos::Bottom),
                    )?;
                }
                None => {
                    parts::hatch(root, bar)?;
                    parts::note(root, &self.notes[s], bar.centre())?;
                }
            }
            parts::lines(
                root,
                &layout.labels[s],
                (centre, plot.y1 + 12 + LINE_HEIGHT / 2),
                INK,
            )?;
        }
        parts::line(root, (plot.x0, plot.y1), (plot.x1, plot.y1), style::AXIS, 1)?;

        // Target lines: one run per stretch of scenarios with a plan sharing the same target.
        let mut s = 0;
        while s < panel.values.len() {
            let Some(target) = shown_target(&panel.values[s]) else {
                s += 1;
                continue;
            };
            let mut end = s + 1;
            while end < panel.values.len() && shown_target(&panel.values[end]) == Some(target) {
                end += 1;
            }
            let y = scale.px(target);
            let x0 = plot.x0 + s as i32 * SLOT + 2;
            let x1 = plot.x0 + end as i32 * SLOT - 2;
            parts::dashed_target(root, (x0, x1), y)?;
            if common_target(panel).is_none() {
                parts::text(
                    root,
                    &count(tr, target),
                    (x0, y - 4),
                    SMALL_SIZE,
                    style::TARGET,
                    (HPos::Left, VPos::Bottom),
                )?;
            }
            s = end;
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
    fn one_panel_per_indicator_and_no_value_without_a_plan() {
        let results = testdata::comparison();
        let indicators = figure(results);
        assert_eq!(indicators.panels.len(), results[0].indicators.len());
        for panel in &indicators.panels {
            for (result, (reached, _)) in results.iter().zip(&panel.values) {
                assert_eq!(reached.is_some(), result.has_plan());
            }
        }
    }
}
