//! Pieces several charts draw the same way: title, value axes with grid lines, legend entries,
//! category labels, and the hatching that marks a scenario without a plan.
//!
//! Everything works in pixels of the root drawing area, so the layout is computed once and is
//! identical in SVG and PNG.

use super::render::DrawResult;
use super::style::{self, AXIS, GRID, INK, LINE_HEIGHT, MARGIN, MUTED, TICK_SIZE};
use crate::i18n::Tr;
use crate::result::ScenarioResult;
use crate::solve::SolveStatus;
use crate::t;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// A rectangle in pixels: left, top, right, bottom.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    /// Left edge.
    pub x0: i32,
    /// Top edge.
    pub y0: i32,
    /// Right edge.
    pub x1: i32,
    /// Bottom edge.
    pub y1: i32,
}

impl Rect {
    /// Width in pixels.
    pub fn width(&self) -> i32 {
        self.x1 - self.x0
    }

    /// Height in pixels.
    pub fn height(&self) -> i32 {
        self.y1 - self.y0
    }

    /// Centre point.
    pub fn centre(&self) -> (i32, i32) {
        ((self.x0 + self.x1) / 2, (self.y0 + self.y1) / 2)
    }
}

/// Maps values 0..=`max` onto pixels `from`..=`to` (`to` may be smaller, for upward axes).
#[derive(Debug, Clone, Copy)]
pub struct Scale {
    /// Value at the far end.
    pub max: f64,
    /// Pixel of value 0.
    pub from: i32,
    /// Pixel of value `max`.
    pub to: i32,
}

impl Scale {
    /// The pixel of `value` (clamped to the axis).
    pub fn px(&self, value: f64) -> i32 {
        let t = if self.max > 0.0 {
            (value / self.max).clamp(0.0, 1.0)
        } else {
            0.0
        };
        self.from + (f64::from(self.to - self.from) * t).round() as i32
    }
}

/// Draws `label` at `at` with the given size, colour and anchor.
pub fn text<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    label: &str,
    at: (i32, i32),
    size: f64,
    colour: RGBColor,
    anchor: (HPos, VPos),
) -> DrawResult<DB> {
    root.draw(&Text::new(
        label.to_string(),
        at,
        style::text(size, colour, anchor.0, anchor.1),
    ))
}

/// Draws lines of text centred on `x`, the first line's centre at `y`.
pub fn lines<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    lines: &[String],
    (x, y): (i32, i32),
    colour: RGBColor,
) -> DrawResult<DB> {
    for (i, line) in lines.iter().enumerate() {
        text(
            root,
            line,
            (x, y + i as i32 * LINE_HEIGHT),
            TICK_SIZE,
            colour,
            (HPos::Center, VPos::Center),
        )?;
    }
    Ok(())
}

/// Bold text at `size`, its top left corner at `at`.
pub fn bold<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    label: &str,
    at: (i32, i32),
    size: f64,
) -> DrawResult<DB> {
    root.draw(&Text::new(
        label.to_string(),
        at,
        style::bold_font(size)
            .color(&INK)
            .pos(Pos::new(HPos::Left, VPos::Top)),
    ))
}

/// A panel's heading in bold, its top left corner at `at`: on two lines when it is wider than
/// `width` (see [`style::two_lines_bold`]).
pub fn panel_heading<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    heading: &str,
    (left, top): (i32, i32),
    width: i32,
) -> DrawResult<DB> {
    for (i, line) in style::two_lines_bold(heading, style::LABEL_SIZE, width)
        .iter()
        .enumerate()
    {
        bold(
            root,
            line,
            (left, top + i as i32 * LINE_HEIGHT),
            style::LABEL_SIZE,
        )?;
    }
    Ok(())
}

/// The chart title (bold) and a muted subtitle below it, top left.
pub fn header<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    title: &str,
    subtitle: &str,
) -> DrawResult<DB> {
    bold(root, title, (MARGIN, MARGIN), style::TITLE_SIZE)?;
    if !subtitle.is_empty() {
        text(
            root,
            subtitle,
            (MARGIN, MARGIN + 30),
            style::LABEL_SIZE,
            MUTED,
            (HPos::Left, VPos::Top),
        )?;
    }
    Ok(())
}

/// A filled rectangle.
pub fn fill<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    rect: Rect,
    colour: RGBColor,
) -> DrawResult<DB> {
    root.draw(&Rectangle::new(
        [(rect.x0, rect.y0), (rect.x1, rect.y1)],
        colour.filled(),
    ))
}

