//! Chart "What more <money> buys – <scenario>": the efficient frontier of a scenario as a
//! staircase, the most weighted impact a plan reaches (y) for each amount of the counted money
//! (x). Each frontier point is a numbered dot (the numbers of `frontier.csv` and `frontier.md`);
//! the scenario's own plan is ringed in red and labelled "this plan".
//!
//! Both axes start at 0 unless the values sit far from it, so a small step is not blown up into
//! a cliff. The chart draws what a [`Frontier`] holds; it traces nothing.

mod axis;

use crate::analyse::frontier::Frontier;
use crate::error::OutputResult as Result;
use crate::i18n::Tr;
use crate::plot::parts::{self, Rect};
use crate::plot::render::{render, DrawResult, Figure};
use crate::plot::style::{self, INK, LINE_HEIGHT, MARGIN, MUTED, SMALL_SIZE, TICK_SIZE};
use crate::plot::Chart;
use crate::t;
use axis::Axis;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// File stem of the chart (`charts/frontier.svg` and `.png`).
pub const NAME: &str = "frontier";

/// Colour of the staircase and its dots.
const LINE: RGBColor = RGBColor(0x1f, 0x4e, 0x79);
/// Colour of the flat run after the last point (more money buys nothing more).
const FLAT: RGBColor = RGBColor(0x9d, 0xb3, 0xc8);
/// Background left of the first point, where no plan keeps every rule.
const NO_PLAN_BAND: RGBColor = RGBColor(0xf2, 0xf2, 0xf2);
/// Colour of the marker of the scenario's own plan.
const CURRENT: RGBColor = style::TARGET;

/// Width of the canvas (wider only for a long title).
const WIDTH: i32 = 1000;
/// Widest the canvas gets for a long title; longer titles are cut.
const MAX_WIDTH: i32 = 1400;
/// Height of the plotting area.
const PLOT_HEIGHT: i32 = 400;
/// Radius of a frontier dot.
const DOT: i32 = 6;
/// Radius of the ring around the scenario's own plan.
const RING: i32 = 12;

/// "What more own money buys – Baseline": the chart's title, in the frontier's language.
pub fn title(frontier: &Frontier) -> String {
    t!(
        frontier.lang.tr(),
        "chart-frontier-title",
        money = &frontier.money_label,
        scenario = &frontier.scenario
    )
}

/// "Own money used (EUR)": the title of the money axis, also a column heading of the reports.
pub fn money_axis_title(frontier: &Frontier) -> String {
    t!(
        frontier.lang.tr(),
        "chart-frontier-money-axis",
        money = style::humanise(&frontier.money_label)
    )
}

/// "Weighted impact (points)": the title of the impact axis, also a column heading of the
/// reports.
pub fn impact_axis_title(frontier: &Frontier) -> String {
    t!(frontier.lang.tr(), "chart-frontier-impact-axis")
}

/// Renders the chart of `frontier` (an empty frontier draws empty axes and a note).
pub fn frontier_chart(frontier: &Frontier) -> Result<Chart> {
    render(NAME, &title(frontier), &FrontierChart { frontier })
}

/// The chart: a frontier and how to lay it out.
struct FrontierChart<'f> {
    frontier: &'f Frontier,
}

/// Impact as a tick or point label: whole points unless the ticks are finer than 1.
fn points(tr: &Tr, value: f64, step: f64) -> String {
    if step >= 1.0 {
        tr.number(value, 0)
    } else {
        tr.number(value, 2)
    }
}

struct Layout {
    width: i32,
    title: String,
    subtitle: String,
    money: Axis,
    impact: Axis,
    plot: Rect,
    caption: Vec<String>,
    /// Top of the first caption line, below the money axis title.
    caption_top: i32,
    height: i32,
}

