//! `report.html`: one scenario.

use super::*;
use crate::report::limits::{caveat, LimitsView, NoPlan, SHOWN};
use crate::view::{aim_words, check_passed, target_cell, FundingMatrix};

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
    let head = [
        text(&t!(tr, "col-action")),
        text(&t!(tr, "col-name")),
        text(&t!(tr, "col-goal")),
        num(t!(tr, "col-scale")),
        num(t!(tr, "col-cost-eur")),
    ];
    let rows: Vec<Vec<Cell>> = result
        .selected
        .iter()
        .map(|a| {
            vec![
                code(&a.action),
                text(&a.name),
                text(&a.goal),
                num(tr.percent(a.scale, 0)),
                num(tr.number(a.cost_eur, 0)),
            ]
        })
        .collect();
    let foot = [
        text(&t!(tr, "col-total")),
        text(""),
        text(""),
        text(""),
        num(tr.number(result.money.total_cost_eur, 0)),
    ];
    table(out, "funded", &head, &rows, Some(&foot));
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

fn money_by_source(out: &mut String, tr: &Tr, result: &ScenarioResult) {
    section(out, "sources", &t!(tr, "html-sources-heading"));
    hint(out, &t!(tr, "html-sources-hint"));
    let mut head = vec![text(&t!(tr, "col-source")), text(&t!(tr, "col-kind"))];
    head.extend(result.periods.iter().map(|p| num(p.clone())));
    head.extend([
        num(t!(tr, "col-total")),
        num(t!(tr, "col-budget")),
        num(t!(tr, "col-used")),
    ]);
    let mut period_totals = vec![0.0; result.periods.len()];
    let rows: Vec<Vec<Cell>> = result
        .sources
        .iter()
        .map(|s| {
            let name = if s.enabled {
                s.name.clone()
            } else {
                t!(tr, "html-source-switched-off", name = &s.name)
            };
            let mut row = vec![
                named(&name, &s.source),
                text(&crate::view::source_kind(tr, s.kind)),
            ];
            for (total, p) in period_totals.iter_mut().zip(&s.periods) {
                *total += p.used_eur;
                let cap = p.budget_eur.map_or(String::new(), |b| {
                    format!(
                        "<br><span class=\"small\">{}</span>",
                        escape(&t!(tr, "html-of-budget", budget = tr.number(b, 0)))
                    )
                });
                row.push(html(
                    format!("{}{cap}", escape(&tr.number(p.used_eur, 0))),
                    "num",
                ));
            }
            let cap = s.available_eur();
            row.push(num(tr.number(s.used_eur, 0)));
            row.push(num(
                cap.map_or_else(|| t!(tr, "no-cap"), |c| tr.number(c, 0))
            ));
            row.push(usage(tr, s.used_eur, cap));
            row
        })
        .collect();
    let mut foot = vec![text(&t!(tr, "html-all-sources")), text("")];
    foot.extend(period_totals.iter().map(|t| num(tr.number(*t, 0))));
    foot.push(num(tr.number(period_totals.iter().sum(), 0)));
    foot.extend([text(""), text("")]);
    table(out, "sources", &head, &rows, Some(&foot));
    out.push_str("</section>\n");
}

fn partners(out: &mut String, tr: &Tr, result: &ScenarioResult) {
    if result.partners.is_empty() {
        return;
    }
    section(out, "partners", &t!(tr, "sec-partners"));
    let head = [
        text(&t!(tr, "col-partner")),
        text(&t!(tr, "col-joins")),
        num(t!(tr, "col-cash-eur")),
        num(t!(tr, "col-hours")),
    ];
    let rows: Vec<Vec<Cell>> = result
        .partners
        .iter()
        .map(|p| {
            vec![
                text(&p.name),
                html(ids(&p.actions), ""),
                num(tr.number(p.cash_eur, 0)),
                num(tr.number(p.hours, 0)),
            ]
        })
        .collect();
    table(out, "partners", &head, &rows, None);
    out.push_str("</section>\n");
}

