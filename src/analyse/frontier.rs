//! The efficient frontier: for each amount of one source's money (or of own money, or of all
//! money), the most weighted impact a plan can reach, under every other rule of the scenario.
//!
//! **Exact mode** is the ε-constraint method on the mixed-integer model. From the least money
//! any plan needs, each step asks for the least money that reaches strictly more impact than the
//! last point (by at least a step), then the most impact that money can buy. Every point is
//! non-dominated and re-solves to itself: no plan reaches its impact with less money, and none
//! gets more impact from its money. Between two points no plan does better than the lower point
//! plus the step. The step is the impact range divided by `max_points` (so the frontier has at
//! most that many points), and never below a millionth of the largest impact. The impact range
//! is cut into a fixed number of segments, a whole number of steps long, traced side by side
//! (see `Segments`); the guarantee holds across the cuts.
//!
//! **Grid mode** asks the same two questions at evenly spaced amounts of money: faster for a
//! quick look (the amounts are solved in parallel), but it can miss points between them.
//!
//! Impact here is the `max-impact` objective: weighted impact minus soft-target penalties.

use super::Prepared;
use crate::checked::Failure;
use crate::domain::{Allocation, Scenario, SourceKind};
use crate::model::{FundingModel, Sense};
use crate::shard::Shard;
use crate::solve::stage::{hold, run_stage, StageRequest};
use crate::solve::{plan_from_columns, SolveError, SolveOptions};
use crate::t;
use crate::verify;
use good_lp::{constraint, Constraint, Expression};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

/// Whose money the frontier counts.
#[derive(Debug, Clone, PartialEq)]
pub enum Money {
    /// All sources of kind `own`.
    Own,
    /// One source (index).
    Source(usize),
    /// Every source.
    All,
}

/// How to trace the frontier.
#[derive(Debug, Clone)]
pub struct FrontierRequest {
    /// Whose money.
    pub money: Money,
    /// At most this many points (exact mode).
    pub max_points: usize,
    /// Grid mode with this many evenly spaced amounts, instead of exact mode.
    pub grid: Option<usize>,
    /// Threads the solves run on (the frontier is the same whatever this is).
    pub jobs: usize,
}

/// One point of the frontier, with the plan behind it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FrontierPoint {
    /// Money of the counted sources the plan uses (EUR).
    pub money_eur: f64,
    /// Weighted impact minus soft-target penalties.
    pub impact: f64,
    /// Ids of the funded actions.
    pub funded: Vec<String>,
}

impl FrontierPoint {
    /// A point from its money, impact and the ids it funds.
    pub fn new(money_eur: f64, impact: f64, funded: &[&str]) -> FrontierPoint {
        FrontierPoint {
            money_eur,
            impact,
            funded: funded.iter().map(|s| s.to_string()).collect(),
        }
    }
}

/// The frontier of one scenario.
#[derive(Debug, Clone, Serialize)]
pub struct Frontier {
    /// Scenario name.
    pub scenario: String,
    /// Whose money, in words in the scenario's language ("own money", a source's name, "all
    /// sources").
    pub money_label: String,
    /// Ids of the sources counted.
    pub sources: Vec<String>,
    /// `exact` or `grid`.
    pub method: &'static str,
    /// Smallest impact step between exact points.
    pub step: f64,
    /// Points by increasing money.
    pub points: Vec<FrontierPoint>,
    /// The scenario's own plan: (money of the counted sources, impact).
    pub current: Option<(f64, f64)>,
    /// The language of the frontier's words, chart and reports (the scenario's).
    #[serde(skip)]
    pub lang: crate::i18n::Lang,
}

/// The model pieces the frontier is traced with.
struct Tracer<'m> {
    model: FundingModel<'m>,
    unit: f64,
    money: Expression,
    impact: Expression,
}

