//! Chart "`<indicator>`: planned and reached" (`fundmix monitor`): one burn-up chart per
//! indicator with a target. Cumulative values at the start of the plan and at the end of each
//! period: the plan's trajectory (a blue line), what was reached up to the monitoring date (a
//! thick orange line), the projection if the rest goes as planned (orange, dashed), the target
//! (a red dashed line) and the monitoring date (a grey vertical line).
//!
//! It draws what an [`IndicatorProgress`] holds; it computes nothing.

use super::parts::{self, Rect, Scale};
use super::render::{render, DrawResult, Figure};
use super::style::{self, INK, LINE_HEIGHT, MARGIN, MUTED, SMALL_SIZE, TICK_SIZE};
use super::Chart;
use crate::analyse::monitor::indicators::IndicatorProgress;
use crate::analyse::monitor::Monitor;
use crate::error::OutputResult as Result;
use crate::i18n::Tr;
use crate::t;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// The chart's name; each chart's files are `charts/burnup_<indicator>` (see [`stem`]).
pub const NAME: &str = "burnup";

/// The plan's trajectory.
const PLANNED: RGBColor = RGBColor(0x4e, 0x79, 0xa7);
/// What was reached, and its projection.
const REACHED: RGBColor = RGBColor(0xd9, 0x6c, 0x00);
/// The monitoring date.
const AS_OF: RGBColor = RGBColor(0x9a, 0x9a, 0x9a);

/// Width of the canvas.
const WIDTH: i32 = 1000;
/// Height of the plotting area.
const PLOT_HEIGHT: i32 = 400;
/// Room right of the plot for the end values.
const RIGHT: i32 = 96;

/// The file stem of the chart of `indicator`: `burnup_` and the indicator as a safe file name.
pub fn stem(indicator: &str) -> String {
    format!("{NAME}_{}", crate::folder_name(indicator))
}

/// "Seniors trained: planned and reached".
pub fn title(tr: &Tr, indicator: &str) -> String {
    t!(
        tr,
        "chart-burnup-title",
        indicator = style::humanise(indicator)
    )
}

/// The burn-up charts of a monitoring run: one per indicator with a target, in plan order,
/// each with its file stem (two indicators whose names make the same stem get `_2`, `_3`).
pub fn charts(m: &Monitor) -> Result<Vec<(String, Chart)>> {
    let mut used = std::collections::BTreeSet::new();
    let mut charts = Vec::new();
    for indicator in m.indicators.iter().filter(|i| i.target.is_some()) {
        let base = stem(&indicator.indicator);
        let mut name = base.clone();
        let mut n = 2;
        while !used.insert(name.clone()) {
            name = format!("{base}_{n}");
            n += 1;
        }
        charts.push((name, chart(m, indicator)?));
    }
    Ok(charts)
}

/// The chart of one indicator.
pub fn chart(m: &Monitor, indicator: &IndicatorProgress) -> Result<Chart> {
    let tr = m.lang.tr();
    let figure = BurnUp {
        tr,
        indicator,
        periods: &m.periods,
        as_of: m.as_of_index,
    };
    render(NAME, &title(tr, &indicator.indicator), &figure)
}

/// The chart data: an indicator's trajectories over the plan's periods.
struct BurnUp<'m> {
    tr: &'static Tr,
    indicator: &'m IndicatorProgress,
    periods: &'m [String],
    as_of: usize,
}

/// A count for labels: whole numbers, or one decimal for small fractional values.
fn count(tr: &Tr, value: f64) -> String {
    if (value - value.round()).abs() < 0.05 || value.abs() >= 100.0 {
        tr.number(value, 0)
    } else {
        tr.number(value, 1)
    }
}

struct Layout {
    plot: Rect,
    ticks: Vec<f64>,
    height: i32,
}