impl FrontierChart<'_> {
    fn layout(&self) -> Layout {
        let f = self.frontier;
        let tr = f.lang.tr();
        let full_title = title(f);
        // The title is bold, wider than the regular text `style` measures: the canvas widens
        // for its bold width, and a title still too wide is cut.
        let regular = style::text_width(&full_title, style::TITLE_SIZE).max(1);
        let bold = style::bold_width(&full_title, style::TITLE_SIZE).max(regular);
        let width = (bold + 2 * MARGIN + 8).clamp(WIDTH, MAX_WIDTH);
        let inner = width - 2 * MARGIN;
        let title = style::truncate_bold(&full_title, style::TITLE_SIZE, inner);
        let subtitle = if f.method == "grid" {
            t!(tr, "chart-frontier-subtitle-grid")
        } else {
            t!(tr, "chart-frontier-subtitle-exact")
        };
        let subtitle = style::truncate(&subtitle, style::LABEL_SIZE, inner);

        let values = f
            .points
            .iter()
            .map(|p| (p.money_eur, p.impact))
            .chain(f.current);
        let (mut money_min, mut money_max) = (f64::INFINITY, f64::NEG_INFINITY);
        let (mut impact_min, mut impact_max) = (f64::INFINITY, f64::NEG_INFINITY);
        for (m, i) in values {
            money_min = money_min.min(m);
            money_max = money_max.max(m);
            impact_min = impact_min.min(i);
            impact_max = impact_max.max(i);
        }
        let money = Axis::covering(money_min, money_max);
        let impact = Axis::covering(impact_min, impact_max);
        let tick_labels = impact.ticks.iter().map(|&t| points(tr, t, impact.step()));
        let y_labels = parts::widest(tick_labels, TICK_SIZE);

        let x0 = MARGIN + y_labels.max(40) + 14;
        // Legend row, then room for the impact axis title above the plot.
        let y0 = MARGIN + style::HEADER_HEIGHT + 24 + 2 * LINE_HEIGHT + 10;
        // Half the last money label may stick out right of the plot.
        let last_money = money.ticks.last().copied().unwrap_or(0.0);
        let overhang = style::text_width(&style::eur(tr, last_money), TICK_SIZE) / 2;
        let plot = Rect {
            x0,
            y0,
            x1: width - MARGIN - overhang.max(10),
            y1: y0 + PLOT_HEIGHT,
        };
        let caption = if f.method == "grid" {
            t!(tr, "chart-frontier-caption-grid")
        } else {
            t!(
                tr,
                "chart-frontier-caption-exact",
                step = points(tr, f.step, f.step)
            )
        };
        let caption = style::wrap(&caption, TICK_SIZE, inner, 4);
        let caption_top = plot.y1 + 8 + LINE_HEIGHT + 8 + LINE_HEIGHT + 16;
        let height = caption_top + caption.len() as i32 * LINE_HEIGHT + MARGIN;
        Layout {
            width,
            title,
            subtitle,
            money,
            impact,
            plot,
            caption,
            caption_top,
            height,
        }
    }
}

/// Pixel positions of values on the plot.
struct Place<'l> {
    layout: &'l Layout,
}

impl Place<'_> {
    fn at(&self, (money, impact): (f64, f64)) -> (i32, i32) {
        let l = self.layout;
        let x = parts::horizontal_scale(l.plot, &l.money.shifted()).px(money - l.money.lo);
        let y = parts::vertical_scale(l.plot, &l.impact.shifted()).px(impact - l.impact.lo);
        (x, y)
    }
}

/// Whether two rectangles overlap.
fn overlaps(a: Rect, b: Rect) -> bool {
    a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1
}

/// A rectangle around the segment from `a` to `b` (horizontal or vertical), `pad` pixels wide.
fn around((ax, ay): (i32, i32), (bx, by): (i32, i32), pad: i32) -> Rect {
    Rect {
        x0: ax.min(bx) - pad,
        y0: ay.min(by) - pad,
        x1: ax.max(bx) + pad,
        y1: ay.max(by) + pad,
    }
}

