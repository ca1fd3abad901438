//! `report.html`: one scenario.

use super::*;
use crate::report::limits::{caveat, LimitsView, NoPlan, SHOWN};
use crate::view::tables;
use crate::view::timeline::Timeline;
use crate::view::{aim_words, check_passed};

/// The HTML text of `report.html`.
pub fn scenario_html(result: &ScenarioResult, charts: &[Chart]) -> String {
    let tr = result.lang.tr();
    let mut out = String::new();
    page_start(
        &mut out,
        tr,
        &t!(tr, "sec-title", scenario = &result.scenario),
        &t!(tr, "html-scenario-kicker"),
    );
    let _ = writeln!(
        out,
        "<p class=\"status {}\"><strong>{}</strong> {}</p>",
        status_class(result),
        escape(&t!(tr, "html-status-label")),
        escape(&status_words(result))
    );
    if !result.has_plan() {
        let _ = writeln!(
            out,
            "<section id=\"no-plan\" class=\"explain\">\n<h2>{}</h2>",
            escape(&t!(tr, "sec-why-no-plan"))
        );
        match NoPlan::of(result) {
            Some(why) => diagnosis(&mut out, tr, &why),
            None => generic_no_plan(&mut out, tr, result),
        }
        out.push_str("</section>\n");
        page_end(&mut out, &t!(tr, "html-no-plan-footer-markup"));
        return out;
    }
    key_figures(&mut out, tr, result);
    funded_actions(&mut out, tr, result);
    timeline(&mut out, tr, result);
    money_by_source(&mut out, tr, result);
    partners(&mut out, tr, result);
    staff(&mut out, tr, result);
    indicators(&mut out, tr, result);
    limits(&mut out, tr, result);
    funding_matrix(&mut out, tr, result);
    charts_section(&mut out, tr, charts);
    page_end(&mut out, &t!(tr, "html-footer-markup"));
    out
}

/// The conflicting limits and the smallest changes that give a plan.
fn diagnosis(out: &mut String, tr: &Tr, why: &NoPlan) {
    let _ = writeln!(out, "<p>{}</p>", escape(&t!(tr, "html-no-plan-intro")));
    if let Some(intro) = &why.conflict_intro {
        let _ = writeln!(out, "<p>{}</p>\n<ul class=\"conflict\">", escape(intro));
        for c in &why.conflict {
            let _ = writeln!(out, "<li>{}</li>", escape(c));
        }
        out.push_str("</ul>\n");
    }
    let or = t!(tr, "fix-or");
    for (i, fix) in why.fixes.iter().enumerate() {
        let label = if i == 0 {
            why.first_label.as_str()
        } else {
            or.as_str()
        };
        let class = if i == 0 { "fix first" } else { "fix" };
        let _ = writeln!(
            out,
            "<p class=\"{class}\"><strong>{}:</strong> {}</p>",
            escape(label),
            escape(fix)
        );
    }
    match &why.no_fix {
        Some(no_fix) => {
            let _ = writeln!(out, "<p>{}</p>", escape(no_fix));
        }
        None => {
            let _ = writeln!(
                out,
                "<p class=\"hint\">{}</p>",
                escape(&t!(tr, "sec-make-a-change"))
            );
        }
    }
}

/// What to check when the scenario was not diagnosed (time limit, unbounded).
fn generic_no_plan(out: &mut String, tr: &Tr, result: &ScenarioResult) {
    let intro = match result.status {
        SolveStatus::TimeLimit => t!(tr, "html-no-plan-time-limit-markup"),
        SolveStatus::Unbounded => escape(&t!(tr, "html-no-plan-unbounded")),
        _ => escape(&t!(tr, "html-no-plan-loosen")),
    };
    let _ = writeln!(out, "<p>{intro}</p>");
    let _ = writeln!(
        out,
        "<ul>\n<li>{}</li>\n<li>{}</li>\n<li>{}</li>\n<li>{}</li>\n</ul>",
        t!(tr, "html-rule-must-markup"),
        t!(tr, "html-rule-hard-target-markup"),
        t!(tr, "html-rule-budget-markup"),
        t!(tr, "html-rule-staff-markup")
    );
    if !result.must_not_funded.is_empty() {
        let _ = writeln!(
            out,
            "<p>{}</p>",
            t!(
                tr,
                "html-must-actions-markup",
                actions = ids(&result.must_not_funded)
            )
        );
    }
}

