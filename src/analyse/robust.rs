//! Funding risk: Monte Carlo over the sources that may not pay, the partners that may
//! withdraw (`award_probability`, `award_group`, `commitment_probability`) and the costs and
//! impacts that are uncertain (their [`Range`](crate::domain::Range)s).
//!
//! Each sample decides which sources pay out and which partners keep their word, and draws
//! the uncertain costs and impacts; the scenario is solved again with those (every plan
//! re-checked like any other). Across
//! the samples: how often each action is funded (its core index: 1 = funded whatever happens),
//! the spread of the objective and of own money, how often each target is met, how much each
//! source is expected to give. The random numbers of sample `i` depend only on the seed and
//! `i`, so the same seed gives the same samples whatever the number of threads.
//!
//! The samples are summed up from one table of every sample ([`table`], a polars `DataFrame`),
//! which is also what `samples.parquet` holds.

use crate::checked::{solve_checked, Failure};
use crate::domain::{metrics, Scenario, SourceKind};
use crate::random::SplitMix64;
use crate::solve::SolveOptions;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use table::{SampleTable, Summaries};

pub mod table;

/// What `fundmix robust` is asked.
#[derive(Debug, Clone)]
pub struct RobustRequest {
    /// Samples to draw.
    pub samples: usize,
    /// The seed of the random numbers.
    pub seed: u64,
    /// Samples solved at the same time.
    pub jobs: usize,
    /// Show a progress bar on stderr (a terminal) while the draws are solved.
    pub progress: bool,
}

/// One sample: what paid out, and the plan solved for it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Sample {
    /// The sample's number (0-based).
    pub index: usize,
    /// Per source (plan order): whether its money arrived.
    pub paid: Vec<bool>,
    /// Per partner (plan order): whether its cash and hours arrived.
    pub committed: Vec<bool>,
    /// The objective of the sample's plan (`None`: no plan keeps every rule).
    pub objective: Option<f64>,
    /// Own money of the plan (EUR).
    pub own_eur: f64,
    /// Per indicator: what the plan reaches.
    pub indicators: Vec<f64>,
    /// Per action: its funded scale (0 = out).
    pub scale: Vec<f64>,
    /// Per source: the money it gives (EUR).
    pub source_eur: Vec<f64>,
    /// What the sample's plan costs at the sample's costs (EUR; 0 without a plan); only when
    /// some action's cost is uncertain.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost_eur: Option<f64>,
    /// Per action whose cost is uncertain (plan order, as [`Robust::cost_ranges`]): its total
    /// cost at full scale in this sample (EUR).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub drawn_cost_eur: Vec<f64>,
}

/// An action whose cost is uncertain: its range (totals over the periods, EUR) and the mean of
/// its drawn cost.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CostRange {
    /// The action's id.
    pub action: String,
    /// The lowest total cost expected.
    pub low_eur: f64,
    /// The most likely total cost (the plan's).
    pub most_likely_eur: f64,
    /// The highest total cost expected.
    pub high_eur: f64,
    /// The mean of its drawn total cost over all samples.
    pub mean_eur: f64,
}

/// An action's uncertain impact on one indicator.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ImpactRange {
    /// The action's id.
    pub action: String,
    /// The indicator.
    pub indicator: String,
    /// The lowest impact expected.
    pub low: f64,
    /// The most likely impact (the plan's).
    pub most_likely: f64,
    /// The highest impact expected.
    pub high: f64,
}

/// Mean and quantiles of a quantity over the samples that have a plan.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Spread {
    /// Mean.
    pub mean: f64,
    /// 5th percentile.
    pub p5: f64,
    /// Median.
    pub p50: f64,
    /// 95th percentile.
    pub p95: f64,
}

impl Spread {
    /// The spread of `values` (`None` for none). Quantiles are the nearest rank of the sorted
    /// values (no interpolation: every quantile is a value some sample had).
    pub fn of(values: &[f64]) -> Option<Spread> {
        if values.is_empty() {
            return None;
        }
        let mut sorted = values.to_vec();
        sorted.sort_by(f64::total_cmp);
        let rank = |q: f64| {
            let r = (q * sorted.len() as f64).ceil() as usize;
            sorted[r.clamp(1, sorted.len()) - 1]
        };
        Some(Spread {
            mean: sorted.iter().sum::<f64>() / sorted.len() as f64,
            p5: rank(0.05),
            p50: rank(0.5),
            p95: rank(0.95),
        })
    }
}

