//! Who pays: the sources and the partners giving cash, each with its fixed colour.
//!
//! A source's colour comes from its index in `result.sources` (plan order); partners follow the
//! sources. Across scenarios the payers are merged by id in first-seen order, which for the
//! scenarios of one plan is the plan order again, so a source has the same colour everywhere.

use super::style;
use crate::result::ScenarioResult;
use plotters::style::RGBColor;

/// A source or a partner.
#[derive(Debug, Clone)]
pub struct Payer {
    /// Source or partner id (as in `allocation.csv`).
    pub id: String,
    /// Name for legends.
    pub name: String,
    /// Fixed colour.
    pub colour: RGBColor,
    /// True for a partner (money is its cash), false for a funding source.
    pub partner: bool,
}

impl Payer {
    /// EUR this payer gives in `result` over the whole plan.
    pub fn total_eur(&self, result: &ScenarioResult) -> f64 {
        if self.partner {
            result
                .partners
                .iter()
                .filter(|p| p.partner == self.id)
                .map(|p| p.cash_eur)
                .sum()
        } else {
            result
                .sources
                .iter()
                .filter(|s| s.source == self.id)
                .map(|s| s.used_eur)
                .sum()
        }
    }

    /// EUR this payer gives in `result` in the period labelled `period`.
    pub fn period_eur(&self, result: &ScenarioResult, period: &str) -> f64 {
        if self.partner {
            self.flows(result)
                .filter(|f| f.period == period)
                .map(|f| f.amount_eur)
                .sum()
        } else {
            result
                .sources
                .iter()
                .filter(|s| s.source == self.id)
                .flat_map(|s| &s.periods)
                .filter(|p| p.period == period)
                .map(|p| p.used_eur)
                .sum()
        }
    }

    fn flows<'r>(
        &'r self,
        result: &'r ScenarioResult,
    ) -> impl Iterator<Item = &'r crate::result::Flow> + 'r {
        result.flows.iter().filter(move |f| f.payer == self.id)
    }
}

/// Every source, then every partner, of `results`, merged by id in first-seen order.
pub fn payers<'r>(results: impl IntoIterator<Item = &'r ScenarioResult>) -> Vec<Payer> {
    let mut sources: Vec<(String, String)> = Vec::new();
    let mut partners: Vec<(String, String)> = Vec::new();
    for result in results {
        for s in &result.sources {
            if !sources.iter().any(|(id, _)| *id == s.source) {
                sources.push((s.source.clone(), s.name.clone()));
            }
        }
        for p in &result.partners {
            if !partners.iter().any(|(id, _)| *id == p.partner) {
                partners.push((p.partner.clone(), p.name.clone()));
            }
        }
    }
    let sources = sources.into_iter().map(|(id, name)| (id, name, false));
    let partners = partners.into_iter().map(|(id, name)| (id, name, true));
    sources
        .chain(partners)
        .enumerate()
        .map(|(index, (id, name, partner))| Payer {
            id,
            name,
            colour: style::payer_colour(index),
            partner,
        })
        .collect()
}
