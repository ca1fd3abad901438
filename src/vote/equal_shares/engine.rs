//! One run of the Method of Equal Shares for a given starting share per voter, exact in its
//! decisions and fast.
//!
//! Exact state, cheap to keep: a voter who could not pay their full part of a project paid all
//! they had and holds exactly 0; every other voter paid `rho_k * u` for each project `k` they
//! supported, where `rho_k` (one exact number per funded project, kept in the [`Ledger`]) is
//! the price per unit of utility of that round. So a voter's exact budget is
//! `b0 - sum(rho_k * u_ik)`, and the exact sum over any set of voters is
//! `m * b0 - sum_k rho_k * W_k` with whole-number weights `W_k`.
//!
//! Fast decisions: each voter also carries a floating-point copy of their budget, derived from
//! the exact `rho_k` (so rounding errors do not compound from round to round). Prices are
//! estimated in floating point with an error bound; whenever two projects' prices, a voter's
//! budget and their share, or a project's cost and its supporters' money are closer than the
//! bound, the comparison is redone in exact arithmetic. Ties that remain exact go to the
//! smaller project id as text, as pabutools' `lexico_tie_breaking` does.

use super::ledger::{Ledger, Money, Price};
use std::cmp::Ordering;

/// The projects and voters of one election, indexed once for every run.
pub(super) struct Prepared<'a> {
    /// Cost of each project, in cents.
    pub costs: &'a [i64],
    /// Project ids, for ties.
    pub ids: &'a [&'a str],
    /// Number of voters, including those with no positive utility (they hold a share too).
    pub voters: usize,
    /// For each project: (voter, utility > 0) of its supporters.
    pub supporters: Vec<Vec<(u32, i64)>>,
    /// Projects with a positive cost and at least one supporter: the ones MES can fund.
    pub candidates: Vec<usize>,
    /// Projects that cost nothing and have a supporter: funded before the first round.
    pub free: Vec<usize>,
}

/// A price per unit of utility estimated in floating point: the exact price lies within `err`.
#[derive(Clone, Copy)]
struct Estimate {
    rho: f64,
    err: f64,
}

/// What the exact price of a project was decided from: who is poor (pays all they have), who
/// is rich (pays `rho * u`).
struct Exact {
    rho: Price,
    poor: Vec<u32>,
}

struct Run<'p, 'a> {
    e: &'p Prepared<'a>,
    ledger: Ledger,
    /// Bound on the rounding error of any sum of floating-point budgets, in cents.
    tol: f64,
    shadow: Vec<f64>,
    zeroed: Vec<bool>,
    /// For each voter: (round, utility) of the projects they paid `rho_round * utility` for.
    paid: Vec<Vec<(u32, i64)>>,
}

/// The projects MES funds when each voter starts with `total_cents / voters` (funding order).
pub(super) fn run(e: &Prepared, total_cents: i128) -> Vec<usize> {
    let n = e.voters;
    let b0_f = total_cents as f64 / n as f64;
    let max_cost = e.costs.iter().copied().max().unwrap_or(0) as f64;
    let money = (total_cents as f64).max(max_cost).max(1.0);
    let tol = 8.0 * f64::EPSILON * money * (n as f64 + 1.0) * (e.candidates.len() as f64 + 3.0);
    let mut run = Run {
        e,
        ledger: Ledger::new(total_cents, n),
        tol,
        shadow: vec![b0_f; n],
        zeroed: vec![false; n],
        paid: vec![Vec::new(); n],
    };
    let mut funded = e.free.clone();
    // Lower bounds on each remaining project's price: prices only rise as budgets fall.
    let mut remaining: Vec<(usize, f64)> = e
        .candidates
        .iter()
        .map(|&p| {
            let total_u: i128 = e.supporters[p].iter().map(|&(_, u)| u as i128).sum();
            (
                p,
                (e.costs[p] as f64 / total_u as f64) * (1.0 - 4.0 * f64::EPSILON),
            )
        })
        .collect();
    while let Some(p) = run.round(&mut remaining) {
        funded.push(p);
    }
    funded
}

