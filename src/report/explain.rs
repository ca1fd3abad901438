//! `fundmix explain` as text for the terminal, in the explanation's language.

use crate::analyse::diagnose::Diagnosis;
use crate::analyse::explain::{Explanation, LaterStart, Runs};
use crate::analyse::num_in;
use crate::domain::{Objective, Status};
use crate::i18n::Tr;
use crate::t;
use std::fmt::Write;

/// A signed change, e.g. "-140.5" or "+12".
fn signed(tr: &Tr, value: f64) -> String {
    if value >= 0.0 {
        format!("+{}", num_in(tr, value))
    } else {
        num_in(tr, value)
    }
}

fn list(tr: &Tr, ids: &[String]) -> String {
    if ids.is_empty() {
        t!(tr, "an-no-actions")
    } else {
        ids.join(", ")
    }
}

/// What the objective counts, as the messages choose their unit by it.
fn aim(objective: Objective) -> &'static str {
    match objective {
        Objective::MaxImpact => "impact",
        Objective::MinOwnCost => "own",
    }
}

/// The labels at the start of the first lines, padded to one width (the longest label and two
/// spaces).
struct Labels {
    width: usize,
}

impl Labels {
    fn new(labels: &[&str]) -> Labels {
        Labels {
            width: labels.iter().map(|l| l.chars().count()).max().unwrap_or(0) + 2,
        }
    }

    fn pad(&self, label: &str) -> String {
        format!("{label:<width$}", width = self.width)
    }
}

