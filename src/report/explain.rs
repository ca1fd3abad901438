//! `fundmix explain` as text for the terminal.

use crate::analyse::diagnose::Diagnosis;
use crate::analyse::explain::Explanation;
use crate::analyse::num;
use crate::domain::{Objective, Status};
use crate::format::number;
use std::fmt::Write;

/// A signed change, e.g. "-140.5" or "+12".
fn signed(value: f64) -> String {
    if value >= 0.0 {
        format!("+{}", num(value))
    } else {
        num(value)
    }
}

fn list(ids: &[String]) -> String {
    if ids.is_empty() {
        "nothing".into()
    } else {
        ids.join(", ")
    }
}

/// The explanation of one action, for a finance officer.
pub fn explanation_text(e: &Explanation) -> String {
    let mut out = String::new();
    let unit = e.objective_unit;
    let _ = writeln!(out, "Action:    {} – {}", e.action, e.name);
    let funded = e.scale > 0.0;
    let status = if !funded {
        "left out of the plan".to_string()
    } else if e.scale < 1.0 {
        format!(
            "funded at {}% of its full scale",
            number(e.scale * 100.0, 0)
        )
    } else {
        "funded in full".to_string()
    };
    let _ = writeln!(out, "Status:    {status}");
    let _ = writeln!(out, "The plan:  {} {unit}", num(e.objective));
    if funded && !e.carried_by.is_empty() {
        let payers: Vec<String> = e
            .carried_by
            .iter()
            .map(|(name, eur)| format!("{name} {} EUR", number(*eur, 0)))
            .collect();
        let _ = writeln!(out, "Paid by:   {}", payers.join("; "));
    }
    let _ = writeln!(out);
    let forced = &e.forced;
    let (verb, came_in, went_out) = if funded {
        (
            "left out",
            "would be funded instead",
            "would also be left out",
        )
    } else {
        (
            "forced in",
            "would be funded as well",
            "would be left out to make room",
        )
    };
    if forced.feasible {
        let loss = forced.loss.unwrap_or(0.0);
        let objective = forced.objective.unwrap_or(e.objective);
        let _ = writeln!(out, "If it were {verb}:");
        if loss < 0.0 {
            let why = match e.status {
                Status::Must => "it is funded because the scenario marks it as must",
                Status::Never => "it is left out because the scenario marks it as never",
                Status::Free => "a tie-break chose this plan",
            };
            let _ = writeln!(
                out,
                "  the plan would be better by {} {unit} ({} instead of {}): {why}.",
                num(-loss),
                num(objective),
                num(e.objective)
            );
        } else if loss == 0.0 {
            let _ = writeln!(
                out,
                "  the plan would be just as good ({} {unit}): it is a tie.",
                num(objective)
            );
        } else {
            let pct = 100.0 * loss / e.objective.abs().max(1e-9);
            let _ = writeln!(
                out,
                "  the plan would be worse by {} {unit} ({} instead of {}, {}%).",
                num(loss),
                num(objective),
                num(e.objective),
                signed(-pct)
            );
        }
        let _ = writeln!(
            out,
            "  Actions that {went_out}: {}",
            list(&forced.displaced)
        );
        let _ = writeln!(
            out,
            "  Actions that {came_in}: {}",
            list(&forced.funded_instead)
        );
    } else {
        let _ = writeln!(out, "It cannot be {verb}: the scenario would have no plan.");
        if let Some(d) = &forced.diagnosis {
            out.push_str(&diagnosis_lines(
                d,
                "  ",
                "Smallest change that would allow it",
            ));
        }
    }
    if !funded {
        let _ = writeln!(out);
        let _ = writeln!(out, "It would enter the plan on its own:");
        if let Some(cost) = &e.entry_cost {
            match cost.enters_at_eur {
                Some(at) => {
                    let cut = 100.0 * (1.0 - at / cost.cost_eur.max(1e-9));
                    let _ = writeln!(
                        out,
                        "  - if its cost fell from {} EUR to {} EUR or less (-{}%);",
                        number(cost.cost_eur, 0),
                        number(at, 0),
                        number(cut, 0),
                    );
                }
                None => {
                    let _ = writeln!(
                        out,
                        "  - not even at no cost: another rule keeps it out (see above);"
                    );
                }
            }
        }
        match &e.entry_impact {
            Some(impact) => {
                let _ = writeln!(
                    out,
                    "  - or if its weighted impact rose from {} to more than {} points.",
                    num(impact.impact_now),
                    num(impact.impact_needed)
                );
            }
            None if e.aim == Objective::MaxImpact && e.weighted_impact > 0.0 => {
                let _ = writeln!(
                    out,
                    "  - nor with any more impact: the rules above keep it out."
                );
            }
            None => {
                let _ = writeln!(
                    out,
                    "  - (a change of impact alone is not worked out for this scenario's aim)."
                );
            }
        }
    }
    if !e.top_limits.is_empty() {
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "What holds the whole plan back most (fully used limits; values hold with the funded actions kept):"
        );
        for (i, l) in e.top_limits.iter().enumerate() {
            let per = if l.unit == "EUR" { 1000.0 } else { 1.0 };
            let per_label = if l.unit == "EUR" {
                "+1 000 EUR".to_string()
            } else {
                format!("+1 {}", l.unit)
            };
            let (objective, tiebreak) = (l.objective_per_unit * per, l.tiebreak_per_unit * per);
            let worth = if unit == "impact points" {
                format!(
                    "adds {} impact points, saves {} EUR of own money",
                    num(objective),
                    num(tiebreak)
                )
            } else {
                format!(
                    "saves {} EUR of own money, adds {} impact points",
                    num(objective),
                    num(tiebreak)
                )
            };
            let _ = writeln!(
                out,
                "  {}. {} ({} {}): {per_label} {worth}",
                i + 1,
                l.what,
                num(l.limit),
                l.unit,
            );
        }
    }
    out
}

/// The conflicting limits and the fixes of a diagnosis, one per line, indented by `indent`.
fn diagnosis_lines(d: &Diagnosis, indent: &str, first_fix: &str) -> String {
    let mut out = String::new();
    if d.conflict.len() == 1 {
        let _ = writeln!(
            out,
            "{indent}This limit cannot be met, whatever the budgets, offers and staff time:"
        );
    } else if !d.conflict.is_empty() {
        let _ = writeln!(
            out,
            "{indent}These limits cannot all hold together (any one of them could give way):"
        );
    }
    {
        for c in &d.conflict {
            let _ = writeln!(out, "{indent}  - {c}");
        }
    }
    for (i, fix) in d.fixes.iter().enumerate() {
        let lead = if i == 0 { first_fix } else { "Or" };
        let advice: Vec<&str> = fix.changes.iter().map(|c| c.advice.as_str()).collect();
        let _ = writeln!(out, "{indent}{lead}: {}.", advice.join("; and "));
    }
    if d.fixes.is_empty() {
        let _ = writeln!(
            out,
            "{indent}No change to budgets, offers, staff time, targets or must actions alone gives a plan: check the links between actions (requires, excludes) and the co-financing rates."
        );
    }
    out
}

/// `fundmix explain` on a scenario that has no plan.
pub fn no_plan_text(d: &Diagnosis) -> String {
    let mut out = String::from(
        "This scenario has no plan that keeps every rule, so no action can be explained yet.\n",
    );
    out.push_str(&diagnosis_lines(d, "", "Smallest change that gives a plan"));
    out
}
