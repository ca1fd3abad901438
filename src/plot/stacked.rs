//! A stacked bar chart of money by payer, one bar per category (a year, or a scenario), shared
//! by "money by source and year" and "money by source and scenario".
//!
//! The canvas grows with the number of bars and legend entries; category labels are wrapped
//! under their bar, legend names cut with "…", and each bar carries its total in EUR.

use super::parts::{self, Rect};
use super::payers::Payer;
use super::render::{DrawResult, Figure};
use super::style::{self, INK, LINE_HEIGHT, MARGIN, SMALL_SIZE, TICK_SIZE};
use crate::i18n::Tr;
use crate::t;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// One bar.
#[derive(Debug, Clone)]
pub struct Bar {
    /// Label under the bar (wrapped to fit).
    pub label: String,
    /// EUR per payer, in the order of [`Stacked::payers`]; `None` draws a hatched, empty bar.
    pub values: Option<Vec<f64>>,
    /// Note written on an empty bar (`infeasible`).
    pub note: String,
}

/// A stacked bar chart of EUR by payer.
#[derive(Debug, Clone)]
pub struct Stacked {
    /// The language of its words and numbers.
    pub tr: &'static Tr,
    /// Title.
    pub title: String,
    /// Line under the title.
    pub subtitle: String,
    /// Bars, left to right.
    pub bars: Vec<Bar>,
    /// Payers stacked bottom to top (those paying nothing anywhere are left out of the legend).
    pub payers: Vec<Payer>,
}

/// Horizontal room per bar.
const SLOT: i32 = 112;
/// Height of the plotting area.
const PLOT_HEIGHT: i32 = 380;
/// Widest legend name before it is cut.
const LEGEND_WIDTH: i32 = 330;
/// Vertical distance between legend entries.
const LEGEND_STEP: i32 = 24;
/// Most lines of a bar's label.
const LABEL_LINES: usize = 3;

/// Where everything goes, computed once for both backends.
struct Layout {
    plot: Rect,
    ticks: Vec<f64>,
    labels: Vec<Vec<String>>,
    legend: Vec<(usize, String)>,
    legend_x: i32,
    size: (u32, u32),
}

impl Stacked {
    fn layout(&self) -> Layout {
        let totals = self.bars.iter().filter_map(|b| b.values.as_ref());
        let max = totals.map(|v| v.iter().sum::<f64>()).fold(0.0f64, f64::max);
        // Headroom above the tallest bar for its total.
        let ticks = style::ticks(max * 1.08);
        let tick_width = parts::widest(ticks.iter().map(|&t| style::eur(self.tr, t)), TICK_SIZE);

        let n = self.bars.len().max(1) as i32;
        let x0 = MARGIN + tick_width.max(style::text_width("EUR", TICK_SIZE)) + 14;
        let y0 = MARGIN + style::HEADER_HEIGHT + 24;
        let plot_width = (n * SLOT).max(360);
        let slot = plot_width / n;
        let plot = Rect {
            x0,
            y0,
            x1: x0 + plot_width,
            y1: y0 + PLOT_HEIGHT,
        };

        let labels: Vec<Vec<String>> = self
            .bars
            .iter()
            .map(|b| style::wrap(&b.label, TICK_SIZE, slot - 10, LABEL_LINES))
            .collect();
        let label_lines = labels.iter().map(Vec::len).max().unwrap_or(1) as i32;

        let legend: Vec<(usize, String)> = self
            .payers
            .iter()
            .enumerate()
            .filter(|(i, _)| {
                self.bars
                    .iter()
                    .filter_map(|b| b.values.as_ref())
                    .any(|v| v[*i] > 0.0)
            })
            .map(|(i, p)| (i, style::truncate(&p.name, TICK_SIZE, LEGEND_WIDTH)))
            .collect();
        let legend_x = plot.x1 + 36;
        let legend_width = parts::widest(legend.iter().map(|(_, l)| l.clone()), TICK_SIZE);
        let legend_bottom = plot.y0 + 30 + legend.len() as i32 * LEGEND_STEP;
        // The heading, and the line saying nobody pays, have no swatch before them.
        let unswatched = parts::widest(
            std::iter::once(t!(self.tr, "chart-paid-by")).chain(
                legend
                    .is_empty()
                    .then(|| t!(self.tr, "chart-paid-by-nobody")),
            ),
            TICK_SIZE,
        );

        let width = legend_x + (20 + legend_width.max(180)).max(unswatched) + MARGIN;
        let height = (plot.y1 + 14 + label_lines * LINE_HEIGHT).max(legend_bottom) + MARGIN;
        Layout {
            plot,
            ticks,
            labels,
            legend,
            legend_x,
            size: (width as u32, height as u32),
        }
    }
}

