//! `report.md`: the plan explained for a finance officer.

use super::limits::{caveat, LimitsView, NoPlan, SHOWN};
use crate::i18n::Tr;
use crate::result::ScenarioResult;
use crate::t;
use crate::view::tables;
use crate::view::timeline::Timeline;
use crate::view::{aim_words, check_passed, status_words};
use std::fmt::Write;

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

/// A table of the view ([`tables`]) in Markdown: a header row, the alignment row, the rows
/// and the totals row.
pub(super) fn table(out: &mut String, tr: &Tr, table: &tables::Table) {
    let labels: Vec<String> = table.columns.iter().map(|c| cell(&c.label)).collect();
    let right: Vec<bool> = table.columns.iter().map(|c| c.numeric).collect();
    header(out, &labels, &right);
    for row in table.rows.iter().chain(&table.total) {
        out.push('|');
        for c in row {
            let _ = write!(out, " {} |", cell(&words(tr, c)));
        }
        out.push('\n');
    }
}

/// A cell of a view table as Markdown text (also the words of a workbook's cells).
pub(crate) fn words(tr: &Tr, cell: &tables::Cell) -> String {
    use tables::{Cell, Verdict};
    match cell {
        Cell::Id(id) => id.clone(),
        Cell::Ids(ids) if ids.is_empty() => "-".into(),
        Cell::Ids(ids) => ids.join(", "),
        Cell::UsedOf { used, of: Some(of) } => {
            format!("{} / {}", tr.number(*used, 0), tr.number(*of, 0))
        }
        Cell::UsedOf { used, of: None } => tr.number(*used, 0),
        Cell::UseOf {
            used,
            cap: Some(cap),
        } if *cap > 0.0 => tr.percent(used / cap, 0),
        Cell::UseOf { .. } | Cell::Missing => "-".into(),
        Cell::Verdict(Verdict::NoTarget) => t!(tr, "verdict-no-target"),
        Cell::Verdict(Verdict::Met) => t!(tr, "verdict-met"),
        Cell::Verdict(Verdict::Short { by, .. }) => {
            t!(tr, "verdict-short-by", shortfall = tr.number(*by, 1))
        }
        // Numbers and words: written alike by every format.
        other => other.text(tr).unwrap_or_default(),
    }
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
    table(&mut out, tr, &tables::funded_actions(tr, result));
    if !result.not_selected.is_empty() {
        let _ = writeln!(
            out,
            "\n**{}:** {}",
            t!(tr, "sec-not-funded"),
            result.not_selected.join(", ")
        );
    }

    timeline(&mut out, result, tr);

    let _ = writeln!(out, "\n## {}\n", t!(tr, "sec-sources"));
    table(&mut out, tr, &tables::money_by_source(tr, result));

    if let Some(partners) = tables::partners(tr, result) {
        let _ = writeln!(out, "\n## {}\n", t!(tr, "sec-partners"));
        table(&mut out, tr, &partners);
    }

    let _ = writeln!(out, "\n## {}\n", t!(tr, "sec-staff-hours"));
    table(&mut out, tr, &tables::staff(tr, result));

    let _ = writeln!(out, "\n## {}\n", t!(tr, "sec-indicators"));
    table(&mut out, tr, &tables::indicators(tr, result));

    limits(&mut out, result, tr);

    let _ = writeln!(out, "\n## {}\n", t!(tr, "sec-matrix"));
    table(&mut out, tr, &tables::funding_matrix(tr, result));
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

/// "Timeline": the moved actions in words, then when each funded action runs, who carries it
/// and who pays (only for a plan over several periods).
fn timeline(out: &mut String, result: &ScenarioResult, tr: &Tr) {
    let timeline = Timeline::of(result);
    if !timeline.worth_showing() {
        return;
    }
    let _ = writeln!(out, "\n## {}\n", t!(tr, "sec-timeline"));
    let _ = writeln!(out, "{}\n", t!(tr, "sec-timeline-intro"));
    let _ = writeln!(out, "{}\n", timeline.summary(tr));
    table(out, tr, &timeline.table(tr));
    let _ = writeln!(
        out,
        "\n{}",
        t!(tr, "md-timeline-files", file = "`timeline.csv`")
    );
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
