//! `report.md`: the plan explained for a finance officer.

use super::limits::{caveat, LimitsView, NoPlan, SHOWN};
use crate::format::{eur, fixed, number};
use crate::result::ScenarioResult;
use crate::view::status_words;
use crate::view::{aim_words, check_passed, target_cell, FundingMatrix};
use std::fmt::Write;

fn share(used: f64, budget: Option<f64>) -> String {
    match budget {
        Some(b) if b > 0.0 => format!("{}%", fixed(100.0 * used / b, 0)),
        _ => "-".into(),
    }
}

fn budget(value: Option<f64>) -> String {
    value.map_or("no cap".into(), |v| number(v, 0))
}

/// The Markdown text of `report.md`.
pub fn report(result: &ScenarioResult) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# Funding plan: {}\n", result.scenario);
    let _ = writeln!(out, "- **Status:** {}", status_words(result));
    if !result.has_plan() {
        match NoPlan::of(result) {
            Some(why) => no_plan(&mut out, &why),
            None => {
                let _ = writeln!(
                    out,
                    "\nNo funding plan can be written for this scenario. Loosen a rule and solve \
                     again: a `must` action, a hard target, a budget or the staff capacity."
                );
            }
        }
        return out;
    }
    let tr = result.lang.tr();
    let _ = writeln!(out, "- **Independent check:** {}", check_passed(tr));
    let goal = aim_words(tr, result.objective_kind);
    let _ = writeln!(
        out,
        "- **Aim:** {goal}: {}",
        number(result.objective.unwrap_or(0.0), 2)
    );
    let total = result.selected.len() + result.not_selected.len();
    let _ = writeln!(
        out,
        "- **Funded:** {} of {total} actions, {}",
        result.selected.len(),
        eur(result.money.total_cost_eur)
    );
    let m = &result.money;
    let leverage = m.leverage.map_or("-".into(), |l| fixed(l, 2));
    let _ = writeln!(
        out,
        "- **Money:** own {}, external {} (of which partners' cash {}); leverage {leverage} EUR external per EUR own\n",
        eur(m.own_eur),
        eur(m.external_eur),
        eur(m.partner_cash_eur)
    );

    let _ = writeln!(out, "## Funded actions\n\n| Action | Name | Goal | Scale | Cost (EUR) |\n|---|---|---|---:|---:|");
    for a in &result.selected {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {:.0}% | {} |",
            a.action,
            a.name,
            a.goal,
            100.0 * a.scale,
            number(a.cost_eur, 0)
        );
    }
    if !result.not_selected.is_empty() {
        let _ = writeln!(out, "\n**Not funded:** {}", result.not_selected.join(", "));
    }

    let _ = write!(out, "\n## Money by source (EUR)\n\n| Source | Kind |");
    for p in &result.periods {
        let _ = write!(out, " {p} |");
    }
    let _ = write!(out, " Total | Budget | Used |\n|---|---|");
    for _ in &result.periods {
        out.push_str("---:|");
    }
    out.push_str("---:|---:|---:|\n");
    for s in &result.sources {
        let _ = write!(out, "| {} | {} |", s.name, s.kind.as_str());
        for p in &s.periods {
            let cap = p
                .budget_eur
                .map_or(String::new(), |b| format!(" / {}", number(b, 0)));
            let _ = write!(out, " {}{cap} |", number(p.used_eur, 0));
        }
        let cap = s.available_eur();
        let _ = writeln!(
            out,
            " {} | {} | {} |",
            number(s.used_eur, 0),
            budget(cap),
            share(s.used_eur, cap)
        );
    }

    if !result.partners.is_empty() {
        let _ = writeln!(
            out,
            "\n## Partners\n\n| Partner | Joins | Cash (EUR) | Hours |\n|---|---|---:|---:|"
        );
        for p in &result.partners {
            let joins = if p.actions.is_empty() {
                "-".to_string()
            } else {
                p.actions.join(", ")
            };
            let _ = writeln!(
                out,
                "| {} | {joins} | {} | {} |",
                p.name,
                number(p.cash_eur, 0),
                number(p.hours, 0)
            );
        }
    }

    let _ = writeln!(
        out,
        "\n## Staff hours\n\n| Period | Needed | Given by partners | Municipal staff | Capacity |\n|---|---:|---:|---:|---:|"
    );
    for s in &result.staff {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} |",
            s.period,
            number(s.needed_hours, 0),
            number(s.partner_hours, 0),
            number(s.municipal_hours, 0),
            s.capacity_hours.map_or("no limit".into(), |c| number(c, 0))
        );
    }

    let _ = writeln!(out, "\n## Indicators and targets\n\n| Indicator | Weight | Reached | Target | Shortfall |\n|---|---:|---:|---:|---:|");
    for i in &result.indicators {
        let target = target_cell(tr, i.target, i.hard).unwrap_or_else(|| "-".into());
        let _ = writeln!(
            out,
            "| {} | {} | {} | {target} | {} |",
            i.indicator,
            number(i.weight, 2),
            number(i.reached, 1),
            number(i.shortfall, 1)
        );
    }

    limits(&mut out, result);

    let matrix = FundingMatrix::of(result);
    let _ = write!(out, "\n## Funding matrix (EUR, all periods)\n\n| Action |");
    for p in &matrix.payers {
        let _ = write!(out, " {} |", p.id);
    }
    out.push_str(" Total |\n|---|");
    for _ in &matrix.payers {
        out.push_str("---:|");
    }
    out.push_str("---:|\n");
    for crate::view::MatrixRow {
        action, eur: row, ..
    } in &matrix.rows
    {
        let _ = write!(out, "| {action} |");
        for v in row {
            let cell = if *v > 0.0 {
                number(*v, 0)
            } else {
                String::new()
            };
            let _ = write!(out, " {cell} |");
        }
        let _ = writeln!(out, " {} |", number(row.iter().sum(), 0));
    }
    out.push_str(
        "\nThe year-by-year flows are in `allocation.csv`; all figures in `summary.json`.\n",
    );
    out
}

