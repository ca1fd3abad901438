//! Chart "When each funded action runs": a Gantt chart of the funded actions over the periods,
//! one horizontal bar per action from the first to the last period it costs money or needs
//! staff hours in, grouped in bands by owner (or, when no funded action has an owner, by goal).
//!
//! Each bar is in the colour of its main payer (the same colour the source has in every chart);
//! where the optimiser moved an action later than written, a hatched, dashed ghost stands at its
//! written place with an arrow to the bar and "+1 year" on it; a red bracket marks a deadline.
//! Each row carries the action's name and, under it, its id. Period labels are written above and
//! below the bars, so a tall chart on a wall reads from either end.

use super::parts::{self, Rect};
use super::payers::payers;
use super::render::{render, DrawResult, Figure};
use super::style::{self, INK, LABEL_SIZE, MARGIN, MUTED, SMALL_SIZE, TICK_SIZE};
use super::Chart;
use crate::error::OutputResult as Result;
use crate::i18n::Tr;
use crate::result::ScenarioResult;
use crate::t;
use crate::view::timeline::{Grouping, Row, Timeline};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// Title of the chart.
pub fn title(tr: &Tr) -> String {
    t!(tr, "chart-timeline-title")
}

/// The chart data.
#[derive(Debug, Clone)]
pub struct Gantt {
    /// The language of its words.
    pub tr: &'static Tr,
    /// Scenario name.
    pub scenario: String,
    /// The timeline drawn.
    pub timeline: Timeline,
    /// Every payer's id, name and colour (sources, then partners, as in every chart).
    pub payers: Vec<(String, String, RGBColor)>,
}

/// Height of an action's row (its name and id on two lines).
const ROW: i32 = 44;
/// Thickness of a bar.
const BAR: i32 = 26;
/// Height of a band's heading.
const BAND: i32 = 34;
/// Height of the period labels above and below the bars.
const PERIOD_ROW: i32 = 32;
/// Widest action name before it is cut with "…".
const NAME_WIDTH: i32 = 440;
/// Width the periods share, before each period is held between [`MIN_COLUMN`] and
/// [`MAX_COLUMN`].
const PLOT_WIDTH: i32 = 720;
/// Narrowest period column.
const MIN_COLUMN: i32 = 110;
/// Widest period column.
const MAX_COLUMN: i32 = 240;
/// Vertical distance between legend lines.
const LEGEND_STEP: i32 = 26;
/// A period column on every other period, to read a bar's years down the chart.
const ZEBRA: RGBColor = RGBColor(0xf3, 0xf5, 0xf8);
/// The background of a band's heading.
const BAND_FILL: RGBColor = RGBColor(0xe4, 0xea, 0xf1);

/// The chart data for `result`.
pub fn figure(result: &ScenarioResult) -> Gantt {
    Gantt {
        tr: result.lang.tr(),
        scenario: crate::view::scenario_label(result),
        timeline: Timeline::of(result),
        payers: payers([result])
            .into_iter()
            .map(|p| (p.id, p.name, p.colour))
            .collect(),
    }
}

/// The chart, when it has something to show: a plan over more than one period with an action
/// funded.
pub fn chart(result: &ScenarioResult) -> Result<Option<Chart>> {
    let figure = figure(result);
    if !figure.timeline.worth_showing() {
        return Ok(None);
    }
    render("timeline", &title(result.lang.tr()), &figure).map(Some)
}

/// An entry of the legend.
#[derive(Debug, Clone)]
enum Entry {
    /// "Main payer:" before the payers' colours.
    Heading(String),
    /// A payer's colour (or grey for actions nobody pays).
    Colour(RGBColor, String),
    /// The ghost of a written start.
    Ghost(String),
    /// The deadline bracket.
    Deadline(String),
}

impl Entry {
    fn width(&self) -> i32 {
        match self {
            Entry::Heading(label) => style::text_width(label, TICK_SIZE),
            Entry::Colour(_, label) | Entry::Ghost(label) | Entry::Deadline(label) => {
                20 + style::text_width(label, TICK_SIZE)
            }
        }
    }
}

/// What one line of the chart is, top to bottom.
#[derive(Debug, Clone, Copy)]
enum Line {
    /// A band's heading (index into the groups).
    Band(usize),
    /// An action (index into the timeline's rows).
    Action(usize),
}

