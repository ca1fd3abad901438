//! Fuzz check of the whole pipeline on small valid plans: plan tables → loader → model → solver
//! → independent verifier, and the verdict against a plan computed here without the model.
//!
//! Included by `fuzz/fuzz_targets/plan.rs` and by `tests/fuzz_corpus.rs`, which replays every
//! file of `fuzz/corpus/plan/` and `fuzz/regressions/plan/` through [`check`].
//!
//! The input bytes drive a structured generator ([`Spec`], read with `bytes.rs`) of a *valid*
//! plan: 1–5 actions over 1–3 periods (costs, staff hours, scales, two indicators, `requires`,
//! `excludes`, `must`/`never`, `latest_start`, `deadline`, owners), 1–3 sources (budgets per
//! period and in total, co-financing shares, eligibility, grant limits, `spend_by`), up to two
//! partners, targets and owners, and a scenario (objective, staff capacity, weights). The tables
//! are written as CSV files, comma- or semicolon-separated, so they go through the real loader.
//!
//! The properties:
//! - the generated plan loads (the generator only writes valid plans);
//! - solving never fails, and a plan the solver returns breaks no rule (`fundmix::verify`);
//! - a greedy plan built here (actions one by one, most weighted impact first, each paid wholly
//!   by one source that may pay all of it, within every budget, staff and owner limit) that keeps
//!   every `must` and hard target proves a plan exists: the solver must not say `infeasible`, and
//!   its plan must be at least as good as the greedy one (or as funding only the `must` actions),
//!   its objective recomputed here from the plan's scales and money;
//! - for `max-impact`, the objective the solver reports is that of its plan.

#[path = "bytes.rs"]
mod bytes;

use bytes::Bytes;
use fundmix::domain::Objective;
use fundmix::solve::{SolveOptions, SolveStatus};
use fundmix::validate::load_scenario;
use std::fmt::Write as _;

/// One action as the generator draws it.
#[derive(Debug, Clone)]
struct ActionSpec {
    category: u8,
    cost: [u8; 3],
    hours: [u8; 3],
    min_scale: u8,
    impact: [u8; 2],
    requires: Option<u8>,
    excludes: Option<u8>,
    status: u8,
    latest_start: Option<u8>,
    deadline: Option<u8>,
    owner: Option<u8>,
}

/// One funding source as the generator draws it.
#[derive(Debug, Clone)]
struct SourceSpec {
    kind: u8,
    budget_total: Option<u8>,
    budget: [Option<u8>; 3],
    share: u8,
    eligible: Option<u8>,
    min_grant: Option<u8>,
    max_grant: Option<u8>,
    spend_by: Option<u8>,
}

/// One partner as the generator draws it.
#[derive(Debug, Clone)]
struct PartnerSpec {
    cash: [Option<u8>; 3],
    hours: [Option<u8>; 3],
    eligible: Option<u8>,
    max_actions: Option<u8>,
}

/// One target as the generator draws it.
#[derive(Debug, Clone)]
struct TargetSpec {
    indicator: bool,
    min: u8,
    hard: bool,
    penalty: u8,
}

/// A whole plan and scenario as the generator draws them.
#[derive(Debug, Clone)]
struct Spec {
    periods: u8,
    /// Money in thousands of EUR rather than hundreds (a larger money unit for the model).
    big: bool,
    semicolon: bool,
    min_own_cost: bool,
    staff_capacity: Option<[u8; 3]>,
    weights: [u8; 2],
    owners: Vec<[u8; 3]>,
    actions: Vec<ActionSpec>,
    sources: Vec<SourceSpec>,
    partners: Vec<PartnerSpec>,
    targets: Vec<TargetSpec>,
}

