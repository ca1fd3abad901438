//! The short summary printed on the terminal after `fundmix solve`.

use super::limits::{caveat, LimitsView, NoPlan};
use crate::domain::Objective;
use crate::i18n::Tr;
use crate::result::ScenarioResult;
use crate::t;
use crate::view::timeline::Timeline;
use crate::view::{check_passed, status_words, target_kind, Labels};
use std::fmt::Write;

/// The labels at the start of the summary's lines and of the lines the commands print after
/// it (`Reports:`, `Files:`), padded to one width: the longest label of the language plus a
/// space.
pub fn labels(tr: &Tr) -> Labels {
    let labels = [
        t!(tr, "term-scenario"),
        t!(tr, "term-status"),
        t!(tr, "term-checked"),
        t!(tr, "term-funded"),
        t!(tr, "term-money"),
        t!(tr, "term-why"),
        t!(tr, "term-fix"),
        t!(tr, "term-limits"),
        t!(tr, "term-reports"),
        t!(tr, "term-model"),
        t!(tr, "term-timing"),
    ];
    Labels::fit(&labels, 0)
}

/// A few lines for the terminal.
pub fn terminal_summary(result: &ScenarioResult) -> String {
    let tr = result.lang.tr();
    let labels = labels(tr);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}{}",
        labels.pad(&t!(tr, "term-scenario")),
        result.scenario
    );
    let _ = writeln!(
        out,
        "{}{}",
        labels.pad(&t!(tr, "term-status")),
        status_words(result)
    );
    if !result.has_plan() {
        if let Some(why) = NoPlan::of(result) {
            no_plan(&mut out, &why, tr, &labels);
        }
        return out;
    }
    let _ = writeln!(
        out,
        "{}{}",
        labels.pad(&t!(tr, "term-checked")),
        t!(tr, "term-checked-line", check = check_passed(tr))
    );
    let total = result.selected.len() + result.not_selected.len();
    let _ = writeln!(
        out,
        "{}{}",
        labels.pad(&t!(tr, "term-funded")),
        t!(
            tr,
            "term-funded-line",
            funded = result.selected.len(),
            total = total,
            cost = tr.eur(result.money.total_cost_eur)
        )
    );
    let leverage = result.money.leverage.map_or("-".into(), |l| tr.fixed(l, 2));
    let _ = writeln!(
        out,
        "{}{}",
        labels.pad(&t!(tr, "term-money")),
        t!(
            tr,
            "term-money-line",
            own = tr.eur(result.money.own_eur),
            external = tr.eur(result.money.external_eur),
            leverage = leverage
        )
    );
    // Only when an action moved: a plan run as written reads as it always has.
    let timeline = Timeline::of(result);
    if timeline.moved().next().is_some() {
        let _ = writeln!(
            out,
            "{}{}",
            labels.pad(&t!(tr, "term-timing")),
            timeline.summary(tr)
        );
    }
    let objective = tr.number(result.objective.unwrap_or(0.0), 2);
    let kind = result.objective_kind.as_str();
    let line = match result.objective_kind {
        Objective::MinOwnCost => t!(tr, "term-objective-own", kind = kind, value = objective),
        Objective::MaxImpact => t!(tr, "term-objective-impact", kind = kind, value = objective),
    };
    let _ = writeln!(out, "{line}");
    for i in &result.indicators {
        let target = match (i.target, i.hard) {
            (Some(t), Some(true)) => format!(
                " ({})",
                t!(
                    tr,
                    "term-target-hard",
                    kind = target_kind(tr, true),
                    target = tr.number(t, 0)
                )
            ),
            (Some(t), _) => format!(
                " ({})",
                t!(
                    tr,
                    "term-target-soft",
                    kind = target_kind(tr, false),
                    target = tr.number(t, 0),
                    shortfall = tr.number(i.shortfall, 1)
                )
            ),
            _ => String::new(),
        };
        let _ = writeln!(
            out,
            "  {:<28} {:>12}{target}",
            i.indicator,
            tr.number(i.reached, 1)
        );
    }
    limits(&mut out, result, tr, &labels);
    if let Some(seconds) = result.solve_seconds {
        let _ = writeln!(
            out,
            "{}",
            t!(tr, "term-solved-in", seconds = tr.fixed(seconds, 2))
        );
    }
    out
}

/// The most fully used limits shown on the terminal.
const SHOWN: usize = 3;

/// Why there is no plan, in a few lines.
fn no_plan(out: &mut String, why: &NoPlan, tr: &Tr, labels: &Labels) {
    if let Some(intro) = &why.conflict_intro {
        let _ = writeln!(out, "{}{intro}", labels.pad(&t!(tr, "term-why")));
        for c in &why.conflict {
            let _ = writeln!(out, "{}  - {c}", labels.blank());
        }
    }
    for (i, fix) in why.fixes.iter().enumerate() {
        if i == 0 {
            let _ = writeln!(
                out,
                "{}{}: {fix}",
                labels.pad(&t!(tr, "term-fix")),
                why.first_label
            );
        } else {
            let _ = writeln!(out, "{}{}: {fix}", labels.blank(), t!(tr, "fix-or"));
        }
    }
    if let Some(no_fix) = &why.no_fix {
        let _ = writeln!(out, "{}{no_fix}", labels.pad(&t!(tr, "term-fix")));
    }
}

/// The most valuable fully used limits, in a few lines.
fn limits(out: &mut String, result: &ScenarioResult, tr: &Tr, labels: &Labels) {
    let Some(view) = LimitsView::of(result, SHOWN) else {
        return;
    };
    if view.shown.is_empty() {
        let _ = writeln!(
            out,
            "{}{}",
            labels.pad(&t!(tr, "term-limits")),
            view.none_binding(tr)
        );
        return;
    }
    let _ = writeln!(out, "{}", t!(tr, "term-limits-heading"));
    for l in &view.shown {
        let range = l
            .range
            .as_ref()
            .map_or(String::new(), |r| format!(" ({r})"));
        let _ = writeln!(out, "  - {} ({}): {}{range}", l.what, l.used, l.worth);
    }
    if let Some(rest) = view.rest(tr) {
        let _ = writeln!(out, "  {}", t!(tr, "term-limits-rest", rest = rest));
    }
    let _ = writeln!(out, "  {}", caveat(tr, |c| c.to_string()));
}