/// The Monte Carlo run and what it shows.
#[derive(Debug, Clone, Serialize)]
pub struct Robust {
    /// Scenario name.
    pub scenario: String,
    /// Samples drawn.
    pub samples: usize,
    /// The seed.
    pub seed: u64,
    /// Share of the samples with a plan (the rest: no plan keeps every rule).
    pub plan_share: f64,
    /// Per action (plan order): id and the share of samples in which it is funded.
    pub core_index: Vec<(String, f64)>,
    /// The objective over the samples with a plan.
    pub objective: Option<Spread>,
    /// Own money over the samples with a plan.
    pub own_eur: Option<Spread>,
    /// What the plan costs, over the samples with a plan; only when some action's cost is
    /// uncertain.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost_eur: Option<Spread>,
    /// The actions whose cost is uncertain, plan order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cost_ranges: Vec<CostRange>,
    /// The uncertain impacts, plan order of the actions, then of the indicators.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub impact_ranges: Vec<ImpactRange>,
    /// Per indicator: name and spread.
    pub indicators: Vec<(String, Option<Spread>)>,
    /// Per target: indicator and the share of samples meeting it (no plan counts as not met).
    pub target_met: Vec<(String, f64)>,
    /// Per source: id, chance of paying, and the money it gives on average over all samples.
    pub expected_source_eur: Vec<(String, f64, f64)>,
    /// Per partner: id and chance of keeping its word.
    pub partners: Vec<(String, f64)>,
    /// Every sample.
    pub sample_list: Vec<Sample>,
    /// Every sample as one table, which the figures above are computed from and
    /// `samples.parquet` is written from.
    #[serde(skip)]
    pub table: SampleTable,
    /// The language of the report.
    #[serde(skip)]
    pub lang: crate::i18n::Lang,
}

/// What one sample decided about the uncertain inputs.
#[derive(Debug, Clone, PartialEq)]
pub struct Draw {
    /// Per source (plan order): whether its money arrives.
    pub paid: Vec<bool>,
    /// Per partner (plan order): whether its cash and hours arrive.
    pub committed: Vec<bool>,
    /// Per action (plan order): its cost per period in this sample, at full scale (the plan's
    /// cost where it is certain).
    pub cost_eur: Vec<Vec<f64>>,
    /// Per action (plan order): its impact per indicator in this sample, at full scale (the
    /// plan's impact where it is certain).
    pub impact: Vec<Vec<f64>>,
}

/// What pays out in sample `index` and what the actions cost and achieve in it.
///
/// Sources of one `award_group` share one draw (the first of the group in plan order draws it):
/// with equal chances they are awarded or rejected together. Then, after every source and
/// partner (so a plan without ranges draws exactly what it drew before ranges existed), per
/// action in plan order: one uniform number for its cost if the cost is uncertain, which every
/// period's cost uses (the periods of one action overrun together), and one per uncertain
/// impact, in indicator order. Each becomes a value of the triangular distribution of its
/// range ([`Range::triangular`](crate::domain::Range::triangular)).
pub fn draw(scenario: &Scenario, seed: u64, index: usize) -> Draw {
    let mut rng = SplitMix64::for_draw(seed, index);
    let plan = &scenario.plan;
    let mut groups: Vec<(&str, f64)> = Vec::new();
    let paid = plan
        .sources
        .iter()
        .map(|s| {
            let u = match &s.award_group {
                Some(group) => match groups.iter().find(|(g, _)| g == group) {
                    Some((_, u)) => *u,
                    None => {
                        let u = rng.unit();
                        groups.push((group, u));
                        u
                    }
                },
                None => rng.unit(),
            };
            u < s.award_probability
        })
        .collect();
    let committed = plan
        .partners
        .iter()
        .map(|p| rng.unit() < p.commitment_probability)
        .collect();
    let mut cost_eur = Vec::with_capacity(plan.actions.len());
    let mut impact = Vec::with_capacity(plan.actions.len());
    for action in &plan.actions {
        cost_eur.push(match &action.cost_range_eur {
            Some(ranges) => {
                let u = rng.unit();
                let drawn = ranges.iter().zip(&action.cost_eur);
                drawn.map(|(r, &cost)| r.triangular(cost, u)).collect()
            }
            None => action.cost_eur.clone(),
        });
        let drawn = action.impact.iter().zip(&action.impact_range);
        impact.push(
            drawn
                .map(|(&value, range)| match range {
                    Some(r) => r.triangular(value, rng.unit()),
                    None => value,
                })
                .collect(),
        );
    }
    Draw {
        paid,
        committed,
        cost_eur,
        impact,
    }
}

