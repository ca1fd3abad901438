//! The short summary printed on the terminal after `fundmix solve`.

use super::limits::{caveat, LimitsView, NoPlan};
use crate::domain::Objective;
use crate::format::{eur, fixed, number};
use crate::result::ScenarioResult;
use crate::view::status_words;
use crate::view::{target_kind, CHECK_PASSED};
use std::fmt::Write;

/// A few lines for the terminal.
pub fn terminal_summary(result: &ScenarioResult) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "Scenario: {}", result.scenario);
    let _ = writeln!(out, "Status:   {}", status_words(result));
    if !result.has_plan() {
        if let Some(why) = NoPlan::of(result) {
            no_plan(&mut out, &why);
        }
        return out;
    }
    let _ = writeln!(out, "Checked:  {CHECK_PASSED} (independent check)");
    let total = result.selected.len() + result.not_selected.len();
    let _ = writeln!(
        out,
        "Funded:   {} of {total} actions, total cost {}",
        result.selected.len(),
        eur(result.money.total_cost_eur)
    );
    let leverage = result.money.leverage.map_or("-".into(), |l| fixed(l, 2));
    let _ = writeln!(
        out,
        "Money:    own {} + external {} (leverage {leverage} EUR per own EUR)",
        eur(result.money.own_eur),
        eur(result.money.external_eur)
    );
    let objective = result.objective.unwrap_or(0.0);
    let unit = if result.objective_kind == Objective::MinOwnCost {
        "EUR own money (+ penalties)"
    } else {
        "weighted impact points"
    };
    let _ = writeln!(
        out,
        "Objective ({}): {} {unit}",
        result.objective_kind.as_str(),
        number(objective, 2)
    );
    for i in &result.indicators {
        let target = match (i.target, i.hard) {
            (Some(t), Some(true)) => format!(" ({} target {})", target_kind(true), number(t, 0)),
            (Some(t), _) => format!(
                " ({} target {}, short by {})",
                target_kind(false),
                number(t, 0),
                number(i.shortfall, 1)
            ),
            _ => String::new(),
        };
        let _ = writeln!(
            out,
            "  {:<28} {:>12}{target}",
            i.indicator,
            number(i.reached, 1)
        );
    }
    limits(&mut out, result);
    if let Some(seconds) = result.solve_seconds {
        let _ = writeln!(out, "Solved in {seconds:.2} s");
    }
    out
}

/// The most fully used limits shown on the terminal.
const SHOWN: usize = 3;

/// Why there is no plan, in a few lines.
fn no_plan(out: &mut String, why: &NoPlan) {
    if let Some(intro) = why.conflict_intro {
        let _ = writeln!(out, "Why:      {intro}");
        for c in &why.conflict {
            let _ = writeln!(out, "            - {c}");
        }
    }
    for (i, fix) in why.fixes.iter().enumerate() {
        if i == 0 {
            let _ = writeln!(out, "Fix:      {}: {fix}", why.first_label);
        } else {
            let _ = writeln!(out, "          Or: {fix}");
        }
    }
    if let Some(no_fix) = why.no_fix {
        let _ = writeln!(out, "Fix:      {no_fix}");
    }
}

/// The most valuable fully used limits, in a few lines.
fn limits(out: &mut String, result: &ScenarioResult) {
    let Some(view) = LimitsView::of(result, SHOWN) else {
        return;
    };
    if view.shown.is_empty() {
        let _ = writeln!(out, "Limits:   {}", view.none_binding());
        return;
    }
    let _ = writeln!(out, "What limits this plan (most valuable first):");
    for l in &view.shown {
        let range = l
            .range
            .as_ref()
            .map_or(String::new(), |r| format!(" ({r})"));
        let _ = writeln!(out, "  - {} ({}): {}{range}", l.what, l.used, l.worth);
    }
    if let Some(rest) = view.rest() {
        let _ = writeln!(out, "  {rest}; see report.md.");
    }
    let _ = writeln!(out, "  {}", caveat(|c| c.to_string()));
}