impl Figure for FrontierChart<'_> {
    fn size(&self) -> (u32, u32) {
        let layout = self.layout();
        (layout.width as u32, layout.height as u32)
    }

    fn draw<DB: DrawingBackend>(&self, root: &DrawingArea<DB, Shift>) -> DrawResult<DB> {
        let f = self.frontier;
        let tr = f.lang.tr();
        let layout = self.layout();
        let plot = layout.plot;
        parts::header(root, &layout.title, &layout.subtitle)?;
        self.legend(root, MARGIN + style::HEADER_HEIGHT + 8)?;

        let place = Place { layout: &layout };
        if let Some(first) = f.points.first() {
            // Left of the first point no plan keeps every rule.
            let (x, _) = place.at((first.money_eur, first.impact));
            if x > plot.x0 {
                let band = Rect { x1: x, ..plot };
                parts::fill(root, band, NO_PLAN_BAND)?;
            }
        }

        // Axes, with their titles in words.
        let step = layout.impact.step();
        let (money_lo, impact_lo) = (layout.money.lo, layout.impact.lo);
        parts::value_axis_left(
            root,
            plot,
            &layout.impact.shifted(),
            &|v| points(tr, v + impact_lo, step),
            "",
        )?;
        parts::value_axis_bottom(
            root,
            plot,
            &layout.money.shifted(),
            &|v| style::eur(tr, v + money_lo),
            "",
        )?;
        parts::text(
            root,
            &impact_axis_title(f),
            (MARGIN, plot.y0 - 16),
            style::LABEL_SIZE,
            INK,
            (HPos::Left, VPos::Bottom),
        )?;
        parts::text(
            root,
            &money_axis_title(f),
            ((plot.x0 + plot.x1) / 2, plot.y1 + 8 + LINE_HEIGHT + 8),
            style::LABEL_SIZE,
            INK,
            (HPos::Center, VPos::Top),
        )?;
        for (i, line) in layout.caption.iter().enumerate() {
            parts::text(
                root,
                line,
                (MARGIN, layout.caption_top + i as i32 * LINE_HEIGHT),
                TICK_SIZE,
                MUTED,
                (HPos::Left, VPos::Top),
            )?;
        }

        if f.points.is_empty() {
            return parts::note(root, &t!(tr, "chart-frontier-no-plan"), plot.centre());
        }
        let dots: Vec<(i32, i32)> = f
            .points
            .iter()
            .map(|p| place.at((p.money_eur, p.impact)))
            .collect();

        // The staircase: from each point along at its impact to the next point's money, then
        // up; after the last point, flat to the end of the axis.
        let mut path = vec![dots[0]];
        for pair in dots.windows(2) {
            path.push((pair[1].0, pair[0].1));
            path.push(pair[1]);
        }
        let last = *dots.last().expect("a point");
        let flat = (plot.x1, last.1);
        if let Some(current) = f.current {
            ring(root, place.at(current))?;
        }
        parts::line(root, last, flat, FLAT, 3)?;
        root.draw(&PathElement::new(path.clone(), LINE.stroke_width(3)))?;

        // What a label must not cover: the line, the dots, and labels already placed.
        let mut taken: Vec<Rect> = path
            .windows(2)
            .map(|s| around(s[0], s[1], 3))
            .chain([around(last, flat, 3)])
            .chain(dots.iter().map(|&d| around(d, d, DOT + 2)))
            .collect();
        if let Some(current) = f.current {
            taken.push(around(place.at(current), place.at(current), RING + 2));
        }

        for &(x, y) in &dots {
            root.draw(&Circle::new((x, y), DOT, WHITE.filled()))?;
            root.draw(&Circle::new((x, y), DOT - 1, LINE.filled()))?;
        }
        // Point numbers above left of their dot (the line leaves a dot downwards and to the
        // right), else above right; skipped where none fits.
        for (i, &(x, y)) in dots.iter().enumerate() {
            let label = (i + 1).to_string();
            let w = style::text_width(&label, TICK_SIZE);
            let h = LINE_HEIGHT;
            // Near the dot, then clear of the ring when this is the scenario's own plan.
            let spots = [(10, -1), (10, 1), (RING + 6, -1), (RING + 6, 1)].map(|(d, side)| {
                let x0 = if side < 0 { x - d - w } else { x + d };
                Rect {
                    x0,
                    y0: y - d - h,
                    x1: x0 + w,
                    y1: y - d,
                }
            });
            if let Some(spot) = spots.into_iter().find(|s| fits(*s, plot, &taken)) {
                parts::bold(root, &label, (spot.x0, spot.y0), TICK_SIZE)?;
                taken.push(spot);
            }
        }

        if let Some((money, impact)) = f.current {
            self.current_marker(root, &layout, &taken, place.at((money, impact)))?;
        }
        Ok(())
    }
}

/// Whether `spot` lies inside `plot` and clear of everything `taken`.
fn fits(spot: Rect, plot: Rect, taken: &[Rect]) -> bool {
    spot.x0 >= plot.x0 + 2
        && spot.x1 <= plot.x1
        && spot.y0 >= plot.y0 - 8
        && spot.y1 <= plot.y1 - 2
        && !taken.iter().any(|t| overlaps(spot, *t))
}

