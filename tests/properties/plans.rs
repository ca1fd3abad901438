//! Random small plans for the property tests: what a generated plan holds ([`Gen`]), the
//! proptest strategies that make one ([`exact_plan`], [`rich_plan`]), and how it is written as
//! plan tables and a scenario file, with any ids, row order and column order ([`Gen::files`]).
//!
//! Every amount is a whole number and every cost a multiple of 4, so that a co-financing share
//! of 1/4, 1/2 or 3/4 of a cost is whole too and the brute force (`brute.rs`) can decide a plan
//! with integer flows. Every plan a strategy makes is valid by docs/input.md: the loader
//! refusing one is a bug of the generator, or a finding.

use proptest::prelude::*;
use std::fmt::Write;

/// Period labels of a plan with several periods (a plan with one has a plain `cost` column).
pub const PERIODS: [&str; 3] = ["2025", "2026", "2027"];

/// The label of the one period of a plan with a plain `cost` column.
pub const SINGLE: &str = "all";

/// The weights an indicator may have (multiples of 1/2, so sums of impacts stay exact).
pub const WEIGHTS: [f64; 4] = [0.5, 1.0, 2.0, 3.0];

/// The penalties per unit short a soft target may have.
pub const PENALTIES: [f64; 4] = [0.0, 0.5, 1.0, 2.0];

/// The source kinds other than `own`.
const EXTERNAL_KINDS: [&str; 5] = ["eu", "national", "grant", "private", "other"];

/// Whether an action must, may or must not be funded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Free,
    Must,
    Never,
}

/// Who carries an action: an owner of owners.csv or a partner.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Who {
    Owner(usize),
    Partner(usize),
}

/// What a source or partner may fund.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Eligible {
    /// An empty `eligible` cell.
    All,
    /// Action ids (indices).
    Actions(Vec<usize>),
    /// Categories (indices), each the category of some action.
    Categories(Vec<usize>),
}

impl Eligible {
    /// Whether action `a` (of category `category`) is eligible.
    pub fn covers(&self, a: usize, category: usize) -> bool {
        match self {
            Eligible::All => true,
            Eligible::Actions(list) => list.contains(&a),
            Eligible::Categories(list) => list.contains(&category),
        }
    }
}

/// A partner's offer of cash or hours.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Offer {
    None,
    /// One amount for the whole plan (a plain column).
    Total(u32),
    /// An amount per period.
    PerPeriod(Vec<u32>),
}

#[derive(Debug, Clone)]
pub struct Action {
    pub category: usize,
    /// EUR per period, multiples of 4.
    pub cost: Vec<u32>,
    pub hours: Vec<u32>,
    /// Per indicator (without `support`).
    pub impact: Vec<u32>,
    /// 1 = all or nothing.
    pub min_scale: f64,
    /// Action indices (only earlier actions: no cycle).
    pub requires: Vec<usize>,
    pub excludes: Vec<usize>,
    pub status: Status,
    pub latest_start: Option<usize>,
    pub deadline: Option<usize>,
    pub owner: Option<Who>,
}

#[derive(Debug, Clone)]
pub struct Source {
    pub own: bool,
    /// Index into the external kinds (ignored for an own source).
    pub kind: usize,
    pub total: Option<u32>,
    /// Per period (all `None` in a single-period plan); every one `Some` when `total` is
    /// `None`.
    pub per: Vec<Option<u32>>,
    /// 1, 3/4, 1/2 or 1/4 in exact plans; anything in 0..=1 in rich ones.
    pub share: f64,
    pub eligible: Eligible,
    pub min_grant: Option<u32>,
    pub max_grant: Option<u32>,
    pub spend_by: Option<usize>,
}

#[derive(Debug, Clone)]
pub struct Partner {
    pub cash: Offer,
    pub hours: Offer,
    pub eligible: Eligible,
    pub max_actions: Option<u32>,
}

#[derive(Debug, Clone)]
pub struct Owner {
    /// Per period; `plain` writes one `hours` column (the first value for every period).
    pub hours: Vec<u32>,
}

#[derive(Debug, Clone)]
pub struct Target {
    /// Index into the indicators; `indicators` (one past the impact columns) is `support`.
    pub indicator: usize,
    pub min: u32,
    pub hard: bool,
    /// Index into [`PENALTIES`].
    pub penalty: usize,
}