/// The scenario as it stands in a sample: the sources that did not pay and the partners that
/// withdrew are switched off, as `enabled = false` would, and every action costs and achieves
/// what the sample drew (its cost and impact are then certain: the ranges are gone).
pub fn sampled(scenario: &Scenario, draw: &Draw) -> Scenario {
    let mut sample = scenario.clone();
    for (source, &ok) in sample.plan.sources.iter_mut().zip(&draw.paid) {
        if !ok {
            source.switch_off();
        }
    }
    for (partner, &ok) in sample.plan.partners.iter_mut().zip(&draw.committed) {
        if !ok {
            partner.switch_off();
        }
    }
    let drawn = draw.cost_eur.iter().zip(&draw.impact);
    for (action, (cost, impact)) in sample.plan.actions.iter_mut().zip(drawn) {
        action.cost_eur.clone_from(cost);
        action.impact.clone_from(impact);
        action.cost_range_eur = None;
        action.impact_range.iter_mut().for_each(|r| *r = None);
    }
    sample
}

/// Solves sample `index`.
fn solve_sample(
    scenario: &Scenario,
    seed: u64,
    index: usize,
    options: &SolveOptions,
) -> Result<Sample, Failure> {
    let drawn = draw(scenario, seed, index);
    let case = sampled(scenario, &drawn);
    let plan = &scenario.plan;
    let uncertain: Vec<usize> = (0..plan.actions.len())
        .filter(|&a| plan.actions[a].cost_range_eur.is_some())
        .collect();
    let drawn_cost_eur = uncertain
        .iter()
        .map(|&a| case.plan.actions[a].total_cost_eur())
        .collect();
    let Draw {
        paid, committed, ..
    } = drawn;
    let outcome = solve_checked(&case, options)?;
    let mut sample = Sample {
        index,
        paid,
        committed,
        objective: None,
        own_eur: 0.0,
        indicators: vec![0.0; plan.indicators.len()],
        scale: vec![0.0; plan.actions.len()],
        source_eur: vec![0.0; plan.sources.len()],
        cost_eur: (!uncertain.is_empty()).then_some(0.0),
        drawn_cost_eur,
    };
    if let Some(allocation) = &outcome.allocation {
        sample.objective = Some(metrics::objective_value(&case, allocation));
        sample.indicators = metrics::indicator_totals(&case, allocation);
        sample.scale = allocation.scale.clone();
        for f in &allocation.funding {
            sample.source_eur[f.source] += f.amount_eur;
            if plan.sources[f.source].kind == SourceKind::Own {
                sample.own_eur += f.amount_eur;
            }
        }
        if let Some(cost) = &mut sample.cost_eur {
            let actions = case.plan.actions.iter().zip(&allocation.scale);
            *cost = actions.map(|(a, scale)| a.total_cost_eur() * scale).sum();
        }
    }
    Ok(sample)
}

/// Draws and solves the samples (in parallel, `request.jobs` at a time) and sums them up.
pub fn robust(
    scenario: &Scenario,
    request: &RobustRequest,
    options: &SolveOptions,
) -> Result<Robust, Failure> {
    let all: Vec<usize> = (0..request.samples).collect();
    let samples = solve_samples(scenario, request, &all, options)?;
    Ok(summarise(scenario, request, samples))
}