impl Spec {
    /// The plan the bytes describe.
    fn read(b: &mut Bytes) -> Spec {
        let three = |b: &mut Bytes| [b.u8(), b.u8(), b.u8()];
        let three_maybe = |b: &mut Bytes| {
            [
                b.option(Bytes::u8),
                b.option(Bytes::u8),
                b.option(Bytes::u8),
            ]
        };
        let periods = b.u8();
        let (big, semicolon, min_own_cost) = (b.bool(), b.bool(), b.bool());
        let staff_capacity = b.option(three);
        let weights = [b.u8(), b.u8()];
        let owners = (0..b.below(3)).map(|_| three(b)).collect();
        let actions = (0..1 + b.below(5))
            .map(|_| ActionSpec {
                category: b.u8(),
                cost: three(b),
                hours: three(b),
                min_scale: b.u8(),
                impact: [b.u8(), b.u8()],
                requires: b.option(Bytes::u8),
                excludes: b.option(Bytes::u8),
                status: b.u8(),
                latest_start: b.option(Bytes::u8),
                deadline: b.option(Bytes::u8),
                owner: b.option(Bytes::u8),
            })
            .collect();
        let sources = (0..1 + b.below(3))
            .map(|_| SourceSpec {
                kind: b.u8(),
                budget_total: b.option(Bytes::u8),
                budget: three_maybe(b),
                share: b.u8(),
                eligible: b.option(Bytes::u8),
                min_grant: b.option(Bytes::u8),
                max_grant: b.option(Bytes::u8),
                spend_by: b.option(Bytes::u8),
            })
            .collect();
        let partners = (0..b.below(3))
            .map(|_| PartnerSpec {
                cash: three_maybe(b),
                hours: three_maybe(b),
                eligible: b.option(Bytes::u8),
                max_actions: b.option(Bytes::u8),
            })
            .collect();
        let targets = (0..b.below(3))
            .map(|_| TargetSpec {
                indicator: b.bool(),
                min: b.u8(),
                hard: b.bool(),
                penalty: b.u8(),
            })
            .collect();
        Spec {
            periods,
            big,
            semicolon,
            min_own_cost,
            staff_capacity,
            weights,
            owners,
            actions,
            sources,
            partners,
            targets,
        }
    }
}

/// The plan in numbers, as written to the tables (EUR, hours, indices).
#[derive(Debug, Default)]
struct Numbers {
    periods: usize,
    cost: Vec<Vec<f64>>,
    hours: Vec<Vec<f64>>,
    impact: Vec<[f64; 2]>,
    category: Vec<usize>,
    requires: Vec<Option<usize>>,
    excludes: Vec<Option<usize>>,
    /// 0 free, 1 must, 2 never.
    status: Vec<u8>,
    /// Owner row of owners.csv, when the action has one.
    owner: Vec<Option<usize>>,
    own: Vec<bool>,
    budget_total: Vec<Option<f64>>,
    budget: Vec<Vec<Option<f64>>>,
    share: Vec<f64>,
    /// `None`: every action; `Some(Ok(c))`: category c; `Some(Err(a))`: action a.
    eligible: Vec<Option<Result<usize, usize>>>,
    min_grant: Vec<Option<f64>>,
    max_grant: Vec<Option<f64>>,
    spend_by: Vec<Option<usize>>,
    owner_hours: Vec<Vec<f64>>,
    staff: Option<Vec<f64>>,
    weights: [f64; 2],
    /// (indicator, min, hard, penalty)
    targets: Vec<(usize, f64, bool, f64)>,
    min_own_cost: bool,
}

const INDICATORS: [&str; 2] = ["people", "points"];

/// A number cell in the dialect of the table.
fn num(x: f64, semicolon: bool) -> String {
    let text = format!("{x}");
    if semicolon {
        text.replace('.', ",")
    } else {
        text
    }
}

/// A table written in the dialect.
fn table(header: &[String], rows: &[Vec<String>], semicolon: bool) -> String {
    let separator = if semicolon { ";" } else { "," };
    let mut text = header.join(separator);
    text.push('\n');
    for row in rows {
        text.push_str(&row.join(separator));
        text.push('\n');
    }
    text
}

