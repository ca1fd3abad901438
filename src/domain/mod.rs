//! Validated domain values: the plan (actions, funding sources, partners, targets) and the
//! scenario that says how to judge it.
//!
//! Everything here has passed validation: ids are unique, references point at existing rows,
//! numbers are in range and every per-period vector has one entry per plan period. Later stages
//! never see raw strings. Money is EUR, time is staff hours.

pub mod actuals;
pub mod metrics;

use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// The largest amount of money a plan may hold, EUR: in a cost, a budget, a grant or a partner's
/// cash, after every scenario factor. Anything larger is a typo (world GDP is about 1e14 EUR),
/// and near 1e16 a double no longer holds whole cents.
pub const MAX_EUR: f64 = 1e15;

/// Whether an action must, may or must not be funded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// The optimiser decides.
    Free,
    /// Must be funded (`status = must`).
    Must,
    /// Must not be funded (`status = never`).
    Never,
}

/// A candidate action of the action plan.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Action {
    /// Unique id, as in `actions.csv`.
    pub id: String,
    /// Readable name (the id when none was given).
    pub name: String,
    /// Category, used by `eligible` lists of sources and partners.
    pub category: String,
    /// The SMART goal it serves (may be empty).
    pub goal: String,
    /// Cost at full scale, per period.
    pub cost_eur: Vec<f64>,
    /// Municipal staff hours needed at full scale, per period.
    pub staff_hours: Vec<f64>,
    /// Smallest scale at which it may be funded (1 = all or nothing).
    pub min_scale: f64,
    /// Impact at full scale, per indicator (same order as [`Plan::indicators`]).
    pub impact: Vec<f64>,
    /// When the cost is uncertain: per period, the lowest and highest cost around `cost_eur`
    /// (the most likely), from `cost_low`/`cost_high` or `cost_<period>_low`/`_high`; `None`:
    /// the cost is certain. `fundmix robust` draws the cost from it (see [`Range`]).
    pub cost_range_eur: Option<Vec<Range>>,
    /// Per indicator (same order as `impact`): the lowest and highest impact around `impact`
    /// (the most likely), from `impact_<indicator>_low`/`_high`; `None`: certain.
    pub impact_range: Vec<Option<Range>>,
    /// Indices of the actions that must be funded for this one to be funded.
    pub requires: Vec<usize>,
    /// Indices of the actions that can never be funded together with this one.
    pub excludes: Vec<usize>,
    /// Must, never or free.
    pub status: Status,
    /// The last period (index) the action may start in (`latest_start`): its cost, staff-hour
    /// profile as written starts at its earliest start and may move later, whole, up to this
    /// period; `None`: it runs as written.
    pub latest_start: Option<usize>,
    /// The last period (index) the action may end in (`deadline`); `None`: the plan's end.
    pub deadline: Option<usize>,
    /// Who carries the action (`owner`): a department or a partner, as written; `None`: not
    /// said.
    pub owner: Option<String>,
    /// The owner's row in [`Plan::owners`], when the owner has staff hours there (their
    /// capacity is then checked per owner).
    pub owner_staff: Option<usize>,
}

impl Action {
    /// The first and last period (indices) in which the action, as written, costs money or
    /// needs staff hours; `None` when it needs neither in any period.
    pub fn active_periods(&self) -> Option<(usize, usize)> {
        let busy = |p: &usize| self.cost_eur[*p] > 0.0 || self.staff_hours[*p] > 0.0;
        let first = (0..self.cost_eur.len()).find(busy)?;
        let last = (0..self.cost_eur.len()).rev().find(busy)?;
        Some((first, last))
    }

    /// The cost at full scale in period `p` when the action starts `delay` periods later than
    /// written.
    pub fn cost_when_delayed(&self, p: usize, delay: usize) -> f64 {
        p.checked_sub(delay).map_or(0.0, |q| self.cost_eur[q])
    }