/// "What limits this plan": the fully used limits and what one unit more is worth.
fn limits(out: &mut String, tr: &Tr, result: &ScenarioResult) {
    let Some(view) = LimitsView::of(result, SHOWN) else {
        return;
    };
    let _ = writeln!(
        out,
        "<section id=\"limits\">\n<h2>{}</h2>",
        escape(&t!(tr, "sec-limits"))
    );
    if view.shown.is_empty() {
        let _ = writeln!(out, "<p>{}</p>\n</section>", escape(&view.none_binding(tr)));
        return;
    }
    let _ = writeln!(
        out,
        "<p class=\"hint\">{}</p>",
        escape(&t!(tr, "sec-limits-intro"))
    );
    let head = [
        text(&t!(tr, "col-limit")),
        num(t!(tr, "col-used-available")),
        text(&t!(tr, "col-worth")),
    ];
    let rows: Vec<Vec<Cell>> = view
        .shown
        .iter()
        .map(|l| {
            let range = l.range.as_ref().map_or(String::new(), |r| {
                format!("<br><span class=\"small\">{}</span>", escape(r))
            });
            vec![
                html(escape(&l.what), "name"),
                num(l.used.clone()),
                html(format!("{}{range}", escape(&l.worth)), ""),
            ]
        })
        .collect();
    table(out, "limits", &head, &rows, None);
    let _ = writeln!(
        out,
        "<p class=\"caveat\">{}</p>",
        caveat(tr, |c| format!("<code>{}</code>", escape(c)))
    );
    if let Some(rest) = view.rest(tr) {
        let _ = writeln!(
            out,
            "<p class=\"hint\">{}</p>",
            escape(&t!(tr, "html-limits-rest", rest = rest))
        );
    }
    out.push_str("</section>\n");
}

fn key_figures(out: &mut String, tr: &Tr, result: &ScenarioResult) {
    let m = &result.money;
    let total = result.selected.len() + result.not_selected.len();
    let figure = |out: &mut String, label: String, value: String, note: String| {
        // "1 234 EUR": the unit smaller than the figure.
        let value = match value.strip_suffix(" EUR") {
            Some(amount) => format!("{} <span class=\"unit\">EUR</span>", escape(amount)),
            None => escape(&value),
        };
        let _ = writeln!(
            out,
            "<div class=\"figure\"><div class=\"label\">{}</div>\
             <div class=\"value\">{value}</div><div class=\"note\">{}</div></div>",
            escape(&label),
            escape(&note)
        );
    };
    out.push_str("<section id=\"key-figures\" class=\"figures\">\n");
    figure(
        out,
        t!(tr, "cmp-actions-funded"),
        of(tr, result.selected.len().to_string(), total.to_string()),
        t!(
            tr,
            "html-not-funded-count",
            count = result.not_selected.len()
        ),
    );
    figure(
        out,
        t!(tr, "html-total-cost"),
        tr.eur(m.total_cost_eur),
        t!(tr, "html-total-cost-note"),
    );
    figure(
        out,
        t!(tr, "cmp-own-money"),
        tr.eur(m.own_eur),
        t!(tr, "html-own-money-note"),
    );
    figure(
        out,
        t!(tr, "html-external-money"),
        tr.eur(m.external_eur),
        t!(
            tr,
            "html-external-money-note",
            cash = tr.eur(m.partner_cash_eur)
        ),
    );
    figure(
        out,
        t!(tr, "cmp-leverage"),
        leverage(tr, result),
        t!(tr, "html-leverage-note"),
    );
    out.push_str("</section>\n<dl class=\"facts\">\n");
    let fact = |out: &mut String, term: String, class: &str, html: String| {
        let _ = writeln!(out, "<dt>{}</dt><dd{class}>{html}</dd>", escape(&term));
    };
    fact(
        out,
        t!(tr, "html-aim"),
        "",
        format!(
            "{}: <strong>{}</strong>",
            escape(&aim_words(tr, result.objective_kind)),
            escape(&aim(tr, result))
        ),
    );
    fact(out, t!(tr, "sec-check"), "", escape(&check_passed(tr)));
    if !result.must_not_funded.is_empty() {
        fact(
            out,
            t!(tr, "cmp-must-not-funded"),
            " class=\"bad-text\"",
            ids(&result.must_not_funded),
        );
    }
    if let Some(seconds) = result.solve_seconds {
        fact(
            out,
            t!(tr, "html-solve-time"),
            "",
            escape(&t!(tr, "html-seconds", seconds = tr.fixed(seconds, 2))),
        );
    }
    out.push_str("</dl>\n");
}

