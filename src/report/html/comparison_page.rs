//! `comparison.html`: several scenarios side by side.

use super::*;

/// The HTML text of `comparison.html`, in the first scenario's language (a comparison gives
/// every scenario the same one).
pub fn comparison_html(results: &[ScenarioResult], charts: &[Chart]) -> String {
    let tr = crate::view::comparison_lang(results);
    let mut out = String::new();
    page_start(
        &mut out,
        tr,
        &t!(tr, "cmp-title"),
        &t!(tr, "html-comparison-kicker"),
    );
    let names = results
        .iter()
        .map(|r| format!("<strong>{}</strong>", escape(&r.scenario)))
        .collect::<Vec<_>>()
        .join(", ");
    let _ = writeln!(
        out,
        "<p class=\"lead\">{}</p>",
        t!(
            tr,
            "html-comparison-lead-markup",
            count = results.len(),
            names = names
        )
    );
    comparison_outcome(&mut out, tr, results);
    comparison_money(&mut out, tr, results);
    comparison_indicators(&mut out, tr, results);
    charts_section(&mut out, tr, charts);
    selection(&mut out, tr, results);
    page_end(&mut out, &t!(tr, "html-comparison-footer-markup"));
    out
}

/// The start of a section: its id, heading and hint.
fn section(out: &mut String, id: &str, heading: &str, hint: Option<&str>) {
    let _ = writeln!(out, "<section id=\"{id}\">\n<h2>{}</h2>", escape(heading));
    if let Some(hint) = hint {
        let _ = writeln!(out, "<p class=\"hint\">{hint}</p>");
    }
}

/// The first cell of a comparison row: the scenario's name.
fn scenario_cell(result: &ScenarioResult) -> Cell {
    html(
        format!("<strong>{}</strong>", escape(&result.scenario)),
        "name",
    )
}

/// A row for a scenario without a plan: its name, then one cell across `width` columns.
fn no_plan_row(tr: &Tr, result: &ScenarioResult, width: usize) -> Vec<Cell> {
    let why = Cell {
        html: escape(&short_status(tr, result)),
        class: "no-plan",
        span: width,
    };
    vec![scenario_cell(result), why]
}

/// Items in first-seen order over every result.
fn union<'a>(
    results: &'a [ScenarioResult],
    items: impl Fn(&'a ScenarioResult) -> Vec<&'a str>,
) -> Vec<&'a str> {
    let mut all: Vec<&str> = Vec::new();
    for r in results {
        for item in items(r) {
            if !all.contains(&item) {
                all.push(item);
            }
        }
    }
    all
}

fn comparison_outcome(out: &mut String, tr: &Tr, results: &[ScenarioResult]) {
    section(out, "outcome", &t!(tr, "html-outcome-heading"), None);
    let head = [
        text(&t!(tr, "col-scenario")),
        text(&t!(tr, "col-status")),
        num(t!(tr, "html-col-objective")),
        num(t!(tr, "cmp-actions-funded")),
        text(&t!(tr, "cmp-must-not-funded")),
        num(t!(tr, "html-col-staff-hours")),
        text(&t!(tr, "html-col-what-limits")),
    ];
    let rows: Vec<Vec<Cell>> = results
        .iter()
        .zip(comparison::rows(results))
        .map(|(r, row)| {
            let status = html(
                format!(
                    "<span class=\"pill {}\">{}</span>",
                    status_class(r),
                    escape(&short_status(tr, r))
                ),
                "",
            );
            let limits = html(
                row.what_limits.as_deref().map_or("–".into(), escape),
                "limit-note",
            );
            if !r.has_plan() {
                return vec![
                    scenario_cell(r),
                    status,
                    num("–".into()),
                    num("–".into()),
                    text("–"),
                    num("–".into()),
                    limits,
                ];
            }
            let must = if row.must_not_funded.is_empty() {
                text(&t!(tr, "html-none"))
            } else {
                html(ids(&row.must_not_funded), "bad-text")
            };
            let capacity: Option<f64> = r.staff.iter().map(|s| s.capacity_hours).sum();
            let hours = match capacity {
                Some(c) => of(tr, tr.number(row.staff_hours, 0), tr.number(c, 0)),
                None => tr.number(row.staff_hours, 0),
            };
            vec![
                scenario_cell(r),
                status,
                num(aim(tr, r)),
                num(of(
                    tr,
                    row.actions_funded.to_string(),
                    r.actions.len().to_string(),
                )),
                must,
                num(hours),
                limits,
            ]
        })
        .collect();
    table(out, "outcome", &head, &rows, None);
    if results.iter().any(|r| r.has_plan() && r.limits.is_some()) {
        let _ = writeln!(
            out,
            "<p class=\"hint\">{} {}</p>",
            escape(&t!(tr, "html-outcome-hint")),
            crate::report::limits::caveat(tr, |c| format!("<code>{}</code>", escape(c)))
        );
    }
    out.push_str("</section>\n");
}

