//! Decision analysis: pure questions asked of a scenario and its plan, answered by re-solving
//! variations of the same model.
//!
//! - [`marginal`]: what one more EUR or hour of each limit is worth, with the funded actions kept;
//! - [`explain`]: why an action is in or out, and what would change that;
//! - [`frontier`]: the best impact for each amount of a source's money;
//! - [`diagnose`]: for a scenario with no plan, the smallest change that makes one possible and
//!   the rules that conflict;
//! - [`monitor`]: the plan as adopted against what was spent and reached (no solving).
//!
//! This stage does not write files (that is [`crate::report`]) and does not judge plans (that is
//! [`crate::verify`], which re-checks every plan found here).

pub mod diagnose;
pub mod explain;
pub mod frontier;
pub mod holds;
pub mod marginal;
pub mod monitor;
pub mod replan;
pub mod robust;

use crate::domain::{Allocation, Objective, Scenario};
use crate::i18n::{Lang, Tr};
use crate::model::{Adjustable, FundingModel, Rule};
pub(crate) use crate::solve::Prepared;
use crate::t;
use good_lp::Variable;

/// Solver columns holding the yes/no decisions of `allocation` (funded actions and the start
/// each takes, partners joining, sources granting); every other column is 0.
pub(crate) fn decision_columns(model: &FundingModel, allocation: &Allocation) -> Vec<f64> {
    let index = model.column_index();
    let mut columns = vec![0.0; index.len()];
    let mut set = |v: Variable, on: bool| columns[index[&v]] = if on { 1.0 } else { 0.0 };
    for (a, &x) in model.select.iter().enumerate() {
        let funded = allocation.scale[a] > 0.0;
        set(x, funded);
        // Without its start, a funded action that may move would have none: no plan at all.
        for start in &model.starts[a] {
            if let Some(chosen) = start.chosen {
                set(chosen, funded && start.delay == allocation.delay_of(a));
            }
        }
    }
    for j in &model.joins {
        set(j.join, allocation.joins.contains(&(j.action, j.partner)));
    }
    for (&(a, s), &used) in &model.grant_used {
        let grants = allocation
            .funding
            .iter()
            .any(|f| f.action == a && f.source == s && f.amount_eur > 0.0);
        set(used, grants);
    }
    columns
}

/// What a limit is counted in.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LimitUnit {
    /// Euros.
    Eur,
    /// Staff hours.
    Hours,
    /// A number of actions.
    Actions,
    /// Units of an indicator (its name).
    Indicator(String),
}

impl LimitUnit {
    /// The unit as the data writes it (`EUR`, `hours`, `actions` or the indicator's name): the
    /// `unit` of limits and changes, the same in every language (see [`unit_words`] for
    /// sentences).
    pub fn label(&self) -> &str {
        match self {
            LimitUnit::Eur => "EUR",
            LimitUnit::Hours => "hours",
            LimitUnit::Actions => "actions",
            LimitUnit::Indicator(name) => name,
        }
    }
}

/// The size of an adjustable limit, in EUR / hours / actions / indicator units (`None` for
/// rules that are not limits).
pub fn limit_of(scenario: &Scenario, rule: Rule) -> Option<(f64, LimitUnit)> {
    let plan = &scenario.plan;
    use crate::domain::Offer;
    let offer = |o: &Offer, p: Option<usize>| match (o, p) {
        (Offer::PerPeriod(v), Some(p)) => v[p],
        (Offer::Total(t), None) => *t,
        _ => 0.0,
    };
    Some(match rule.adjustable()? {
        Adjustable::SourcePeriod(s, p) => (plan.sources[s].budget_eur[p]?, LimitUnit::Eur),
        Adjustable::SourceTotal(s) => (plan.sources[s].budget_total_eur?, LimitUnit::Eur),
        Adjustable::PartnerCash(k, p) => (offer(&plan.partners[k].cash_eur, p), LimitUnit::Eur),
        Adjustable::PartnerHours(k, p) => {
            (offer(&plan.partners[k].staff_hours, p), LimitUnit::Hours)
        }
        Adjustable::PartnerActions(k) => (plan.partners[k].max_actions? as f64, LimitUnit::Actions),
        Adjustable::Staff(p) => (scenario.staff_capacity_hours.as_ref()?[p], LimitUnit::Hours),
        Adjustable::OwnerStaff(o, p) => (plan.owners[o].hours[p], LimitUnit::Hours),
        Adjustable::Must(_) => (1.0, LimitUnit::Actions),
        Adjustable::Target(t) => {
            let target = &plan.targets[t];
            let name = plan.indicators[target.indicator].clone();
            (target.min, LimitUnit::Indicator(name))
        }
    })
}