    /// The staff hours at full scale in period `p` when the action starts `delay` periods later
    /// than written.
    pub fn hours_when_delayed(&self, p: usize, delay: usize) -> f64 {
        p.checked_sub(delay).map_or(0.0, |q| self.staff_hours[q])
    }

    /// Total cost at full scale over all periods.
    pub fn total_cost_eur(&self) -> f64 {
        self.cost_eur.iter().sum()
    }

    /// Multiplies the cost by `factor` (a scenario's `cost_factor`): the most likely cost and
    /// its range alike, so the most likely cost stays within its range.
    pub fn scale_cost(&mut self, factor: f64) {
        self.cost_eur.iter_mut().for_each(|c| *c *= factor);
        for range in self.cost_range_eur.iter_mut().flatten() {
            *range = range.scaled(factor);
        }
    }

    /// The range of the total cost over all periods, when the cost is uncertain.
    pub fn total_cost_range_eur(&self) -> Option<Range> {
        self.cost_range_eur.as_ref().map(|ranges| Range {
            low: ranges.iter().map(|r| r.low).sum(),
            high: ranges.iter().map(|r| r.high).sum(),
        })
    }

    /// Every amount of the cost: the most likely cost per period and the ends of its range.
    pub fn cost_amounts(&self) -> impl Iterator<Item = &f64> {
        let ends = self.cost_range_eur.iter().flatten();
        self.cost_eur
            .iter()
            .chain(ends.flat_map(|r| [&r.low, &r.high]))
    }
}

/// The lowest and highest value a planner expects for an uncertain amount (a cost, an impact);
/// the value in the amount's own column is the most likely one, and `low <= most likely <=
/// high` (validated).
///
/// `fundmix robust` draws the amount from the triangular distribution over `low..high` with its
/// peak at the most likely value: three numbers a planner can give, no more. Its mean is
/// `(low + most likely + high) / 3`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Range {
    /// The lowest value expected.
    pub low: f64,
    /// The highest value expected.
    pub high: f64,
}

impl Range {
    /// The range with both ends multiplied by `factor` (0 or more).
    pub fn scaled(self, factor: f64) -> Range {
        Range {
            low: self.low * factor,
            high: self.high * factor,
        }
    }

    /// The value below which a share `u` (0 to 1) of the triangular distribution over this range
    /// with its peak at `mode` lies (its inverse distribution function): with `u` uniform, a
    /// draw of the amount. With `a = low`, `c = mode`, `b = high` and `F = (c - a) / (b - a)`:
    /// `a + sqrt(u (b - a) (c - a))` for `u < F`, else `b - sqrt((1 - u) (b - a) (b - c))`.
    /// Always within `low..=high`; `mode` itself when the range is a single value.
    pub fn triangular(self, mode: f64, u: f64) -> f64 {
        let Range { low: a, high: b } = self;
        let width = b - a;
        if width <= 0.0 {
            return mode;
        }
        let peak = (mode - a) / width;
        let x = if u < peak {
            a + (u * width * (mode - a)).sqrt()
        } else {
            b - ((1.0 - u) * width * (b - mode)).sqrt()
        };
        x.clamp(a, b)
    }
}

/// What kind of money a funding source is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceKind {
    /// The municipality's own budget.
    Own,
    /// EU funds (ESF+, ERDF, Erasmus+ ...).
    Eu,
    /// National programmes.
    National,
    /// Grants (foundations, community funds).
    Grant,
    /// Private money (companies).
    Private,
    /// Anything else.
    Other,
}

impl SourceKind {
    /// The spelling used in `sources.csv` and reports.
    pub fn as_str(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(_, k)| *k == self)
            .map_or("other", |(name, _)| name)
    }

    /// Every kind with its spelling in `sources.csv`.
    pub const ALL: [(&'static str, SourceKind); 6] = [
        ("own", SourceKind::Own),
        ("eu", SourceKind::Eu),
        ("national", SourceKind::National),
        ("grant", SourceKind::Grant),
        ("private", SourceKind::Private),
        ("other", SourceKind::Other),
    ];
}