/// A rectangle's outline.
pub fn outline<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    rect: Rect,
    colour: RGBColor,
) -> DrawResult<DB> {
    root.draw(&Rectangle::new(
        [(rect.x0, rect.y0), (rect.x1, rect.y1)],
        colour.stroke_width(1),
    ))
}

/// A straight line.
pub fn line<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    from: (i32, i32),
    to: (i32, i32),
    colour: RGBColor,
    width: u32,
) -> DrawResult<DB> {
    root.draw(&PathElement::new(
        vec![from, to],
        colour.stroke_width(width),
    ))
}

/// Grey with diagonal hatching: the mark of a scenario without a plan.
pub fn hatch<DB: DrawingBackend>(root: &DrawingArea<DB, Shift>, rect: Rect) -> DrawResult<DB> {
    fill(root, rect, style::NO_PLAN)?;
    hatch_lines(root, rect, 10)
}

/// Diagonal lines `gap` pixels apart over `rect`, in the hatching colour.
pub fn hatch_lines<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    rect: Rect,
    gap: i32,
) -> DrawResult<DB> {
    // Lines x - y = c, clipped to the rectangle.
    let mut c = rect.x0 - rect.y1 + gap;
    while c < rect.x1 - rect.y0 {
        let top = rect.y0.max(rect.x0 - c);
        let bottom = rect.y1.min(rect.x1 - c);
        if top < bottom {
            line(
                root,
                (top + c, top),
                (bottom + c, bottom),
                style::NO_PLAN_HATCH,
                1,
            )?;
        }
        c += gap;
    }
    Ok(())
}

/// A dashed red line from `x0` to `x1` at height `y`: a target, or the hours available.
pub fn dashed_target<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    (x0, x1): (i32, i32),
    y: i32,
) -> DrawResult<DB> {
    let mut x = x0;
    while x < x1 {
        line(root, (x, y), ((x + 7).min(x1), y), style::TARGET, 2)?;
        x += 11;
    }
    Ok(())
}

/// A legend entry: a colour swatch and its label, starting at `x`, centred on `y`. Returns the
/// x just after the entry.
pub fn swatch<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    at: (i32, i32),
    colour: RGBColor,
    label: &str,
) -> Result<i32, DrawingAreaErrorKind<DB::ErrorType>> {
    legend_entry(root, at, label, |rect| fill(root, rect, colour))
}

/// A legend entry for a scenario without a plan: a hatched swatch and its label.
pub fn hatched_swatch<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    at: (i32, i32),
    label: &str,
) -> Result<i32, DrawingAreaErrorKind<DB::ErrorType>> {
    legend_entry(root, at, label, |rect| hatch(root, rect))
}

/// A 14-pixel swatch painted by `paint`, outlined, then `label`; returns the x after it.
fn legend_entry<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    (x, y): (i32, i32),
    label: &str,
    paint: impl FnOnce(Rect) -> DrawResult<DB>,
) -> Result<i32, DrawingAreaErrorKind<DB::ErrorType>> {
    let size = 14;
    let rect = Rect {
        x0: x,
        y0: y - size / 2,
        x1: x + size,
        y1: y + size / 2,
    };
    paint(rect)?;
    outline(root, rect, AXIS)?;
    text(
        root,
        label,
        (x + size + 6, y),
        TICK_SIZE,
        INK,
        (HPos::Left, VPos::Center),
    )?;
    Ok(x + size + 6 + style::text_width(label, TICK_SIZE))
}

/// A vertical value axis on the left of `plot`: grid lines at `ticks`, tick labels formatted by
/// `format`, and the unit written above the axis.
pub fn value_axis_left<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    plot: Rect,
    ticks: &[f64],
    format: &dyn Fn(f64) -> String,
    unit: &str,
) -> DrawResult<DB> {
    let scale = vertical_scale(plot, ticks);
    for &tick in ticks {
        let y = scale.px(tick);
        line(root, (plot.x0, y), (plot.x1, y), GRID, 1)?;
        line(root, (plot.x0 - 5, y), (plot.x0, y), AXIS, 1)?;
        text(
            root,
            &format(tick),
            (plot.x0 - 8, y),
            TICK_SIZE,
            INK,
            (HPos::Right, VPos::Center),
        )?;
    }
    line(root, (plot.x0, plot.y0), (plot.x0, plot.y1), AXIS, 1)?;
    line(root, (plot.x0, plot.y1), (plot.x1, plot.y1), AXIS, 1)?;
    if !unit.is_empty() {
        text(
            root,
            unit,
            (plot.x0, plot.y0 - 12),
            TICK_SIZE,
            MUTED,
            (HPos::Right, VPos::Bottom),
        )?;
    }
    Ok(())
}