/// "ESF+ budget", but "Municipal budget" rather than "Municipal budget budget".
fn budget_of(tr: &Tr, source: &str) -> String {
    if names_a_budget(tr, source) {
        source.to_string()
    } else {
        t!(tr, "an-budget-of", source = source)
    }
}

/// Whether a source's name already says it is a budget: it ends with "budget" (in a Latvian
/// report also with "budžets", as Latvian names of sources do).
fn names_a_budget(tr: &Tr, source: &str) -> bool {
    let name = source.to_lowercase();
    name.ends_with("budget") || (tr.lang() == Lang::Lv && name.ends_with("budžets"))
}

/// The rule in a finance officer's words, in the scenario's language, e.g. "ESF+ budget for
/// 2026".
pub fn describe(scenario: &Scenario, rule: Rule) -> String {
    let tr = scenario.lang.tr();
    let plan = &scenario.plan;
    let single = plan.periods.len() == 1;
    let period = |p: usize| {
        if single {
            String::new()
        } else {
            t!(tr, "an-when-period", period = &plan.periods[p])
        }
    };
    let whole = |p: Option<usize>| p.map_or_else(|| t!(tr, "an-when-whole"), period);
    let action = |a: usize| format!("\"{}\"", plan.actions[a].id);
    let source = |s: usize| plan.sources[s].name.as_str();
    let partner = |k: usize| plan.partners[k].name.as_str();
    match rule {
        Rule::Scale(a) => t!(tr, "an-rule-scale", action = action(a)),
        Rule::Covered(a, p) => t!(tr, "an-rule-covered", action = action(a), when = period(p)),
        Rule::SourcePeriod(s, p) => format!("{}{}", budget_of(tr, source(s)), period(p)),
        Rule::SourceTotal(s) => match source(s) {
            name if names_a_budget(tr, name) => {
                t!(tr, "an-rule-source-total-budget", source = name)
            }
            name => t!(tr, "an-rule-source-total", source = name),
        },
        Rule::Share(s, a) => t!(
            tr,
            "an-rule-share",
            source = source(s),
            share = num_in(tr, plan.sources[s].max_share * 100.0),
            action = action(a)
        ),
        Rule::GrantSize(s, a) => t!(
            tr,
            "an-rule-grant-size",
            source = source(s),
            action = action(a)
        ),
        Rule::PartnerJoins(k, a) => t!(
            tr,
            "an-rule-partner-joins",
            partner = partner(k),
            action = action(a)
        ),
        Rule::PartnerHoursNeeded(a, p) => t!(
            tr,
            "an-rule-partner-hours-needed",
            action = action(a),
            when = period(p)
        ),
        Rule::PartnerCash(k, p) => t!(
            tr,
            "an-rule-partner-cash",
            partner = partner(k),
            when = whole(p)
        ),
        Rule::PartnerHours(k, p) => t!(
            tr,
            "an-rule-partner-hours",
            partner = partner(k),
            when = whole(p)
        ),
        Rule::PartnerActions(k) => t!(
            tr,
            "an-rule-partner-actions",
            partner = partner(k),
            count = plan.partners[k].max_actions.unwrap_or(0)
        ),
        Rule::Staff(p) => t!(tr, "an-rule-staff", when = period(p)),
        Rule::OwnerStaff(o, p) => t!(
            tr,
            "an-rule-owner-staff",
            owner = plan.owners[o].name.as_str(),
            when = period(p)
        ),
        Rule::Start(a) => t!(tr, "an-rule-start", action = action(a)),
        Rule::Past(a, p) => t!(tr, "an-rule-past", action = action(a), when = period(p)),
        Rule::Requires(a, b) => t!(
            tr,
            "an-rule-requires",
            action = action(a),
            other = action(b)
        ),
        Rule::Excludes(a, b) => t!(
            tr,
            "an-rule-excludes",
            action = action(a),
            other = action(b)
        ),
        Rule::Must(a) => t!(tr, "an-rule-must", action = action(a)),
        Rule::Never(a) => t!(tr, "an-rule-never", action = action(a)),
        Rule::Target(t) => {
            let target = &plan.targets[t];
            t!(
                tr,
                "an-rule-target",
                indicator = &plan.indicators[target.indicator],
                min = num_in(tr, target.min)
            )
        }
    }
}