/// A funding source: a budget line, a fund or a grant programme.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Source {
    /// Unique id.
    pub id: String,
    /// Readable name.
    pub name: String,
    /// Own money or external money.
    pub kind: SourceKind,
    /// Cap on the total over all periods, if given.
    pub budget_total_eur: Option<f64>,
    /// Cap per period (`None` where no cap is given for that period).
    pub budget_eur: Vec<Option<f64>>,
    /// Largest share of an action's total cost this source may pay (co-financing rate).
    pub max_share: f64,
    /// Which actions it may fund (one flag per action).
    pub eligible: Vec<bool>,
    /// Smallest contribution to an action it funds at all.
    pub min_grant_eur: Option<f64>,
    /// Largest contribution to one action.
    pub max_grant_eur: Option<f64>,
    /// The chance that the source's money arrives (1 = certain): a call may be rejected.
    pub award_probability: f64,
    /// Sources of one group are awarded or rejected together (two measures of one call);
    /// `None`: decided on its own.
    pub award_group: Option<String>,
    /// The last period (index) in which the source's money may be spent (`spend_by`: the n+2 or
    /// n+3 rule of EU programmes); `None`: any period of the plan.
    pub spend_by: Option<usize>,
}

impl Source {
    /// Switches the source off: it funds nothing (a rejected call, `enabled = false`).
    pub fn switch_off(&mut self) {
        self.eligible.iter_mut().for_each(|e| *e = false);
    }

    /// The money this source can give over the plan; see [`available_eur`].
    pub fn available_eur(&self) -> Option<f64> {
        available_eur(self.budget_total_eur, self.budget_eur.iter().copied())
    }
}

/// The money a source can give over the plan: its total budget or the sum of its yearly caps
/// (when every year is capped), whichever is smaller; `None` when it has no cap at all.
pub fn available_eur(
    total_eur: Option<f64>,
    yearly_eur: impl IntoIterator<Item = Option<f64>>,
) -> Option<f64> {
    let yearly: Option<f64> = yearly_eur.into_iter().sum();
    match (total_eur, yearly) {
        (Some(total), Some(yearly)) => Some(total.min(yearly)),
        (total, yearly) => total.or(yearly),
    }
}

/// How a partner's cash or hours are offered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Offer {
    /// The partner offers nothing of this kind.
    None,
    /// An amount per period.
    PerPeriod(Vec<f64>),
    /// One amount for the whole plan (a plain `cash` / `staff_hours` column in a multi-period plan).
    Total(f64),
}

/// A partner who can join actions with cash or in-kind staff hours.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Partner {
    /// Unique id.
    pub id: String,
    /// Readable name.
    pub name: String,
    /// Cash offered (EUR).
    pub cash_eur: Offer,
    /// Staff or volunteer hours offered.
    pub staff_hours: Offer,
    /// Which actions it may join (one flag per action).
    pub eligible: Vec<bool>,
    /// The most actions it will join.
    pub max_actions: Option<usize>,
    /// The chance that the partner's cash and hours arrive (1 = certain): a sponsor may
    /// withdraw.
    pub commitment_probability: f64,
}

impl Partner {
    /// Switches the partner off: it joins no action, so its cash and hours reach none (a
    /// withdrawn sponsor, `enabled = false`).
    pub fn switch_off(&mut self) {
        self.eligible.iter_mut().for_each(|e| *e = false);
    }
}

/// A department (or anyone) who carries actions, with the staff hours it has (`owners.csv`).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Owner {
    /// Unique id, as the `owner` column of `actions.csv` names it.
    pub id: String,
    /// Readable name.
    pub name: String,
    /// Staff hours it has per period.
    pub hours: Vec<f64>,
}