struct Layout {
    legend: Vec<Vec<Entry>>,
    names: Vec<String>,
    lines: Vec<(Line, i32)>,
    labels: Vec<String>,
    plot: Rect,
    column: i32,
    size: (u32, u32),
}

impl Gantt {
    fn colour_of(&self, row: &Row) -> RGBColor {
        row.main_payer()
            .and_then(|m| self.payers.iter().find(|(id, _, _)| *id == m.id))
            .map_or(style::NEUTRAL, |(_, _, colour)| *colour)
    }

    /// Whether the rows are drawn in bands: not when there is only the band of the rows with no
    /// owner (or goal), which would group nothing.
    fn banded(&self) -> bool {
        !matches!(self.timeline.groups().as_slice(), [only] if only.key.is_none())
    }

    fn subtitle(&self) -> String {
        let tr = self.tr;
        if !self.banded() {
            return t!(
                tr,
                "chart-timeline-subtitle-plain",
                scenario = &self.scenario
            );
        }
        match self.timeline.grouping {
            Grouping::Owner => t!(
                tr,
                "chart-timeline-subtitle-owner",
                scenario = &self.scenario
            ),
            Grouping::Goal => t!(
                tr,
                "chart-timeline-subtitle-goal",
                scenario = &self.scenario
            ),
        }
    }

    /// The legend's entries: the main payers' colours in payer order, then the marks used.
    fn entries(&self) -> Vec<Entry> {
        let tr = self.tr;
        let rows = &self.timeline.rows;
        let mut entries = vec![Entry::Heading(t!(tr, "chart-timeline-main-payer"))];
        for (id, name, colour) in &self.payers {
            if rows
                .iter()
                .any(|r| r.main_payer().is_some_and(|m| m.id == *id))
            {
                let name = style::truncate(name, TICK_SIZE, 330);
                entries.push(Entry::Colour(*colour, name));
            }
        }
        if rows.iter().any(|r| r.main_payer().is_none()) {
            entries.push(Entry::Colour(
                style::NEUTRAL,
                t!(tr, "chart-timeline-nobody-pays"),
            ));
        }
        if rows.iter().any(|r| r.delay > 0) {
            entries.push(Entry::Ghost(t!(tr, "chart-timeline-written")));
        }
        if rows.iter().any(|r| r.deadline.is_some()) {
            entries.push(Entry::Deadline(t!(tr, "chart-timeline-deadline")));
        }
        entries
    }

    fn layout(&self) -> Layout {
        let tr = self.tr;
        let timeline = &self.timeline;
        let n = timeline.periods.len().max(1) as i32;
        let column = (PLOT_WIDTH / n).clamp(MIN_COLUMN, MAX_COLUMN);
        let labels: Vec<String> = timeline
            .periods
            .iter()
            .map(|p| style::truncate(p, LABEL_SIZE, column - 8))
            .collect();
        let names: Vec<String> = timeline
            .rows
            .iter()
            .map(|r| style::truncate(&r.name, LABEL_SIZE, NAME_WIDTH))
            .collect();
        let groups = timeline.groups();
        let band_labels = groups.iter().map(|g| timeline.group_label(tr, g));
        let name_width = names
            .iter()
            .map(|n| style::text_width(n, LABEL_SIZE))
            .chain(
                timeline
                    .rows
                    .iter()
                    .map(|r| style::text_width(&r.action, SMALL_SIZE)),
            )
            .max()
            .unwrap_or(0)
            .clamp(160, NAME_WIDTH);
        let x0 = MARGIN + name_width + 20;
        let plot_width = column * n;
        let width = (x0 + plot_width + MARGIN)
            .max(2 * MARGIN + style::text_width(&self.subtitle(), LABEL_SIZE))
            .max(2 * MARGIN + style::bold_width(&title(tr), style::TITLE_SIZE))
            .max(
                2 * MARGIN
                    + band_labels
                        .map(|l| style::bold_width(&l, LABEL_SIZE) + 12)
                        .max()
                        .unwrap_or(0),
            );

        // The legend, wrapped into lines as wide as the chart.
        let mut legend: Vec<Vec<Entry>> = vec![Vec::new()];
        let mut x = 0;
        for entry in self.entries() {
            let w = entry.width();
            let line = legend.last_mut().expect("a line");
            if !line.is_empty() && x + w > width - 2 * MARGIN {
                legend.push(vec![entry]);
                x = w + 24;
            } else {
                line.push(entry);
                x += w + 24;
            }
        }

        let top = MARGIN + style::HEADER_HEIGHT + legend.len() as i32 * LEGEND_STEP + 8;
        let mut y = top + PERIOD_ROW;
        let mut lines = Vec::new();
        let banded = self.banded();
        for (g, group) in groups.iter().enumerate() {
            if banded {
                lines.push((Line::Band(g), y));
                y += BAND;
            }
            for &r in &group.rows {
                lines.push((Line::Action(r), y));
                y += ROW;
            }
        }
        let plot = Rect {
            x0,
            y0: top + PERIOD_ROW,
            x1: x0 + plot_width,
            y1: y,
        };
        let height = plot.y1 + PERIOD_ROW + MARGIN;
        Layout {
            legend,
            names,
            lines,
            labels,
            plot,
            column,
            size: (width as u32, height as u32),
        }
    }
}

