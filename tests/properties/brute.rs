//! The optimum of an exact plan (`plans::exact_plan`) by enumeration, written apart from
//! fundmix's model: every set of actions is tried, and whether its money can be found is
//! decided by an integer flow.
//!
//! In an exact plan every action is all or nothing, there are no partners or minimum grants,
//! at most one `own` source, and each action may take money from at most one other source. For
//! a set of actions the money is then a flow: each other source `s` sends at most its total
//! budget, at most `max_share` × the action's total cost and at most `max_grant` to each of its
//! actions, at most the action's cost in each period (none after its `spend_by`), and at most
//! its budget per period; the own source pays what is left of every cost, which must fit its
//! budget per period and in total (and it cannot pay an action it is not eligible for, nor
//! after its own `spend_by`). All amounts are whole numbers, so the flow is exact.
//!
//! The rest of a set is counted directly: `must`, `never`, `requires`, `excludes`, hard
//! targets, the staff capacity and each owner's hours per period; weighted impact less soft
//! targets' penalties for `max-impact`, the least own money plus penalties for `min-own-cost`.

use super::plans::{Gen, Status, Who, PENALTIES};

/// What no budget means: more money than any plan holds.
const OPEN: i64 = 1 << 40;

/// A flow network with lower and upper bounds on its arcs.
struct Network {
    nodes: usize,
    /// (from, to, lower, upper)
    arcs: Vec<(usize, usize, i64, i64)>,
}

impl Network {
    fn new() -> Network {
        Network {
            nodes: 0,
            arcs: Vec::new(),
        }
    }

    fn node(&mut self) -> usize {
        self.nodes += 1;
        self.nodes - 1
    }

    fn arc(&mut self, from: usize, to: usize, lower: i64, upper: i64) {
        self.arcs.push((from, to, lower, upper));
    }

    /// Whether a circulation exists that keeps every arc within its bounds: the standard
    /// reduction to a maximum flow from a super source to a super sink, which must carry every
    /// lower bound.
    fn circulation_exists(&self) -> bool {
        let (source, sink) = (self.nodes, self.nodes + 1);
        let mut flow = MaxFlow::new(self.nodes + 2);
        let mut excess = vec![0i64; self.nodes];
        for &(from, to, lower, upper) in &self.arcs {
            if upper < lower {
                return false;
            }
            flow.arc(from, to, upper - lower);
            excess[to] += lower;
            excess[from] -= lower;
        }
        let mut needed = 0;
        for (v, &e) in excess.iter().enumerate() {
            if e > 0 {
                flow.arc(source, v, e);
                needed += e;
            } else if e < 0 {
                flow.arc(v, sink, -e);
            }
        }
        flow.max_flow(source, sink) == needed
    }
}

/// Edmonds–Karp on a residual graph.
struct MaxFlow {
    /// Per node: indices into `to` / `capacity`.
    out: Vec<Vec<usize>>,
    to: Vec<usize>,
    capacity: Vec<i64>,
}

impl MaxFlow {
    fn new(nodes: usize) -> MaxFlow {
        MaxFlow {
            out: vec![Vec::new(); nodes],
            to: Vec::new(),
            capacity: Vec::new(),
        }
    }

    fn arc(&mut self, from: usize, to: usize, capacity: i64) {
        self.out[from].push(self.to.len());
        self.to.push(to);
        self.capacity.push(capacity);
        self.out[to].push(self.to.len());
        self.to.push(from);
        self.capacity.push(0);
    }

    fn max_flow(&mut self, source: usize, sink: usize) -> i64 {
        let mut total = 0;
        loop {
            // Breadth-first search for a shortest augmenting path; `via[v]` is the arc into v.
            let mut via: Vec<Option<usize>> = vec![None; self.out.len()];
            let mut queue = std::collections::VecDeque::from([source]);
            let mut seen = vec![false; self.out.len()];
            seen[source] = true;
            while let Some(v) = queue.pop_front() {
                for &e in &self.out[v] {
                    let w = self.to[e];
                    if !seen[w] && self.capacity[e] > 0 {
                        seen[w] = true;
                        via[w] = Some(e);
                        queue.push_back(w);
                    }
                }
            }
            if !seen[sink] {
                return total;
            }
            let mut push = i64::MAX;
            let mut v = sink;
            while let Some(e) = via[v] {
                push = push.min(self.capacity[e]);
                v = self.to[e ^ 1];
            }
            let mut v = sink;
            while let Some(e) = via[v] {
                self.capacity[e] -= push;
                self.capacity[e ^ 1] += push;
                v = self.to[e ^ 1];
            }
            total += push;
        }
    }
}