/// The plan files (path relative to the scenario's folder, text) and the numbers they hold.
fn write(spec: &Spec) -> Option<(Vec<(String, String)>, Numbers)> {
    let np = usize::from(spec.periods % 3) + 1;
    let na = spec.actions.len().clamp(1, 5);
    let ns = spec.sources.len().clamp(1, 3);
    let nk = spec.partners.len().min(2);
    let no = spec.owners.len().min(2);
    let sc = spec.semicolon;
    let money = if spec.big { 1000.0 } else { 100.0 };
    let periods: Vec<String> = (0..np).map(|p| (2025 + p).to_string()).collect();
    let suffixed =
        |name: &str| -> Vec<String> { periods.iter().map(|p| format!("{name}_{p}")).collect() };
    let mut n = Numbers {
        periods: np,
        min_own_cost: spec.min_own_cost,
        weights: [
            f64::from(spec.weights[0] % 4),
            f64::from(spec.weights[1] % 4),
        ],
        ..Numbers::default()
    };
    let actions: Vec<ActionSpec> = (0..na)
        .map(|a| spec.actions.get(a).cloned())
        .collect::<Option<_>>()?;
    let partner_id = |k: usize| format!("k{k}");

    // owners.csv
    let mut files = Vec::new();
    for o in spec.owners.iter().take(no) {
        n.owner_hours
            .push((0..np).map(|p| f64::from(o[p] % 50) * 10.0).collect());
    }
    if no > 0 {
        let mut header = vec!["id".to_string(), "name".into()];
        header.extend(suffixed("hours"));
        let rows: Vec<Vec<String>> = (0..no)
            .map(|o| {
                let mut row = vec![format!("o{o}"), format!("Owner {o}")];
                row.extend(n.owner_hours[o].iter().map(|&h| num(h, sc)));
                row
            })
            .collect();
        files.push(("plan/owners.csv".into(), table(&header, &rows, sc)));
    }

    // actions.csv
    let mut header = vec!["id".to_string(), "name".into(), "category".into()];
    header.extend(suffixed("cost"));
    header.extend(suffixed("staff_hours"));
    header.extend(
        [
            "min_scale",
            "impact_people",
            "impact_points",
            "requires",
            "excludes",
            "status",
            "latest_start",
            "deadline",
            "owner",
        ]
        .map(String::from),
    );
    let mut rows = Vec::new();
    for (a, spec_a) in actions.iter().enumerate() {
        let cost: Vec<f64> = (0..np)
            .map(|p| f64::from(spec_a.cost[p] % 40) * money)
            .collect();
        let hours: Vec<f64> = (0..np).map(|p| f64::from(spec_a.hours[p] % 30)).collect();
        let active: Vec<usize> = (0..np)
            .filter(|&p| cost[p] > 0.0 || hours[p] > 0.0)
            .collect();
        let other = |x: Option<u8>| x.map(|x| usize::from(x) % na).filter(|&b| b != a && na > 1);
        // Only on an earlier action, so the links never form a cycle.
        let requires = other(spec_a.requires).filter(|&b| b < a);
        let excludes = other(spec_a.excludes).filter(|&b| Some(b) != requires);
        let status = match spec_a.status % 8 {
            0 => 1,
            1 => 2,
            _ => 0,
        };
        let min_scale = match spec_a.min_scale % 11 {
            0 => String::new(),
            k => num(f64::from(k) / 10.0, sc),
        };
        let (latest_start, deadline) = match (active.first(), active.last()) {
            (Some(&first), Some(&last)) => (
                spec_a
                    .latest_start
                    .map(|x| periods[first + usize::from(x) % (np - first)].clone()),
                spec_a
                    .deadline
                    .map(|x| periods[last + usize::from(x) % (np - last)].clone()),
            ),
            _ => (None, None),
        };
        let owner = spec_a.owner.and_then(|x| {
            let x = usize::from(x);
            if no > 0 && x % 2 == 0 {
                Some((format!("o{}", (x / 2) % no), Some((x / 2) % no)))
            } else if nk > 0 {
                Some((partner_id(x % nk), None))
            } else {
                None
            }
        });
        let impact = [
            f64::from(spec_a.impact[0] % 50),
            f64::from(spec_a.impact[1] % 50),
        ];
        let mut row = vec![
            format!("a{a}"),
            format!("Action {a}"),
            format!("c{}", spec_a.category % 3),
        ];
        row.extend(cost.iter().map(|&c| num(c, sc)));
        row.extend(hours.iter().map(|&h| num(h, sc)));
        row.push(min_scale);
        row.push(num(impact[0], sc));
        row.push(num(impact[1], sc));
        row.push(requires.map(|b| format!("a{b}")).unwrap_or_default());
        row.push(excludes.map(|b| format!("a{b}")).unwrap_or_default());
        row.push(["", "must", "never"][usize::from(status)].to_string());
        row.push(latest_start.unwrap_or_default());
        row.push(deadline.unwrap_or_default());
        row.push(owner.as_ref().map(|o| o.0.clone()).unwrap_or_default());
        rows.push(row);
        n.cost.push(cost);
        n.hours.push(hours);
        n.impact.push(impact);
        n.category.push(usize::from(spec_a.category % 3));
        n.requires.push(requires);
        n.excludes.push(excludes);
        n.status.push(status);
        n.owner.push(owner.and_then(|o| o.1));
    }
    files.push(("plan/actions.csv".into(), table(&header, &rows, sc)));

    // sources.csv
    let mut header = vec![
        "id".to_string(),
        "name".into(),
        "kind".into(),
        "budget".into(),
    ];
    header.extend(suffixed("budget"));
    header.extend(
        [
            "max_share",
            "eligible",
            "min_grant",
            "max_grant",
            "spend_by",
        ]
        .map(String::from),
    );
    let mut rows = Vec::new();
    for s in 0..ns {
        let spec_s = spec.sources.get(s)?;
        let own = s == 0 || spec_s.kind % 4 == 0;
        let kind = if own {
            "own"
        } else {
            ["eu", "national", "grant"][usize::from(spec_s.kind % 4) - 1]
        };
        let amount = |x: Option<u8>| x.map(|x| f64::from(x) * money);
        let budget: Vec<Option<f64>> = (0..np).map(|p| amount(spec_s.budget[p])).collect();
        // A source needs a total budget or one for every period.
        let budget_total = amount(spec_s.budget_total).or_else(|| {
            budget
                .contains(&None)
                .then(|| f64::from(spec_s.kind) * money)
        });
        let share = f64::from(spec_s.share % 101) / 100.0;
        // A category some action has, or an action.
        let eligible = spec_s.eligible.map(|x| {
            let a = usize::from(x / 2) % na;
            if x % 2 == 0 {
                Ok(usize::from(actions[a].category % 3))
            } else {
                Err(a)
            }
        });
        let (mut min_grant, mut max_grant) = (amount(spec_s.min_grant), amount(spec_s.max_grant));
        if let (Some(low), Some(high)) = (min_grant, max_grant) {
            (min_grant, max_grant) = (Some(low.min(high)), Some(low.max(high)));
        }
        let spend_by = spec_s.spend_by.map(|x| usize::from(x) % np);
        let mut row = vec![
            format!("s{s}"),
            format!("Source {s}"),
            kind.to_string(),
            budget_total.map(|b| num(b, sc)).unwrap_or_default(),
        ];
        row.extend(
            budget
                .iter()
                .map(|b| b.map(|b| num(b, sc)).unwrap_or_default()),
        );
        row.push(num(share, sc));
        row.push(match eligible {
            None => String::new(),
            Some(Ok(c)) => format!("c{c}"),
            Some(Err(a)) => format!("a{a}"),
        });
        row.push(min_grant.map(|g| num(g, sc)).unwrap_or_default());
        row.push(max_grant.map(|g| num(g, sc)).unwrap_or_default());
        row.push(spend_by.map(|p| periods[p].clone()).unwrap_or_default());
        rows.push(row);
        n.own.push(own);
        n.budget_total.push(budget_total);
        n.budget.push(budget);
        n.share.push(share);
        n.eligible.push(eligible);
        n.min_grant.push(min_grant);
        n.max_grant.push(max_grant);
        n.spend_by.push(spend_by);
    }
    files.push(("plan/sources.csv".into(), table(&header, &rows, sc)));

    // partners.csv
    if nk > 0 {
        let mut header = vec!["id".to_string(), "name".into()];
        header.extend(suffixed("cash"));
        header.extend(suffixed("staff_hours"));
        header.extend(["eligible", "max_actions"].map(String::from));
        let mut rows = Vec::new();
        for (k, spec_k) in spec.partners.iter().take(nk).enumerate() {
            let mut row = vec![partner_id(k), format!("Partner {k}")];
            row.extend(
                (0..np)
                    .map(|p| spec_k.cash[p].map(|c| num(f64::from(c) * money, sc)))
                    .map(Option::unwrap_or_default),
            );
            row.extend(
                (0..np)
                    .map(|p| spec_k.hours[p].map(|h| num(f64::from(h % 50), sc)))
                    .map(Option::unwrap_or_default),
            );
            row.push(
                spec_k
                    .eligible
                    .map(|x| format!("c{}", actions[usize::from(x) % na].category % 3))
                    .unwrap_or_default(),
            );
            row.push(
                spec_k
                    .max_actions
                    .map(|m| (m % 4).to_string())
                    .unwrap_or_default(),
            );
            rows.push(row);
        }
        files.push(("plan/partners.csv".into(), table(&header, &rows, sc)));
    }

    // targets.csv: one target per indicator at most.
    let mut rows = Vec::new();
    for t in spec.targets.iter().take(2) {
        let indicator = usize::from(t.indicator);
        if n.targets.iter().any(|x| x.0 == indicator) {
            continue;
        }
        let min = f64::from(t.min % 100);
        let penalty = if t.hard {
            0.0
        } else {
            f64::from(t.penalty % 10)
        };
        n.targets.push((indicator, min, t.hard, penalty));
        rows.push(vec![
            INDICATORS[indicator].to_string(),
            num(min, sc),
            t.hard.to_string(),
            if t.hard {
                String::new()
            } else {
                num(penalty, sc)
            },
        ]);
    }
    if !rows.is_empty() {
        let header = ["indicator", "min", "hard", "penalty"].map(String::from);
        files.push(("plan/targets.csv".into(), table(&header, &rows, sc)));
    }

    // scenario.toml
    n.staff = spec
        .staff_capacity
        .map(|s| (0..np).map(|p| f64::from(s[p] % 50) * 10.0).collect());
    let mut toml = String::from("name = \"Fuzz\"\nplan = \"plan\"\n");
    let objective = if spec.min_own_cost {
        "min-own-cost"
    } else {
        "max-impact"
    };
    let _ = writeln!(toml, "objective = \"{objective}\"");
    if let Some(staff) = &n.staff {
        let cells: Vec<String> = periods
            .iter()
            .zip(staff)
            .map(|(p, h)| format!("\"{p}\" = {h}"))
            .collect();
        let _ = writeln!(toml, "staff_capacity = {{ {} }}", cells.join(", "));
    }
    let _ = writeln!(
        toml,
        "[weights]\npeople = {}\npoints = {}",
        n.weights[0], n.weights[1]
    );
    files.push(("scenario.toml".into(), toml));
    Some((files, n))
}