fn comparison_money(out: &mut String, tr: &Tr, results: &[ScenarioResult]) {
    let sources = union(results, |r| {
        r.sources.iter().map(|s| s.source.as_str()).collect()
    });
    let off = t!(tr, "html-off");
    section(
        out,
        "money",
        &t!(tr, "html-money-heading"),
        Some(&t!(tr, "html-money-hint-markup", off = escape(&off))),
    );
    let mut head = vec![
        text(&t!(tr, "col-scenario")),
        num(t!(tr, "html-total-cost")),
    ];
    head.extend(
        sources
            .iter()
            .map(|s| html(format!("<span class=\"id\">{}</span>", id(s)), "num")),
    );
    head.extend([
        num(t!(tr, "html-col-partners-cash")),
        num(t!(tr, "html-col-own")),
        num(t!(tr, "html-col-external")),
        num(t!(tr, "cmp-leverage")),
    ]);
    let rows: Vec<Vec<Cell>> =
        results
            .iter()
            .zip(comparison::rows(results))
            .map(|(r, money)| {
                if !r.has_plan() {
                    return no_plan_row(tr, r, sources.len() + 5);
                }
                let mut row = vec![scenario_cell(r), num(tr.number(money.total_eur, 0))];
                row.extend(sources.iter().map(
                    |s| match r.sources.iter().find(|u| u.source == *s) {
                        Some(u) if !u.enabled => html(escape(&off), "num off"),
                        Some(u) => num(tr.number(u.used_eur, 0)),
                        None => num("–".into()),
                    },
                ));
                row.extend([
                    num(tr.number(money.partner_cash_eur, 0)),
                    num(tr.number(money.own_eur, 0)),
                    num(tr.number(r.money.external_eur, 0)),
                    num(leverage(tr, r)),
                ]);
                row
            })
            .collect();
    table(out, "money", &head, &rows, None);
    out.push_str("</section>\n");
}

fn comparison_indicators(out: &mut String, tr: &Tr, results: &[ScenarioResult]) {
    let names = union(results, |r| {
        r.indicators.iter().map(|i| i.indicator.as_str()).collect()
    });
    if names.is_empty() {
        return;
    }
    section(
        out,
        "targets",
        &t!(tr, "html-targets-heading"),
        Some(&escape(&t!(tr, "html-targets-hint"))),
    );
    let mut head = vec![text(&t!(tr, "col-scenario"))];
    head.extend(
        names
            .iter()
            .map(|n| html(format!("<span class=\"id\">{}</span>", id(n)), "num")),
    );
    let rows: Vec<Vec<Cell>> = results
        .iter()
        .map(|r| {
            if !r.has_plan() {
                return no_plan_row(tr, r, names.len());
            }
            let mut row = vec![scenario_cell(r)];
            row.extend(names.iter().map(|n| {
                let Some(i) = r.indicators.iter().find(|i| i.indicator == *n) else {
                    return num("–".into());
                };
                let target = match i.target {
                    None => String::new(),
                    Some(t) => {
                        let short = || t!(tr, "html-short", shortfall = tr.number(i.shortfall, 1));
                        let (class, verdict) = if i.shortfall <= 0.0 {
                            ("ok", t!(tr, "verdict-met"))
                        } else if i.hard == Some(true) {
                            ("bad", short())
                        } else {
                            ("warn", short())
                        };
                        let mut value = t!(tr, "html-target-value", target = tr.number(t, 0));
                        if i.hard == Some(true) {
                            let _ = write!(value, " ({})", crate::view::target_kind(tr, true));
                        }
                        format!(
                            "<br><span class=\"small\">{}</span> \
                             <span class=\"pill {class}\">{}</span>",
                            escape(&value),
                            escape(&verdict)
                        )
                    }
                };
                html(
                    format!("{}{target}", escape(&tr.number(i.reached, 1))),
                    "num",
                )
            }));
            row
        })
        .collect();
    table(out, "targets", &head, &rows, None);
    out.push_str("</section>\n");
}

fn selection(out: &mut String, tr: &Tr, results: &[ScenarioResult]) {
    let actions = union(results, |r| {
        r.actions.iter().map(|a| a.action.as_str()).collect()
    });
    section(
        out,
        "selection",
        &t!(tr, "html-selection-heading"),
        Some(&escape(&t!(tr, "html-selection-hint"))),
    );
    let mut head = vec![text(&t!(tr, "col-action"))];
    let no_plan = format!(
        "<br><span class=\"small\">{}</span>",
        escape(&t!(tr, "html-no-plan"))
    );
    head.extend(results.iter().map(|r| {
        let no_plan = if r.has_plan() { "" } else { no_plan.as_str() };
        html(format!("{}{no_plan}", escape(&r.scenario)), "num scenario")
    }));
    let rows: Vec<Vec<Cell>> = actions
        .iter()
        .map(|a| {
            let name = results
                .iter()
                .find_map(|r| r.actions.iter().find(|x| x.action == *a))
                .map_or("", |x| x.name.as_str());
            let mut row = vec![named(name, a)];
            row.extend(results.iter().map(|r| {
                let scale = r
                    .actions
                    .iter()
                    .find(|x| x.action == *a)
                    .map_or(0.0, |x| x.scale);
                if scale <= 0.0 {
                    num("–".into())
                } else {
                    let class = if scale >= 0.9995 {
                        "num full"
                    } else {
                        "num part"
                    };
                    html(escape(&tr.percent(scale, 0)), class)
                }
            }));
            row
        })
        .collect();
    table(out, "selection", &head, &rows, None);
    out.push_str("</section>\n");
}