/// The money of an exact plan, as the flow needs it.
struct Money<'a> {
    plan: &'a Gen,
    /// The own source, if any.
    own: Option<usize>,
    /// Per action: the other source it may take money from.
    external: Vec<Option<usize>>,
}

impl<'a> Money<'a> {
    fn new(plan: &'a Gen) -> Money<'a> {
        let own = plan.sources.iter().position(|s| s.own);
        assert!(
            plan.sources.iter().filter(|s| s.own).count() <= 1,
            "an exact plan has at most one own source"
        );
        let external = (0..plan.actions.len())
            .map(|a| {
                let category = plan.actions[a].category;
                let mut payers = plan
                    .sources
                    .iter()
                    .enumerate()
                    .filter(|(_, s)| !s.own && s.eligible.covers(a, category))
                    .map(|(s, _)| s);
                let first = payers.next();
                assert!(payers.next().is_none(), "action {a} has two other sources");
                first
            })
            .collect();
        Money {
            plan,
            own,
            external,
        }
    }

    /// Whether the own source may pay action `a` in period `p`.
    fn own_pays(&self, a: usize, p: usize) -> bool {
        self.own.is_some_and(|o| {
            let source = &self.plan.sources[o];
            source.eligible.covers(a, self.plan.actions[a].category)
                && source.spend_by.is_none_or(|last| p <= last)
        })
    }

    /// Whether the actions of `set` can be paid with at least `external` EUR from the other
    /// sources (`None`: whatever the own budget needs).
    fn payable(&self, set: &[usize], external: Option<i64>) -> bool {
        let plan = self.plan;
        let periods = plan.periods;
        let mut net = Network::new();
        let (source, sink) = (net.node(), net.node());
        let sources: Vec<usize> = (0..plan.sources.len()).map(|_| net.node()).collect();
        let by_period: Vec<usize> = (0..periods).map(|_| net.node()).collect();
        let source_period: Vec<Vec<usize>> = (0..plan.sources.len())
            .map(|_| (0..periods).map(|_| net.node()).collect())
            .collect();
        for (s, info) in plan.sources.iter().enumerate() {
            if info.own {
                continue;
            }
            net.arc(source, sources[s], 0, info.total.map_or(OPEN, i64::from));
            for p in 0..periods {
                let cap = info.per[p].map_or(OPEN, i64::from);
                net.arc(source_period[s][p], by_period[p], 0, cap);
            }
        }
        let mut cost_in = vec![0i64; periods];
        for &a in set {
            let action = &plan.actions[a];
            let total: i64 = action.cost.iter().map(|&c| i64::from(c)).sum();
            let mine = self.external[a].map(|s| {
                let info = &plan.sources[s];
                let node = net.node();
                // σ × total cost is whole: costs are multiples of 4, shares multiples of 1/4.
                let share = (info.share * total as f64).round() as i64;
                let cap = share.min(info.max_grant.map_or(OPEN, i64::from));
                net.arc(sources[s], node, 0, cap);
                (s, node)
            });
            for p in 0..periods {
                let cost = i64::from(action.cost[p]);
                if cost == 0 {
                    continue;
                }
                cost_in[p] += cost;
                let lower = if self.own_pays(a, p) { 0 } else { cost };
                match mine {
                    Some((s, node)) => {
                        let here = net.node();
                        let open = plan.sources[s].spend_by.is_none_or(|last| p <= last);
                        if open {
                            net.arc(node, here, 0, cost);
                        }
                        net.arc(here, source_period[s][p], lower, cost);
                    }
                    None if lower > 0 => return false,
                    None => {}
                }
            }
        }
        let own = self.own.map(|o| &plan.sources[o]);
        for p in 0..periods {
            let budget = own.and_then(|o| o.per[p]).map_or(OPEN, i64::from);
            net.arc(by_period[p], sink, (cost_in[p] - budget).max(0), OPEN);
        }
        let all: i64 = cost_in.iter().sum();
        let budget = own.and_then(|o| o.total).map_or(OPEN, i64::from);
        let needed = (all - budget).max(0).max(external.unwrap_or(0));
        net.arc(sink, source, needed, OPEN);
        net.circulation_exists()
    }

    /// The least own money that pays for `set` (which must be payable).
    fn least_own(&self, set: &[usize]) -> i64 {
        let all: i64 = set
            .iter()
            .flat_map(|&a| self.plan.actions[a].cost.iter())
            .map(|&c| i64::from(c))
            .sum();
        // The most external money: a binary search over whole euros.
        let (mut low, mut high) = (0, all);
        while low < high {
            let mid = (low + high + 1) / 2;
            if self.payable(set, Some(mid)) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        all - low
    }
}

/// One set of actions that keeps every rule but money.
struct Candidate {
    set: Vec<usize>,
    impact: f64,
    penalty: f64,
}

/// Every set of actions that keeps the rules other than money, with its weighted impact and
/// its soft targets' penalties.
fn candidates(plan: &Gen) -> Vec<Candidate> {
    let n = plan.actions.len();
    let impacts: Vec<Vec<f64>> = (0..n).map(|a| plan.impact(a)).collect();
    let mut found = Vec::new();
    'sets: for mask in 0u32..(1 << n) {
        let has = |a: usize| mask & (1 << a) != 0;
        let set: Vec<usize> = (0..n).filter(|&a| has(a)).collect();
        for (a, action) in plan.actions.iter().enumerate() {
            let ok = match action.status {
                Status::Must => has(a),
                Status::Never => !has(a),
                Status::Free => true,
            };
            if !ok
                || (has(a) && action.requires.iter().any(|&b| !has(b)))
                || (has(a) && action.excludes.iter().any(|&b| has(b)))
            {
                continue 'sets;
            }
        }
        for p in 0..plan.periods {
            let hours: u32 = set.iter().map(|&a| plan.actions[a].hours[p]).sum();
            if plan.staff_capacity.as_ref().is_some_and(|c| hours > c[p]) {
                continue 'sets;
            }
            for (o, owner) in plan.owners.iter().enumerate() {
                let carried: u32 = set
                    .iter()
                    .filter(|&&a| plan.actions[a].owner == Some(Who::Owner(o)))
                    .map(|&a| plan.actions[a].hours[p])
                    .sum();
                let has_hours = if plan.owner_hours_per_period && plan.periods > 1 {
                    owner.hours[p]
                } else {
                    owner.hours[0]
                };
                if carried > has_hours {
                    continue 'sets;
                }
            }
        }
        let reached = |i: usize| set.iter().map(|&a| impacts[a][i]).sum::<f64>();
        let mut penalty = 0.0;
        for target in &plan.targets {
            let short = (f64::from(target.min) - reached(target.indicator)).max(0.0);
            if target.hard && short > 0.0 {
                continue 'sets;
            }
            if !target.hard {
                penalty += PENALTIES[target.penalty] * short;
            }
        }
        let impact = (0..plan.indicator_count())
            .map(|i| plan.weight(i) * reached(i))
            .sum();
        found.push(Candidate {
            set,
            impact,
            penalty,
        });
    }
    found
}

/// The best plan's objective and its first tie-break, by enumeration; `None` when no set of
/// actions keeps every rule.
#[derive(Debug, Clone, Copy)]
pub struct Best {
    /// `max-impact`: weighted impact − penalties; `min-own-cost`: own money + penalties.
    pub objective: f64,
    /// `max-impact`: the least own money among the best sets; `min-own-cost`: the most
    /// weighted impact among them.
    pub tie_break: f64,
}

/// The `max-impact` optimum and the least own money that reaches it.
pub fn max_impact(plan: &Gen) -> Option<Best> {
    let money = Money::new(plan);
    let mut sets = candidates(plan);
    // Values are multiples of 1/4 (weights and penalties of 1/2, whole impacts): exact.
    sets.sort_by(|x, y| (y.impact - y.penalty).total_cmp(&(x.impact - x.penalty)));
    let mut best: Option<Best> = None;
    for candidate in &sets {
        let value = candidate.impact - candidate.penalty;
        if best.is_some_and(|b| value < b.objective) {
            break;
        }
        if !money.payable(&candidate.set, None) {
            continue;
        }
        let own = money.least_own(&candidate.set) as f64;
        best = Some(match best {
            Some(b) => Best {
                objective: value,
                tie_break: b.tie_break.min(own),
            },
            None => Best {
                objective: value,
                tie_break: own,
            },
        });
    }
    best
}

/// The `min-own-cost` optimum and the most weighted impact that reaches it (every set is
/// tried: keep plans small).
pub fn min_own_cost(plan: &Gen) -> Option<Best> {
    let money = Money::new(plan);
    let mut best: Option<Best> = None;
    for candidate in candidates(plan) {
        if !money.payable(&candidate.set, None) {
            continue;
        }
        let value = money.least_own(&candidate.set) as f64 + candidate.penalty;
        best = match best {
            Some(b) if b.objective < value => Some(b),
            Some(b) if b.objective == value => Some(Best {
                objective: value,
                tie_break: b.tie_break.max(candidate.impact),
            }),
            _ => Some(Best {
                objective: value,
                tie_break: candidate.impact,
            }),
        };
    }
    best
}
