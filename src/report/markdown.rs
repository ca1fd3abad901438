//! `report.md`: the plan explained for a finance officer.

use super::limits::{caveat, LimitsView, NoPlan, SHOWN};
use crate::i18n::Tr;
use crate::result::ScenarioResult;
use crate::t;
use crate::view::{aim_words, check_passed, source_kind, status_words, target_cell, FundingMatrix};
use std::fmt::Write;

fn share(tr: &Tr, used: f64, budget: Option<f64>) -> String {
    match budget {
        Some(b) if b > 0.0 => tr.percent(used / b, 0),
        _ => "-".into(),
    }
}

fn budget(tr: &Tr, value: Option<f64>) -> String {
    value.map_or(t!(tr, "no-cap"), |v| tr.number(v, 0))
}

/// A table's header row and its alignment row: `| A | B |` and `|---|---:|` (`right` marks the
/// right-aligned columns).
fn header(out: &mut String, columns: &[String], right: &[bool]) {
    out.push('|');
    for c in columns {
        let _ = write!(out, " {c} |");
    }
    out.push_str("\n|");
    for &r in right {
        out.push_str(if r { "---:|" } else { "---|" });
    }
    out.push('\n');
}

/// The Markdown text of `report.md`.
pub fn report(result: &ScenarioResult) -> String {
    let tr = result.lang.tr();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# {}\n",
        t!(tr, "sec-title", scenario = &result.scenario)
    );
    let _ = writeln!(
        out,
        "- **{}:** {}",
        t!(tr, "col-status"),
        status_words(result)
    );
    if !result.has_plan() {
        match NoPlan::of(result) {
            Some(why) => no_plan(&mut out, &why, tr),
            None => {
                let _ = writeln!(out, "\n{}", t!(tr, "md-no-plan-undiagnosed"));
            }
        }
        return out;
    }
    let _ = writeln!(out, "- **{}:** {}", t!(tr, "sec-check"), check_passed(tr));
    let goal = aim_words(tr, result.objective_kind);
    let _ = writeln!(
        out,
        "- **{}:** {goal}: {}",
        t!(tr, "md-aim"),
        tr.number(result.objective.unwrap_or(0.0), 2)
    );
    let total = result.selected.len() + result.not_selected.len();
    let _ = writeln!(
        out,
        "- **{}:** {}",
        t!(tr, "md-funded"),
        t!(
            tr,
            "md-funded-line",
            funded = result.selected.len(),
            total = total,
            cost = tr.eur(result.money.total_cost_eur)
        )
    );
    let m = &result.money;
    let leverage = m.leverage.map_or("-".into(), |l| tr.fixed(l, 2));
    let _ = writeln!(
        out,
        "- **{}:** {}\n",
        t!(tr, "md-money"),
        t!(
            tr,
            "md-money-line",
            own = tr.eur(m.own_eur),
            external = tr.eur(m.external_eur),
            partners = tr.eur(m.partner_cash_eur),
            leverage = leverage
        )
    );

    let _ = writeln!(out, "## {}\n", t!(tr, "sec-funded-actions"));
    header(
        &mut out,
        &[
            t!(tr, "col-action"),
            t!(tr, "col-name"),
            t!(tr, "col-goal"),
            t!(tr, "col-scale"),
            t!(tr, "col-cost-eur"),
        ],
        &[false, false, false, true, true],
    );
    for a in &result.selected {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} |",
            a.action,
            a.name,
            a.goal,
            tr.percent(a.scale, 0),
            tr.number(a.cost_eur, 0)
        );
    }
    if !result.not_selected.is_empty() {
        let _ = writeln!(
            out,
            "\n**{}:** {}",
            t!(tr, "sec-not-funded"),
            result.not_selected.join(", ")
        );
    }

    let _ = writeln!(out, "\n## {}\n", t!(tr, "md-money-by-source"));
    let mut columns = vec![t!(tr, "col-source"), t!(tr, "col-kind")];
    columns.extend(result.periods.iter().cloned());
    columns.extend([
        t!(tr, "col-total"),
        t!(tr, "col-budget"),
        t!(tr, "col-used"),
    ]);
    let mut right = vec![false, false];
    right.extend(std::iter::repeat_n(true, result.periods.len() + 3));
    header(&mut out, &columns, &right);
    for s in &result.sources {
        let _ = write!(out, "| {} | {} |", s.name, source_kind(tr, s.kind));
        for p in &s.periods {
            let cap = p
                .budget_eur
                .map_or(String::new(), |b| format!(" / {}", tr.number(b, 0)));
            let _ = write!(out, " {}{cap} |", tr.number(p.used_eur, 0));
        }
        let cap = s.available_eur();
        let _ = writeln!(
            out,
            " {} | {} | {} |",
            tr.number(s.used_eur, 0),
            budget(tr, cap),
            share(tr, s.used_eur, cap)
        );
    }

    if !result.partners.is_empty() {
        let _ = writeln!(out, "\n## {}\n", t!(tr, "sec-partners"));
        header(
            &mut out,
            &[
                t!(tr, "col-partner"),
                t!(tr, "col-joins"),
                t!(tr, "col-cash-eur"),
                t!(tr, "col-hours"),
            ],
            &[false, false, true, true],
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
                tr.number(p.cash_eur, 0),
                tr.number(p.hours, 0)
            );
        }
    }

    let _ = writeln!(out, "\n## {}\n", t!(tr, "sec-staff-hours"));
    header(
        &mut out,
        &[
            t!(tr, "col-period"),
            t!(tr, "col-needed"),
            t!(tr, "col-given-by-partners"),
            t!(tr, "col-municipal-staff"),
            t!(tr, "col-capacity"),
        ],
        &[false, true, true, true, true],
    );
    for s in &result.staff {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} |",
            s.period,
            tr.number(s.needed_hours, 0),
            tr.number(s.partner_hours, 0),
            tr.number(s.municipal_hours, 0),
            s.capacity_hours
                .map_or(t!(tr, "no-limit"), |c| tr.number(c, 0))
        );
    }

    let _ = writeln!(out, "\n## {}\n", t!(tr, "sec-indicators"));
    header(
        &mut out,
        &[
            t!(tr, "col-indicator"),
            t!(tr, "col-weight"),
            t!(tr, "col-reached"),
            t!(tr, "col-target"),
            t!(tr, "col-shortfall"),
        ],
        &[false, true, true, true, true],
    );
    for i in &result.indicators {
        let target = target_cell(tr, i.target, i.hard).unwrap_or_else(|| "-".into());
        let _ = writeln!(
            out,
            "| {} | {} | {} | {target} | {} |",
            i.indicator,
            tr.number(i.weight, 2),
            tr.number(i.reached, 1),
            tr.number(i.shortfall, 1)
        );
    }

    limits(&mut out, result, tr);

    let matrix = FundingMatrix::of(result);
    let _ = writeln!(out, "\n## {}\n", t!(tr, "md-funding-matrix"));
    let mut columns = vec![t!(tr, "col-action")];
    columns.extend(matrix.payers.iter().map(|p| p.id.clone()));
    columns.push(t!(tr, "col-total"));
    let mut right = vec![false];
    right.extend(std::iter::repeat_n(true, matrix.payers.len() + 1));
    header(&mut out, &columns, &right);
    for crate::view::MatrixRow {
        action, eur: row, ..
    } in &matrix.rows
    {
        let _ = write!(out, "| {action} |");
        for v in row {
            let cell = if *v > 0.0 {
                tr.number(*v, 0)
            } else {
                String::new()
            };
            let _ = write!(out, " {cell} |");
        }
        let _ = writeln!(out, " {} |", tr.number(row.iter().sum(), 0));
    }
    let _ = writeln!(
        out,
        "\n{}",
        t!(
            tr,
            "md-files",
            allocation = "`allocation.csv`",
            summary = "`summary.json`"
        )
    );
    out
}