/// A plan in numbers: scales per action, own money.
struct Candidate {
    scale: Vec<f64>,
    own_eur: f64,
}

impl Numbers {
    fn indicator(&self, scale: &[f64], i: usize) -> f64 {
        scale.iter().zip(&self.impact).map(|(s, v)| s * v[i]).sum()
    }

    /// Σ weight × indicator − penalties (`max-impact`) or own money + penalties
    /// (`min-own-cost`).
    fn objective(&self, plan: &Candidate) -> f64 {
        let penalties: f64 = self
            .targets
            .iter()
            .filter(|t| !t.2)
            .map(|&(i, min, _, penalty)| penalty * (min - self.indicator(&plan.scale, i)).max(0.0))
            .sum();
        if self.min_own_cost {
            plan.own_eur + penalties
        } else {
            let impact: f64 = (0..2)
                .map(|i| self.weights[i] * self.indicator(&plan.scale, i))
                .sum();
            impact - penalties
        }
    }

    /// A plan built one action at a time (`musts` first, then the most weighted impact first
    /// when `all`), each action funded wholly, as written, by one source; `None` when a `must`
    /// action or a hard target cannot be kept so.
    fn greedy(&self, all: bool) -> Option<Candidate> {
        let na = self.cost.len();
        let value = |a: usize| -> f64 { (0..2).map(|i| self.weights[i] * self.impact[a][i]).sum() };
        let mut order: Vec<usize> = (0..na).filter(|&a| self.status[a] == 1).collect();
        if all {
            let mut free: Vec<usize> = (0..na).filter(|&a| self.status[a] == 0).collect();
            free.sort_by(|&a, &b| value(b).total_cmp(&value(a)).then(a.cmp(&b)));
            order.extend(free);
        }
        let mut funded = vec![false; na];
        let mut own_eur = 0.0;
        let mut budget = self.budget.clone();
        let mut total = self.budget_total.clone();
        let mut staff = self.staff.clone();
        let mut owner_hours = self.owner_hours.clone();
        for a in order {
            let must = self.status[a] == 1;
            let cost = &self.cost[a];
            let hours = &self.hours[a];
            let sum: f64 = cost.iter().sum();
            let linked_ok = self.requires[a].is_none_or(|b| funded[b])
                && self.excludes[a].is_none_or(|b| !funded[b])
                && (0..na).all(|b| !funded[b] || self.excludes[b] != Some(a));
            let staff_ok = staff
                .as_ref()
                .is_none_or(|left| (0..self.periods).all(|p| hours[p] <= left[p]));
            let owner_ok = self.owner[a]
                .is_none_or(|o| (0..self.periods).all(|p| hours[p] <= owner_hours[o][p]));
            let last_paid = (0..self.periods).rev().find(|&p| cost[p] > 0.0);
            let payer = (0..self.share.len()).find(|&s| {
                let eligible = match self.eligible[s] {
                    None => true,
                    Some(Ok(c)) => self.category[a] == c,
                    Some(Err(b)) => b == a,
                };
                eligible
                    && self.share[s] >= 1.0
                    && (0..self.periods)
                        .all(|p| cost[p] == 0.0 || budget[s][p].is_none_or(|b| cost[p] <= b))
                    && total[s].is_none_or(|t| sum <= t)
                    && self.min_grant[s].is_none_or(|g| g <= sum)
                    && self.max_grant[s].is_none_or(|g| sum <= g)
                    && match (self.spend_by[s], last_paid) {
                        (Some(by), Some(last)) => last <= by,
                        _ => true,
                    }
            });
            let paid = sum == 0.0 || payer.is_some();
            if !(linked_ok && staff_ok && owner_ok && paid) {
                if must {
                    return None;
                }
                continue;
            }
            funded[a] = true;
            if let Some(left) = staff.as_mut() {
                (0..self.periods).for_each(|p| left[p] -= hours[p]);
            }
            if let Some(o) = self.owner[a] {
                (0..self.periods).for_each(|p| owner_hours[o][p] -= hours[p]);
            }
            if let (Some(s), true) = (payer, sum > 0.0) {
                for (p, left) in budget[s].iter_mut().enumerate() {
                    if let Some(left) = left {
                        *left -= cost[p];
                    }
                }
                if let Some(t) = total[s].as_mut() {
                    *t -= sum;
                }
                if self.own[s] {
                    own_eur += sum;
                }
            }
        }
        let scale: Vec<f64> = funded.iter().map(|&f| if f { 1.0 } else { 0.0 }).collect();
        let hard_ok = self
            .targets
            .iter()
            .filter(|t| t.2)
            .all(|&(i, min, _, _)| self.indicator(&scale, i) >= min);
        hard_ok.then_some(Candidate { scale, own_eur })
    }
}

