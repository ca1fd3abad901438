//! `report.html` and `comparison.html`: one self-contained page each (inline SVG charts and
//! tables, no external assets or scripts), readable on a projector and printable to A4.
//!
//! The scenario page shows what `report.md` shows, in the same order, plus the charts. Like the
//! other reports it only formats: every figure comes from the [`ScenarioResult`]; the only sums
//! made here are table totals. All text from the data is escaped.

use super::comparison;
use super::csv::{matrix, payers};
use super::format::{eur, number};
use super::text::status_words;
use crate::plot::Chart;
use crate::result::ScenarioResult;
use crate::solve::SolveStatus;
use std::fmt::Write;

/// `text` with `&`, `<`, `>`, `"` and `'` written as character references.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// An id, escaped, with a line-break opportunity after each `_` so narrow columns can wrap it.
fn id(text: &str) -> String {
    escape(text).replace('_', "_<wbr>")
}

/// Ids as a comma-separated list, each in its own `id` span (so lines break between ids).
fn ids(list: &[String]) -> String {
    if list.is_empty() {
        return "–".into();
    }
    list.iter()
        .map(|a| format!("<span class=\"id\">{}</span>", id(a)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// An SVG document as an element to place inside HTML: anything before `<svg` (XML
/// declaration, doctype, comments) is dropped, and a `viewBox` is added when missing so the
/// chart can shrink to the page width.
pub fn inline_svg(svg: &str, label: &str) -> String {
    let Some(start) = svg.find("<svg") else {
        return String::new();
    };
    let svg = svg[start..].trim_end();
    let tag_end = svg.find('>').unwrap_or(svg.len());
    let tag = &svg[..tag_end];
    let mut extra = format!(r#" role="img" aria-label="{}""#, escape(label));
    if !tag.contains("viewBox") {
        if let (Some(w), Some(h)) = (attribute(tag, "width"), attribute(tag, "height")) {
            let _ = write!(extra, r#" viewBox="0 0 {w} {h}""#);
        }
    }
    // Namespace declarations are not needed inside HTML and would be the page's only URLs.
    let tag = tag[4..]
        .replace(r#" xmlns="http://www.w3.org/2000/svg""#, "")
        .replace(r#" xmlns:xlink="http://www.w3.org/1999/xlink""#, "");
    format!("<svg{extra}{tag}{}", &svg[tag_end..])
}

/// The numeric value of `name="…"` in an SVG start tag (pixels only).
fn attribute(tag: &str, name: &str) -> Option<f64> {
    let pattern = format!(" {name}=\"");
    let start = tag.find(&pattern)? + pattern.len();
    let value = &tag[start..start + tag[start..].find('"')?];
    value.trim_end_matches("px").parse().ok()
}

/// One table cell: HTML (already escaped), CSS class (`num` right-aligns) and column span.
struct Cell {
    html: String,
    class: &'static str,
    span: usize,
}

fn text(value: &str) -> Cell {
    Cell {
        html: escape(value),
        class: "",
        span: 1,
    }
}

fn code(value: &str) -> Cell {
    Cell {
        html: format!(r#"<span class="id">{}</span>"#, id(value)),
        class: "",
        span: 1,
    }
}

fn num(value: String) -> Cell {
    Cell {
        html: escape(&value),
        class: "num",
        span: 1,
    }
}

/// A name with its id below it, small.
fn named(name: &str, key: &str) -> Cell {
    html(
        format!(
            "{}<br><span class=\"id small\">{}</span>",
            escape(name),
            id(key)
        ),
        "",
    )
}

fn html(html: String, class: &'static str) -> Cell {
    Cell {
        html,
        class,
        span: 1,
    }
}

/// A table in a horizontally scrolling wrapper; `foot` is an optional totals row.
fn table(out: &mut String, class: &str, head: &[Cell], rows: &[Vec<Cell>], foot: Option<&[Cell]>) {
    let row = |out: &mut String, cells: &[Cell], tag: &str| {
        out.push_str("<tr>");
        for c in cells {
            let mut attributes = String::new();
            if !c.class.is_empty() {
                let _ = write!(attributes, r#" class="{}""#, c.class);
            }
            if c.span > 1 {
                let _ = write!(attributes, r#" colspan="{}""#, c.span);
            }
            let _ = write!(out, "<{tag}{attributes}>{}</{tag}>", c.html);
        }
        out.push_str("</tr>\n");
    };
    let _ = write!(
        out,
        "<div class=\"table-wrap\"><table class=\"{class}\">\n<thead>"
    );
    row(out, head, "th");
    out.push_str("</thead>\n<tbody>\n");
    for r in rows {
        row(out, r, "td");
    }
    out.push_str("</tbody>\n");
    if let Some(foot) = foot {
        out.push_str("<tfoot>");
        row(out, foot, "td");
        out.push_str("</tfoot>\n");
    }
    out.push_str("</table></div>\n");
}

/// `used` as a share of `cap`, with a small bar.
fn usage(used: f64, cap: Option<f64>) -> Cell {
    match cap {
        Some(cap) if cap > 0.0 => {
            let pct = 100.0 * used / cap;
            let full = if pct >= 99.5 { " full" } else { "" };
            html(
                format!(
                    r#"<span class="bar{full}"><span style="width:{:.0}%"></span></span>{pct:.0}%"#,
                    pct.clamp(0.0, 100.0)
                ),
                "num",
            )
        }
        _ => num("–".into()),
    }
}

/// CSS class for a status: `ok`, `warn` or `bad`.
fn status_class(result: &ScenarioResult) -> &'static str {
    match result.status {
        SolveStatus::Optimal | SolveStatus::WithinGap if result.verified => "ok",
        SolveStatus::TimeLimit if result.has_plan() => "warn",
        _ => "bad",
    }
}

/// A few words for a status, for table cells.
fn short_status(result: &ScenarioResult) -> String {
    match result.status {
        SolveStatus::Optimal => "best plan (proven)".into(),
        SolveStatus::WithinGap => format!(
            "good plan (≤ {:.2}% from best)",
            100.0 * result.gap.unwrap_or(0.0)
        ),
        SolveStatus::TimeLimit if result.has_plan() => "time limit: plan may improve".into(),
        SolveStatus::TimeLimit => "time limit: no plan found".into(),
        SolveStatus::Infeasible => "no plan possible".into(),
        SolveStatus::Unbounded => "unbounded (please report)".into(),
    }
}

/// The aim's value with its unit.
fn aim(result: &ScenarioResult) -> String {
    let value = number(result.objective.unwrap_or(0.0), 2);
    if result.objective_kind == "min-own-cost" {
        format!("{value} EUR own money")
    } else {
        format!("{value} impact points")
    }
}

fn leverage(result: &ScenarioResult) -> String {
    result
        .money
        .leverage
        .map_or("–".into(), |l| format!("{l:.2}"))
}

/// The name of an action of `result` (empty if unknown).
fn action_name<'a>(result: &'a ScenarioResult, action: &str) -> &'a str {
    result
        .actions
        .iter()
        .find(|a| a.action == action)
        .map_or("", |a| a.name.as_str())
}

fn page_start(out: &mut String, title: &str, kicker: &str) {
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<main>\n\
         <header class=\"page\"><p class=\"kicker\">{kicker}</p><h1>{}</h1></header>\n",
        escape(title),
        escape(title)
    );
}

fn page_end(out: &mut String, note: &str) {
    let _ = write!(
        out,
        "<footer><p>{note}</p></footer>\n</main>\n</body>\n</html>\n"
    );
}

fn charts_section(out: &mut String, charts: &[Chart]) {
    if charts.is_empty() {
        return;
    }
    out.push_str("<section id=\"charts\">\n<h2>Charts</h2>\n");
    for c in charts {
        let _ = writeln!(
            out,
            "<figure class=\"chart\"><figcaption class=\"hidden\">{}</figcaption>{}</figure>",
            escape(&c.title),
            inline_svg(&c.svg, &c.title)
        );
    }
    out.push_str("</section>\n");
}

/// The HTML text of `report.html`.
pub fn scenario_html(result: &ScenarioResult, charts: &[Chart]) -> String {
    let mut out = String::new();
    page_start(
        &mut out,
        &format!("Funding plan: {}", result.scenario),
        "fundmix · funding plan",
    );
    let _ = writeln!(
        out,
        "<p class=\"status {}\"><strong>Status:</strong> {}</p>",
        status_class(result),
        escape(&status_words(result))
    );
    if !result.has_plan() {
        out.push_str("<section id=\"no-plan\" class=\"explain\">\n<h2>Why there is no plan</h2>\n");
        out.push_str(match result.status {
            SolveStatus::TimeLimit => {
                "<p>The solver stopped at the time limit before it found any plan. Allow more \
                 time with <code>--time-limit</code>, or loosen one of these rules so that a \
                 plan is easier to find:</p>\n"
            }
            SolveStatus::Unbounded => {
                "<p>The objective has no limit. This cannot happen with valid input: please \
                 report it with your input files. Meanwhile, check these rules:</p>\n"
            }
            _ => {
                "<p>No funding plan can be written for this scenario: no choice of actions, \
                 sources and years keeps every rule at once. Loosen one of these rules and \
                 solve again:</p>\n"
            }
        });
        out.push_str(
            "<ul>\n<li>a <strong>must</strong> action that cannot be paid for or staffed;</li>\n\
             <li>a <strong>hard target</strong> that the fundable actions cannot reach;</li>\n\
             <li>a source's <strong>budget</strong>, co-financing rate or grant size;</li>\n\
             <li>the municipal <strong>staff capacity</strong>.</li>\n</ul>\n",
        );
        if !result.must_not_funded.is_empty() {
            let _ = writeln!(
                out,
                "<p>Actions marked <strong>must</strong>: {}.</p>",
                ids(&result.must_not_funded)
            );
        }
        out.push_str("</section>\n");
        page_end(
            &mut out,
            "Generated by fundmix. All figures are in summary.json.",
        );
        return out;
    }
    key_figures(&mut out, result);
    funded_actions(&mut out, result);
    money_by_source(&mut out, result);
    partners(&mut out, result);
    staff(&mut out, result);
    indicators(&mut out, result);
    funding_matrix(&mut out, result);
    charts_section(&mut out, charts);
    page_end(
        &mut out,
        "Generated by fundmix. The year-by-year flows are in allocation.csv; all figures in \
         summary.json.",
    );
    out
}

fn key_figures(out: &mut String, result: &ScenarioResult) {
    let m = &result.money;
    let total = result.selected.len() + result.not_selected.len();
    let figure = |out: &mut String, label: &str, value: String, note: String| {
        // "1 234 EUR": the unit smaller than the figure.
        let value = match value.strip_suffix(" EUR") {
            Some(amount) => format!("{} <span class=\"unit\">EUR</span>", escape(amount)),
            None => escape(&value),
        };
        let _ = writeln!(
            out,
            "<div class=\"figure\"><div class=\"label\">{label}</div>\
             <div class=\"value\">{value}</div><div class=\"note\">{}</div></div>",
            escape(&note)
        );
    };
    out.push_str("<section id=\"key-figures\" class=\"figures\">\n");
    figure(
        out,
        "Actions funded",
        format!("{} of {total}", result.selected.len()),
        format!("{} not funded", result.not_selected.len()),
    );
    figure(
        out,
        "Total cost",
        eur(m.total_cost_eur),
        "of the funded actions".into(),
    );
    figure(out, "Own money", eur(m.own_eur), "municipal budget".into());
    figure(
        out,
        "External money",
        eur(m.external_eur),
        format!("incl. partners' cash {}", eur(m.partner_cash_eur)),
    );
    figure(
        out,
        "Leverage",
        leverage(result),
        "EUR external per EUR own".into(),
    );
    out.push_str("</section>\n<dl class=\"facts\">\n");
    let goal = if result.objective_kind == "min-own-cost" {
        "least municipal money (plus penalties for missed soft targets)"
    } else {
        "most weighted impact (less penalties for missed soft targets)"
    };
    let _ = writeln!(
        out,
        "<dt>Aim</dt><dd>{goal}: <strong>{}</strong></dd>",
        escape(&aim(result))
    );
    let _ = writeln!(
        out,
        "<dt>Independent check</dt><dd>{}</dd>",
        if result.verified {
            "the plan keeps every rule"
        } else {
            "<strong class=\"bad-text\">FAILED: do not use this plan</strong>"
        }
    );
    if !result.must_not_funded.is_empty() {
        let _ = writeln!(
            out,
            "<dt>Must actions not funded</dt><dd class=\"bad-text\">{}</dd>",
            ids(&result.must_not_funded)
        );
    }
    if let Some(seconds) = result.solve_seconds {
        let _ = writeln!(out, "<dt>Solve time</dt><dd>{seconds:.2} s</dd>");
    }
    out.push_str("</dl>\n");
}

fn funded_actions(out: &mut String, result: &ScenarioResult) {
    out.push_str("<section id=\"funded\">\n<h2>Funded actions</h2>\n");
    let head = [
        text("Action"),
        text("Name"),
        text("Goal"),
        num("Scale".into()),
        num("Cost (EUR)".into()),
    ];
    let rows: Vec<Vec<Cell>> = result
        .selected
        .iter()
        .map(|a| {
            vec![
                code(&a.action),
                text(&a.name),
                text(&a.goal),
                num(format!("{:.0}%", 100.0 * a.scale)),
                num(number(a.cost_eur, 0)),
            ]
        })
        .collect();
    let foot = [
        text("Total"),
        text(""),
        text(""),
        text(""),
        num(number(result.money.total_cost_eur, 0)),
    ];
    table(out, "funded", &head, &rows, Some(&foot));
    if !result.not_selected.is_empty() {
        out.push_str("<h3>Not funded</h3>\n<ul class=\"not-funded\">\n");
        for a in &result.not_selected {
            let must = if result.must_not_funded.contains(a) {
                " <strong class=\"bad-text\">(must)</strong>"
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

fn money_by_source(out: &mut String, result: &ScenarioResult) {
    out.push_str(
        "<section id=\"sources\">\n<h2>Money by source and year (EUR)</h2>\n\
         <p class=\"hint\">Each year shows the money used and, below it, the budget for that \
         year.</p>\n",
    );
    let mut head = vec![text("Source"), text("Kind")];
    head.extend(result.periods.iter().map(|p| num(p.clone())));
    head.extend([
        num("Total".into()),
        num("Budget".into()),
        num("Used".into()),
    ]);
    let mut period_totals = vec![0.0; result.periods.len()];
    let rows: Vec<Vec<Cell>> = result
        .sources
        .iter()
        .map(|s| {
            let mut row = vec![
                named(
                    &format!(
                        "{}{}",
                        s.name,
                        if s.enabled {
                            ""
                        } else {
                            " (switched off in this scenario)"
                        }
                    ),
                    &s.source,
                ),
                text(s.kind.as_str()),
            ];
            for (total, p) in period_totals.iter_mut().zip(&s.periods) {
                *total += p.used_eur;
                let cap = p.budget_eur.map_or(String::new(), |b| {
                    format!("<br><span class=\"small\">of {}</span>", number(b, 0))
                });
                row.push(html(format!("{}{cap}", number(p.used_eur, 0)), "num"));
            }
            let period_caps: Option<f64> = s.periods.iter().map(|p| p.budget_eur).sum();
            let cap = match (s.budget_total_eur, period_caps) {
                (Some(t), Some(p)) => Some(t.min(p)),
                (t, p) => t.or(p),
            };
            row.push(num(number(s.used_eur, 0)));
            row.push(num(cap.map_or("no cap".into(), |c| number(c, 0))));
            row.push(usage(s.used_eur, cap));
            row
        })
        .collect();
    let mut foot = vec![text("All sources"), text("")];
    foot.extend(period_totals.iter().map(|t| num(number(*t, 0))));
    foot.push(num(number(period_totals.iter().sum(), 0)));
    foot.extend([text(""), text("")]);
    table(out, "sources", &head, &rows, Some(&foot));
    out.push_str("</section>\n");
}

fn partners(out: &mut String, result: &ScenarioResult) {
    if result.partners.is_empty() {
        return;
    }
    out.push_str("<section id=\"partners\">\n<h2>Partners</h2>\n");
    let head = [
        text("Partner"),
        text("Joins"),
        num("Cash (EUR)".into()),
        num("Hours".into()),
    ];
    let rows: Vec<Vec<Cell>> = result
        .partners
        .iter()
        .map(|p| {
            vec![
                text(&p.name),
                html(ids(&p.actions), ""),
                num(number(p.cash_eur, 0)),
                num(number(p.hours, 0)),
            ]
        })
        .collect();
    table(out, "partners", &head, &rows, None);
    out.push_str("</section>\n");
}

fn staff(out: &mut String, result: &ScenarioResult) {
    out.push_str("<section id=\"staff\">\n<h2>Staff hours</h2>\n");
    let head = [
        text("Year"),
        num("Needed".into()),
        num("Given by partners".into()),
        num("Municipal staff".into()),
        num("Capacity".into()),
        num("Used".into()),
    ];
    let rows: Vec<Vec<Cell>> = result
        .staff
        .iter()
        .map(|s| {
            vec![
                text(&s.period),
                num(number(s.needed_hours, 0)),
                num(number(s.partner_hours, 0)),
                num(number(s.municipal_hours, 0)),
                num(s.capacity_hours.map_or("no limit".into(), |c| number(c, 0))),
                usage(s.municipal_hours, s.capacity_hours),
            ]
        })
        .collect();
    table(out, "staff", &head, &rows, None);
    out.push_str("</section>\n");
}

fn indicators(out: &mut String, result: &ScenarioResult) {
    out.push_str("<section id=\"indicators\">\n<h2>Indicators and targets</h2>\n");
    let head = [
        text("Indicator"),
        num("Weight".into()),
        num("Reached".into()),
        num("Target".into()),
        num("Shortfall".into()),
        text("Result"),
    ];
    let rows: Vec<Vec<Cell>> = result
        .indicators
        .iter()
        .map(|i| {
            let target = match (i.target, i.hard) {
                (Some(t), Some(true)) => format!("{} (hard)", number(t, 0)),
                (Some(t), _) => format!("{} (soft)", number(t, 0)),
                _ => "–".into(),
            };
            let verdict = match i.target {
                None => html("no target".into(), ""),
                Some(_) if i.shortfall <= 0.0 => {
                    html("<span class=\"pill ok\">met</span>".into(), "")
                }
                Some(_) => html(
                    format!(
                        "<span class=\"pill {}\">short by {}</span>",
                        if i.hard == Some(true) { "bad" } else { "warn" },
                        number(i.shortfall, 1)
                    ),
                    "",
                ),
            };
            vec![
                code(&i.indicator),
                num(number(i.weight, 2)),
                num(number(i.reached, 1)),
                num(target),
                num(number(i.shortfall, 1)),
                verdict,
            ]
        })
        .collect();
    table(out, "indicators", &head, &rows, None);
    out.push_str("</section>\n");
}

fn funding_matrix(out: &mut String, result: &ScenarioResult) {
    let payers = payers(result);
    out.push_str(
        "<section id=\"matrix\">\n<h2>Funding matrix (EUR, all years)</h2>\n\
         <p class=\"hint\">Who pays for each funded action: sources, then partners giving \
         cash.</p>\n",
    );
    let mut head = vec![text("Action")];
    head.extend(
        payers
            .iter()
            .map(|p| html(format!("<span class=\"id\">{}</span>", id(p)), "num")),
    );
    head.push(num("Total".into()));
    let rows = matrix(result);
    let mut totals = vec![0.0; payers.len()];
    let body: Vec<Vec<Cell>> = rows
        .iter()
        .map(|(action, values)| {
            let mut row = vec![code(action)];
            for (total, v) in totals.iter_mut().zip(values) {
                *total += v;
                row.push(num(if *v > 0.0 {
                    number(*v, 0)
                } else {
                    String::new()
                }));
            }
            row.push(num(number(values.iter().sum(), 0)));
            row
        })
        .collect();
    let mut foot = vec![text("Total")];
    foot.extend(totals.iter().map(|t| num(number(*t, 0))));
    foot.push(num(number(totals.iter().sum(), 0)));
    table(out, "matrix", &head, &body, Some(&foot));
    out.push_str("</section>\n");
}

/// The HTML text of `comparison.html`.
pub fn comparison_html(results: &[ScenarioResult], charts: &[Chart]) -> String {
    let mut out = String::new();
    page_start(&mut out, "Scenario comparison", "fundmix · comparison");
    let _ = writeln!(
        out,
        "<p class=\"lead\">{} scenario{} side by side: {}.</p>",
        results.len(),
        if results.len() == 1 { "" } else { "s" },
        results
            .iter()
            .map(|r| format!("<strong>{}</strong>", escape(&r.scenario)))
            .collect::<Vec<_>>()
            .join(", ")
    );
    comparison_outcome(&mut out, results);
    comparison_money(&mut out, results);
    comparison_indicators(&mut out, results);
    charts_section(&mut out, charts);
    selection(&mut out, results);
    page_end(
        &mut out,
        "Generated by fundmix. Each scenario's own report has the full detail.",
    );
    out
}

/// The first cell of a comparison row: the scenario's name.
fn scenario_cell(result: &ScenarioResult) -> Cell {
    html(
        format!("<strong>{}</strong>", escape(&result.scenario)),
        "name",
    )
}

/// A row for a scenario without a plan: its name, then one cell across `width` columns.
fn no_plan_row(result: &ScenarioResult, width: usize) -> Vec<Cell> {
    let why = Cell {
        html: escape(&short_status(result)),
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

fn comparison_outcome(out: &mut String, results: &[ScenarioResult]) {
    out.push_str("<section id=\"outcome\">\n<h2>Outcome</h2>\n");
    let head = [
        text("Scenario"),
        text("Status"),
        num("Objective".into()),
        num("Actions funded".into()),
        text("Must actions not funded"),
        num("Municipal staff hours".into()),
    ];
    let rows: Vec<Vec<Cell>> = results
        .iter()
        .zip(comparison::rows(results))
        .map(|(r, row)| {
            let status = html(
                format!(
                    "<span class=\"pill {}\">{}</span>",
                    status_class(r),
                    escape(&short_status(r))
                ),
                "",
            );
            if !r.has_plan() {
                return vec![
                    scenario_cell(r),
                    status,
                    num("–".into()),
                    num("–".into()),
                    text("–"),
                    num("–".into()),
                ];
            }
            let must = if row.must_not_funded.is_empty() {
                text("none")
            } else {
                html(ids(&row.must_not_funded), "bad-text")
            };
            let capacity: Option<f64> = r.staff.iter().map(|s| s.capacity_hours).sum();
            let hours = match capacity {
                Some(c) => format!("{} of {}", number(row.staff_hours, 0), number(c, 0)),
                None => number(row.staff_hours, 0),
            };
            vec![
                scenario_cell(r),
                status,
                num(aim(r)),
                num(format!("{} of {}", row.actions_funded, r.actions.len())),
                must,
                num(hours),
            ]
        })
        .collect();
    table(out, "outcome", &head, &rows, None);
    out.push_str("</section>\n");
}

fn comparison_money(out: &mut String, results: &[ScenarioResult]) {
    let sources = union(results, |r| {
        r.sources.iter().map(|s| s.source.as_str()).collect()
    });
    out.push_str(
        "<section id=\"money\">\n<h2>Money (EUR, all years)</h2>\n\
         <p class=\"hint\">Money used from each source (<em>off</em>: switched off in that \
         scenario). Own money is the municipality's; external money is every other source plus \
         partners' cash.</p>\n",
    );
    let mut head = vec![text("Scenario"), num("Total cost".into())];
    head.extend(
        sources
            .iter()
            .map(|s| html(format!("<span class=\"id\">{}</span>", id(s)), "num")),
    );
    head.extend([
        num("Partners' cash".into()),
        num("Own".into()),
        num("External".into()),
        num("Leverage".into()),
    ]);
    let rows: Vec<Vec<Cell>> =
        results
            .iter()
            .zip(comparison::rows(results))
            .map(|(r, money)| {
                if !r.has_plan() {
                    return no_plan_row(r, sources.len() + 5);
                }
                let mut row = vec![scenario_cell(r), num(number(money.total_eur, 0))];
                row.extend(sources.iter().map(
                    |s| match r.sources.iter().find(|u| u.source == *s) {
                        Some(u) if !u.enabled => html("off".into(), "num off"),
                        Some(u) => num(number(u.used_eur, 0)),
                        None => num("–".into()),
                    },
                ));
                row.extend([
                    num(number(money.partner_cash_eur, 0)),
                    num(number(money.own_eur, 0)),
                    num(number(r.money.external_eur, 0)),
                    num(leverage(r)),
                ]);
                row
            })
            .collect();
    table(out, "money", &head, &rows, None);
    out.push_str("</section>\n");
}

fn comparison_indicators(out: &mut String, results: &[ScenarioResult]) {
    let names = union(results, |r| {
        r.indicators.iter().map(|i| i.indicator.as_str()).collect()
    });
    if names.is_empty() {
        return;
    }
    out.push_str(
        "<section id=\"targets\">\n<h2>Indicators against targets</h2>\n\
         <p class=\"hint\">Value reached by each plan; below it, the target and whether it is \
         met.</p>\n",
    );
    let mut head = vec![text("Scenario")];
    head.extend(
        names
            .iter()
            .map(|n| html(format!("<span class=\"id\">{}</span>", id(n)), "num")),
    );
    let rows: Vec<Vec<Cell>> = results
        .iter()
        .map(|r| {
            if !r.has_plan() {
                return no_plan_row(r, names.len());
            }
            let mut row = vec![scenario_cell(r)];
            row.extend(names.iter().map(|n| {
                let Some(i) = r.indicators.iter().find(|i| i.indicator == *n) else {
                    return num("–".into());
                };
                let target = match i.target {
                    None => String::new(),
                    Some(t) => {
                        let (class, verdict) = if i.shortfall <= 0.0 {
                            ("ok", "met".to_string())
                        } else if i.hard == Some(true) {
                            ("bad", format!("short {}", number(i.shortfall, 1)))
                        } else {
                            ("warn", format!("short {}", number(i.shortfall, 1)))
                        };
                        format!(
                            "<br><span class=\"small\">target {}{}</span> \
                             <span class=\"pill {class}\">{verdict}</span>",
                            number(t, 0),
                            if i.hard == Some(true) { " (hard)" } else { "" }
                        )
                    }
                };
                html(format!("{}{target}", number(i.reached, 1)), "num")
            }));
            row
        })
        .collect();
    table(out, "targets", &head, &rows, None);
    out.push_str("</section>\n");
}

fn selection(out: &mut String, results: &[ScenarioResult]) {
    let actions = union(results, |r| {
        r.actions.iter().map(|a| a.action.as_str()).collect()
    });
    out.push_str(
        "<section id=\"selection\">\n<h2>Which actions each scenario funds</h2>\n\
         <p class=\"hint\">Share of each action funded: 100% in full, less when scaled down, \
         – when not funded.</p>\n",
    );
    let mut head = vec![text("Action")];
    head.extend(results.iter().map(|r| {
        let no_plan = if r.has_plan() {
            ""
        } else {
            "<br><span class=\"small\">no plan</span>"
        };
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
                    html(format!("{:.0}%", 100.0 * scale), class)
                }
            }));
            row
        })
        .collect();
    table(out, "selection", &head, &rows, None);
    out.push_str("</section>\n");
}

const CSS: &str = r#"
:root { --ink: #111827; --muted: #4b5563; --line: #c7ccd4; --head: #1e3a5f; --zebra: #f2f5f9;
  --ok: #14532d; --ok-bg: #dcfce7; --warn: #713f12; --warn-bg: #fef3c7; --bad: #7f1d1d;
  --bad-bg: #fee2e2; --bar: #2563eb; }
* { box-sizing: border-box; }
html { font-size: 20px; }
body { margin: 0; background: #fff; color: var(--ink); line-height: 1.45;
  font-family: "Liberation Sans", "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; }
main { max-width: 1240px; margin: 0 auto; padding: 1.2rem 2rem 2.5rem; }
header.page { border-bottom: 4px solid var(--head); margin-bottom: 1rem; padding-bottom: .4rem; }
.kicker { margin: 0; color: var(--muted); font-size: .75rem; letter-spacing: .08em;
  text-transform: uppercase; }
h1 { margin: .15rem 0 .2rem; color: var(--head); font-size: 2rem; line-height: 1.2; }
h2 { margin: 2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 2px solid var(--line);
  color: var(--head); font-size: 1.4rem; }
h3 { margin: 1.2rem 0 .4rem; color: var(--head); font-size: 1.1rem; }
p { margin: .4rem 0; }
.lead { font-size: 1.05rem; }
.hint { color: var(--muted); font-size: .85rem; }
.small { color: var(--muted); font-size: .78em; }
.id { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: .82em; }
code { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; }
.status { margin: .8rem 0; padding: .6rem .9rem; border-left: 8px solid; border-radius: 4px;
  font-size: 1.05rem; }
.status.ok { background: var(--ok-bg); border-color: var(--ok); color: var(--ok); }
.status.warn { background: var(--warn-bg); border-color: var(--warn); color: var(--warn); }
.status.bad { background: var(--bad-bg); border-color: var(--bad); color: var(--bad); }
.bad-text { color: var(--bad); }
.pill { display: inline-block; padding: 0 .45em; border-radius: 999px; font-size: .85em;
  font-weight: 700; white-space: nowrap; }
.pill.ok { background: var(--ok-bg); color: var(--ok); }
.pill.warn { background: var(--warn-bg); color: var(--warn); }
.pill.bad { background: var(--bad-bg); color: var(--bad); }
.explain { padding: .2rem 1rem .8rem; border: 2px solid var(--bad); border-radius: 4px; }
.explain h2 { margin-top: .6rem; }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(10.5rem, 1fr));
  gap: .8rem; margin: 1rem 0; }
.figure { padding: .5rem .8rem .6rem; border: 1px solid var(--line);
  border-top: 6px solid var(--head); border-radius: 4px; }
.figure .label { color: var(--muted); font-size: .72rem; font-weight: 700;
  letter-spacing: .05em; text-transform: uppercase; }
.figure .value { font-size: 1.45rem; font-weight: 700; white-space: nowrap; }
.figure .value .unit { color: var(--muted); font-size: .6em; }
.figure .note { color: var(--muted); font-size: .75rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1.2rem;
  margin: .8rem 0; }
dl.facts dt { font-weight: 700; }
dl.facts dd { margin: 0; }
.table-wrap { overflow-x: auto; margin: .4rem 0 1rem; }
table { width: 100%; border-collapse: collapse; font-size: .85rem; }
th, td { padding: .35rem .55rem; border-bottom: 1px solid var(--line); text-align: left;
  vertical-align: top; }
thead th { background: var(--head); color: #fff; vertical-align: bottom; }
tbody tr:nth-child(even) { background: var(--zebra); }
tfoot td { border-top: 2px solid var(--ink); border-bottom: none; font-weight: 700; }
td .id { white-space: nowrap; }
@media screen { td .id wbr { display: none; } }
td.name { min-width: 7.5rem; }
table.money th, table.money td { padding-left: .4rem; padding-right: .4rem; }
td.no-plan { color: var(--bad); font-style: italic; text-align: center; }
.hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
  white-space: nowrap; }
.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
thead th.num { white-space: normal; }
td.full { background: var(--ok-bg); color: var(--ok); font-weight: 700; }
td.off { color: var(--muted); font-style: italic; }
td.part { background: var(--warn-bg); color: var(--warn); font-weight: 700; }
table.selection td.num { text-align: center; }
table.selection th.scenario { width: 8%; text-align: center; }
thead .small { color: #dbe3ee; }
.bar { display: inline-block; width: 3.2rem; height: .55rem; margin-right: .4rem;
  background: #dfe3e8; vertical-align: middle; }
.bar > span { display: block; height: 100%; background: var(--bar); }
.bar.full > span { background: #b45309; }
ul.not-funded { columns: 2 24rem; font-size: .85rem; }
ul.not-funded li { break-inside: avoid; }
figure.chart { margin: 1rem 0 2rem; break-inside: avoid; }
figure.chart svg { display: block; width: 100%; max-width: 1100px; height: auto; margin: 0 auto; }
footer { margin-top: 2.5rem; padding-top: .5rem; border-top: 1px solid var(--line);
  color: var(--muted); font-size: .75rem; }
@page { size: A4; margin: 14mm 12mm 15mm; }
@media print {
  html { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .table-wrap { overflow: visible; }
  table { font-size: 8pt; }
  th, td { padding: 2pt 4pt; overflow-wrap: break-word; }
  td .id { white-space: normal; }
  tfoot { display: table-row-group; }
  td.name { min-width: 6.5rem; }
  thead { display: table-header-group; }
  tr, figure, .figure, .status, dl.facts { break-inside: avoid; }
  h2, h3, .hint { break-after: avoid; }
  .figures { grid-template-columns: repeat(5, 1fr); gap: 6pt; }
  .figure .value { font-size: 12pt; white-space: normal; }
  figure.chart svg { max-width: 100%; max-height: 235mm; }
}
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(
            escape(r#"<b>"A" & 'B'</b>"#),
            "&lt;b&gt;&quot;A&quot; &amp; &#39;B&#39;&lt;/b&gt;"
        );
    }

    #[test]
    fn inlines_svg_without_declaration_and_with_view_box() {
        let svg = "<?xml version=\"1.0\"?>\n<svg width=\"800\" height=\"600\" \
                   xmlns=\"http://www.w3.org/2000/svg\"><text>a</text></svg>\n";
        assert_eq!(
            inline_svg(svg, "A & B"),
            "<svg role=\"img\" aria-label=\"A &amp; B\" viewBox=\"0 0 800 600\" width=\"800\" \
             height=\"600\"><text>a</text></svg>"
        );
        let kept = inline_svg("<svg viewBox=\"0 0 1 1\"/>", "t");
        assert!(kept.starts_with("<svg role") && kept.ends_with("viewBox=\"0 0 1 1\"/>"));
    }
}