/// A minimum level for one indicator.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Target {
    /// Index into [`Plan::indicators`].
    pub indicator: usize,
    /// The level to reach.
    pub min: f64,
    /// Hard (must be met) or soft (a shortfall costs `penalty` per unit).
    pub hard: bool,
    /// Objective units lost per unit of shortfall for a soft target.
    pub penalty: f64,
}

/// A validated plan: everything in the plan folder.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Plan {
    /// Where the plan was read from.
    pub folder: PathBuf,
    /// Period labels in column order (e.g. `2025`, `2026`), or `all` for a single-period plan.
    pub periods: Vec<String>,
    /// Indicator names (the `impact_<indicator>` columns), in column order.
    pub indicators: Vec<String>,
    /// Candidate actions, in file order.
    pub actions: Vec<Action>,
    /// Funding sources, in file order.
    pub sources: Vec<Source>,
    /// Partners, in file order.
    pub partners: Vec<Partner>,
    /// Targets, in file order.
    pub targets: Vec<Target>,
    /// Owners with staff hours (`owners.csv`), in file order; empty without that file.
    pub owners: Vec<Owner>,
    /// The workshop vote of `votes.csv`, if the plan has one (it is also the `support`
    /// indicator of every action).
    pub votes: Option<Votes>,
    /// What was noticed while reading the plan but is allowed (an `eligible` entry naming no
    /// action or category of this plan), each located and worded for the user. Not part of
    /// the plan's meaning: not saved with it.
    #[serde(skip)]
    pub notes: Vec<String>,
}

/// How a workshop vote becomes the `support` indicator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SupportRule {
    /// Each action's support is the sum of its points.
    #[default]
    Sum,
    /// Only the actions the Method of Equal Shares funds keep their support: every voter holds
    /// an equal share of the money, so a large group cannot take all of it.
    EqualShares,
}

impl SupportRule {
    /// The spelling used in scenario files.
    pub fn as_str(self) -> &'static str {
        match self {
            SupportRule::Sum => "sum",
            SupportRule::EqualShares => "equal-shares",
        }
    }
}

/// A workshop vote: who gave how many points to which action.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Votes {
    /// Voter names or codes, in the order they first appear.
    pub voters: Vec<String>,
    /// Per voter (same order as `voters`): (action index, points), in file order.
    pub ballots: Vec<Vec<(usize, f64)>>,
}

/// What the optimiser aims for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Objective {
    /// Maximise weighted impact minus soft-target penalties.
    MaxImpact,
    /// Minimise the municipality's own money plus soft-target penalties.
    MinOwnCost,
}

impl Objective {
    /// The spelling used in scenario files and reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Objective::MaxImpact => "max-impact",
            Objective::MinOwnCost => "min-own-cost",
        }
    }
}

/// A plan plus the judgement to apply to it: one what-if case.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Scenario {
    /// Scenario name (used for the default report folder).
    pub name: String,
    /// The scenario file, or the plan folder when solved directly.
    pub source_file: PathBuf,
    /// The plan.
    pub plan: Plan,
    /// What to optimise.
    pub objective: Objective,
    /// Municipal staff hours available per period (`None` = no limit).
    pub staff_capacity_hours: Option<Vec<f64>>,
    /// Weight per indicator (same order as [`Plan::indicators`]).
    pub weights: Vec<f64>,
    /// How the workshop vote counts (only matters when the plan has `votes.csv`).
    pub support: SupportRule,
    /// The language of the reports (`lang`; `--lang` overrides it).
    pub lang: crate::i18n::Lang,
    /// Funding-risk settings (`[risk]`).
    pub risk: RiskSettings,
    /// In a re-plan (`fundmix monitor`): what has already happened, which the plan keeps;
    /// `None` for a plan made before anything was spent.
    #[serde(default)]
    pub past: Option<Past>,
}