impl Tracer<'_> {
    /// Most impact with the counted money at most `money` (model units), starting from `start`
    /// if given (a plan that keeps within the money).
    fn most_impact(
        &self,
        money: f64,
        start: Option<&[f64]>,
    ) -> Result<Option<(f64, Vec<f64>)>, SolveError> {
        let cap = [hold(self.money.clone(), Sense::Minimise, money)];
        self.solve(self.impact.clone(), Sense::Maximise, &cap, start)
    }

    /// Least counted money for an impact of at least `impact`.
    fn least_money(&self, impact: f64) -> Result<Option<(f64, Vec<f64>)>, SolveError> {
        let floor: [Constraint; 1] = [constraint!(self.impact.clone() >= impact)];
        self.solve(self.money.clone(), Sense::Minimise, &floor, None)
    }

    fn solve(
        &self,
        objective: Expression,
        sense: Sense,
        extra: &[Constraint],
        warm_start: Option<&[f64]>,
    ) -> Result<Option<(f64, Vec<f64>)>, SolveError> {
        let found = run_stage(
            &self.model,
            &StageRequest {
                extra,
                warm_start,
                ..StageRequest::new(objective, sense)
            },
        )?;
        Ok(found.columns.map(|c| (found.objective, c)))
    }

    /// The point at `money` when `money` is the least any plan reaching some impact needs (the
    /// least money of all, or the least for an impact floor): the most impact it buys. Its plan
    /// spends all of `money` (one spending less would reach the floor with less), so the point is
    /// non-dominated without asking for the least money again. `start` is a plan within the
    /// money, if known.
    fn point_at_least_money(
        &self,
        money: f64,
        start: Option<&[f64]>,
    ) -> Result<Option<(f64, f64, Vec<f64>)>, SolveError> {
        Ok(self
            .most_impact(money, start)?
            .map(|(impact, columns)| (money, impact, columns)))
    }

    /// The non-dominated point reached from the most impact at `money`: (money, impact, plan).
    /// `start` is a plan within the money, if known.
    fn point_at_money(
        &self,
        money: f64,
        start: Option<&[f64]>,
    ) -> Result<Option<(f64, f64, Vec<f64>)>, SolveError> {
        let Some((impact, columns)) = self.most_impact(money, start)? else {
            return Ok(None);
        };
        let floor = hold(self.impact.clone(), Sense::Maximise, impact);
        let found = self.solve(
            self.money.clone(),
            Sense::Minimise,
            &[floor],
            Some(&columns),
        )?;
        Ok(found.map(|(m, columns)| (m, impact, columns)))
    }
}

/// Which sources `money` counts.
fn counted(scenario: &Scenario, money: &Money) -> Vec<usize> {
    let sources = &scenario.plan.sources;
    (0..sources.len())
        .filter(|&s| match money {
            Money::Own => sources[s].kind == SourceKind::Own,
            Money::Source(i) => s == *i,
            Money::All => true,
        })
        .collect()
}

/// The counted money and impact of a plan (EUR, impact points).
fn plan_point(scenario: &Scenario, sources: &[usize], allocation: &Allocation) -> (f64, f64) {
    let money = allocation
        .funding
        .iter()
        .filter(|f| sources.contains(&f.source))
        .map(|f| f.amount_eur)
        .sum();
    let plan = &scenario.plan;
    let impact: f64 = plan
        .actions
        .iter()
        .zip(&allocation.scale)
        .map(|(a, s)| {
            s * a
                .impact
                .iter()
                .zip(&scenario.weights)
                .map(|(i, w)| i * w)
                .sum::<f64>()
        })
        .sum();
    let penalty: f64 = plan
        .targets
        .iter()
        .zip(crate::domain::metrics::target_shortfalls(
            scenario, allocation,
        ))
        .filter(|(t, _)| !t.hard)
        .map(|(t, short)| t.penalty * short)
        .sum();
    (money, impact - penalty)
}