impl BurnUp<'_> {
    fn layout(&self) -> Layout {
        let i = self.indicator;
        let max = i
            .planned_cumulative
            .iter()
            .chain(&i.projected_cumulative)
            .chain(&i.reached_cumulative)
            .chain(&i.target)
            .fold(0.0f64, |a, &b| a.max(b));
        let ticks = style::ticks(max * 1.08);
        let y_labels = parts::widest(ticks.iter().map(|&t| count(self.tr, t)), TICK_SIZE);
        let y0 = MARGIN + style::HEADER_HEIGHT + 24 + LINE_HEIGHT + 16;
        let plot = Rect {
            x0: MARGIN + y_labels.max(30) + 14,
            y0,
            x1: WIDTH - MARGIN - RIGHT,
            y1: y0 + PLOT_HEIGHT,
        };
        let height = plot.y1 + 8 + LINE_HEIGHT + 10 + LINE_HEIGHT + MARGIN;
        Layout {
            plot,
            ticks,
            height,
        }
    }

    /// The x of point `k`: 0 is the start of the plan, `k` the end of period `k - 1`.
    fn x(&self, plot: Rect, k: usize) -> i32 {
        let steps = self.periods.len().max(1) as i32;
        plot.x0 + 24 + (plot.width() - 48) * k as i32 / steps
    }

    /// The points of a cumulative series (one value per period from the first), starting at 0
    /// at the start of the plan.
    fn points(&self, plot: Rect, scale: &Scale, values: &[f64]) -> Vec<(i32, i32)> {
        std::iter::once(0.0)
            .chain(values.iter().copied())
            .enumerate()
            .map(|(k, v)| (self.x(plot, k), scale.px(v)))
            .collect()
    }
}