/// A limit's unit for sentences in `tr`'s language: EUR, hours, actions, or the indicator's
/// name. ([`LimitUnit::label`] is the unit as the data writes it.)
pub fn unit_words(tr: &Tr, unit: &LimitUnit) -> String {
    match unit {
        LimitUnit::Eur => "EUR".to_string(),
        LimitUnit::Hours => t!(tr, "unit-hours"),
        LimitUnit::Actions => t!(tr, "an-unit-actions"),
        LimitUnit::Indicator(name) => name.clone(),
    }
}

/// What the objective counts ("impact points" or "EUR of own money"), as the JSON of the
/// analyses names it (the same in every language; the texts word it with the message they
/// put it in).
pub fn objective_unit(scenario: &Scenario) -> &'static str {
    match scenario.objective {
        Objective::MaxImpact => "impact points",
        Objective::MinOwnCost => "EUR of own money",
    }
}

/// What the tie-break counts: the other of [`objective_unit`]'s two.
pub fn tiebreak_unit(scenario: &Scenario) -> &'static str {
    match scenario.objective {
        Objective::MaxImpact => "EUR of own money",
        Objective::MinOwnCost => "impact points",
    }
}

/// A number for sentences in `tr`'s language: [`num`] with its decimal mark.
pub fn num_in(tr: &Tr, value: f64) -> String {
    tr.number_text(num(value))
}

/// A number for sentences: whole numbers without decimals, others with up to two.
pub fn num(value: f64) -> String {
    use crate::format::number;
    if (value - value.round()).abs() < 0.005 {
        number(value, 0)
    } else {
        number(value, 2)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    fn baseline(lang: Lang) -> Scenario {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("scenarios/jelgava/baseline.toml");
        let mut scenario = crate::validate::load_scenario(&path).expect("the example");
        scenario.lang = lang;
        scenario
    }

    /// The rules of the example (sources: municipal, esf_plus, …; the first target is
    /// seniors_trained; the first partner is the telecom operator) in each language.
    #[test]
    fn rules_are_described_in_the_scenarios_language() {
        let hub = |s: &Scenario| {
            s.plan
                .actions
                .iter()
                .position(|a| a.id == "digital_hub_ozolnieki")
                .unwrap()
        };
        let cases: [(Rule, &str, &str); 6] = [
            (
                Rule::Staff(1),
                "municipal staff time for 2026",
                "pašvaldības darbinieku laiks, 2026",
            ),
            (
                Rule::SourcePeriod(0, 2),
                "Jelgava novads municipal budget for 2027",
                "Jelgava novads municipal budget, 2027",
            ),
            (
                Rule::SourceTotal(2),
                "ERDF public e-services and digital infrastructure total budget",
                "avota ERDF public e-services and digital infrastructure kopējais budžets",
            ),
            (
                Rule::Target(0),
                "target seniors_trained of at least 800",
                "rādītāja seniors_trained mērķvērtība: vismaz 800",
            ),
            (
                Rule::PartnerActions(0),
                "Telecom operator (private partner) joins at most 2 actions",
                "partneris Telecom operator (private partner) piedalās ne vairāk kā 2 darbībās",
            ),
            (
                Rule::Share(3, 0),
                "National digital transformation programme pays at most 50% of \
                 \"seniors_courses_north\"",
                "avots National digital transformation programme sedz ne vairāk kā 50% no \
                 darbības \"seniors_courses_north\" izmaksām",
            ),
        ];
        let (en, lv) = (baseline(Lang::En), baseline(Lang::Lv));
        for (rule, english, latvian) in cases {
            assert_eq!(describe(&en, rule), english);
            assert_eq!(describe(&lv, rule), latvian);
        }
        assert_eq!(
            describe(&lv, Rule::Must(hub(&lv))),
            "darbība \"digital_hub_ozolnieki\" ir jāfinansē"
        );
    }

    #[test]
    fn latvian_sentences_write_decimals_with_a_comma_and_name_latvian_budgets_once() {
        let mut lv = baseline(Lang::Lv);
        lv.plan.sources[3].max_share = 0.825;
        lv.plan.sources[0].name = "Pašvaldības budžets".into();
        assert!(describe(&lv, Rule::Share(3, 0)).contains("ne vairāk kā 82,50% no"));
        assert_eq!(
            describe(&lv, Rule::SourceTotal(0)),
            "Pašvaldības budžets, kopā"
        );
        assert_eq!(
            describe(&lv, Rule::SourcePeriod(0, 0)),
            "Pašvaldības budžets, 2025"
        );
        // English reports keep the English rule (a name ending in "budget").
        let mut en = lv.clone();
        en.lang = Lang::En;
        assert_eq!(
            describe(&en, Rule::SourceTotal(0)),
            "Pašvaldības budžets total budget"
        );
    }
}