/// Draws and solves the samples numbered `indices` (in parallel, `request.jobs` at a time),
/// in that order: [`robust`] solves them all, a part of a run cut into shards (`--shard`) its
/// own. A sample is the same whichever run solves it.
pub fn solve_samples(
    scenario: &Scenario,
    request: &RobustRequest,
    indices: &[usize],
    options: &SolveOptions,
) -> Result<Vec<Sample>, Failure> {
    let pool = crate::checked::worker_pool(request.jobs)?;
    let bar = request.progress.then(|| {
        let bar = indicatif::ProgressBar::new(indices.len() as u64);
        bar.set_style(
            indicatif::ProgressStyle::with_template("draws {bar:40} {pos}/{len} ({eta} left)")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar
    });
    let samples = pool.install(|| {
        indices
            .par_iter()
            .map(|&i| {
                let sample = solve_sample(scenario, request.seed, i, options);
                if let Some(bar) = &bar {
                    bar.inc(1);
                }
                sample
            })
            .collect()
    });
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    samples
}

/// The summaries of the samples, computed with polars from the table of every sample
/// ([`SampleTable`], kept in [`Robust::table`]: what `samples.parquet` holds).
pub fn summarise(scenario: &Scenario, request: &RobustRequest, samples: Vec<Sample>) -> Robust {
    let plan = &scenario.plan;
    // The table is built with a name of its own for every column and typed columns of equal
    // length, which is all that polars could refuse in it.
    let table = SampleTable::new(plan, &samples).expect("the table of draws is well formed");
    let summaries = table
        .summaries(plan)
        .expect("the table of draws has every column it is summed up from");
    let Summaries {
        plan_share,
        core_index,
        objective,
        own_eur,
        cost_eur,
        indicators,
        target_met,
        source_eur,
        drawn_cost_eur,
    } = summaries;
    let uncertain = plan
        .actions
        .iter()
        .filter_map(|a| Some((a, a.total_cost_range_eur()?)));
    let cost_ranges = uncertain
        .zip(drawn_cost_eur)
        .map(|((action, range), mean_eur)| CostRange {
            action: action.id.clone(),
            low_eur: range.low,
            most_likely_eur: action.total_cost_eur(),
            high_eur: range.high,
            mean_eur,
        })
        .collect();
    let impact_ranges = plan
        .actions
        .iter()
        .flat_map(|action| {
            let ranges = action.impact.iter().zip(&action.impact_range).enumerate();
            ranges.filter_map(|(i, (&value, range))| {
                range.map(|r| ImpactRange {
                    action: action.id.clone(),
                    indicator: plan.indicators[i].clone(),
                    low: r.low,
                    most_likely: value,
                    high: r.high,
                })
            })
        })
        .collect();
    Robust {
        scenario: scenario.name.clone(),
        samples: samples.len(),
        seed: request.seed,
        plan_share,
        core_index: plan
            .actions
            .iter()
            .map(|a| a.id.clone())
            .zip(core_index)
            .collect(),
        objective,
        own_eur,
        cost_eur,
        cost_ranges,
        impact_ranges,
        indicators: plan.indicators.iter().cloned().zip(indicators).collect(),
        target_met: plan
            .targets
            .iter()
            .map(|t| plan.indicators[t.indicator].clone())
            .zip(target_met)
            .collect(),
        expected_source_eur: plan
            .sources
            .iter()
            .zip(source_eur)
            .map(|(s, eur)| (s.id.clone(), s.award_probability, eur))
            .collect(),
        partners: plan
            .partners
            .iter()
            .map(|p| (p.id.clone(), p.commitment_probability))
            .collect(),
        lang: scenario.lang,
        sample_list: samples,
        table,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantiles_are_values_of_the_samples() {
        let s = Spread::of(&[5.0, 1.0, 3.0, 2.0, 4.0]).unwrap();
        assert_eq!((s.mean, s.p5, s.p50, s.p95), (3.0, 1.0, 3.0, 5.0));
        assert_eq!(Spread::of(&[]), None);
    }
}
