//! The chart of `fundmix solve --risk`: "The price of robustness": the impact the plan that
//! holds keeps (the plain plan's = 100%), and for each risk (money that nobody gives, staff
//! hours over capacity) and each target the share of fresh draws in which it happens, as a pair
//! of horizontal bars: the plain plan (grey) and the plan that holds (blue).

use super::parts::{self, Rect};
use super::render::{render, DrawResult, Figure};
use super::style::{self, INK, LINE_HEIGHT, MARGIN, NEUTRAL, TICK_SIZE};
use super::Chart;
use crate::analyse::holds::Holds;
use crate::domain::Objective;
use crate::error::OutputResult as Result;
use crate::i18n::Tr;
use crate::t;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// Height of one bar.
const BAR: i32 = 18;
/// Height of one row: two bars and the space between rows.
const ROW: i32 = 2 * BAR + 16;
/// Width of the bars at 100%.
const PLOT_WIDTH: i32 = 420;

/// The chart data: per row, a label and the share for each plan.
pub struct PairedShares {
    tr: &'static Tr,
    title: String,
    subtitle: String,
    /// The plans' names: plain, holding.
    plans: [String; 2],
    /// (label, plain share, holding share).
    rows: Vec<(String, f64, f64)>,
}

/// The chart of a plan that holds.
pub fn figure(holds: &Holds) -> PairedShares {
    let tr = holds.lang.tr();
    let (p, h) = (&holds.plain, &holds.holding);
    let mut rows = Vec::new();
    // The price: the impact the plan that holds keeps, the plain plan's being 100%.
    let plain = p.objective.map_or(0.0, |s| s.mean);
    if holds.objective == Objective::MaxImpact && plain > 0.0 {
        let kept = h.objective.map_or(0.0, |s| s.mean) / plain;
        rows.push((t!(tr, "chart-holds-impact"), 1.0, kept));
    }
    rows.push((t!(tr, "holds-row-gap"), p.gap_chance, h.gap_chance));
    if p.hours_chance > 0.0 || h.hours_chance > 0.0 {
        rows.push((t!(tr, "holds-row-hours"), p.hours_chance, h.hours_chance));
    }
    for ((indicator, plain), (_, holding)) in p.target_met.iter().zip(&h.target_met) {
        rows.push((
            t!(tr, "chart-holds-target", indicator = indicator),
            *plain,
            *holding,
        ));
    }
    PairedShares {
        tr,
        title: t!(tr, "chart-holds-title"),
        subtitle: t!(tr, "chart-holds-subtitle", fresh = holds.fresh_samples),
        plans: [t!(tr, "holds-col-plain"), t!(tr, "holds-col-holding")],
        rows,
    }
}

/// The charts of a plan that holds: the price of robustness.
pub fn charts(holds: &Holds) -> Result<Vec<Chart>> {
    let chart = figure(holds);
    Ok(vec![render("price_of_robustness", &chart.title, &chart)?])
}

impl PairedShares {
    fn plot(&self) -> Rect {
        let label_width = parts::widest(self.rows.iter().map(|r| r.0.clone()), TICK_SIZE);
        let x0 = MARGIN + label_width + 12;
        let y0 = MARGIN + style::HEADER_HEIGHT + LINE_HEIGHT + 16;
        Rect {
            x0,
            y0,
            x1: x0 + PLOT_WIDTH,
            y1: y0 + ROW * self.rows.len().max(1) as i32,
        }
    }
}

impl Figure for PairedShares {
    fn size(&self) -> (u32, u32) {
        let plot = self.plot();
        let title = style::bold_width(&self.title, style::TITLE_SIZE) + 2 * MARGIN;
        let subtitle = style::text_width(&self.subtitle, style::LABEL_SIZE) + 2 * MARGIN;
        let width = (plot.x1 + 60 + MARGIN).max(title).max(subtitle);
        let height = plot.y1 + 8 + 2 * LINE_HEIGHT + MARGIN;
        (width as u32, height as u32)
    }

    fn draw<DB: DrawingBackend>(&self, root: &DrawingArea<DB, Shift>) -> DrawResult<DB> {
        let tr = self.tr;
        parts::header(root, &self.title, &self.subtitle)?;
        let plot = self.plot();
        let colours = [NEUTRAL, style::payer_colour(0)];
        // The legend, above the bars.
        let mut x = plot.x0;
        for (name, colour) in self.plans.iter().zip(colours) {
            x = parts::swatch(root, (x, plot.y0 - LINE_HEIGHT), colour, name)? + 24;
        }
        let scale = parts::share_axis(root, plot, tr)?;
        for (i, (label, plain, holding)) in self.rows.iter().enumerate() {
            let y = plot.y0 + i as i32 * ROW + 6;
            parts::text(
                root,
                label,
                (plot.x0 - 8, y + BAR),
                TICK_SIZE,
                INK,
                (HPos::Right, VPos::Center),
            )?;
            for (k, (share, colour)) in [*plain, *holding].into_iter().zip(colours).enumerate() {
                let top = y + k as i32 * BAR;
                let rows = (top + 2, top + BAR - 2);
                parts::share_bar(root, &scale, plot.x0, rows, share, colour, tr)?;
            }
        }
        Ok(())
    }
}