/// The explanation of one action, for a finance officer.
pub fn explanation_text(e: &Explanation) -> String {
    let tr = e.lang.tr();
    let num = |value: f64| num_in(tr, value);
    let aim = aim(e.aim);
    let mut out = String::new();
    let (action, status, plan, paid_by) = (
        t!(tr, "an-label-action"),
        t!(tr, "an-label-status"),
        t!(tr, "an-label-plan"),
        t!(tr, "an-label-paid-by"),
    );
    // "Runs:" only where it is written, so the other labels keep their width.
    let runs_label = t!(tr, "an-label-runs");
    let mut all = vec![action.as_str(), &status, &plan, &paid_by];
    if e.runs.is_some() {
        all.push(&runs_label);
    }
    let labels = Labels::new(&all);
    let _ = writeln!(out, "{}{} – {}", labels.pad(&action), e.action, e.name);
    let funded = e.scale > 0.0;
    let state = if !funded {
        t!(tr, "an-status-left-out")
    } else if e.scale < 1.0 {
        t!(
            tr,
            "an-status-scaled",
            percent = tr.number(e.scale * 100.0, 0)
        )
    } else {
        t!(tr, "an-status-full")
    };
    let _ = writeln!(out, "{}{state}", labels.pad(&status));
    let _ = writeln!(
        out,
        "{}{}",
        labels.pad(&plan),
        t!(tr, "an-plan-value", value = num(e.objective), aim = aim)
    );
    if funded && !e.carried_by.is_empty() {
        let payers: Vec<String> = e
            .carried_by
            .iter()
            .map(|(name, eur)| format!("{name} {}", tr.eur(*eur)))
            .collect();
        let _ = writeln!(out, "{}{}", labels.pad(&paid_by), payers.join("; "));
    }
    if let Some(runs) = &e.runs {
        let _ = writeln!(out, "{}{}", labels.pad(&runs_label), runs_words(tr, runs));
    }
    let _ = writeln!(out);
    let forced = &e.forced;
    if forced.feasible {
        let loss = forced.loss.unwrap_or(0.0);
        let objective = forced.objective.unwrap_or(e.objective);
        let heading = if funded {
            t!(tr, "an-if-left-out")
        } else {
            t!(tr, "an-if-forced-in")
        };
        let _ = writeln!(out, "{heading}");
        let sentence = if loss < 0.0 {
            let why = match e.status {
                Status::Must => t!(tr, "an-why-must"),
                Status::Never => t!(tr, "an-why-never"),
                Status::Free => t!(tr, "an-why-tie"),
            };
            t!(
                tr,
                "an-better",
                by = num(-loss),
                aim = aim,
                value = num(objective),
                now = num(e.objective),
                why = why
            )
        } else if loss == 0.0 {
            t!(tr, "an-tie", value = num(objective), aim = aim)
        } else {
            let pct = 100.0 * loss / e.objective.abs().max(1e-9);
            t!(
                tr,
                "an-worse",
                by = num(loss),
                aim = aim,
                value = num(objective),
                now = num(e.objective),
                change = signed(tr, -pct)
            )
        };
        let _ = writeln!(out, "  {sentence}");
        let (went_out, came_in) = if funded {
            (
                t!(
                    tr,
                    "an-also-left-out",
                    actions = list(tr, &forced.displaced)
                ),
                t!(
                    tr,
                    "an-funded-instead",
                    actions = list(tr, &forced.funded_instead)
                ),
            )
        } else {
            (
                t!(
                    tr,
                    "an-left-out-for-room",
                    actions = list(tr, &forced.displaced)
                ),
                t!(
                    tr,
                    "an-funded-as-well",
                    actions = list(tr, &forced.funded_instead)
                ),
            )
        };
        let _ = writeln!(out, "  {went_out}");
        let _ = writeln!(out, "  {came_in}");
    } else {
        let cannot = if funded {
            t!(tr, "an-cannot-left-out")
        } else {
            t!(tr, "an-cannot-forced-in")
        };
        let _ = writeln!(out, "{cannot}");
        if let Some(d) = &forced.diagnosis {
            out.push_str(&diagnosis_lines(
                tr,
                d,
                "  ",
                &t!(tr, "an-smallest-change-allow"),
            ));
        }
    }
    if let (Some(later), Some(runs)) = (&e.later_start, &e.runs) {
        out.push_str(&later_start_lines(e, later, runs));
    }
    if !funded {
        let _ = writeln!(out);
        let _ = writeln!(out, "{}", t!(tr, "an-would-enter"));
        if let Some(cost) = &e.entry_cost {
            let line = match cost.enters_at_eur {
                Some(at) => {
                    let cut = 100.0 * (1.0 - at / cost.cost_eur.max(1e-9));
                    t!(
                        tr,
                        "an-enter-cost",
                        cost = tr.number(cost.cost_eur, 0),
                        at = tr.number(at, 0),
                        cut = tr.number(cut, 0)
                    )
                }
                None => t!(tr, "an-enter-never"),
            };
            let _ = writeln!(out, "  - {line}");
        }
        let line = match &e.entry_impact {
            Some(impact) => t!(
                tr,
                "an-enter-impact",
                now = num(impact.impact_now),
                needed = num(impact.impact_needed)
            ),
            None if e.aim == Objective::MaxImpact && e.weighted_impact > 0.0 => {
                t!(tr, "an-enter-no-impact")
            }
            None => t!(tr, "an-enter-impact-not-worked-out"),
        };
        let _ = writeln!(out, "  - {line}");
    }
    if !e.top_limits.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(out, "{}", t!(tr, "an-top-limits"));
        for (i, l) in e.top_limits.iter().enumerate() {
            // `l.unit` is the unit as the data writes it: EUR, hours or an indicator's name.
            let unit = match l.unit.as_str() {
                "hours" => t!(tr, "unit-hours"),
                other => other.to_string(),
            };
            let (per, per_label) = match l.unit.as_str() {
                "EUR" => (1000.0, format!("+{}", tr.eur(1000.0))),
                "hours" => (1.0, t!(tr, "an-step-one-hour")),
                _ => (1.0, t!(tr, "an-step-one", unit = &unit)),
            };
            let (objective, tiebreak) = (l.objective_per_unit * per, l.tiebreak_per_unit * per);
            let worth = t!(
                tr,
                "an-limit-worth",
                aim = aim,
                objective = num(objective),
                tiebreak = num(tiebreak)
            );
            let _ = writeln!(
                out,
                "  {}. {} ({} {unit}): {per_label} {worth}",
                i + 1,
                l.what,
                num(l.limit),
            );
        }
    }
    out
}

/// When a funded action runs: "2026 (moved from 2025 to 2026, 1 year later)", or "2025–2027
/// (as written)".
fn runs_words(tr: &Tr, runs: &Runs) -> String {
    let when = if runs.from == runs.to {
        runs.from.clone()
    } else {
        format!("{}–{}", runs.from, runs.to)
    };
    let how = if runs.delay_periods > 0 {
        t!(
            tr,
            "timeline-moved-later",
            from = &runs.written_from,
            to = &runs.from,
            count = runs.delay_periods
        )
    } else {
        t!(tr, "timeline-as-written")
    };
    format!("{when} ({how})")
}

