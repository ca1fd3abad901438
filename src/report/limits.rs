//! The words of "What limits this plan" and "Why there is no plan", shared by `report.md`,
//! `report.html`, the terminal summary and the comparison.
//!
//! Formats only what the result holds: the marginal values of [`crate::analyse::marginal`] and
//! the diagnosis of [`crate::analyse::diagnose`]. Each report adds its own markup around these
//! plain-text sentences.

use crate::analyse::diagnose::{Diagnosis, Fix};
use crate::analyse::marginal::Limit;
use crate::domain::Objective;
use crate::i18n::Tr;
use crate::model::Rule;
use crate::result::ScenarioResult;
use crate::t;

/// The most fully used limits shown in a report table.
pub const SHOWN: usize = 8;

/// The caveat every marginal value carries; `code` marks up a command name (backticks in
/// Markdown, `<code>` in HTML, nothing on the terminal).
pub fn caveat(tr: &Tr, code: impl Fn(&str) -> String) -> String {
    t!(
        tr,
        "limits-caveat",
        explain = code("fundmix explain"),
        frontier = code("fundmix frontier")
    )
}

/// One fully used limit, in words.
#[derive(Debug, Clone, PartialEq)]
pub struct LimitLine {
    /// The limit ("ERDF total budget").
    pub what: String,
    /// How much of it the plan uses: "540 000 of 540 000 EUR", or for a target
    /// "800 reached, target 800".
    pub used: String,
    /// What one step more (less, for a target) is worth: "+1 000 EUR adds 4.6 impact points".
    pub worth: String,
    /// Where that value holds, when known: "holds between 146 000 and 157 250 EUR".
    pub range: Option<String>,
}

/// The limits a plan uses in full, for a report.
#[derive(Debug, Clone, PartialEq)]
pub struct LimitsView {
    /// The most valuable fully used limits (at most [`SHOWN`]), most valuable first.
    pub shown: Vec<LimitLine>,
    /// Fully used limits not shown.
    pub more_binding: usize,
    /// Limits with room left.
    pub room_left: usize,
}

impl LimitsView {
    /// The limits of `result`'s plan (`None` when they were not worked out, or there is no
    /// plan), at most `max` of them in `shown`.
    pub fn of(result: &ScenarioResult, max: usize) -> Option<Self> {
        let marginals = result.limits.as_ref().filter(|_| result.has_plan())?;
        let min_own_cost = result.objective_kind == Objective::MinOwnCost;
        let tr = result.lang.tr();
        let binding: Vec<&Limit> = marginals.binding().collect();
        Some(LimitsView {
            shown: binding
                .iter()
                .take(max)
                .map(|l| line(tr, l, min_own_cost))
                .collect(),
            more_binding: binding.len().saturating_sub(max),
            room_left: marginals.limits.len() - binding.len(),
        })
    }

    /// A sentence on the limits not shown ("3 more limits are fully used and 19 have room
    /// left"), or `None` when every limit is shown.
    pub fn rest(&self, tr: &Tr) -> Option<String> {
        let more = match self.more_binding {
            0 => None,
            n => Some(t!(tr, "limits-more-binding", count = n)),
        };
        let room = match (self.room_left, more.is_some()) {
            (0, _) => None,
            (n, false) => Some(t!(tr, "limits-others-room-left", count = n)),
            (n, true) => Some(t!(tr, "limits-room-left", count = n)),
        };
        match (more, room) {
            (None, None) => None,
            (Some(m), None) => Some(m),
            (None, Some(r)) => Some(r),
            (Some(m), Some(r)) => Some(t!(tr, "limits-and", first = m, second = r)),
        }
    }

    /// What to say when the plan uses no limit in full.
    pub fn none_binding(&self, tr: &Tr) -> String {
        t!(tr, "limits-none-binding", count = self.room_left)
    }
}