/// Traces the frontier of `scenario`. An empty frontier means the scenario has no plan at all.
/// The scenario's own plan, the two ends and (exact mode) the segments of the impact range are
/// solved side by side on `request.jobs` threads; the frontier is the same whatever that is.
pub fn frontier(scenario: &Scenario, request: &FrontierRequest) -> Result<Frontier, Failure> {
    Ok(combine(&[frontier_part(scenario, request, Shard::WHOLE)?]))
}

/// A frontier point as the solver found it and as the frontier shows it: the solver's money
/// (model units) and impact, by which the points of separately traced parts are joined as one
/// run joins them, and the point with its plan checked.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TracedPoint {
    /// Money of the counted sources, in the model's units.
    pub money: f64,
    /// Impact, as the solver computed it.
    pub impact: f64,
    /// The point, its plan checked by the verifier.
    pub point: FrontierPoint,
}

/// The two ends of a frontier, which every part works out the same before tracing its share.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Ends {
    /// The least counted money any plan needs (model units).
    pub least: f64,
    /// The most impact any plan reaches.
    pub most: f64,
    /// The impact step between exact points (0 for a grid).
    pub step: f64,
    /// The plan with the most impact that needs the least money: the frontier's last point.
    pub top: TracedPoint,
}

/// Whether the part that traced the scenario's own plan found one: (counted money, impact).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Current {
    /// The scenario's own plan as a point (`None`: the scenario has no plan).
    pub plan: Option<(f64, f64)>,
}

/// One part of a frontier traced apart from the others (`--shard I/N`), or the whole of it:
/// its share of the items that can be traced independently (see [`items`]), with everything
/// [`combine`] needs to join the parts into the frontier one run traces.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FrontierPart {
    /// Scenario name.
    pub scenario: String,
    /// Whose money, in words (as [`Frontier::money_label`]).
    pub money_label: String,
    /// Ids of the sources counted.
    pub sources: Vec<String>,
    /// Grid mode with this many amounts; `None`: exact mode.
    pub grid: Option<usize>,
    /// At most this many points (exact mode).
    pub max_points: usize,
    /// The scenario's own plan: worked out by the part that holds item 0, `None` in the others.
    pub current: Option<Current>,
    /// The two ends (`None`: the scenario has no plan at all).
    pub ends: Option<Ends>,
    /// The part's items with their points, in item order: a segment of an exact frontier and
    /// the points traced in it, or an amount of a grid and its point (none when no plan keeps
    /// within it).
    pub items: Vec<(usize, Vec<TracedPoint>)>,
    /// The language of the frontier's words.
    pub lang: crate::i18n::Lang,
}

/// How many items of a frontier can be traced apart: the segments of the impact range in exact
/// mode (each segment's points follow one from another, so a segment is traced whole: at most
/// 4), or the amounts of a grid (each solved on its own).
pub fn items(request: &FrontierRequest) -> usize {
    item_count(request.grid, request.max_points)
}

/// [`items`] of a grid of `grid` amounts, or of an exact frontier of at most `max_points`.
fn item_count(grid: Option<usize>, max_points: usize) -> usize {
    match grid {
        Some(n) => n.max(2),
        None => SEGMENTS.min(max_points.max(2) - 1),
    }
}

impl FrontierPart {
    /// How many items the run this part belongs to has (see [`items`]).
    pub fn item_count(&self) -> usize {
        item_count(self.grid, self.max_points)
    }
}