impl Past {
    /// What source `s` paid action `a` in the past periods, EUR. The past stays as it was, so
    /// a source's co-financing share and grant size for that action are judged with what was
    /// paid held: its share and maximum grant at least that, its minimum grant at most that.
    pub fn paid(&self, s: usize, a: usize) -> f64 {
        self.spent
            .iter()
            .filter(|f| f.source == s && f.action == a && f.period <= self.as_of)
            .map(|f| f.amount_eur)
            .sum()
    }
}

impl Scenario {
    /// The first period action `a` may start in: in a re-plan, an action that has not started
    /// cannot start in the past; `None`: any period.
    pub fn not_before(&self, a: usize) -> Option<usize> {
        let past = self.past.as_ref()?;
        (!past.started[a]).then_some(past.as_of + 1)
    }
}

/// What has happened by the time of a re-plan: the periods up to `as_of` are past, and the
/// money spent in them stays spent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Past {
    /// The last period (index) that has passed.
    pub as_of: usize,
    /// Per action: it has started (money was spent on it, or it was due to run with no money
    /// due yet); its start is then fixed, written into its profile (which starts as it did,
    /// with no delay left to choose).
    pub started: Vec<bool>,
    /// The money sources paid in the past periods, ordered by action, source, period; the plan
    /// pays exactly these amounts there and nothing else.
    pub spent: Vec<Funding>,
    /// The cash partners gave in the past periods (hours are not tracked), ordered by action,
    /// partner, period; the plan keeps exactly these there.
    pub given: Vec<Contribution>,
}

/// How `fundmix robust` and `fundmix solve --risk` draw, and what a plan that holds guards
/// against (`[risk]` in a scenario; the command-line options win).
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
pub struct RiskSettings {
    /// Draws (`samples`); `None`: the command's default.
    pub samples: Option<usize>,
    /// The seed of the draws (`seed`); `None`: the command's default.
    pub seed: Option<u64>,
    /// What `solve --risk` makes best (`measure`); `None`: [`RiskMeasure::Expected`].
    pub measure: Option<RiskMeasure>,
    /// For [`RiskMeasure::Cvar`]: the share of worst draws whose mean is made best (`alpha`,
    /// above 0, at most 1); `None`: the command's default.
    pub alpha: Option<f64>,
}

/// What a plan that holds (`solve --risk`) makes best over the draws.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RiskMeasure {
    /// The average over all draws.
    Expected,
    /// The average over the worst `alpha` share of the draws (conditional value at risk).
    Cvar,
}

impl RiskMeasure {
    /// The name in scenario files and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            RiskMeasure::Expected => "expected",
            RiskMeasure::Cvar => "cvar",
        }
    }
}

/// Money from a source to an action in a period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Funding {
    /// Action index.
    pub action: usize,
    /// Source index.
    pub source: usize,
    /// Period index.
    pub period: usize,
    /// Amount.
    pub amount_eur: f64,
}

/// A partner's cash or hours for an action in a period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Contribution {
    /// Action index.
    pub action: usize,
    /// Partner index.
    pub partner: usize,
    /// Period index.
    pub period: usize,
    /// Cash given.
    pub cash_eur: f64,
    /// Staff hours given (relieving municipal staff).
    pub hours: f64,
}

/// A funding plan: the answer to one scenario, in domain terms (no solver types).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Allocation {
    /// Per action: the funded scale (0 = not funded).
    pub scale: Vec<f64>,
    /// Money from sources (only non-zero amounts), ordered by action, source, period.
    pub funding: Vec<Funding>,
    /// Partners joining actions, as (action, partner), ordered by action, partner.
    pub joins: Vec<(usize, usize)>,
    /// Partner cash and hours (only non-zero), ordered by action, partner, period.
    pub contributions: Vec<Contribution>,
    /// Per action: how many periods later than written it starts (0 when it runs as written or
    /// is not funded); empty in results written before actions could move.
    #[serde(default)]
    pub delay: Vec<usize>,
}