fn staff(out: &mut String, tr: &Tr, result: &ScenarioResult) {
    section(out, "staff", &t!(tr, "sec-staff-hours"));
    let head = [
        text(&t!(tr, "html-col-year")),
        num(t!(tr, "col-needed")),
        num(t!(tr, "col-given-by-partners")),
        num(t!(tr, "col-municipal-staff")),
        num(t!(tr, "col-capacity")),
        num(t!(tr, "col-used")),
    ];
    let rows: Vec<Vec<Cell>> = result
        .staff
        .iter()
        .map(|s| {
            vec![
                text(&s.period),
                num(tr.number(s.needed_hours, 0)),
                num(tr.number(s.partner_hours, 0)),
                num(tr.number(s.municipal_hours, 0)),
                num(s
                    .capacity_hours
                    .map_or_else(|| t!(tr, "no-limit"), |c| tr.number(c, 0))),
                usage(tr, s.municipal_hours, s.capacity_hours),
            ]
        })
        .collect();
    table(out, "staff", &head, &rows, None);
    out.push_str("</section>\n");
}

fn indicators(out: &mut String, tr: &Tr, result: &ScenarioResult) {
    section(out, "indicators", &t!(tr, "sec-indicators"));
    let head = [
        text(&t!(tr, "col-indicator")),
        num(t!(tr, "col-weight")),
        num(t!(tr, "col-reached")),
        num(t!(tr, "col-target")),
        num(t!(tr, "col-shortfall")),
        text(&t!(tr, "html-col-result")),
    ];
    let rows: Vec<Vec<Cell>> = result
        .indicators
        .iter()
        .map(|i| {
            let target = target_cell(tr, i.target, i.hard).unwrap_or_else(|| "–".into());
            let verdict = match i.target {
                None => text(&t!(tr, "html-no-target")),
                Some(_) if i.shortfall <= 0.0 => html(
                    format!(
                        "<span class=\"pill ok\">{}</span>",
                        escape(&t!(tr, "html-met"))
                    ),
                    "",
                ),
                Some(_) => html(
                    format!(
                        "<span class=\"pill {}\">{}</span>",
                        if i.hard == Some(true) { "bad" } else { "warn" },
                        escape(&t!(
                            tr,
                            "html-short-by",
                            shortfall = tr.number(i.shortfall, 1)
                        ))
                    ),
                    "",
                ),
            };
            vec![
                code(&i.indicator),
                num(tr.number(i.weight, 2)),
                num(tr.number(i.reached, 1)),
                num(target),
                num(tr.number(i.shortfall, 1)),
                verdict,
            ]
        })
        .collect();
    table(out, "indicators", &head, &rows, None);
    out.push_str("</section>\n");
}

fn funding_matrix(out: &mut String, tr: &Tr, result: &ScenarioResult) {
    let matrix = FundingMatrix::of(result);
    section(out, "matrix", &t!(tr, "html-matrix-heading"));
    hint(out, &t!(tr, "html-matrix-hint"));
    let mut head = vec![text(&t!(tr, "col-action"))];
    head.extend(
        matrix
            .payers
            .iter()
            .map(|p| html(format!("<span class=\"id\">{}</span>", id(&p.id)), "num")),
    );
    head.push(num(t!(tr, "col-total")));
    let body: Vec<Vec<Cell>> = matrix
        .rows
        .iter()
        .map(|r| {
            let mut row = vec![code(&r.action)];
            for v in &r.eur {
                row.push(num(if *v > 0.0 {
                    tr.number(*v, 0)
                } else {
                    String::new()
                }));
            }
            row.push(num(tr.number(r.eur.iter().sum(), 0)));
            row
        })
        .collect();
    let totals = matrix.column_totals();
    let mut foot = vec![text(&t!(tr, "col-total"))];
    foot.extend(totals.iter().map(|t| num(tr.number(*t, 0))));
    foot.push(num(tr.number(totals.iter().sum(), 0)));
    table(out, "matrix", &head, &body, Some(&foot));
    out.push_str("</section>\n");
}