/// Traces `shard`'s share of the frontier's items (all of them for [`Shard::WHOLE`]). Every part
/// works out the two ends first; the part holding item 0 also the scenario's own plan.
pub fn frontier_part(
    scenario: &Scenario,
    request: &FrontierRequest,
    shard: Shard,
) -> Result<FrontierPart, Failure> {
    let sources = counted(scenario, &request.money);
    let tr = scenario.lang.tr();
    let money_label = match &request.money {
        Money::Own => t!(tr, "an-money-own"),
        Money::Source(s) => scenario.plan.sources[*s].name.clone(),
        Money::All => t!(tr, "an-money-all"),
    };
    let pool = crate::checked::worker_pool(request.jobs)?;
    let (current, traced) = pool.install(|| {
        rayon::join(
            || -> Result<_, Failure> {
                if !shard.holds(0) {
                    return Ok(None);
                }
                let solved = crate::checked::solve_checked(scenario, &SolveOptions::default())?;
                Ok(Some(Current {
                    plan: solved
                        .allocation
                        .map(|a| plan_point(scenario, &sources, &a)),
                }))
            },
            || {
                with_tracer(scenario, &request.money, |tracer| {
                    trace_part(scenario, &sources, tracer, request, shard)
                })
            },
        )
    });
    let (ends, items) = traced?;
    Ok(FrontierPart {
        scenario: scenario.name.clone(),
        money_label,
        sources: sources
            .iter()
            .map(|&s| scenario.plan.sources[s].id.clone())
            .collect(),
        grid: request.grid.map(|n| n.max(2)),
        max_points: request.max_points.max(2),
        current: current?,
        ends,
        items,
        lang: scenario.lang,
    })
}

/// Joins the parts of a frontier, which together hold every item once and the scenario's own
/// plan (the merge checks that), into the frontier one run traces: the segments in order,
/// where two meet the same point once, the last point the most impact any plan reaches, at
/// most `max_points` points, and a repeated plan kept once.
pub fn combine(parts: &[FrontierPart]) -> Frontier {
    let first = &parts[0];
    let mut items: Vec<&(usize, Vec<TracedPoint>)> = parts.iter().flat_map(|p| &p.items).collect();
    items.sort_by_key(|(item, _)| *item);
    let traced = items
        .into_iter()
        .flat_map(|(_, points)| points.iter().cloned());
    let (points, step) = match &first.ends {
        None => (Vec::new(), 0.0),
        Some(ends) => {
            let joined = match first.grid {
                Some(_) => traced.collect(),
                None => join_segments(traced, ends, first.max_points),
            };
            (distinct(joined), ends.step)
        }
    };
    Frontier {
        scenario: first.scenario.clone(),
        money_label: first.money_label.clone(),
        sources: first.sources.clone(),
        method: if first.grid.is_some() {
            "grid"
        } else {
            "exact"
        },
        step,
        points,
        current: parts
            .iter()
            .find_map(|p| p.current.as_ref())
            .and_then(|c| c.plan),
        lang: first.lang,
    }
}

/// A frontier point as the solver gives it: (money in model units, impact, plan columns).
type RawPoint = (f64, f64, Vec<f64>);

/// What [`trace_part`] finds: the two ends (none without a plan) and the items it traced.
type Traced = (Option<Ends>, Vec<(usize, Vec<TracedPoint>)>);