/// The scale of a vertical axis over `plot` with these ticks (0 at the bottom).
pub fn vertical_scale(plot: Rect, ticks: &[f64]) -> Scale {
    Scale {
        max: ticks.last().copied().unwrap_or(1.0),
        from: plot.y1,
        to: plot.y0,
    }
}

/// A horizontal value axis below `plot`: grid lines at `ticks`, tick labels, and the unit at
/// the right end.
pub fn value_axis_bottom<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    plot: Rect,
    ticks: &[f64],
    format: &dyn Fn(f64) -> String,
    unit: &str,
) -> DrawResult<DB> {
    let scale = horizontal_scale(plot, ticks);
    for &tick in ticks {
        let x = scale.px(tick);
        line(root, (x, plot.y0), (x, plot.y1), GRID, 1)?;
        line(root, (x, plot.y1), (x, plot.y1 + 5), AXIS, 1)?;
        text(
            root,
            &format(tick),
            (x, plot.y1 + 8),
            TICK_SIZE,
            INK,
            (HPos::Center, VPos::Top),
        )?;
    }
    line(root, (plot.x0, plot.y1), (plot.x1, plot.y1), AXIS, 1)?;
    if !unit.is_empty() {
        text(
            root,
            unit,
            (plot.x1, plot.y1 + 8 + LINE_HEIGHT + 4),
            TICK_SIZE,
            MUTED,
            (HPos::Right, VPos::Top),
        )?;
    }
    Ok(())
}

/// The scale of a horizontal axis over `plot` with these ticks (0 at the left).
pub fn horizontal_scale(plot: Rect, ticks: &[f64]) -> Scale {
    Scale {
        max: ticks.last().copied().unwrap_or(1.0),
        from: plot.x0,
        to: plot.x1,
    }
}

/// A percentage axis (0–100% in quarters) under `plot`; returns its scale.
pub fn share_axis<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    plot: Rect,
    tr: &Tr,
) -> Result<Scale, DrawingAreaErrorKind<DB::ErrorType>> {
    let ticks = [0.0, 0.25, 0.5, 0.75, 1.0];
    value_axis_bottom(root, plot, &ticks, &|t| tr.percent(t, 0), "")?;
    Ok(horizontal_scale(plot, &ticks))
}

/// A horizontal bar from `x0` to `share` on `scale`, between `y0` and `y1`, in `colour`, with
/// the share as a percentage just after its end.
pub fn share_bar<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    scale: &Scale,
    x0: i32,
    (y0, y1): (i32, i32),
    share: f64,
    colour: RGBColor,
    tr: &Tr,
) -> DrawResult<DB> {
    let bar = Rect {
        x0,
        y0,
        x1: scale.px(share),
        y1,
    };
    if bar.x1 > bar.x0 {
        fill(root, bar, colour)?;
    }
    text(
        root,
        &tr.percent(share, 0),
        (bar.x1.max(x0) + 6, (y0 + y1) / 2),
        TICK_SIZE,
        INK,
        (HPos::Left, VPos::Center),
    )
}

/// Width of the widest tick label.
pub fn widest(labels: impl IntoIterator<Item = String>, size: f64) -> i32 {
    labels
        .into_iter()
        .map(|l| style::text_width(&l, size))
        .max()
        .unwrap_or(0)
}

/// What to write where a scenario has no plan: `infeasible`, or `no plan found` (time limit).
pub fn no_plan_label(result: &ScenarioResult) -> String {
    let tr = result.lang.tr();
    match result.status {
        SolveStatus::Infeasible => t!(tr, "chart-infeasible"),
        _ => t!(tr, "chart-no-plan-found"),
    }
}

/// A white box with a short note, centred at `at` (used over hatching and empty bars).
pub fn note<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    label: &str,
    at: (i32, i32),
) -> DrawResult<DB> {
    let width = style::text_width(label, style::SMALL_SIZE) + 8;
    let rect = Rect {
        x0: at.0 - width / 2,
        y0: at.1 - 10,
        x1: at.0 + width / 2,
        y1: at.1 + 10,
    };
    fill(root, rect, WHITE)?;
    outline(root, rect, style::NO_PLAN_HATCH)?;
    text(
        root,
        label,
        at,
        style::SMALL_SIZE,
        MUTED,
        (HPos::Center, VPos::Center),
    )
}
