//! The frontier chart's axes: round ticks that start at 0 unless the values sit far from it.

use crate::plot::style;

/// An axis over `lo..=ticks.last()`, drawn with the 0-based helpers of [`parts`] by shifting
/// every value by `lo`.
pub(super) struct Axis {
    /// The value at the axis origin.
    pub lo: f64,
    /// Tick values, `lo` first.
    pub ticks: Vec<f64>,
}

impl Axis {
    /// An axis with round ticks covering `min..=max` with a little room at the top end. It
    /// starts at 0 when the values start below 60% of the largest, else just below `min`.
    pub fn covering(min: f64, max: f64) -> Axis {
        if !(min.is_finite() && max.is_finite()) || max <= 0.0 && min >= 0.0 {
            return Axis {
                lo: 0.0,
                ticks: style::ticks(0.0),
            };
        }
        let span = (max - min).max(0.1 * max.abs()).max(1e-6);
        let start = if min >= 0.0 && min <= 0.6 * max {
            0.0
        } else {
            min - 0.1 * span
        };
        let end = max + 0.08 * span;
        let rough = style::ticks(end - start);
        let step = rough[1] - rough[0];
        let lo = (start / step).floor() * step;
        let count = ((end - lo) / step - 1e-9).ceil().max(1.0) as usize;
        Axis {
            lo,
            ticks: (0..=count).map(|i| lo + i as f64 * step).collect(),
        }
    }

    /// The ticks shifted to start at 0, for [`parts`].
    pub fn shifted(&self) -> Vec<f64> {
        self.ticks.iter().map(|t| t - self.lo).collect()
    }

    /// Distance between two ticks.
    pub fn step(&self) -> f64 {
        self.ticks.get(1).map_or(1.0, |t| t - self.ticks[0])
    }
}