/// The two ends, then `shard`'s items, each point's plan checked.
fn trace_part(
    scenario: &Scenario,
    sources: &[usize],
    tracer: &Tracer,
    request: &FrontierRequest,
    shard: Shard,
) -> Result<Traced, Failure> {
    // The two ends: from the least money any plan needs, the most impact it buys; and the most
    // impact any plan reaches, with the least money that reaches it (that plan is the last
    // point).
    let (low, high) = rayon::join(
        || -> Result<_, SolveError> {
            let Some((least, start)) =
                tracer.solve(tracer.money.clone(), Sense::Minimise, &[], None)?
            else {
                return Ok(None);
            };
            Ok(tracer
                .point_at_least_money(least, Some(&start))?
                .map(|first| (least, first)))
        },
        || -> Result<_, SolveError> {
            let Some((most, _)) =
                tracer.solve(tracer.impact.clone(), Sense::Maximise, &[], None)?
            else {
                return Ok(None);
            };
            let floor = [hold(tracer.impact.clone(), Sense::Maximise, most)];
            Ok(tracer
                .solve(tracer.money.clone(), Sense::Minimise, &floor, None)?
                .map(|(money, columns)| (most, (money, most, columns))))
        },
    );
    let (Some((least, first)), Some((most, top))) = (low?, high?) else {
        return Ok((None, Vec::new()));
    };
    let max_points = request.max_points.max(2);
    let held = shard.items(items(request));
    let (step, traced): (f64, Vec<Result<Vec<RawPoint>, SolveError>>) = match request.grid {
        Some(n) => {
            let n = n.max(2);
            let top_money = top.0;
            let found = held
                .par_iter()
                .map(|&k| {
                    let money = least + (top_money - least) * k as f64 / (n - 1) as f64;
                    Ok(tracer.point_at_money(money, None)?.into_iter().collect())
                })
                .collect();
            (0.0, found)
        }
        None => {
            let step = ((most - first.1) / (max_points - 1) as f64).max(1e-6 * most.abs().max(1.0));
            let segments = Segments {
                first: &first,
                step,
                most,
                max_points,
            };
            let found = held
                .par_iter()
                .map(|&j| segments.trace(tracer, j))
                .collect();
            (step, found)
        }
    };
    let check = |raw: RawPoint| checked_point(scenario, sources, tracer, raw);
    let mut items = Vec::new();
    for (item, raw) in held.into_iter().zip(traced) {
        let points = raw?.into_iter().map(check).collect::<Result<_, _>>()?;
        items.push((item, points));
    }
    let ends = Ends {
        least,
        most,
        step,
        top: check(top)?,
    };
    Ok((Some(ends), items))
}

/// Segments of the impact range traced apart (side by side when there are threads for them, in
/// separate parts with `--shard`). A fixed number, so that the frontier does not depend on the
/// thread count.
const SEGMENTS: usize = 4;

/// Exact mode: the ε-constraint method from `first` (the most impact of the least money) to
/// the most impact any plan reaches (`most`), with at most `max_points` points. The impact
/// range is cut at fixed levels, a whole number of steps apart, into [`SEGMENTS`] segments;
/// each is traced from the least money that reaches its lower level, and stops when one more
/// step would reach the next segment's level. Where two segments meet, no plan with less money
/// than the upper segment's first point reaches its level, so the step guarantee holds across
/// the cut as within a segment.
struct Segments<'a> {
    /// The most impact of the least money.
    first: &'a RawPoint,
    /// The impact step.
    step: f64,
    /// The most impact any plan reaches.
    most: f64,
    /// At most this many points.
    max_points: usize,
}

impl Segments<'_> {
    /// How many segments.
    fn count(&self) -> usize {
        SEGMENTS.min(self.max_points - 1)
    }

    /// The impact at which segment `j` starts.
    fn level(&self, j: usize) -> f64 {
        if j == self.count() {
            f64::INFINITY // the last segment runs to the most impact
        } else {
            self.first.1 + self.step * (j * (self.max_points - 1) / self.count()) as f64
        }
    }

    /// The points of segment `j`, by increasing money.
    fn trace(&self, tracer: &Tracer, j: usize) -> Result<Vec<RawPoint>, SolveError> {
        let tolerance = 1e-9 * self.most.abs().max(1.0);
        let start = if j == 0 {
            Some(self.first.clone())
        } else {
            match tracer.least_money(self.level(j))? {
                Some((m, columns)) => tracer.point_at_least_money(m, Some(&columns))?,
                None => None,
            }
        };
        let Some(mut point) = start else {
            return Ok(Vec::new());
        };
        let mut points = Vec::new();
        loop {
            let next = point.1 + self.step;
            let more = next < self.level(j + 1) && next <= self.most - tolerance;
            points.push(point);
            if !more || points.len() >= self.max_points {
                return Ok(points);
            }
            let Some((m, columns)) = tracer.least_money(next)? else {
                return Ok(points);
            };
            match tracer.point_at_least_money(m, Some(&columns))? {
                Some(found) => point = found,
                None => return Ok(points),
            }
        }
    }
}