impl Figure for Gantt {
    fn size(&self) -> (u32, u32) {
        self.layout().size
    }

    fn draw<DB: DrawingBackend>(&self, root: &DrawingArea<DB, Shift>) -> DrawResult<DB> {
        let layout = self.layout();
        let tr = self.tr;
        let plot = layout.plot;
        let right = layout.size.0 as i32 - MARGIN;
        parts::header(root, &title(tr), &self.subtitle())?;
        draw_legend(root, &layout.legend)?;

        // Every other period shaded, the period labels above and below.
        for (p, label) in layout.labels.iter().enumerate() {
            let x0 = plot.x0 + p as i32 * layout.column;
            let column = Rect {
                x0,
                y0: plot.y0,
                x1: x0 + layout.column,
                y1: plot.y1,
            };
            if p % 2 == 1 {
                parts::fill(root, column, ZEBRA)?;
            }
            let centre = column.centre().0;
            for y in [plot.y0 - PERIOD_ROW / 2, plot.y1 + PERIOD_ROW / 2] {
                label_text(root, label, (centre, y))?;
            }
        }

        let groups = self.timeline.groups();
        for &(line, y) in &layout.lines {
            match line {
                Line::Band(g) => {
                    let band = Rect {
                        x0: MARGIN,
                        y0: y + 4,
                        x1: right,
                        y1: y + BAND - 2,
                    };
                    parts::fill(root, band, BAND_FILL)?;
                    let label = self.timeline.group_label(tr, &groups[g]);
                    parts::bold(root, &label, (MARGIN + 8, band.centre().1 - 9), LABEL_SIZE)?;
                }
                Line::Action(r) => {
                    let row = &self.timeline.rows[r];
                    self.draw_row(root, &layout, row, &layout.names[r], y)?;
                    parts::line(root, (MARGIN, y + ROW), (plot.x1, y + ROW), style::GRID, 1)?;
                }
            }
        }
        // Period boundaries over everything, and the plot's frame.
        for p in 0..=self.timeline.periods.len() as i32 {
            let x = plot.x0 + p * layout.column;
            parts::line(root, (x, plot.y0), (x, plot.y1), style::AXIS, 1)?;
        }
        parts::line(root, (plot.x0, plot.y0), (plot.x1, plot.y0), style::AXIS, 1)?;
        parts::line(root, (plot.x0, plot.y1), (plot.x1, plot.y1), style::AXIS, 1)?;
        Ok(())
    }
}