/// Runs the check on `data`.
pub fn check(data: &[u8]) {
    let spec = Spec::read(&mut Bytes::new(data));
    let Some((files, numbers)) = write(&spec) else {
        return;
    };
    let dir = tempfile::tempdir().expect("a temporary folder");
    std::fs::create_dir(dir.path().join("plan")).expect("the plan folder");
    for (name, text) in &files {
        std::fs::write(dir.path().join(name), text).expect("a plan file");
    }
    let listing = || {
        files
            .iter()
            .map(|(name, text)| format!("--- {name}\n{text}"))
            .collect::<String>()
    };
    let scenario = match load_scenario(&dir.path().join("scenario.toml")) {
        Ok(scenario) => scenario,
        Err(error) => panic!("a valid plan is refused:\n{error}\n{}", listing()),
    };
    let solved = match fundmix::solve_and_analyse(&scenario, &SolveOptions::default()) {
        Ok(solved) => solved,
        Err(failure) => panic!("the solve failed: {failure}\n{}", listing()),
    };
    let outcome = &solved.outcome;
    let found = match &outcome.allocation {
        Some(allocation) => {
            let violations = fundmix::verify::verify(&scenario, allocation);
            assert!(
                violations.is_empty(),
                "the plan breaks rules: {violations:?}\n{}",
                listing()
            );
            assert_eq!(outcome.status, SolveStatus::Optimal, "{}", listing());
            let own_eur = allocation
                .funding
                .iter()
                .filter(|f| numbers.own[f.source])
                .map(|f| f.amount_eur)
                .sum();
            let plan = Candidate {
                scale: allocation.scale.clone(),
                own_eur,
            };
            let value = numbers.objective(&plan);
            if scenario.objective == Objective::MaxImpact {
                let reported = outcome.objective.expect("a plan has an objective");
                assert!(
                    (reported - value).abs() <= 1e-6 * value.abs().max(1.0),
                    "reported objective {reported}, the plan's {value}\n{}",
                    listing()
                );
            }
            Some((value, allocation.funding.len()))
        }
        None => {
            assert_eq!(outcome.status, SolveStatus::Infeasible, "{}", listing());
            None
        }
    };
    for all in [false, true] {
        let Some(greedy) = numbers.greedy(all) else {
            continue;
        };
        let bound = numbers.objective(&greedy);
        let Some((value, flows)) = found else {
            panic!(
                "infeasible, but this plan keeps every rule: {:?}\n{}",
                greedy.scale,
                listing()
            );
        };
        if numbers.min_own_cost {
            let slack = 1e-6 * bound.abs().max(1.0) + 0.06 * flows as f64;
            assert!(
                value <= bound + slack,
                "own money and penalties {value}, but {bound} with {:?}\n{}",
                greedy.scale,
                listing()
            );
        } else {
            assert!(
                value >= bound - 1e-6 * bound.abs().max(1.0),
                "impact {value}, but {bound} with {:?}\n{}",
                greedy.scale,
                listing()
            );
        }
    }
}