/// A value for sentences with about three significant figures and no trailing zeros:
/// `1 000`, `433`, `4.6`, `0.29`.
fn amount(tr: &Tr, value: f64) -> String {
    let size = value.abs();
    let decimals = if size >= 100.0 {
        0
    } else if size >= 1.0 {
        1
    } else if size >= 0.01 {
        2
    } else {
        4
    };
    let text = crate::format::number(value, decimals);
    let text = if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        text
    };
    tr.number_text(text)
}

/// What the objective or tie-break counts.
#[derive(Clone, Copy)]
enum Gain {
    Impact,
    OwnMoney,
}

impl Gain {
    /// "adds 4.6 impact points", "saves at most 1 000 EUR of own money" (`bound` is "" or
    /// "at most ").
    fn words(self, tr: &Tr, value: f64, at_most: bool) -> String {
        let size = amount(tr, value.abs());
        let size = if at_most {
            t!(tr, "limits-at-most", size = size)
        } else {
            size
        };
        match (self, value >= 0.0) {
            (Gain::Impact, true) => t!(tr, "limits-adds-impact", size = size),
            (Gain::Impact, false) => t!(tr, "limits-takes-impact", size = size),
            (Gain::OwnMoney, true) => t!(tr, "limits-saves-own", size = size),
            (Gain::OwnMoney, false) => t!(tr, "limits-costs-own", size = size),
        }
    }

    /// What stays the same when the tie-break is the gain.
    fn kept(self, tr: &Tr) -> String {
        match self {
            Gain::Impact => t!(tr, "limits-same-impact"),
            Gain::OwnMoney => t!(tr, "limits-same-own"),
        }
    }
}

/// A limit's size for sentences: whole EUR and hours, indicator units with up to 2 decimals.
fn size(tr: &Tr, limit: &Limit, value: f64) -> String {
    match limit.unit.as_str() {
        "EUR" | "hours" => tr.number(value, 0),
        _ => crate::analyse::num_in(tr, value),
    }
}

/// A limit's unit for sentences: EUR, hours (in the language), or the indicator's name.
fn unit(tr: &Tr, limit: &Limit) -> String {
    match limit.unit.as_str() {
        "hours" => t!(tr, "unit-hours"),
        other => other.to_string(),
    }
}

/// The step a value is quoted for, and its words.
fn step(tr: &Tr, limit: &Limit) -> (f64, String) {
    if matches!(limit.rule, Rule::Target(_)) {
        return (1.0, t!(tr, "limits-step-target"));
    }
    match limit.unit.as_str() {
        "EUR" => (1000.0, format!("+{} EUR", tr.number(1000.0, 0))),
        "hours" => (100.0, format!("+100 {}", unit(tr, limit))),
        unit => (1.0, format!("+1 {unit}")),
    }
}

/// "holds between 146 000 and 157 250 EUR", or one side of it.
fn range(tr: &Tr, limit: &Limit, from: Option<f64>, to: Option<f64>) -> Option<String> {
    let unit = unit(tr, limit);
    let size = |v| size(tr, limit, v);
    Some(match (from, to) {
        (Some(f), Some(t)) if size(f) == size(t) => {
            t!(tr, "limits-holds-at", at = size(f), unit = unit)
        }
        (Some(f), Some(t)) => t!(
            tr,
            "limits-holds-between",
            from = size(f),
            to = size(t),
            unit = unit
        ),
        (Some(f), None) => t!(tr, "limits-holds-from", from = size(f), unit = unit),
        (None, Some(t)) => t!(tr, "limits-holds-up-to", to = size(t), unit = unit),
        (None, None) => return None,
    })
}