/// "Why there is no plan": the conflicting limits and the smallest fixes.
fn no_plan(out: &mut String, why: &NoPlan) {
    out.push_str("\n## Why there is no plan\n\n");
    out.push_str(
        "No choice of actions, sources and years keeps every rule of this scenario at once.\n",
    );
    if let Some(intro) = &why.conflict_intro {
        let _ = writeln!(out, "\n{intro}\n");
        for c in &why.conflict {
            let _ = writeln!(out, "- {c}");
        }
    }
    for (i, fix) in why.fixes.iter().enumerate() {
        let label = if i == 0 {
            why.first_label.as_str()
        } else {
            "Or"
        };
        let _ = writeln!(out, "\n**{label}:** {fix}");
    }
    if let Some(no_fix) = &why.no_fix {
        let _ = writeln!(out, "\n{no_fix}");
    } else {
        out.push_str("\nMake one of these changes in the scenario file and solve again.\n");
    }
}

/// "What limits this plan": the fully used limits and what one unit more is worth.
fn limits(out: &mut String, result: &ScenarioResult) {
    let Some(view) = LimitsView::of(result, SHOWN) else {
        return;
    };
    out.push_str("\n## What limits this plan\n\n");
    if view.shown.is_empty() {
        let _ = writeln!(out, "{}", view.none_binding(result.lang.tr()));
        return;
    }
    out.push_str(
        "The limits this plan uses in full, most valuable first, and what one unit more of each \
         is worth (one unit less, for a target).\n\n\
         | Limit | Used / available | What one more unit is worth |\n|---|---:|---|\n",
    );
    for l in &view.shown {
        let range = l
            .range
            .as_ref()
            .map_or(String::new(), |r| format!(" ({r})"));
        let _ = writeln!(
            out,
            "| {} | {} | {}{range} |",
            cell(&l.what),
            l.used,
            cell(&l.worth)
        );
    }
    let _ = writeln!(out, "\n{}", caveat(result.lang.tr(), |c| format!("`{c}`")));
    if let Some(rest) = view.rest(result.lang.tr()) {
        let _ = writeln!(out, "\n{rest}; all are in `summary.json`.");
    }
}

/// Text for a Markdown table cell: `|` escaped.
fn cell(text: &str) -> String {
    text.replace('|', "\\|")
}