impl Figure for Stacked {
    fn size(&self) -> (u32, u32) {
        self.layout().size
    }

    fn draw<DB: DrawingBackend>(&self, root: &DrawingArea<DB, Shift>) -> DrawResult<DB> {
        let layout = self.layout();
        let plot = layout.plot;
        parts::header(root, &self.title, &self.subtitle)?;
        let tr = self.tr;
        parts::value_axis_left(root, plot, &layout.ticks, &|v| style::eur(tr, v), "EUR")?;
        let scale = parts::vertical_scale(plot, &layout.ticks);

        let slot = plot.width() / self.bars.len().max(1) as i32;
        let bar_width = (slot * 3 / 5).min(70);
        for (i, bar) in self.bars.iter().enumerate() {
            let centre = plot.x0 + slot * i as i32 + slot / 2;
            let (left, right) = (centre - bar_width / 2, centre + bar_width / 2);
            match &bar.values {
                Some(values) => {
                    let mut bottom = 0.0;
                    for (payer, &value) in self.payers.iter().zip(values) {
                        if value <= 0.0 {
                            continue;
                        }
                        let top = bottom + value;
                        let rect = Rect {
                            x0: left,
                            y0: scale.px(top),
                            x1: right,
                            y1: scale.px(bottom),
                        };
                        parts::fill(root, rect, payer.colour)?;
                        // A white seam keeps neighbouring colours apart.
                        parts::line(root, (left, rect.y0), (right, rect.y0), WHITE, 1)?;
                        bottom = top;
                    }
                    parts::text(
                        root,
                        &style::eur(tr, bottom),
                        (centre, scale.px(bottom) - 6),
                        SMALL_SIZE,
                        INK,
                        (HPos::Center, VPos::Bottom),
                    )?;
                }
                None => {
                    let rect = Rect {
                        x0: left,
                        y0: plot.y0 + 20,
                        x1: right,
                        y1: plot.y1,
                    };
                    parts::hatch(root, rect)?;
                    parts::note(root, &bar.note, rect.centre())?;
                }
            }
            parts::lines(
                root,
                &layout.labels[i],
                (centre, plot.y1 + 14 + LINE_HEIGHT / 2),
                INK,
            )?;
        }
        // Redraw the base line over the bars' bottom edges.
        parts::line(root, (plot.x0, plot.y1), (plot.x1, plot.y1), style::AXIS, 1)?;

        parts::text(
            root,
            &t!(tr, "chart-paid-by"),
            (layout.legend_x, plot.y0),
            TICK_SIZE,
            style::MUTED,
            (HPos::Left, VPos::Center),
        )?;
        if layout.legend.is_empty() {
            parts::text(
                root,
                &t!(tr, "chart-paid-by-nobody"),
                (layout.legend_x, plot.y0 + 30),
                TICK_SIZE,
                INK,
                (HPos::Left, VPos::Center),
            )?;
        }
        for (row, (index, label)) in layout.legend.iter().enumerate() {
            let y = plot.y0 + 30 + row as i32 * LEGEND_STEP;
            parts::swatch(
                root,
                (layout.legend_x, y),
                self.payers[*index].colour,
                label,
            )?;
        }
        Ok(())
    }
}