fn line(tr: &Tr, limit: &Limit, min_own_cost: bool) -> LimitLine {
    let (objective, tiebreak) = if min_own_cost {
        (Gain::OwnMoney, Gain::Impact)
    } else {
        (Gain::Impact, Gain::OwnMoney)
    };
    let target = matches!(limit.rule, Rule::Target(_));
    let used = if target {
        t!(
            tr,
            "limits-target-used",
            reached = size(tr, limit, limit.used),
            target = size(tr, limit, limit.limit)
        )
    } else {
        t!(
            tr,
            "limits-used",
            used = size(tr, limit, limit.used),
            limit = size(tr, limit, limit.limit),
            unit = unit(tr, limit)
        )
    };
    let (per, step_words) = step(tr, limit);
    // Where the value is known to hold for less than a whole step of loosening (upwards, or
    // downwards for a target), the step is worth at most that much: the value of more of a
    // limit only falls as the limit grows.
    let at_most = |from: Option<f64>, to: Option<f64>| {
        let room = if target {
            from.map(|f| limit.limit - f)
        } else {
            to.map(|t| t - limit.limit)
        };
        room.is_some_and(|r| r < per - 1e-6)
    };
    let (worth, range) = if limit.objective_per_unit != 0.0 {
        let (from, to) = (limit.valid_from, limit.valid_to);
        (
            format!(
                "{step_words} {}",
                objective.words(tr, limit.objective_per_unit * per, at_most(from, to))
            ),
            range(tr, limit, from, to),
        )
    } else if limit.tiebreak_per_unit != 0.0 {
        let (from, to) = (limit.tiebreak_valid_from, limit.tiebreak_valid_to);
        (
            format!(
                "{step_words} {}, {}",
                tiebreak.words(tr, limit.tiebreak_per_unit * per, at_most(from, to)),
                objective.kept(tr)
            ),
            range(tr, limit, from, to),
        )
    } else if target {
        (t!(tr, "limits-target-worth-nothing"), None)
    } else {
        (t!(tr, "limits-worth-nothing"), None)
    };
    LimitLine {
        what: limit.what.clone(),
        used,
        worth,
        range,
    }
}

/// Why a scenario has no plan, in sentences.
#[derive(Debug, Clone, PartialEq)]
pub struct NoPlan {
    /// The sentence introducing the conflicting limits (`None` when none were found).
    pub conflict_intro: Option<String>,
    /// The conflicting limits, in words.
    pub conflict: Vec<String>,
    /// The label of the first fix: "Smallest change that gives a plan" (or "set of changes").
    pub first_label: String,
    /// Each fix as one sentence (without the label), best first.
    pub fixes: Vec<String>,
    /// What to say when no fix was found (`None` when there are fixes).
    pub no_fix: Option<String>,
}

/// A fix as one sentence: its changes joined, with a full stop.
pub fn fix_sentence(tr: &Tr, fix: &Fix) -> String {
    let advice: Vec<&str> = fix.changes.iter().map(|c| c.advice.as_str()).collect();
    format!("{}.", advice.join(&format!("{} ", t!(tr, "fix-and"))))
}

impl NoPlan {
    /// The words for `result`'s diagnosis (`None` when the scenario has a plan or was not
    /// diagnosed, e.g. when the solver ran out of time).
    pub fn of(result: &ScenarioResult) -> Option<Self> {
        if result.has_plan() {
            return None;
        }
        let tr = result.lang.tr();
        result
            .diagnosis
            .as_ref()
            .map(|d| Self::from_diagnosis(tr, d))
    }

    /// The words for a diagnosis.
    pub fn from_diagnosis(tr: &Tr, d: &Diagnosis) -> Self {
        NoPlan {
            conflict_intro: match d.conflict.len() {
                0 => None,
                1 => Some(t!(tr, "no-plan-one-limit")),
                _ => Some(t!(tr, "no-plan-limits")),
            },
            conflict: d.conflict.clone(),
            first_label: match d.fixes.first() {
                Some(f) if f.changes.len() > 1 => t!(tr, "no-plan-smallest-set"),
                _ => t!(tr, "no-plan-smallest-change"),
            },
            fixes: d.fixes.iter().map(|f| fix_sentence(tr, f)).collect(),
            no_fix: d.fixes.is_empty().then(|| t!(tr, "no-plan-no-fix")),
        }
    }
}