/// A generated plan and the scenario settings it is solved with.
#[derive(Debug, Clone)]
pub struct Gen {
    pub periods: usize,
    /// Impact columns (`support` comes on top when there are votes).
    pub indicators: usize,
    pub actions: Vec<Action>,
    pub sources: Vec<Source>,
    pub partners: Vec<Partner>,
    /// Partners' cash written per period (else one plain `cash` column).
    pub cash_per_period: bool,
    pub hours_per_period: bool,
    pub owners: Vec<Owner>,
    pub owner_hours_per_period: bool,
    pub targets: Vec<Target>,
    /// (voter, action, points), no voter–action pair twice.
    pub votes: Vec<(usize, usize, u32)>,
    pub equal_shares: bool,
    /// Per indicator (and `support` last, when there are votes): an index into [`WEIGHTS`].
    pub weights: Vec<usize>,
    pub staff_capacity: Option<Vec<u32>>,
    pub min_own_cost: bool,
}

impl Gen {
    /// The indicators the plan has: the impact columns, then `support` with votes.
    pub fn indicator_count(&self) -> usize {
        self.indicators + usize::from(!self.votes.is_empty())
    }

    /// Action `a`'s impact on every indicator (support last, as the sum of its points).
    pub fn impact(&self, a: usize) -> Vec<f64> {
        let mut impact: Vec<f64> = self.actions[a].impact.iter().map(|&v| v as f64).collect();
        if !self.votes.is_empty() {
            let points = self
                .votes
                .iter()
                .filter(|v| v.1 == a)
                .map(|v| v.2)
                .sum::<u32>();
            impact.push(points as f64);
        }
        impact
    }

    pub fn weight(&self, i: usize) -> f64 {
        WEIGHTS[self.weights[i]]
    }

    /// The categories some action has.
    fn used_categories(&self) -> Vec<usize> {
        let mut used: Vec<usize> = self.actions.iter().map(|a| a.category).collect();
        used.sort_unstable();
        used.dedup();
        used
    }
}

// ---------------------------------------------------------------------------------------------
// Writing a plan: names, row and column orders
// ---------------------------------------------------------------------------------------------

/// The names a plan is written with.
#[derive(Debug, Clone)]
pub struct Names {
    pub actions: Vec<String>,
    pub sources: Vec<String>,
    pub partners: Vec<String>,
    pub owners: Vec<String>,
    pub categories: Vec<String>,
    /// The impact columns' indicators (never `support`).
    pub indicators: Vec<String>,
    pub voters: Vec<String>,
    /// `all` for a plan with one period.
    pub periods: Vec<String>,
}

impl Names {
    /// `a0`, `s0`, `k0`, `o0`, `c0`, `i0`, `v0` and the years 2025–2027.
    pub fn plain(plan: &Gen) -> Names {
        let list = |prefix: &str, n: usize| (0..n).map(|i| format!("{prefix}{i}")).collect();
        Names {
            actions: list("a", plan.actions.len()),
            sources: list("s", plan.sources.len()),
            partners: list("k", plan.partners.len()),
            owners: list("o", plan.owners.len()),
            categories: list("c", 3),
            indicators: list("i", plan.indicators),
            voters: list("v", 4),
            periods: if plan.periods == 1 {
                vec![SINGLE.to_string()]
            } else {
                PERIODS.iter().map(|p| p.to_string()).collect()
            },
        }
    }
}

/// The order rows and columns are written in: `rows[t][r]` is the item written as data row `r`
/// of table `t`, `columns[t][c]` the column written `c`-th (cost columns keep their periods'
/// order, which is the plan's time order). Empty lists: as generated.
#[derive(Debug, Clone, Default)]
pub struct Layout {
    pub rows: [Vec<usize>; TABLES],
    pub columns: [Vec<usize>; TABLES],
}

/// The tables a plan may have, in this order: actions, sources, partners, targets, owners, votes.
pub const TABLES: usize = 6;
const FILES: [&str; TABLES] = [
    "actions.csv",
    "sources.csv",
    "partners.csv",
    "targets.csv",
    "owners.csv",
    "votes.csv",
];

/// One table as cells.
struct Table {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl Table {
    fn new(header: &[String]) -> Table {
        Table {
            header: header.to_vec(),
            rows: Vec::new(),
        }
    }

