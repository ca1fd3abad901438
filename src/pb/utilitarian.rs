//! Maximum utilitarian welfare: the set of projects with the most total support that fits the
//! budget, a 0/1 knapsack solved exactly with HiGHS (gap 0, one thread, as in [`crate::solve`]).
//!
//! Several sets may reach the same welfare. The answer is made unique in stages:
//! 1. the most total support `W`;
//! 2. holding `W`: the least total cost `C`;
//! 3. holding `W` and `C`: if another set also reaches them (checked by excluding the set
//!    found), projects are taken in the order of most support, then id as text, each funded
//!    when some set with `W` and `C` funds it together with those already taken.
//!
//! Costs are divided by their greatest common divisor, so the budget row holds small whole
//! numbers, and the answer is re-checked in whole cents.

use crate::solve::stage::set_option;
use crate::solve::SolveError;
use good_lp::solvers::highs::highs;
use good_lp::{variable, Expression, ProblemVariables, SolverModel, Variable};
use highs::HighsModelStatus;

/// The projects that maximise total `support` within `budget_cents` (indices, ascending).
///
/// `costs_cents`, `support` and `ids` hold one entry per project; `ids` break the last ties.
pub fn utilitarian(
    costs_cents: &[i64],
    support: &[u64],
    ids: &[&str],
    budget_cents: i64,
) -> Result<Vec<usize>, SolveError> {
    let n = costs_cents.len();
    let unit = costs_cents.iter().fold(0i64, |g, &c| gcd(g, c)).max(1);
    let knapsack = Knapsack {
        costs: costs_cents.iter().map(|&c| (c / unit) as f64).collect(),
        support: support.iter().map(|&s| s as f64).collect(),
        budget: (budget_cents.max(0) / unit) as f64,
    };
    let welfare_of = |set: &[bool]| -> u64 { (0..n).filter(|&p| set[p]).map(|p| support[p]).sum() };
    let cost_of =
        |set: &[bool]| -> i64 { (0..n).filter(|&p| set[p]).map(|p| costs_cents[p]).sum() };

    let first = knapsack
        .solve(&Extra::default(), Goal::MostSupport)?
        .ok_or_else(|| fault("the knapsack has no solution, yet funding nothing always fits"))?;
    let welfare = welfare_of(&first);
    let mut extra = Extra {
        min_support: Some(welfare as f64),
        ..Extra::default()
    };
    let mut best = knapsack
        .solve(&extra, Goal::LeastCost)?
        .ok_or_else(|| fault("no set keeps the most support found"))?;
    extra.max_cost = Some((cost_of(&best) / unit) as f64);

    let other = Extra {
        exclude: Some(best.clone()),
        ..extra.clone()
    };
    if knapsack.solve(&other, Goal::Feasible)?.is_some() {
        let mut order: Vec<usize> = (0..n).collect();
        order.sort_by(|&a, &b| support[b].cmp(&support[a]).then_with(|| ids[a].cmp(ids[b])));
        for p in order {
            if !best[p] {
                extra.fixed.push((p, true));
                match knapsack.solve(&extra, Goal::Feasible)? {
                    Some(set) => {
                        best = set;
                        continue;
                    }
                    None => extra.fixed.pop(),
                };
            }
            extra.fixed.push((p, best[p]));
        }
    }
    if cost_of(&best) > budget_cents || welfare_of(&best) != welfare {
        return Err(fault(
            "the set found breaks the budget or loses support on re-checking in cents",
        ));
    }
    Ok((0..n).filter(|&p| best[p]).collect())
}

/// The knapsack in solver units.
struct Knapsack {
    costs: Vec<f64>,
    support: Vec<f64>,
    budget: f64,
}