/// The segments' points, in segment order, joined: where one segment ends at the start of the
/// next, the point once; the last point the most impact any plan reaches; at most
/// `max_points`.
fn join_segments(
    traced: impl Iterator<Item = TracedPoint>,
    ends: &Ends,
    max_points: usize,
) -> Vec<TracedPoint> {
    let tolerance = 1e-9 * ends.most.abs().max(1.0);
    let mut joined: Vec<TracedPoint> = Vec::new();
    for point in traced {
        let repeated = joined.last().is_some_and(|p| {
            (p.impact - point.impact).abs() <= tolerance
                && (p.money - point.money).abs() <= 1e-9 * point.money.abs().max(1.0)
        });
        if !repeated {
            joined.push(point);
        }
    }
    if joined
        .last()
        .is_none_or(|p| p.impact < ends.most - tolerance)
    {
        joined.truncate(max_points - 1);
        joined.push(ends.top.clone());
    }
    joined.truncate(max_points);
    joined
}

/// A point from the solver's, its plan checked by the verifier.
fn checked_point(
    scenario: &Scenario,
    sources: &[usize],
    tracer: &Tracer,
    (money, impact, columns): RawPoint,
) -> Result<TracedPoint, Failure> {
    let allocation = plan_from_columns(&tracer.model, &columns, tracer.unit);
    let violations = verify::verify(scenario, &allocation);
    if !violations.is_empty() {
        return Err(Failure::Verification(violations));
    }
    let (money_eur, point_impact) = plan_point(scenario, sources, &allocation);
    let funded = scenario
        .plan
        .actions
        .iter()
        .zip(&allocation.scale)
        .filter(|(_, s)| **s > 0.0)
        .map(|(a, _)| a.id.clone())
        .collect();
    Ok(TracedPoint {
        money,
        impact,
        point: FrontierPoint {
            money_eur,
            impact: point_impact,
            funded,
        },
    })
}

/// The frontier's points, a plan repeated (the end of one segment can be the start of the
/// next) kept once.
fn distinct(traced: Vec<TracedPoint>) -> Vec<FrontierPoint> {
    let mut points: Vec<FrontierPoint> = Vec::new();
    for TracedPoint { point, .. } in traced {
        let same = points.last().is_some_and(|p| {
            (p.money_eur - point.money_eur).abs() < 0.5 && (p.impact - point.impact).abs() < 1e-6
        });
        if !same {
            points.push(point);
        }
    }
    points
}

/// The most impact (impact points) any plan of `scenario` reaches with at most `money_eur` of the
/// counted money; `None` when no plan keeps within it. For checking a frontier point.
pub fn most_impact_within(
    scenario: &Scenario,
    money: &Money,
    money_eur: f64,
) -> Result<Option<f64>, SolveError> {
    with_tracer(scenario, money, |t| {
        Ok(t.most_impact(money_eur / t.unit, None)?.map(|(i, _)| i))
    })
}

/// The least counted money (EUR) any plan of `scenario` needs for an impact of at least
/// `impact`; `None` when no plan reaches it. For checking a frontier point.
pub fn least_money_for(
    scenario: &Scenario,
    money: &Money,
    impact: f64,
) -> Result<Option<f64>, SolveError> {
    with_tracer(scenario, money, |t| {
        Ok(t.least_money(impact)?.map(|(m, _)| m * t.unit))
    })
}

fn with_tracer<T, E>(
    scenario: &Scenario,
    money: &Money,
    run: impl FnOnce(&Tracer) -> Result<T, E>,
) -> Result<T, E> {
    let sources = counted(scenario, money);
    let prepared = Prepared::new(scenario);
    let model = FundingModel::build(&prepared.scenario);
    let mut total = Expression::default();
    for f in model.funding.iter().filter(|f| sources.contains(&f.source)) {
        total.add_mul(1.0, model.amount(f));
    }
    let impact = model.weighted_impact() - model.penalty();
    run(&Tracer {
        model,
        unit: prepared.unit,
        money: total,
        impact,
    })
}