impl FrontierChart<'_> {
    /// The legend row: the staircase, a frontier point, the flat run, and this plan.
    fn legend<DB: DrawingBackend>(&self, root: &DrawingArea<DB, Shift>, y: i32) -> DrawResult<DB> {
        let tr = self.frontier.lang.tr();
        let mut x = MARGIN;
        parts::line(root, (x, y), (x + 30, y), LINE, 3)?;
        root.draw(&Circle::new((x + 15, y), DOT - 1, LINE.filled()))?;
        x = legend_label(root, x + 38, y, &t!(tr, "chart-frontier-legend-line"))?;
        parts::line(root, (x + 24, y), (x + 54, y), FLAT, 3)?;
        x = legend_label(root, x + 62, y, &t!(tr, "chart-frontier-legend-flat"))?;
        ring(root, (x + 24 + RING, y))?;
        legend_label(
            root,
            x + 24 + 2 * RING + 8,
            y,
            &t!(tr, "chart-frontier-legend-current"),
        )?;
        Ok(())
    }

    /// The red ring around the scenario's own plan, and its label where it fits best.
    fn current_marker<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        layout: &Layout,
        taken: &[Rect],
        (x, y): (i32, i32),
    ) -> DrawResult<DB> {
        let tr = self.frontier.lang.tr();
        let (money, impact) = self.frontier.current.expect("a current plan");
        let detail = t!(
            tr,
            "chart-frontier-current-detail",
            money = style::eur(tr, money),
            impact = points(tr, impact, layout.impact.step())
        );
        let this_plan = t!(tr, "chart-frontier-this-plan");
        let w = style::bold_width(&this_plan, style::LABEL_SIZE)
            .max(style::text_width(&detail, SMALL_SIZE))
            + 4;
        let h = LINE_HEIGHT + 2 + LINE_HEIGHT;
        let gap = RING + 10;
        // Below right, below left, above left, above right, further below left, further left.
        let spots = [
            (x + gap, y + gap),
            (x - gap - w, y + gap),
            (x - gap - w, y - gap - h),
            (x + gap, y - gap - h),
            (x - gap - w, y + 3 * gap),
            (x - 3 * gap - w, y + gap),
        ]
        .map(|(x0, y0)| Rect {
            x0,
            y0,
            x1: x0 + w,
            y1: y0 + h,
        });
        let spot = spots
            .iter()
            .copied()
            .find(|s| fits(*s, layout.plot, taken))
            .unwrap_or(spots[1]);
        // A leader from the ring to the nearest corner of the label.
        let corner = (
            if spot.x0 > x { spot.x0 } else { spot.x1 },
            if spot.y0 > y { spot.y0 } else { spot.y1 },
        );
        let dx = f64::from(corner.0 - x);
        let dy = f64::from(corner.1 - y);
        let length = (dx * dx + dy * dy).sqrt().max(1.0);
        let start = (
            x + (dx / length * f64::from(RING + 2)).round() as i32,
            y + (dy / length * f64::from(RING + 2)).round() as i32,
        );
        parts::line(root, start, corner, CURRENT, 1)?;
        let anchor_x = if spot.x0 > x {
            spot.x0 + 2
        } else {
            spot.x1 - 2
        };
        let h_pos = if spot.x0 > x { HPos::Left } else { HPos::Right };
        root.draw(&Text::new(
            this_plan,
            (anchor_x, spot.y0),
            style::bold_font(style::LABEL_SIZE)
                .color(&CURRENT)
                .pos(plotters::style::text_anchor::Pos::new(h_pos, VPos::Top)),
        ))?;
        parts::text(
            root,
            &detail,
            (anchor_x, spot.y0 + LINE_HEIGHT + 2),
            SMALL_SIZE,
            INK,
            (h_pos, VPos::Top),
        )
    }
}

/// The red ring that marks the scenario's own plan, centred at `at` (two filled discs: a
/// stroked circle looks ragged in the PNG).
fn ring<DB: DrawingBackend>(root: &DrawingArea<DB, Shift>, at: (i32, i32)) -> DrawResult<DB> {
    root.draw(&Circle::new(at, RING + 1, CURRENT.filled()))?;
    root.draw(&Circle::new(at, RING - 2, WHITE.filled()))
}

/// A legend label at `x`, centred on `y`; returns the x after it.
fn legend_label<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    x: i32,
    y: i32,
    label: &str,
) -> Result<i32, DrawingAreaErrorKind<DB::ErrorType>> {
    parts::text(
        root,
        label,
        (x, y),
        TICK_SIZE,
        INK,
        (HPos::Left, VPos::Center),
    )?;
    Ok(x + style::text_width(label, TICK_SIZE))
}

#[cfg(test)]
mod tests;