/// The start of a section: its id and heading.
fn section(out: &mut String, id: &str, heading: &str) {
    let _ = writeln!(out, "<section id=\"{id}\">\n<h2>{}</h2>", escape(heading));
}

/// A hint below a heading.
fn hint(out: &mut String, hint: &str) {
    let _ = writeln!(out, "<p class=\"hint\">{}</p>", escape(hint));
}

fn funded_actions(out: &mut String, tr: &Tr, result: &ScenarioResult) {
    section(out, "funded", &t!(tr, "sec-funded-actions"));
    view_table(out, tr, "funded", &tables::funded_actions(tr, result));
    if !result.not_selected.is_empty() {
        let _ = writeln!(
            out,
            "<h3>{}</h3>\n<ul class=\"not-funded\">",
            escape(&t!(tr, "sec-not-funded"))
        );
        let mark = format!(
            " <strong class=\"bad-text\">{}</strong>",
            escape(&t!(tr, "html-must-mark"))
        );
        for a in &result.not_selected {
            let must = if result.must_not_funded.contains(a) {
                mark.as_str()
            } else {
                ""
            };
            let _ = writeln!(
                out,
                "<li><span class=\"id\">{}</span> – {}{must}</li>",
                id(a),
                escape(action_name(result, a))
            );
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
}

/// When each funded action runs, who carries it and who pays; the moved actions in words (only
/// for a plan over several periods; the Gantt chart is among the charts).
fn timeline(out: &mut String, tr: &Tr, result: &ScenarioResult) {
    let timeline = Timeline::of(result);
    if !timeline.worth_showing() {
        return;
    }
    section(out, "timeline", &t!(tr, "sec-timeline"));
    hint(out, &t!(tr, "sec-timeline-intro"));
    let _ = writeln!(out, "<p>{}</p>", escape(&timeline.summary(tr)));
    view_table(out, tr, "timeline", &timeline.table(tr));
    out.push_str("</section>\n");
}

fn money_by_source(out: &mut String, tr: &Tr, result: &ScenarioResult) {
    section(out, "sources", &t!(tr, "sec-sources"));
    hint(out, &t!(tr, "html-sources-hint"));
    view_table(out, tr, "sources", &tables::money_by_source(tr, result));
    out.push_str("</section>\n");
}

fn partners(out: &mut String, tr: &Tr, result: &ScenarioResult) {
    let Some(table) = tables::partners(tr, result) else {
        return;
    };
    section(out, "partners", &t!(tr, "sec-partners"));
    view_table(out, tr, "partners", &table);
    out.push_str("</section>\n");
}

fn staff(out: &mut String, tr: &Tr, result: &ScenarioResult) {
    section(out, "staff", &t!(tr, "sec-staff-hours"));
    view_table(out, tr, "staff", &tables::staff(tr, result));
    out.push_str("</section>\n");
}

fn indicators(out: &mut String, tr: &Tr, result: &ScenarioResult) {
    section(out, "indicators", &t!(tr, "sec-indicators"));
    view_table(out, tr, "indicators", &tables::indicators(tr, result));
    out.push_str("</section>\n");
}

fn funding_matrix(out: &mut String, tr: &Tr, result: &ScenarioResult) {
    section(out, "matrix", &t!(tr, "sec-matrix"));
    hint(out, &t!(tr, "html-matrix-hint"));
    view_table(out, tr, "matrix", &tables::funding_matrix(tr, result));
    out.push_str("</section>\n");
}