impl Gantt {
    /// One action's row: its name and id on the left, its ghost, bar, move and deadline.
    fn draw_row<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        layout: &Layout,
        row: &Row,
        name: &str,
        y: i32,
    ) -> DrawResult<DB> {
        let tr = self.tr;
        let plot = layout.plot;
        let label_x = plot.x0 - 14;
        // The id under the name, unless the name is the id.
        let (name_y, id) = if row.name == row.action {
            (y + ROW / 2, None)
        } else {
            (y + 15, Some(&row.action))
        };
        parts::text(
            root,
            name,
            (label_x, name_y),
            LABEL_SIZE,
            INK,
            (HPos::Right, VPos::Center),
        )?;
        if let Some(id) = id {
            parts::text(
                root,
                id,
                (label_x, y + 32),
                SMALL_SIZE,
                MUTED,
                (HPos::Right, VPos::Center),
            )?;
        }
        let span = |(first, last): (usize, usize)| Rect {
            x0: plot.x0 + first as i32 * layout.column + 4,
            y0: y + (ROW - BAR) / 2,
            x1: plot.x0 + (last as i32 + 1) * layout.column - 4,
            y1: y + (ROW + BAR) / 2,
        };
        let Some(runs) = row.runs else {
            return parts::text(
                root,
                &t!(tr, "chart-timeline-no-periods"),
                (plot.x0 + 8, y + ROW / 2),
                TICK_SIZE,
                MUTED,
                (HPos::Left, VPos::Center),
            );
        };
        let bar = span(runs);
        if let (Some(written), true) = (row.written, row.delay > 0) {
            ghost(root, span(written))?;
        }
        let colour = self.colour_of(row);
        parts::fill(root, bar, colour)?;
        if let Some(main) = row.main_payer() {
            let share = (main.share < 0.995).then(|| format!(" {}", tr.percent(main.share, 0)));
            let share = share.unwrap_or_default();
            let room = bar.width() - 16 - style::text_width(&share, SMALL_SIZE);
            if room >= 40 {
                let label = format!("{}{share}", style::truncate(&main.name, SMALL_SIZE, room));
                parts::text(
                    root,
                    &label,
                    (bar.x0 + 8, bar.centre().1),
                    SMALL_SIZE,
                    style::ink_on(colour),
                    (HPos::Left, VPos::Center),
                )?;
            }
        }
        if let (Some(written), true) = (row.written, row.delay > 0) {
            let from = span(written).x0;
            moved(root, tr, (from, bar.x0), bar.centre().1, row.delay)?;
        }
        if let Some(deadline) = row.deadline {
            let x = plot.x0 + (deadline as i32 + 1) * layout.column - 2;
            bracket(root, x, (y + 5, y + ROW - 5))?;
        }
        Ok(())
    }
}

/// A period label, bold, centred at `at`.
fn label_text<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    label: &str,
    at: (i32, i32),
) -> DrawResult<DB> {
    let width = style::bold_width(label, LABEL_SIZE);
    parts::bold(root, label, (at.0 - width / 2, at.1 - 9), LABEL_SIZE)
}

/// The legend, line by line under the subtitle.
fn draw_legend<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    legend: &[Vec<Entry>],
) -> DrawResult<DB> {
    for (i, line) in legend.iter().enumerate() {
        let y = MARGIN + style::HEADER_HEIGHT + 6 + i as i32 * LEGEND_STEP;
        let mut x = MARGIN;
        for entry in line {
            let after = match entry {
                Entry::Heading(label) => {
                    parts::text(
                        root,
                        label,
                        (x, y),
                        TICK_SIZE,
                        MUTED,
                        (HPos::Left, VPos::Center),
                    )?;
                    x + style::text_width(label, TICK_SIZE)
                }
                Entry::Colour(colour, label) => parts::swatch(root, (x, y), *colour, label)?,
                Entry::Ghost(label) => {
                    ghost(
                        root,
                        Rect {
                            x0: x,
                            y0: y - 7,
                            x1: x + 14,
                            y1: y + 7,
                        },
                    )?;
                    text_after(root, label, (x + 20, y))?
                }
                Entry::Deadline(label) => {
                    bracket(root, x + 8, (y - 8, y + 8))?;
                    text_after(root, label, (x + 20, y))?
                }
            };
            x = after + 24;
        }
    }
    Ok(())
}

/// `label` from `at`, left-aligned; returns the x after it.
fn text_after<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    label: &str,
    at: (i32, i32),
) -> Result<i32, DrawingAreaErrorKind<DB::ErrorType>> {
    parts::text(root, label, at, TICK_SIZE, INK, (HPos::Left, VPos::Center))?;
    Ok(at.0 + style::text_width(label, TICK_SIZE))
}

