//! The charts of `fundmix robust`: "How often each action is funded" (the core index: a full
//! bar is funded whatever happens, a short one depends on which calls succeed) and "How often
//! each target is met", each a share per row as a horizontal bar, largest first; and "The
//! objective over the draws", a histogram.

use super::parts::{self, Rect};
use super::render::{render, DrawResult, Figure};
use super::style::{self, INK, LINE_HEIGHT, MARGIN, TICK_SIZE};
use super::Chart;
use crate::analyse::robust::Robust;
use crate::error::OutputResult as Result;
use crate::i18n::Tr;
use crate::t;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// Height of one action's row.
const ROW: i32 = 24;
/// Width of the bars at 100%.
const PLOT_WIDTH: i32 = 420;

/// The chart data: a share (0–1) per row.
pub struct ShareBars {
    tr: &'static Tr,
    title: String,
    subtitle: String,
    /// (action, core index), most robust first (plan order among equals).
    rows: Vec<(String, f64)>,
}

impl ShareBars {
    fn new(tr: &'static Tr, title: String, subtitle: String, rows: &[(String, f64)]) -> Self {
        let mut rows = rows.to_vec();
        rows.sort_by(|a, b| b.1.total_cmp(&a.1));
        ShareBars {
            tr,
            title,
            subtitle,
            rows,
        }
    }
}

/// The core index chart's data from a run.
pub fn figure(robust: &Robust) -> ShareBars {
    let tr = robust.lang.tr();
    ShareBars::new(
        tr,
        t!(tr, "chart-core-index-title"),
        t!(tr, "chart-core-index-subtitle", samples = robust.samples),
        &robust.core_index,
    )
}

/// The charts of a run: the core index, and how often each target is met (when the plan has
/// targets).
pub fn charts(robust: &Robust) -> Result<Vec<Chart>> {
    let core = figure(robust);
    let mut charts = vec![render("core_index", &core.title, &core)?];
    if !robust.target_met.is_empty() {
        let tr = robust.lang.tr();
        let targets = ShareBars::new(
            tr,
            t!(tr, "chart-targets-met-title"),
            t!(tr, "chart-targets-met-subtitle", samples = robust.samples),
            &robust.target_met,
        );
        charts.push(render("targets_met", &targets.title, &targets)?);
    }
    let objectives: Vec<f64> = robust
        .sample_list
        .iter()
        .filter_map(|s| s.objective)
        .collect();
    if !objectives.is_empty() {
        let tr = robust.lang.tr();
        let histogram = Histogram::new(
            tr,
            t!(tr, "chart-objective-title"),
            t!(
                tr,
                "chart-objective-subtitle",
                samples = robust.samples,
                plans = objectives.len()
            ),
            &objectives,
        );
        charts.push(render("objective", &histogram.title, &histogram)?);
    }
    Ok(charts)
}

/// Bins of a histogram.
const BINS: usize = 10;
/// Width of one bin's column.
const BIN_WIDTH: i32 = 64;
/// Height of the plotting area of the histogram.
const HISTOGRAM_HEIGHT: i32 = 300;

/// A histogram: how many draws fall in each of [`BINS`] equal ranges of a value.
pub struct Histogram {
    tr: &'static Tr,
    title: String,
    subtitle: String,
    /// (lower edge, upper edge, count) per bin, low to high.
    bins: Vec<(f64, f64, usize)>,
}

impl Histogram {
    fn new(tr: &'static Tr, title: String, subtitle: String, values: &[f64]) -> Self {
        let low = values.iter().copied().fold(f64::INFINITY, f64::min);
        let high = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        // All draws alike: one bin holding them all.
        let bins = if high - low < 1e-9 {
            vec![(low, high, values.len())]
        } else {
            let width = (high - low) / BINS as f64;
            let mut counts = vec![0usize; BINS];
            for v in values {
                let bin = (((v - low) / width) as usize).min(BINS - 1);
                counts[bin] += 1;
            }
            counts
                .into_iter()
                .enumerate()
                .map(|(i, c)| (low + i as f64 * width, low + (i + 1) as f64 * width, c))
                .collect()
        };
        Histogram {
            tr,
            title,
            subtitle,
            bins,
        }
    }