/// "Why there is no plan": the conflicting limits and the smallest fixes.
fn no_plan(out: &mut String, why: &NoPlan, tr: &Tr) {
    let _ = writeln!(out, "\n## {}\n", t!(tr, "sec-why-no-plan"));
    let _ = writeln!(out, "{}", t!(tr, "md-no-choice"));
    if let Some(intro) = &why.conflict_intro {
        let _ = writeln!(out, "\n{intro}\n");
        for c in &why.conflict {
            let _ = writeln!(out, "- {c}");
        }
    }
    for (i, fix) in why.fixes.iter().enumerate() {
        let label = if i == 0 {
            why.first_label.clone()
        } else {
            t!(tr, "fix-or")
        };
        let _ = writeln!(out, "\n**{label}:** {fix}");
    }
    if let Some(no_fix) = &why.no_fix {
        let _ = writeln!(out, "\n{no_fix}");
    } else {
        let _ = writeln!(out, "\n{}", t!(tr, "sec-make-a-change"));
    }
}

/// "What limits this plan": the fully used limits and what one unit more is worth.
fn limits(out: &mut String, result: &ScenarioResult, tr: &Tr) {
    let Some(view) = LimitsView::of(result, SHOWN) else {
        return;
    };
    let _ = writeln!(out, "\n## {}\n", t!(tr, "sec-limits"));
    if view.shown.is_empty() {
        let _ = writeln!(out, "{}", view.none_binding(tr));
        return;
    }
    let _ = writeln!(out, "{}\n", t!(tr, "sec-limits-intro"));
    header(
        out,
        &[
            t!(tr, "col-limit"),
            t!(tr, "col-used-available"),
            t!(tr, "col-worth"),
        ],
        &[false, true, false],
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
    let _ = writeln!(out, "\n{}", caveat(tr, |c| format!("`{c}`")));
    if let Some(rest) = view.rest(tr) {
        let _ = writeln!(
            out,
            "\n{}",
            t!(
                tr,
                "md-limits-rest",
                rest = rest,
                summary = "`summary.json`"
            )
        );
    }
}

/// Text for a Markdown table cell: `|` escaped.
fn cell(text: &str) -> String {
    text.replace('|', "\\|")
}