/// Where an action was written to run: hatched, with a dashed outline.
fn ghost<DB: DrawingBackend>(root: &DrawingArea<DB, Shift>, rect: Rect) -> DrawResult<DB> {
    parts::fill(root, rect, WHITE)?;
    parts::hatch_lines(root, rect, 8)?;
    let dash = |from: (i32, i32), to: (i32, i32)| dashed(root, from, to);
    dash((rect.x0, rect.y0), (rect.x1, rect.y0))?;
    dash((rect.x0, rect.y1), (rect.x1, rect.y1))?;
    dash((rect.x0, rect.y0), (rect.x0, rect.y1))?;
    dash((rect.x1, rect.y0), (rect.x1, rect.y1))
}

/// A dashed line (horizontal or vertical) in the axis colour.
fn dashed<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    from: (i32, i32),
    to: (i32, i32),
) -> DrawResult<DB> {
    let length = (to.0 - from.0).abs().max((to.1 - from.1).abs());
    let step = |t: i32| {
        (
            from.0 + (to.0 - from.0) * t / length.max(1),
            from.1 + (to.1 - from.1) * t / length.max(1),
        )
    };
    let mut t = 0;
    while t < length {
        parts::line(root, step(t), step((t + 5).min(length)), style::AXIS, 1)?;
        t += 9;
    }
    Ok(())
}

/// The move from the written start (`from`) to the bar (`to`): "+1 year" in a white box and
/// an arrow to the bar, on the line `y`.
fn moved<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    tr: &Tr,
    (from, to): (i32, i32),
    y: i32,
    delay: usize,
) -> DrawResult<DB> {
    let label = t!(tr, "chart-timeline-later", count = delay);
    let width = style::text_width(&label, SMALL_SIZE) + 8;
    let mut arrow_from = from + 6;
    if width + 30 <= to - from {
        let centre = from + 6 + width / 2;
        let rect = Rect {
            x0: centre - width / 2,
            y0: y - 10,
            x1: centre + width / 2,
            y1: y + 10,
        };
        parts::fill(root, rect, WHITE)?;
        parts::outline(root, rect, style::AXIS)?;
        parts::text(
            root,
            &label,
            rect.centre(),
            SMALL_SIZE,
            INK,
            (HPos::Center, VPos::Center),
        )?;
        arrow_from = rect.x1;
    }
    let head = to - 2;
    parts::line(root, (arrow_from, y), (head - 8, y), INK, 2)?;
    root.draw(&Polygon::new(
        vec![(head, y), (head - 9, y - 6), (head - 9, y + 6)],
        INK.filled(),
    ))
}

/// The deadline: a red bracket closing at `x`, from `y0` to `y1`.
fn bracket<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    x: i32,
    (y0, y1): (i32, i32),
) -> DrawResult<DB> {
    parts::line(root, (x, y0), (x, y1), style::TARGET, 3)?;
    parts::line(root, (x - 7, y0), (x, y0), style::TARGET, 3)?;
    parts::line(root, (x - 7, y1), (x, y1), style::TARGET, 3)
}

#[cfg(test)]
mod tests {
    use super::super::testdata;
    use super::*;

    #[test]
    fn renders_the_baseline_with_every_funded_action() {
        let result = testdata::baseline();
        let chart = testdata::check(
            || chart(result).map(|c| c.expect("a multi-year plan")),
            &title(result.lang.tr()),
        );
        for action in &result.selected {
            assert!(chart.svg.contains(&action.action), "{}", action.action);
        }
    }

    #[test]
    fn renders_moved_actions_grouped_by_owner() {
        let result = testdata::timed();
        let chart = testdata::check(
            || chart(result).map(|c| c.expect("a multi-year plan")),
            &title(result.lang.tr()),
        );
        let figure = figure(result);
        assert_eq!(figure.timeline.grouping, Grouping::Owner);
        assert!(figure.timeline.moved().count() > 0, "something moved");
        assert!(chart.svg.contains("+1 year"), "the move is written");
        for action in &result.selected {
            assert!(chart.svg.contains(&action.action), "{}", action.action);
        }
    }

    #[test]
    fn nothing_funded_draws_no_timeline() {
        assert!(chart(&testdata::nothing_funded()).unwrap().is_none());
    }
}