    fn plot(&self) -> Rect {
        let x0 = MARGIN + 60;
        let y0 = MARGIN + style::HEADER_HEIGHT + 24;
        Rect {
            x0,
            y0,
            x1: x0 + BIN_WIDTH * self.bins.len() as i32,
            y1: y0 + HISTOGRAM_HEIGHT,
        }
    }
}

impl Figure for Histogram {
    fn size(&self) -> (u32, u32) {
        let plot = self.plot();
        let title = style::bold_width(&self.title, style::TITLE_SIZE) + 2 * MARGIN;
        let subtitle = style::text_width(&self.subtitle, style::LABEL_SIZE) + 2 * MARGIN;
        let width = (plot.x1 + MARGIN + 40).max(title).max(subtitle);
        let height = plot.y1 + 8 + 3 * LINE_HEIGHT + MARGIN;
        (width as u32, height as u32)
    }

    fn draw<DB: DrawingBackend>(&self, root: &DrawingArea<DB, Shift>) -> DrawResult<DB> {
        let tr = self.tr;
        parts::header(root, &self.title, &self.subtitle)?;
        let plot = self.plot();
        let most = self.bins.iter().map(|b| b.2).max().unwrap_or(0) as f64;
        let ticks = style::ticks(most);
        let whole = |t: f64| tr.number(t, 0);
        parts::value_axis_left(root, plot, &ticks, &whole, &t!(tr, "chart-objective-draws"))?;
        let scale = parts::vertical_scale(plot, &ticks);
        for (i, (low, high, count)) in self.bins.iter().enumerate() {
            let x0 = plot.x0 + i as i32 * BIN_WIDTH;
            let bar = Rect {
                x0: x0 + 4,
                y0: scale.px(*count as f64),
                x1: x0 + BIN_WIDTH - 4,
                y1: plot.y1,
            };
            if bar.y1 > bar.y0 {
                parts::fill(root, bar, style::payer_colour(0))?;
            }
            // The range under the bin, on two lines: its lower and upper edge.
            let edges = [tr.number(*low, 0), format!("– {}", tr.number(*high, 0))];
            parts::lines(root, &edges, (x0 + BIN_WIDTH / 2, plot.y1 + 12), INK)?;
        }
        Ok(())
    }
}

impl ShareBars {
    fn plot(&self) -> Rect {
        let label_width = parts::widest(self.rows.iter().map(|(a, _)| a.clone()), TICK_SIZE);
        let x0 = MARGIN + label_width + 12;
        let y0 = MARGIN + style::HEADER_HEIGHT + 8;
        Rect {
            x0,
            y0,
            x1: x0 + PLOT_WIDTH,
            y1: y0 + ROW * self.rows.len().max(1) as i32,
        }
    }
}

impl Figure for ShareBars {
    fn size(&self) -> (u32, u32) {
        let plot = self.plot();
        let title = style::bold_width(&self.title, style::TITLE_SIZE) + 2 * MARGIN;
        let width = (plot.x1 + 60 + MARGIN).max(title);
        let height = plot.y1 + 8 + 2 * LINE_HEIGHT + MARGIN;
        (width as u32, height as u32)
    }

    fn draw<DB: DrawingBackend>(&self, root: &DrawingArea<DB, Shift>) -> DrawResult<DB> {
        let tr = self.tr;
        parts::header(root, &self.title, &self.subtitle)?;
        let plot = self.plot();
        let scale = parts::share_axis(root, plot, tr)?;
        for (i, (action, share)) in self.rows.iter().enumerate() {
            let y = plot.y0 + i as i32 * ROW;
            let middle = y + ROW / 2;
            parts::text(
                root,
                action,
                (plot.x0 - 8, middle),
                TICK_SIZE,
                INK,
                (HPos::Right, VPos::Center),
            )?;
            let colour = if *share >= 1.0 {
                style::payer_colour(0)
            } else {
                style::payer_colour(1)
            };
            let rows = (y + 4, y + ROW - 4);
            parts::share_bar(root, &scale, plot.x0, rows, *share, colour, tr)?;
        }
        Ok(())
    }
}