impl Figure for BurnUp<'_> {
    fn size(&self) -> (u32, u32) {
        (WIDTH as u32, self.layout().height as u32)
    }

    fn draw<DB: DrawingBackend>(&self, root: &DrawingArea<DB, Shift>) -> DrawResult<DB> {
        let tr = self.tr;
        let i = self.indicator;
        let layout = self.layout();
        let plot = layout.plot;
        let as_of = &self.periods[self.as_of];
        let last = self.periods.last().map_or("", String::as_str);
        let title = style::truncate_bold(
            &title(tr, &i.indicator),
            style::TITLE_SIZE,
            WIDTH - 2 * MARGIN,
        );
        let subtitle = style::truncate(
            &t!(tr, "chart-burnup-subtitle", as_of = as_of, last = last),
            style::LABEL_SIZE,
            WIDTH - 2 * MARGIN,
        );
        parts::header(root, &title, &subtitle)?;

        // Legend.
        let y = MARGIN + style::HEADER_HEIGHT + 10;
        let mut x = MARGIN;
        for (label, colour, width, dashes) in [
            (t!(tr, "chart-burnup-planned"), PLANNED, 3, false),
            (t!(tr, "chart-burnup-reached"), REACHED, 5, false),
            (t!(tr, "chart-burnup-projected"), REACHED, 3, true),
            (t!(tr, "chart-burnup-target"), style::TARGET, 2, true),
        ] {
            if dashes {
                dashed(root, (x, y), (x + 30, y), colour, width)?;
            } else {
                parts::line(root, (x, y), (x + 30, y), colour, width)?;
            }
            parts::text(
                root,
                &label,
                (x + 38, y),
                TICK_SIZE,
                INK,
                (HPos::Left, VPos::Center),
            )?;
            x += 38 + style::text_width(&label, TICK_SIZE) + 26;
        }

        parts::value_axis_left(root, plot, &layout.ticks, &|v| count(tr, v), "")?;
        let scale = parts::vertical_scale(plot, &layout.ticks);

        // The periods: the start of the plan, then the end of each period.
        for k in 0..=self.periods.len() {
            let x = self.x(plot, k);
            let label = match k {
                0 => t!(tr, "chart-burnup-start"),
                k => self.periods[k - 1].clone(),
            };
            parts::line(root, (x, plot.y1), (x, plot.y1 + 5), style::AXIS, 1)?;
            parts::text(
                root,
                &label,
                (x, plot.y1 + 8),
                TICK_SIZE,
                INK,
                (HPos::Center, VPos::Top),
            )?;
        }
        parts::text(
            root,
            &t!(tr, "chart-burnup-axis"),
            (plot.x1, plot.y1 + 8 + LINE_HEIGHT + 10),
            TICK_SIZE,
            MUTED,
            (HPos::Right, VPos::Top),
        )?;

        // The monitoring date.
        let x_as_of = self.x(plot, self.as_of + 1);
        dashed(root, (x_as_of, plot.y0), (x_as_of, plot.y1), AS_OF, 2)?;
        parts::text(
            root,
            &t!(tr, "chart-burnup-as-of", as_of = as_of),
            (x_as_of + 6, plot.y0 + 4),
            TICK_SIZE,
            MUTED,
            (HPos::Left, VPos::Top),
        )?;

        // The target.
        if let Some(target) = i.target {
            let y = scale.px(target);
            dashed(root, (plot.x0, y), (plot.x1, y), style::TARGET, 2)?;
            let kind = crate::view::target_kind(tr, i.hard == Some(true));
            parts::text(
                root,
                &t!(
                    tr,
                    "chart-burnup-target-label",
                    target = count(tr, target),
                    kind = kind
                ),
                (plot.x0 + 8, y - 5),
                SMALL_SIZE,
                style::TARGET,
                (HPos::Left, VPos::Bottom),
            )?;
        }

        // The plan's trajectory.
        let planned = self.points(plot, &scale, &i.planned_cumulative);
        root.draw(&PathElement::new(planned.clone(), PLANNED.stroke_width(3)))?;
        for &p in &planned {
            root.draw(&Circle::new(p, 5, PLANNED.filled()))?;
        }

        // The projection, from the monitoring date on.
        let projected = self.points(plot, &scale, &i.projected_cumulative);
        for pair in projected[self.as_of + 1..].windows(2) {
            dashed(root, pair[0], pair[1], REACHED, 3)?;
        }
        for &p in &projected[self.as_of + 2..] {
            root.draw(&Circle::new(p, 4, WHITE.filled()))?;
            root.draw(&Circle::new(p, 4, REACHED.stroke_width(2)))?;
        }

        // What was reached.
        let reached = self.points(plot, &scale, &i.reached_cumulative);
        root.draw(&PathElement::new(reached.clone(), REACHED.stroke_width(5)))?;
        for &p in &reached {
            root.draw(&Circle::new(p, 7, REACHED.filled()))?;
        }
        // The values at the monitoring date: the higher one above left of its point, the lower
        // one below right (away from the lines, which rise to the right).
        let (x, y_reached) = reached[reached.len() - 1];
        let y_planned = planned[self.as_of + 1].1;
        let above = (HPos::Right, VPos::Bottom);
        let below = (HPos::Left, VPos::Top);
        let (reached_at, planned_at) = if y_reached <= y_planned {
            (
                (x - 10, y_reached - 8, above),
                (x + 10, y_planned + 8, below),
            )
        } else {
            (
                (x + 10, y_reached + 8, below),
                (x - 10, y_planned - 8, above),
            )
        };
        parts::text(
            root,
            &count(tr, i.reached),
            (reached_at.0, reached_at.1),
            style::LABEL_SIZE,
            REACHED,
            reached_at.2,
        )?;
        if self.as_of + 1 < self.periods.len() {
            parts::text(
                root,
                &count(tr, i.planned_to_date),
                (planned_at.0, planned_at.1),
                style::LABEL_SIZE,
                PLANNED,
                planned_at.2,
            )?;
        }

        // The values at the end: planned and projected, kept apart when they are close.
        let (planned_end, projected_end) =
            (planned[planned.len() - 1], projected[projected.len() - 1]);
        let mut y_planned = planned_end.1;
        let mut y_projected = projected_end.1;
        if self.as_of + 1 < self.periods.len() && (y_planned - y_projected).abs() < LINE_HEIGHT {
            let middle = (y_planned + y_projected) / 2;
            let (up, down) = (middle - LINE_HEIGHT / 2 - 1, middle + LINE_HEIGHT / 2 + 1);
            if i.planned_end >= i.projected_end {
                (y_planned, y_projected) = (up, down);
            } else {
                (y_planned, y_projected) = (down, up);
            }
        }
        parts::text(
            root,
            &count(tr, i.planned_end),
            (planned_end.0 + 12, y_planned),
            style::LABEL_SIZE,
            PLANNED,
            (HPos::Left, VPos::Center),
        )?;
        if self.as_of + 1 < self.periods.len() {
            parts::text(
                root,
                &count(tr, i.projected_end),
                (projected_end.0 + 12, y_projected),
                style::LABEL_SIZE,
                REACHED,
                (HPos::Left, VPos::Center),
            )?;
        }
        Ok(())
    }
}

/// A dashed line from `from` to `to`: dashes of 8 pixels, gaps of 5.
fn dashed<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    from: (i32, i32),
    to: (i32, i32),
    colour: RGBColor,
    width: u32,
) -> DrawResult<DB> {
    let (dx, dy) = (f64::from(to.0 - from.0), f64::from(to.1 - from.1));
    let length = dx.hypot(dy);
    if length < 1.0 {
        return Ok(());
    }
    let at = |d: f64| {
        let t = (d / length).min(1.0);
        (
            from.0 + (dx * t).round() as i32,
            from.1 + (dy * t).round() as i32,
        )
    };
    let mut d = 0.0;
    while d < length {
        parts::line(root, at(d), at(d + 8.0), colour, width)?;
        d += 13.0;
    }
    Ok(())
}
