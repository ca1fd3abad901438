//! The words of a funding-risk run that its Markdown, HTML and terminal texts share.

use crate::analyse::robust::{Robust, Spread};
use crate::i18n::Tr;
use crate::t;

/// A spread in words (mean, 5th percentile, median, 95th percentile), numbers with `decimals`
/// decimals; `-` without one.
pub fn spread_words(tr: &Tr, spread: Option<Spread>, decimals: usize) -> String {
    match spread {
        None => "-".into(),
        Some(s) => t!(
            tr,
            "risk-spread",
            mean = tr.number(s.mean, decimals),
            p5 = tr.number(s.p5, decimals),
            p50 = tr.number(s.p50, decimals),
            p95 = tr.number(s.p95, decimals)
        ),
    }
}

/// "200 draws … (seed 1); 93% of them have a plan that keeps every rule."
pub fn intro(tr: &Tr, robust: &Robust) -> String {
    t!(
        tr,
        "risk-intro",
        samples = robust.samples,
        seed = robust.seed.to_string(),
        plans = tr.percent(robust.plan_share, 0)
    )
}