/// "Why it starts later than written": the plan with the action held to its written start,
/// and the limits full when it would need more.
fn later_start_lines(e: &Explanation, later: &LaterStart, runs: &Runs) -> String {
    let tr = e.lang.tr();
    let num = |value: f64| num_in(tr, value);
    let aim = aim(e.aim);
    let mut out = String::new();
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", t!(tr, "an-why-later"));
    let held = &later.as_written;
    let from = &runs.written_from;
    if held.feasible {
        let loss = held.loss.unwrap_or(0.0);
        let objective = held.objective.unwrap_or(e.objective);
        let sentence = if loss > 0.0 {
            let pct = 100.0 * loss / e.objective.abs().max(1e-9);
            t!(
                tr,
                "an-later-worse",
                from = from,
                by = num(loss),
                aim = aim,
                value = num(objective),
                now = num(e.objective),
                change = signed(tr, -pct)
            )
        } else {
            t!(
                tr,
                "an-later-tie",
                from = from,
                value = num(objective),
                aim = aim
            )
        };
        let _ = writeln!(out, "  {sentence}");
        if loss > 0.0 {
            let _ = writeln!(
                out,
                "  {}",
                t!(
                    tr,
                    "an-left-out-for-room",
                    actions = list(tr, &held.displaced)
                )
            );
            let _ = writeln!(
                out,
                "  {}",
                t!(
                    tr,
                    "an-funded-instead",
                    actions = list(tr, &held.funded_instead)
                )
            );
        }
    } else {
        let _ = writeln!(out, "  {}", t!(tr, "an-later-cannot", from = from));
        if let Some(d) = &held.diagnosis {
            out.push_str(&diagnosis_lines(
                tr,
                d,
                "  ",
                &t!(tr, "an-smallest-change-allow"),
            ));
        }
    }
    let periods = later.periods.join(", ");
    if later.full.is_empty() {
        let _ = writeln!(out, "  {}", t!(tr, "an-later-none-full", periods = periods));
    } else {
        let _ = writeln!(out, "  {}", t!(tr, "an-later-full", periods = periods));
        for l in &later.full {
            let unit = match l.unit.as_str() {
                "hours" => t!(tr, "unit-hours"),
                other => other.to_string(),
            };
            let _ = writeln!(
                out,
                "    - {}",
                t!(
                    tr,
                    "an-later-full-item",
                    what = &l.what,
                    used = tr.number(l.used, 0),
                    limit = tr.number(l.limit, 0),
                    unit = unit
                )
            );
        }
    }
    out
}

/// The conflicting limits and the fixes of a diagnosis, one per line, indented by `indent`.
fn diagnosis_lines(tr: &Tr, d: &Diagnosis, indent: &str, first_fix: &str) -> String {
    let mut out = String::new();
    if d.conflict.len() == 1 {
        let _ = writeln!(out, "{indent}{}", t!(tr, "no-plan-one-limit"));
    } else if !d.conflict.is_empty() {
        let _ = writeln!(out, "{indent}{}", t!(tr, "no-plan-limits"));
    }
    for c in &d.conflict {
        let _ = writeln!(out, "{indent}  - {c}");
    }
    let or = t!(tr, "fix-or");
    let and = format!("{} ", t!(tr, "fix-and"));
    for (i, fix) in d.fixes.iter().enumerate() {
        let lead = if i == 0 { first_fix } else { or.as_str() };
        let advice: Vec<&str> = fix.changes.iter().map(|c| c.advice.as_str()).collect();
        let _ = writeln!(out, "{indent}{lead}: {}.", advice.join(&and));
    }
    if d.fixes.is_empty() {
        let _ = writeln!(out, "{indent}{}", t!(tr, "no-plan-no-fix"));
    }
    out
}

/// `fundmix explain` on a scenario that has no plan.
pub fn no_plan_text(d: &Diagnosis) -> String {
    let tr = d.lang.tr();
    let mut out = format!("{}\n", t!(tr, "an-no-plan-explain"));
    out.push_str(&diagnosis_lines(
        tr,
        d,
        "",
        &t!(tr, "no-plan-smallest-change"),
    ));
    out
}