    /// The CSV text with the rows and columns in the order of `rows` and `columns` (empty:
    /// as built); `keep` names the columns whose relative order stays as built.
    fn csv(&self, rows: &[usize], columns: &[usize], keep: &dyn Fn(&str) -> bool) -> String {
        let n = self.header.len();
        let mut order: Vec<usize> = if columns.len() == n {
            columns.to_vec()
        } else {
            (0..n).collect()
        };
        // The kept columns go back, in their built order, to the places they were shuffled to.
        let kept: Vec<usize> = (0..n).filter(|&c| keep(&self.header[c])).collect();
        let mut next = kept.iter();
        for slot in order.iter_mut() {
            if keep(&self.header[*slot]) {
                *slot = *next.next().expect("as many kept columns");
            }
        }
        let row_order: Vec<usize> = if rows.len() == self.rows.len() {
            rows.to_vec()
        } else {
            (0..self.rows.len()).collect()
        };
        let mut text = String::new();
        let line = |cells: &[String], text: &mut String| {
            let picked: Vec<&str> = order.iter().map(|&c| cells[c].as_str()).collect();
            text.push_str(&picked.join(","));
            text.push('\n');
        };
        line(&self.header, &mut text);
        for &r in &row_order {
            line(&self.rows[r], &mut text);
        }
        text
    }
}

fn opt<T: ToString>(value: Option<T>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

impl Gen {
    fn single(&self) -> bool {
        self.periods == 1
    }

    /// The column name `<prefix>` (single period) or `<prefix>_<period>`, one per period.
    fn period_columns(&self, prefix: &str, names: &Names) -> Vec<String> {
        if self.single() {
            vec![prefix.to_string()]
        } else {
            (0..self.periods)
                .map(|p| format!("{prefix}_{}", names.periods[p]))
                .collect()
        }
    }

    fn eligible(&self, eligible: &Eligible, names: &Names) -> String {
        match eligible {
            Eligible::All => String::new(),
            Eligible::Actions(list) => list
                .iter()
                .map(|&a| names.actions[a].as_str())
                .collect::<Vec<_>>()
                .join(";"),
            Eligible::Categories(list) => list
                .iter()
                .map(|&c| names.categories[c].as_str())
                .collect::<Vec<_>>()
                .join(";"),
        }
    }

    fn actions_table(&self, names: &Names) -> Table {
        let costs = self.period_columns("cost", names);
        let hours = self.period_columns("staff_hours", names);
        let mut header = vec!["id".to_string(), "category".to_string()];
        header.extend(costs);
        header.extend(hours);
        header.extend(names.indicators.iter().map(|i| format!("impact_{i}")));
        header.extend(
            [
                "min_scale",
                "requires",
                "excludes",
                "status",
                "latest_start",
                "deadline",
                "owner",
            ]
            .map(String::from),
        );
        let mut table = Table::new(&header);
        for (a, action) in self.actions.iter().enumerate() {
            let mut row = vec![
                names.actions[a].clone(),
                names.categories[action.category].clone(),
            ];
            row.extend(action.cost.iter().map(u32::to_string));
            row.extend(action.hours.iter().map(u32::to_string));
            row.extend(action.impact.iter().map(u32::to_string));
            let ids = |list: &[usize]| {
                list.iter()
                    .map(|&b| names.actions[b].as_str())
                    .collect::<Vec<_>>()
                    .join(";")
            };
            let period = |p: Option<usize>| p.map(|p| names.periods[p].clone());
            row.push(if action.min_scale < 1.0 {
                action.min_scale.to_string()
            } else {
                String::new()
            });
            row.push(ids(&action.requires));
            row.push(ids(&action.excludes));
            row.push(
                match action.status {
                    Status::Free => "",
                    Status::Must => "must",
                    Status::Never => "never",
                }
                .to_string(),
            );
            row.push(opt(period(action.latest_start)));
            row.push(opt(period(action.deadline)));
            row.push(match action.owner {
                None => String::new(),
                Some(Who::Owner(o)) => names.owners[o].clone(),
                Some(Who::Partner(k)) => names.partners[k].clone(),
            });
            table.rows.push(row);
        }
        table
    }

    fn sources_table(&self, names: &Names) -> Table {
        let mut header = vec!["id".to_string(), "kind".to_string(), "budget".to_string()];
        if !self.single() {
            header.extend(self.period_columns("budget", names));
        }
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
        let mut table = Table::new(&header);
        for (s, source) in self.sources.iter().enumerate() {
            let kind = if source.own {
                "own"
            } else {
                EXTERNAL_KINDS[source.kind]
            };
            let mut row = vec![
                names.sources[s].clone(),
                kind.to_string(),
                opt(source.total),
            ];
            if !self.single() {
                row.extend(source.per.iter().map(|b| opt(*b)));
            }
            row.push(source.share.to_string());
            row.push(self.eligible(&source.eligible, names));
            row.push(opt(source.min_grant));
            row.push(opt(source.max_grant));
            row.push(opt(source.spend_by.map(|p| names.periods[p].clone())));
            table.rows.push(row);
        }
        table
    }

    fn partners_table(&self, names: &Names) -> Table {
        let cash = if self.cash_per_period && !self.single() {
            self.period_columns("cash", names)
        } else {
            vec!["cash".to_string()]
        };
        let hours = if self.hours_per_period && !self.single() {
            self.period_columns("staff_hours", names)
        } else {
            vec!["staff_hours".to_string()]
        };
        let mut header = vec!["id".to_string()];
        header.extend(cash.iter().cloned());
        header.extend(hours.iter().cloned());
        header.extend(["eligible", "max_actions"].map(String::from));
        let mut table = Table::new(&header);
        let cells = |offer: &Offer, n: usize| -> Vec<String> {
            match offer {
                Offer::None => vec![String::new(); n],
                Offer::Total(v) if n == 1 => vec![v.to_string()],
                Offer::Total(v) => {
                    // Written per period: the whole offer in the first period.
                    let mut cells = vec!["0".to_string(); n];
                    cells[0] = v.to_string();
                    cells
                }
                Offer::PerPeriod(list) if n == 1 => vec![list.iter().sum::<u32>().to_string()],
                Offer::PerPeriod(list) => list.iter().map(u32::to_string).collect(),
            }
        };
        for (k, partner) in self.partners.iter().enumerate() {
            let mut row = vec![names.partners[k].clone()];
            row.extend(cells(&partner.cash, cash.len()));
            row.extend(cells(&partner.hours, hours.len()));
            row.push(self.eligible(&partner.eligible, names));
            row.push(opt(partner.max_actions));
            table.rows.push(row);
        }
        table
    }

    fn indicator_name(&self, i: usize, names: &Names) -> String {
        if i < self.indicators {
            names.indicators[i].clone()
        } else {
            "support".to_string()
        }
    }

    fn targets_table(&self, names: &Names) -> Table {
        let header = ["indicator", "min", "hard", "penalty"].map(String::from);
        let mut table = Table::new(&header);
        for target in &self.targets {
            table.rows.push(vec![
                self.indicator_name(target.indicator, names),
                target.min.to_string(),
                target.hard.to_string(),
                PENALTIES[target.penalty].to_string(),
            ]);
        }
        table
    }

    fn owners_table(&self, names: &Names) -> Table {
        let hours = if self.owner_hours_per_period && !self.single() {
            self.period_columns("hours", names)
        } else {
            vec!["hours".to_string()]
        };
        let mut header = vec!["id".to_string()];
        header.extend(hours.iter().cloned());
        let mut table = Table::new(&header);
        for (o, owner) in self.owners.iter().enumerate() {
            let mut row = vec![names.owners[o].clone()];
            if hours.len() == 1 {
                row.push(owner.hours[0].to_string());
            } else {
                row.extend(owner.hours.iter().map(u32::to_string));
            }
            table.rows.push(row);
        }
        table
    }

    fn votes_table(&self, names: &Names) -> Table {
        let header = ["voter", "action", "points"].map(String::from);
        let mut table = Table::new(&header);
        for &(voter, action, points) in &self.votes {
            table.rows.push(vec![
                names.voters[voter].clone(),
                names.actions[action].clone(),
                points.to_string(),
            ]);
        }
        table
    }

    /// The plan tables (file name, CSV text) as written with `names` in `layout`.
    pub fn tables(&self, names: &Names, layout: &Layout) -> Vec<(String, String)> {
        let tables = [
            Some(self.actions_table(names)),
            Some(self.sources_table(names)),
            (!self.partners.is_empty()).then(|| self.partners_table(names)),
            (!self.targets.is_empty()).then(|| self.targets_table(names)),
            (!self.owners.is_empty()).then(|| self.owners_table(names)),
            (!self.votes.is_empty()).then(|| self.votes_table(names)),
        ];
        let is_cost = |c: &str| c == "cost" || c.starts_with("cost_");
        let none = |_: &str| false;
        let mut files = Vec::new();
        for (t, table) in tables.iter().enumerate() {
            let Some(table) = table else { continue };
            let keep: &dyn Fn(&str) -> bool = if t == 0 { &is_cost } else { &none };
            let text = table.csv(&layout.rows[t], &layout.columns[t], keep);
            files.push((FILES[t].to_string(), text));
        }
        files
    }

    /// How many data rows and columns each table has (0 rows for a table the plan lacks).
    pub fn shape(&self) -> [(usize, usize); TABLES] {
        let names = Names::plain(self);
        let count = |t: Table| (t.rows.len(), t.header.len());
        [
            count(self.actions_table(&names)),
            count(self.sources_table(&names)),
            count(self.partners_table(&names)),
            count(self.targets_table(&names)),
            count(self.owners_table(&names)),
            count(self.votes_table(&names)),
        ]
    }

    /// The scenario file: the settings of the plan, then `top` (keys before any table) and
    /// `tables` (TOML tables, such as `[sources."s0"]`).
    pub fn scenario(&self, names: &Names, top: &str, tables: &str) -> String {
        let mut text = String::from("plan = \"plan\"\n");
        let objective = if self.min_own_cost {
            "min-own-cost"
        } else {
            "max-impact"
        };
        writeln!(text, "objective = \"{objective}\"").unwrap();
        if self.equal_shares && !self.votes.is_empty() {
            text.push_str("support = \"equal-shares\"\n");
        }
        if let Some(capacity) = &self.staff_capacity {
            if self.single() {
                writeln!(text, "staff_capacity = {}", capacity[0]).unwrap();
            } else {
                let cells: Vec<String> = (0..self.periods)
                    .map(|p| format!("\"{}\" = {}", names.periods[p], capacity[p]))
                    .collect();
                writeln!(text, "staff_capacity = {{ {} }}", cells.join(", ")).unwrap();
            }
        }
        text.push_str(top);
        text.push_str("[weights]\n");
        for i in 0..self.indicator_count() {
            let name = self.indicator_name(i, names);
            writeln!(text, "\"{name}\" = {}", self.weight(i)).unwrap();
        }
        text.push_str(tables);
        text
    }
}

// ---------------------------------------------------------------------------------------------
// Strategies
// ---------------------------------------------------------------------------------------------

/// Which plans a strategy makes.
#[derive(Debug, Clone, Copy)]
struct Shape {
    /// Brute-forceable: all or nothing, no partners, no minimum grants, no moving starts, at
    /// most one own source, and every action eligible to at most one other source.
    exact: bool,
    max_actions: usize,
}

/// The numbers one action is made of, before they are made valid.
type RawAction = (
    (usize, Vec<u32>, Vec<u32>, Vec<u32>),
    (usize, Vec<usize>, Vec<usize>, usize),
    (usize, usize, usize, usize),
);

fn cost() -> impl Strategy<Value = u32> {
    prop_oneof![1 => Just(0u32), 4 => (1u32..=25).prop_map(|k| 4 * k)]
}

fn raw_action(periods: usize, indicators: usize) -> impl Strategy<Value = RawAction> {
    (
        (
            0usize..3,
            prop::collection::vec(cost(), periods),
            prop::collection::vec(
                prop_oneof![2 => Just(0u32), 3 => (1u32..=5).prop_map(|h| 10 * h)],
                periods,
            ),
            prop::collection::vec(0u32..=10, indicators),
        ),
        (
            0usize..6,
            prop::collection::vec(0usize..12, 0..=2),
            prop::collection::vec(0usize..12, 0..=1),
            0usize..30,
        ),
        (0usize..4, 0usize..4, 0usize..5, 0usize..4),
    )
}

/// Budgets, share, eligibility, grants, spend_by and kind of one source, before they are made
/// valid.
type RawSource = (
    (usize, u32, Vec<Option<u32>>),
    (usize, usize, Vec<usize>),
    (Option<u32>, Option<u32>, Option<usize>, usize),
);

fn raw_source(periods: usize) -> impl Strategy<Value = RawSource> {
    (
        (
            0usize..3,
            (0u32..=150).prop_map(|k| 4 * k),
            prop::collection::vec(
                prop::option::weighted(0.8, (0u32..=75).prop_map(|k| 4 * k)),
                periods,
            ),
        ),
        (
            0usize..6,
            0usize..3,
            prop::collection::vec(0usize..12, 1..=4),
        ),
        (
            prop::option::weighted(0.3, (0u32..=15).prop_map(|k| 4 * k)),
            prop::option::weighted(0.3, (0u32..=40).prop_map(|k| 4 * k)),
            prop::option::weighted(0.3, 0usize..periods),
            0usize..5,
        ),
    )
}

type RawPartner = (
    (usize, u32, Vec<u32>),
    (usize, u32, Vec<u32>),
    (usize, Vec<usize>, Option<u32>),
);

fn raw_partner(periods: usize) -> impl Strategy<Value = RawPartner> {
    let offer = move |top: u32| {
        (
            0usize..3,
            0u32..=top,
            prop::collection::vec(0u32..=top / 2, periods),
        )
    };
    (
        offer(80),
        offer(60),
        (
            0usize..3,
            prop::collection::vec(0usize..12, 1..=3),
            prop::option::weighted(0.5, 0u32..=3),
        ),
    )
}

type RawTarget = (bool, u32, bool, usize);

fn raw_target() -> impl Strategy<Value = RawTarget> {
    (
        prop::bool::weighted(0.3),
        0u32..=20,
        any::<bool>(),
        0usize..4,
    )
}

/// The scenario's settings and the plan's other tables, before they are made valid.
type RawRest = (
    Vec<RawTarget>,
    Vec<(usize, usize, u32)>,
    Vec<Vec<u32>>,
    (Option<Vec<u32>>, Vec<usize>, [bool; 5]),
);

fn raw_rest(periods: usize, indicators: usize) -> impl Strategy<Value = RawRest> {
    (
        prop::collection::vec(raw_target(), indicators + 1),
        prop::collection::vec((0usize..4, 0usize..12, 1u32..=3), 0..=6),
        prop::collection::vec(
            prop::collection::vec((0u32..=10).prop_map(|h| 10 * h), periods),
            0..=2,
        ),
        (
            prop::option::weighted(
                0.3,
                prop::collection::vec((0u32..=15).prop_map(|h| 10 * h), periods),
            ),
            prop::collection::vec(0usize..WEIGHTS.len(), indicators + 1),
            any::<[bool; 5]>(),
        ),
    )
}

/// Brute-forceable plans of 2 to `max_actions` actions (see [`Shape::exact`]).
pub fn exact_plan(max_actions: usize) -> impl Strategy<Value = Gen> {
    plan(Shape {
        exact: true,
        max_actions,
    })
}

/// Plans of 2 to `max_actions` actions with everything the tables can say: partners, scalable
/// actions, minimum grants, moving starts, actions open to several sources.
pub fn rich_plan(max_actions: usize) -> impl Strategy<Value = Gen> {
    plan(Shape {
        exact: false,
        max_actions,
    })
}

fn plan(shape: Shape) -> impl Strategy<Value = Gen> {
    (1usize..=3, 1usize..=2).prop_flat_map(move |(periods, indicators)| {
        let partners = if shape.exact { 0..=0 } else { 0..=2 };
        (
            prop::collection::vec(raw_action(periods, indicators), 2..=shape.max_actions),
            prop::collection::vec(raw_source(periods), 1..=3),
            prop::collection::vec(raw_partner(periods), partners),
            raw_rest(periods, indicators),
        )
            .prop_map(move |(actions, sources, partners, rest)| {
                build(shape, periods, indicators, actions, sources, partners, rest)
            })
    })
}

/// Makes the raw numbers a valid plan of `shape`.
fn build(
    shape: Shape,
    periods: usize,
    indicators: usize,
    raw_actions: Vec<RawAction>,
    raw_sources: Vec<RawSource>,
    raw_partners: Vec<RawPartner>,
    rest: RawRest,
) -> Gen {
    let n = raw_actions.len();
    let (raw_targets, raw_votes, raw_owners, (capacity, weights, flags)) = rest;
    let owners: Vec<Owner> = raw_owners
        .into_iter()
        .map(|hours| Owner { hours })
        .collect();
    let mut plan = Gen {
        periods,
        indicators,
        actions: Vec::new(),
        sources: Vec::new(),
        partners: Vec::new(),
        cash_per_period: flags[0],
        hours_per_period: flags[1],
        owners,
        owner_hours_per_period: flags[2],
        targets: Vec::new(),
        votes: Vec::new(),
        equal_shares: !shape.exact && flags[3],
        weights,
        staff_capacity: capacity,
        min_own_cost: !shape.exact && flags[4],
    };
    // Partners first: an action's owner may be one.
    for (
        (cash_mode, cash_total, cash_per),
        (hours_mode, hours_total, hours_per),
        (mode, list, max),
    ) in raw_partners
    {
        let offer = |mode: usize, total: u32, per: Vec<u32>| match mode {
            0 => Offer::None,
            1 => Offer::Total(total),
            _ => Offer::PerPeriod(per),
        };
        plan.partners.push(Partner {
            cash: offer(cash_mode, cash_total, cash_per),
            hours: offer(hours_mode, hours_total, hours_per),
            eligible: Eligible::All, // set once the actions are known
            max_actions: max,
        });
        plan.partners.last_mut().unwrap().eligible = raw_eligible(mode, &list, n, None);
    }
    // In a table, partners' offers are all per period or all plain.
    for partner in &mut plan.partners {
        for (offer, per_period) in [
            (&mut partner.cash, plan.cash_per_period),
            (&mut partner.hours, plan.hours_per_period),
        ] {
            *offer = match offer.clone() {
                Offer::PerPeriod(list) if !per_period || periods == 1 => {
                    Offer::Total(list.iter().sum())
                }
                Offer::Total(v) if per_period && periods > 1 => {
                    let mut list = vec![0; periods];
                    list[0] = v;
                    Offer::PerPeriod(list)
                }
                other => other,
            };
        }
    }
    for (a, ((category, cost, hours, impact), (scale, requires, excludes, status), timing)) in
        raw_actions.into_iter().enumerate()
    {
        let (latest, deadline, owner, _) = timing;
        let min_scale = if shape.exact {
            1.0
        } else {
            [1.0, 1.0, 1.0, 0.5, 0.75, 0.6][scale]
        };
        let mut requires: Vec<usize> = if a == 0 {
            Vec::new()
        } else {
            requires.iter().map(|r| r % a).collect()
        };
        requires.sort_unstable();
        requires.dedup();
        let mut excludes: Vec<usize> = excludes.iter().map(|e| e % n).filter(|&e| e != a).collect();
        excludes.dedup();
        let status = match status {
            28 => Status::Must,
            29 => Status::Never,
            _ => Status::Free,
        };
        // An action that may start later is written with room for it: nothing in its last
        // periods.
        let (mut cost, mut hours) = (cost, hours);
        let shift = if !shape.exact && latest >= 2 {
            (latest - 1).min(periods - 1)
        } else {
            0
        };
        for p in periods - shift..periods {
            cost[p] = 0;
            hours[p] = 0;
        }
        let busy: Vec<usize> = (0..periods)
            .filter(|&p| cost[p] > 0 || hours[p] > 0)
            .collect();
        // A start up to two periods later (one in two actions), a deadline at or after the
        // written end (one in four).
        let (latest_start, deadline) = match (shape.exact, busy.first(), busy.last()) {
            (false, Some(&first), Some(&last)) => (
                (shift > 0).then(|| (first + shift).min(periods - 1)),
                (deadline == 3).then(|| (last + latest % 2).min(periods - 1)),
            ),
            _ => (None, None),
        };
        let owner = match owner {
            1 | 2 if !plan.owners.is_empty() => Some(Who::Owner(owner % plan.owners.len())),
            3 | 4 if !shape.exact && !plan.partners.is_empty() => {
                Some(Who::Partner(owner % plan.partners.len()))
            }
            _ => None,
        };
        plan.actions.push(Action {
            category,
            cost,
            hours,
            impact,
            min_scale,
            requires,
            excludes,
            status,
            latest_start,
            deadline,
            owner,
        });
    }
    // Partners may be eligible by category only for categories the actions have.
    let used = plan.used_categories();
    for partner in &mut plan.partners {
        partner.eligible = restrict(partner.eligible.clone(), &used);
    }
    if shape.exact {
        build_exact_sources(&mut plan, raw_sources);
    } else {
        build_rich_sources(&mut plan, raw_sources, &used);
    }
    // Votes: no voter–action pair twice.
    let mut seen = Vec::new();
    for (voter, action, points) in raw_votes {
        let action = action % n;
        if !seen.contains(&(voter, action)) {
            seen.push((voter, action));
            plan.votes.push((voter, action, points));
        }
    }
    let count = plan.indicator_count();
    plan.weights.truncate(count);
    for (i, (present, min, hard, penalty)) in raw_targets.into_iter().take(count).enumerate() {
        if present {
            plan.targets.push(Target {
                indicator: i,
                min,
                hard,
                penalty,
            });
        }
    }
    plan
}

/// An `eligible` list: empty (all), action ids, or categories (`used`: the categories some
/// action has; `None` while the actions are not known yet).
fn raw_eligible(mode: usize, list: &[usize], n: usize, used: Option<&[usize]>) -> Eligible {
    let mut items: Vec<usize> = match mode {
        1 => list.iter().map(|&a| a % n).collect(),
        2 => list.iter().map(|&c| c % 3).collect(),
        _ => return Eligible::All,
    };
    items.sort_unstable();
    items.dedup();
    let eligible = if mode == 1 {
        Eligible::Actions(items)
    } else {
        Eligible::Categories(items)
    };
    match used {
        Some(used) => restrict(eligible, used),
        None => eligible,
    }
}

/// Keeps only categories some action has; an empty list becomes all.
fn restrict(eligible: Eligible, used: &[usize]) -> Eligible {
    match eligible {
        Eligible::Categories(list) => {
            let kept: Vec<usize> = list.into_iter().filter(|c| used.contains(c)).collect();
            if kept.is_empty() {
                Eligible::All
            } else {
                Eligible::Categories(kept)
            }
        }
        other => other,
    }
}

/// A source's budgets from raw numbers: a total, per-period budgets, or both (some periods
/// open); a single-period plan has only the plain `budget` column.
fn budgets(
    periods: usize,
    mode: usize,
    total: u32,
    per: Vec<Option<u32>>,
) -> (Option<u32>, Vec<Option<u32>>) {
    if periods == 1 {
        return (Some(total), vec![None]);
    }
    match mode {
        0 => (
            None,
            per.into_iter().map(|b| Some(b.unwrap_or(40))).collect(),
        ),
        1 => (Some(total), vec![None; periods]),
        _ => (Some(total), per),
    }
}

/// Exact plans: at most one own source (eligible for all actions, or for a list), and other
/// sources that split the actions between them: each action eligible to at most one.
fn build_exact_sources(plan: &mut Gen, raw: Vec<RawSource>) {
    let n = plan.actions.len();
    let periods = plan.periods;
    const SHARES: [f64; 4] = [1.0, 0.75, 0.5, 0.25];
    let has_own = !raw[0].1 .0.is_multiple_of(3) || raw.len() == 1;
    let own_raw = has_own.then(|| raw[0].clone());
    let externals: Vec<RawSource> = raw.into_iter().skip(usize::from(has_own)).collect();
    // Which external source (if any) each action may take money from: by the first list of
    // each source, in turn.
    let mut owner_of: Vec<Option<usize>> = vec![None; n];
    for (j, source) in externals.iter().enumerate() {
        for &a in &source.1 .2 {
            let a = a % n;
            if owner_of[a].is_none() {
                owner_of[a] = Some(j);
            }
        }
    }
    if let Some(((mode, total, per), (_, elig_mode, list), (_, _, spend_by, _))) = own_raw {
        let (total, per) = budgets(periods, mode, total, per);
        let eligible = if elig_mode == 1 {
            raw_eligible(1, &list, n, None)
        } else {
            Eligible::All
        };
        plan.sources.push(Source {
            own: true,
            kind: 0,
            total,
            per,
            share: 1.0,
            eligible,
            min_grant: None,
            max_grant: None,
            spend_by: spend_by.filter(|_| periods > 1),
        });
    }
    let single_external = externals.len() == 1;
    for (j, ((mode, total, per), (share, elig_mode, _), (_, max_grant, spend_by, kind))) in
        externals.into_iter().enumerate()
    {
        let mine: Vec<usize> = (0..n).filter(|&a| owner_of[a] == Some(j)).collect();
        if mine.is_empty() {
            continue; // an empty `eligible` would mean every action
        }
        let (total, per) = budgets(periods, mode, total, per);
        let eligible = if single_external && mine.len() == n && elig_mode == 0 {
            Eligible::All
        } else {
            Eligible::Actions(mine)
        };
        plan.sources.push(Source {
            own: false,
            kind,
            total,
            per,
            share: SHARES[share % 4],
            eligible,
            min_grant: None,
            max_grant,
            spend_by: spend_by.filter(|_| periods > 1),
        });
    }
}

/// Rich plans: one to three sources of any kind, eligible for anything.
fn build_rich_sources(plan: &mut Gen, raw: Vec<RawSource>, used: &[usize]) {
    let n = plan.actions.len();
    let periods = plan.periods;
    const SHARES: [f64; 6] = [1.0, 1.0, 0.85, 0.5, 0.7, 0.0];
    for ((mode, total, per), (share, elig_mode, list), (min_grant, max_grant, spend_by, kind)) in
        raw
    {
        let (total, per) = budgets(periods, mode, total, per);
        let own = kind == 0;
        let (min_grant, max_grant) = match (min_grant, max_grant) {
            (Some(min), Some(max)) if min > max => (Some(max), Some(min)),
            pair => pair,
        };
        plan.sources.push(Source {
            own,
            kind,
            total,
            per,
            share: if own {
                SHARES[share % 2 * 2]
            } else {
                SHARES[share]
            },
            eligible: raw_eligible(elig_mode, &list, n, Some(used)),
            min_grant,
            max_grant,
            spend_by: spend_by.filter(|_| periods > 1),
        });
    }
}