impl Allocation {
    /// How many periods later than written action `a` starts.
    pub fn delay_of(&self, a: usize) -> usize {
        self.delay.get(a).copied().unwrap_or(0)
    }
}

/// The kinds of rule every plan keeps. The model tags each of its constraints with a rule of
/// one of these kinds (`model::Rule::kind`), and the independent verifier names the kind a plan
/// breaks: the two are tied by this list, and `tests/rules.rs` has a tampered plan breaking
/// each kind that the verifier must catch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RuleKind {
    /// The plan has an entry for every action, source, partner and period it names (the
    /// verifier's own check of the answer's form; the model has it by construction).
    Shape,
    /// A scalable action is funded between its `min_scale` and 1, or not at all.
    Scale,
    /// A source pays only actions of a category it funds, a partner only actions it may join
    /// (the model has no variable for any other pair).
    Eligibility,
    /// Every funded euro is covered, in each period.
    Covered,
    /// A source's budget for one period.
    SourcePeriod,
    /// A source's budget over the whole plan.
    SourceTotal,
    /// A source's money is spent no later than its `spend_by` period.
    SpendBy,
    /// A source's co-financing share of an action.
    Share,
    /// A source's minimum and maximum grant to one action.
    GrantSize,
    /// Partners give only to funded actions they join, and relieve at most the hours needed.
    PartnerContributions,
    /// Partners give no more than they offer, to at most `max_actions` actions.
    PartnerCapacity,
    /// Municipal staff hours fit the capacity (in total, and per owner with `owners.csv`).
    Staff,
    /// An action starts no later than its `latest_start`, ends by its `deadline`, and runs
    /// within the plan's periods.
    Timing,
    /// An action is funded only with the actions it requires.
    Requires,
    /// Two alternatives are never funded together.
    Excludes,
    /// A `must` action is funded.
    Must,
    /// A `never` action is not funded.
    Never,
    /// Hard targets are met (a soft target's shortfall is priced, not broken).
    Targets,
    /// In a re-plan: what was spent stays spent (the past periods pay exactly what was paid).
    Past,
}

impl RuleKind {
    /// Every kind, in the order above (a new kind goes here too: the tests run over this list,
    /// and one fails when the model tags a kind missing from it).
    pub const ALL: [RuleKind; 19] = [
        RuleKind::Shape,
        RuleKind::Scale,
        RuleKind::Eligibility,
        RuleKind::Covered,
        RuleKind::SourcePeriod,
        RuleKind::SourceTotal,
        RuleKind::SpendBy,
        RuleKind::Share,
        RuleKind::GrantSize,
        RuleKind::PartnerContributions,
        RuleKind::PartnerCapacity,
        RuleKind::Staff,
        RuleKind::Timing,
        RuleKind::Requires,
        RuleKind::Excludes,
        RuleKind::Must,
        RuleKind::Never,
        RuleKind::Targets,
        RuleKind::Past,
    ];

    /// The rule's name in messages.
    pub fn name(self) -> &'static str {
        match self {
            RuleKind::Shape => "shape",
            RuleKind::Scale => "scale",
            RuleKind::Eligibility => "eligibility",
            RuleKind::Covered => "every funded euro is covered",
            RuleKind::SourcePeriod => "source budget per period",
            RuleKind::SourceTotal => "source budget total",
            RuleKind::Share => "co-financing share",
            RuleKind::GrantSize => "grant size",
            RuleKind::PartnerContributions => "partner contributions",
            RuleKind::PartnerCapacity => "partner capacity",
            RuleKind::SpendBy => "source spending deadline",
            RuleKind::Staff => "staff capacity",
            RuleKind::Timing => "timing",
            RuleKind::Requires => "requires",
            RuleKind::Excludes => "excludes",
            RuleKind::Must => "must",
            RuleKind::Never => "never",
            RuleKind::Targets => "targets",
            RuleKind::Past => "what was spent stays spent",
        }
    }
}

impl std::fmt::Display for RuleKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}