impl Run<'_, '_> {
    /// Funds the project with the lowest price per unit of utility, if any is affordable.
    fn round(&mut self, remaining: &mut Vec<(usize, f64)>) -> Option<usize> {
        remaining.sort_by(|a, b| a.1.total_cmp(&b.1));
        let mut evaluated: Vec<(usize, Estimate)> = Vec::new();
        let mut best: Option<Estimate> = None;
        let mut unaffordable = Vec::new();
        for (slot, entry) in remaining.iter_mut().enumerate() {
            let (p, lower) = *entry;
            if best.is_some_and(|b| lower > b.rho + b.err) {
                break;
            }
            match self.estimate(p) {
                None => unaffordable.push(slot),
                Some(est) => {
                    entry.1 = lower.max(est.rho - est.err);
                    if best.is_none_or(|b| est.rho < b.rho) {
                        best = Some(est);
                    }
                    evaluated.push((p, est));
                }
            }
        }
        for slot in unaffordable.into_iter().rev() {
            remaining.remove(slot);
        }
        let best = best?;
        let near: Vec<(usize, Estimate)> = evaluated
            .into_iter()
            .filter(|(_, est)| est.rho - est.err <= best.rho + best.err)
            .collect();
        let mut chosen: Option<(usize, Exact)> = None;
        for (p, est) in near {
            let exact = self.exact(p, est);
            let better = match &chosen {
                None => true,
                Some((q, ex)) => match exact.rho.cmp(&ex.rho) {
                    Ordering::Less => true,
                    Ordering::Equal => self.e.ids[p] < self.e.ids[*q],
                    Ordering::Greater => false,
                },
            };
            if better {
                chosen = Some((p, exact));
            }
        }
        let (p, exact) = chosen?;
        self.fund(p, exact);
        remaining.retain(|&(q, _)| q != p);
        Some(p)
    }

    /// The floating-point price of `p`, or `None` when its supporters cannot pay for it.
    fn estimate(&self, p: usize) -> Option<Estimate> {
        let cost = self.e.costs[p] as f64;
        // (budget per unit of utility, budget, utility) of each supporter with money left.
        let mut items: Vec<(f64, f64, i64)> = Vec::with_capacity(self.e.supporters[p].len());
        let (mut money, mut denom) = (0.0f64, 0.0f64);
        for &(v, u) in &self.e.supporters[p] {
            if !self.zeroed[v as usize] {
                let b = self.shadow[v as usize].max(0.0);
                items.push((b / u as f64, b, u));
                money += b;
                denom += u as f64;
            }
        }
        if money < cost - self.tol {
            return None;
        }
        if money <= cost + self.tol && self.exact_money(p) < self.ledger.cents(self.e.costs[p]) {
            return None;
        }
        // Voters who cannot pay their part at the current price become poor (pay all they
        // have), which raises the price for the rest; repeat until nobody else drops out.
        // This is the same fixed point as pabutools' sorted walk, without sorting.
        let (mut poor, mut paid) = (0usize, 0.0f64);
        let rho = loop {
            if denom <= 0.0 {
                // Everyone pays all they have: their money is the cost, up to rounding.
                break items.iter().map(|it| it.0).fold(0.0, f64::max);
            }
            let rho = (cost - paid) / denom;
            let before = poor;
            for i in before..items.len() {
                let (_, b, u) = items[i];
                if rho * (u as f64) > b {
                    items.swap(i, poor);
                    poor += 1;
                    paid += b;
                    denom -= u as f64;
                }
            }
            if poor == before {
                break rho;
            }
        };
        let u_min = items[poor..]
            .iter()
            .map(|it| it.2)
            .min()
            .unwrap_or(1)
            .max(1);
        let err = 4.0 * self.tol / u_min as f64 + 8.0 * f64::EPSILON * rho.abs();
        Some(Estimate { rho, err })
    }

    /// The exact money the supporters of `p` still hold.
    fn exact_money(&self, p: usize) -> Money {
        let voters = self.e.supporters[p]
            .iter()
            .map(|&(v, _)| v)
            .filter(|&v| !self.zeroed[v as usize]);
        self.exact_sum(voters)
    }