/// Rows added to the knapsack in the tie-break stages.
#[derive(Debug, Clone, Default)]
struct Extra {
    /// Total support at least this.
    min_support: Option<f64>,
    /// Total cost (solver units) at most this.
    max_cost: Option<f64>,
    /// Projects fixed in (true) or out (false).
    fixed: Vec<(usize, bool)>,
    /// A set that must not be the answer.
    exclude: Option<Vec<bool>>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Goal {
    MostSupport,
    LeastCost,
    Feasible,
}

impl Knapsack {
    /// Solves with the rows of `extra`; `None` when no set satisfies them.
    fn solve(&self, extra: &Extra, goal: Goal) -> Result<Option<Vec<bool>>, SolveError> {
        let n = self.costs.len();
        let mut vars = ProblemVariables::new();
        let x: Vec<Variable> = (0..n).map(|_| vars.add(variable().binary())).collect();
        let sum =
            |weights: &[f64]| -> Expression { x.iter().zip(weights).map(|(&v, &w)| w * v).sum() };
        let objective = match goal {
            Goal::MostSupport => sum(&self.support),
            Goal::LeastCost => -sum(&self.costs),
            Goal::Feasible => Expression::from(0.0),
        };
        let mut problem = vars.maximise(objective).using(highs);
        problem.add_constraint(sum(&self.costs).leq(self.budget));
        if let Some(w) = extra.min_support {
            problem.add_constraint(sum(&self.support).geq(w - 0.5));
        }
        if let Some(c) = extra.max_cost {
            problem.add_constraint(sum(&self.costs).leq(c + 0.5));
        }
        for &(p, value) in &extra.fixed {
            let v = if value { 1.0 } else { 0.0 };
            problem.add_constraint(Expression::from(x[p]).eq(v));
        }
        if let Some(set) = &extra.exclude {
            // At least one project differs from `set`.
            let mut differs = Expression::from(0.0);
            for (p, &inside) in set.iter().enumerate() {
                differs += if inside {
                    1.0 - x[p]
                } else {
                    Expression::from(x[p])
                };
            }
            problem.add_constraint(differs.geq(1.0));
        }
        let mut model = problem
            .try_into_inner()
            .map_err(|e| SolveError::highs(e.to_string()))?;
        model.make_quiet();
        let options: [(&str, f64); 3] = [
            ("mip_rel_gap", 0.0),
            ("mip_feasibility_tolerance", 1e-9),
            ("primal_feasibility_tolerance", 1e-9),
        ];
        for (key, value) in options {
            set_option(&mut model, key, value)?;
        }
        set_option(&mut model, "threads", 1)?;
        let solved = model
            .try_solve()
            .map_err(|e| SolveError::highs(format!("{e:?}")))?;
        match solved.status() {
            HighsModelStatus::Optimal | HighsModelStatus::ModelEmpty => {}
            HighsModelStatus::Infeasible => return Ok(None),
            other => return Err(fault(&format!("HiGHS stopped with status {other:?}"))),
        }
        let columns = solved.get_solution().columns().to_vec();
        Ok(Some(columns.iter().map(|&v| v > 0.5).collect()))
    }
}

fn fault(message: &str) -> SolveError {
    SolveError::highs(format!("maximum-welfare knapsack: {message}"))
}

fn gcd(a: i64, b: i64) -> i64 {
    if b == 0 {
        a.abs()
    } else {
        gcd(b, a % b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn beats_greedy_where_greedy_wastes_money() {
        // Greedy funds "a" (10 votes, cost 60) and nothing else fits; b + c give 9 + 8 = 17.
        let set = utilitarian(&[60, 50, 50], &[10, 9, 8], &["a", "b", "c"], 100).unwrap();
        assert_eq!(set, [1, 2]);
    }

    #[test]
    fn ties_go_to_the_cheaper_set_then_the_more_supported_projects() {
        // {a} and {b, c} both have support 6; {b, c} costs less.
        let set = utilitarian(&[90, 40, 40], &[6, 3, 3], &["a", "b", "c"], 100).unwrap();
        assert_eq!(set, [1, 2]);
        // {a} and {b} tie on support and cost: "a" comes first by id.
        let set = utilitarian(&[50, 50], &[4, 4], &["a", "b"], 70).unwrap();
        assert_eq!(set, [0]);
        // A project with no support and no cost is funded (nothing to lose).
        let set = utilitarian(&[0, 50], &[0, 4], &["z", "b"], 70).unwrap();
        assert_eq!(set, [0, 1]);
    }

    #[test]
    fn nothing_fits() {
        assert!(utilitarian(&[200], &[5], &["a"], 100).unwrap().is_empty());
        assert!(utilitarian(&[], &[], &[], 100).unwrap().is_empty());
    }

    #[test]
    fn cents_decide_without_rounding() {
        // 0.01 short of fitting both.
        let set = utilitarian(&[5_000_001, 5_000_000], &[2, 3], &["a", "b"], 10_000_000).unwrap();
        assert_eq!(set, [1]);
    }
}