/// One line on what limits a scenario, for comparisons: the most valuable fully used limit
/// of a plan, or the smallest change that gives a plan to a scenario without one. `None` when
/// neither is known.
pub fn headline(result: &ScenarioResult) -> Option<String> {
    if let Some(no_plan) = NoPlan::of(result) {
        return Some(match no_plan.fixes.first() {
            Some(fix) => format!("{}: {fix}", no_plan.first_label),
            None => no_plan.no_fix.unwrap_or_default(),
        });
    }
    let view = LimitsView::of(result, 1)?;
    Some(match view.shown.first() {
        Some(l) => format!("{} ({}): {}.", l.what, l.used, l.worth),
        None => t!(result.lang.tr(), "limits-none-fully-used"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limit(rule: Rule, unit: &str, limit: f64, to: Option<f64>) -> Limit {
        Limit {
            rule,
            what: "the limit".into(),
            unit: unit.into(),
            limit,
            used: limit,
            binding: true,
            objective_per_unit: 0.0046,
            tiebreak_per_unit: 1.0,
            valid_from: Some(limit - 4000.0),
            valid_to: to,
            tiebreak_valid_from: None,
            tiebreak_valid_to: None,
        }
    }

    #[test]
    fn money_limits_are_quoted_per_thousand_euros_with_their_range() {
        let l = line(
            crate::i18n::Lang::En.tr(),
            &limit(Rule::SourceTotal(0), "EUR", 150_000.0, Some(157_250.0)),
            false,
        );
        assert_eq!(l.used, "150 000 of 150 000 EUR");
        assert_eq!(l.worth, "+1 000 EUR adds 4.6 impact points");
        assert_eq!(
            l.range.as_deref(),
            Some("holds between 146 000 and 157 250 EUR")
        );
    }

    #[test]
    fn a_value_that_holds_for_less_than_a_step_is_an_upper_bound() {
        let l = line(
            crate::i18n::Lang::En.tr(),
            &limit(Rule::SourceTotal(0), "EUR", 40_000.0, Some(40_000.0)),
            false,
        );
        assert_eq!(l.worth, "+1 000 EUR adds at most 4.6 impact points");
    }

    #[test]
    fn tie_break_value_is_quoted_when_the_objective_does_not_move() {
        let mut l = limit(Rule::Staff(0), "hours", 3000.0, None);
        l.objective_per_unit = 0.0;
        l.tiebreak_per_unit = 2.5;
        let l = line(crate::i18n::Lang::En.tr(), &l, false);
        assert_eq!(
            l.worth,
            "+100 hours saves 250 EUR of own money, at the same impact"
        );
        assert_eq!(l.range, None);
    }

    #[test]
    fn targets_are_quoted_per_unit_less() {
        let mut l = limit(Rule::Target(0), "seniors_trained", 800.0, None);
        l.objective_per_unit = 120.0;
        l.valid_from = Some(750.0);
        let l = line(crate::i18n::Lang::En.tr(), &l, true);
        assert_eq!(l.used, "800 reached, target 800");
        assert_eq!(
            l.worth,
            "Lowering the target by 1 saves 120 EUR of own money"
        );
        assert_eq!(
            l.range.as_deref(),
            Some("holds from 750 seniors_trained up")
        );
    }

    #[test]
    fn limits_worth_nothing_say_so() {
        let mut l = limit(Rule::SourceTotal(0), "EUR", 1000.0, None);
        l.objective_per_unit = 0.0;
        l.tiebreak_per_unit = 0.0;
        assert_eq!(
            line(crate::i18n::Lang::En.tr(), &l, false).worth,
            "fully used, but one more unit would not change the plan"
        );
    }

    #[test]
    fn amounts_have_about_three_figures_and_no_trailing_zeros() {
        assert_eq!(amount(crate::i18n::Lang::En.tr(), 1000.0), "1 000");
        assert_eq!(amount(crate::i18n::Lang::En.tr(), 433.2), "433");
        assert_eq!(amount(crate::i18n::Lang::En.tr(), 4.6), "4.6");
        assert_eq!(amount(crate::i18n::Lang::En.tr(), 2.0), "2");
        assert_eq!(amount(crate::i18n::Lang::En.tr(), 0.29), "0.29");
        assert_eq!(amount(crate::i18n::Lang::En.tr(), 0.0029), "0.0029");
    }
}