    /// The exact sum of the budgets of `voters` (none of them zeroed).
    fn exact_sum(&self, voters: impl Iterator<Item = u32>) -> Money {
        let mut weights = vec![0i128; self.ledger.rounds()];
        let mut count: i128 = 0;
        for v in voters {
            count += 1;
            for &(k, u) in &self.paid[v as usize] {
                weights[k as usize] += u as i128;
            }
        }
        self.ledger.sum(count, &weights)
    }

    /// The exact budget of voter `v`.
    fn exact_budget(&self, v: u32) -> Money {
        if self.zeroed[v as usize] {
            return Money::default();
        }
        self.exact_sum(std::iter::once(v))
    }

    /// The exact price of `p`: voters clearly below or above the estimate are poor or rich
    /// as the estimate says; those within its error are sorted and walked exactly, as
    /// pabutools walks all supporters.
    fn exact(&self, p: usize, est: Estimate) -> Exact {
        let cost = self.ledger.cents(self.e.costs[p]);
        let (mut poor, mut unclear, mut rich_u) = (Vec::new(), Vec::new(), 0i128);
        for &(v, u) in &self.e.supporters[p] {
            if self.zeroed[v as usize] {
                continue;
            }
            let b = self.shadow[v as usize];
            let margin = self.tol + est.err * u as f64;
            let share = est.rho * u as f64;
            if b < share - margin {
                poor.push(v);
            } else if b > share + margin {
                rich_u += u as i128;
            } else {
                unclear.push((v, u, self.exact_budget(v)));
            }
        }
        let mut paid = self.exact_sum(poor.iter().copied());
        unclear.sort_by(|a, b| Ledger::cmp_per_unit(&a.2, a.1, &b.2, b.1));
        let mut denom: i128 = rich_u + unclear.iter().map(|x| x.1 as i128).sum::<i128>();
        for (v, u, b) in unclear {
            let rho = Price::new(&cost, &paid, denom);
            if rho.affordable_from(u, &b) {
                return Exact { rho, poor };
            }
            paid += b;
            denom -= u as i128;
            poor.push(v);
        }
        if denom > 0 {
            let rho = Price::new(&cost, &paid, denom);
            return Exact { rho, poor };
        }
        // Every supporter is poor, so their money is exactly the cost (it was checked to be at
        // least the cost): the price is the largest budget per unit of utility.
        self.exact_all_pay(p)
    }

    /// The price when the supporters' money is exactly the cost: each pays all they have.
    fn exact_all_pay(&self, p: usize) -> Exact {
        let mut rho = Price::all_of(&Money::default(), 1);
        let mut poor = Vec::new();
        for &(v, u) in &self.e.supporters[p] {
            if !self.zeroed[v as usize] {
                let ratio = Price::all_of(&self.exact_budget(v), u);
                if ratio.cmp(&rho) == Ordering::Greater {
                    rho = ratio;
                }
                poor.push(v);
            }
        }
        Exact { rho, poor }
    }

    /// Charges the supporters of `p` at the exact price: the poor pay all they have, the rich
    /// `rho * u`.
    fn fund(&mut self, p: usize, exact: Exact) {
        let round = self.ledger.rounds() as u32;
        let rho_f = self.ledger.push(exact.rho);
        let mut is_poor = vec![false; 0];
        if !exact.poor.is_empty() {
            is_poor = vec![false; self.e.voters];
            for &v in &exact.poor {
                is_poor[v as usize] = true;
            }
        }
        for &(v, u) in &self.e.supporters[p] {
            let vi = v as usize;
            if self.zeroed[vi] {
                continue;
            }
            if is_poor.get(vi).copied().unwrap_or(false) {
                self.zeroed[vi] = true;
                self.shadow[vi] = 0.0;
                self.paid[vi].clear();
            } else {
                self.paid[vi].push((round, u));
                self.shadow[vi] -= rho_f * u as f64;
            }
        }
    }
}
