//! `report.html` and `comparison.html`: one self-contained page each (inline SVG charts and
//! tables, no external assets or scripts), readable on a projector and printable to A4.
//!
//! The scenario page shows what `report.md` shows, in the same order, plus the charts. Like the
//! other reports it only formats: every figure comes from the [`ScenarioResult`]; the only sums
//! made here are table totals. All text from the data is escaped.
//!
//! The words come from the result's language (`src/i18n/<lang>/html.ftl`; the comparison page
//! takes the first scenario's), and so does the way numbers are written. A message whose id
//! ends in `-markup` is HTML and goes in as written; every other message is escaped.

use super::comparison;
use crate::domain::Objective;
use crate::format::fixed;
use crate::i18n::Tr;
use crate::plot::Chart;
use crate::result::ScenarioResult;
use crate::solve::SolveStatus;
use crate::t;
use crate::view::status_words;
use crate::view::tables::{self as view, Table as ViewTable};
use std::fmt::Write;

mod comparison_page;
mod holds_page;
mod monitor_page;
mod robust_page;
mod scenario_page;

pub use comparison_page::comparison_html;
pub use holds_page::holds_html;
pub use monitor_page::monitor_html;
pub use robust_page::robust_html;
pub use scenario_page::scenario_html;

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

/// A table of the view ([`crate::view::tables`]) as HTML cells: ids in their own font, numbers
/// right-aligned, an amount's budget below it, shares with a bar, verdicts as pills.
fn view_table(out: &mut String, tr: &Tr, class: &str, table: &ViewTable) {
    let head: Vec<Cell> = table
        .columns
        .iter()
        .map(|c| match (c.id, c.numeric) {
            (true, _) => html(format!("<span class=\"id\">{}</span>", id(&c.label)), "num"),
            (false, true) => num(c.label.clone()),
            (false, false) => text(&c.label),
        })
        .collect();
    let cells =
        |row: &[view::Cell]| -> Vec<Cell> { row.iter().map(|c| view_cell(tr, c)).collect() };
    let rows: Vec<Vec<Cell>> = table.rows.iter().map(|r| cells(r)).collect();
    let foot = table.total.as_deref().map(cells);
    self::table(out, class, &head, &rows, foot.as_deref());
}

/// One cell of a view table in HTML.
fn view_cell(tr: &Tr, cell: &view::Cell) -> Cell {
    use view::{Cell as V, Verdict};
    match cell {
        V::Id(value) => code(value),
        V::Text(value) => text(value),
        V::Named { name, id } => named(name, id),
        V::Ids(list) => html(ids(list), ""),
        V::Eur(_)
        | V::Hours(_)
        | V::Points(..)
        | V::Share(_)
        | V::Words(_)
        | V::Blank
        | V::Target { .. } => num(cell.text(tr).unwrap_or_default()),
        V::UsedOf { used, of } => {
            let cap = of.map_or(String::new(), |b| {
                format!(
                    "<br><span class=\"small\">{}</span>",
                    escape(&t!(tr, "html-of-budget", budget = tr.number(b, 0)))
                )
            });
            html(format!("{}{cap}", escape(&tr.number(*used, 0))), "num")
        }
        V::UseOf { used, cap } => usage(tr, *used, *cap),
        V::Verdict(Verdict::NoTarget) => text(&t!(tr, "verdict-no-target")),
        V::Verdict(Verdict::Met) => html(
            format!(
                "<span class=\"pill ok\">{}</span>",
                escape(&t!(tr, "verdict-met"))
            ),
            "",
        ),
        V::Verdict(Verdict::Short { by, hard }) => html(
            format!(
                "<span class=\"pill {}\">{}</span>",
                if *hard { "bad" } else { "warn" },
                escape(&t!(tr, "verdict-short-by", shortfall = tr.number(*by, 1)))
            ),
            "",
        ),
        V::Missing => num("–".into()),
        V::Empty => text(""),
    }
}

/// `used` as a share of `cap`, with a small bar.
fn usage(tr: &Tr, used: f64, cap: Option<f64>) -> Cell {
    match cap {
        Some(cap) if cap > 0.0 => {
            let pct = 100.0 * used / cap;
            let full = if pct >= 99.5 { " full" } else { "" };
            html(
                format!(
                    r#"<span class="bar{full}"><span style="width:{}%"></span></span>{}%"#,
                    fixed(pct.clamp(0.0, 100.0), 0),
                    tr.fixed(pct, 0)
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
fn short_status(tr: &Tr, result: &ScenarioResult) -> String {
    match result.status {
        SolveStatus::Optimal => t!(tr, "html-status-best"),
        SolveStatus::WithinGap => t!(
            tr,
            "html-status-within-gap",
            gap = tr.fixed(100.0 * result.gap.unwrap_or(0.0), 2)
        ),
        SolveStatus::TimeLimit if result.has_plan() => t!(tr, "html-status-time-limit-plan"),
        SolveStatus::TimeLimit => t!(tr, "html-status-time-limit-no-plan"),
        SolveStatus::Infeasible => t!(tr, "html-status-infeasible"),
        SolveStatus::Unbounded => t!(tr, "html-status-unbounded"),
    }
}

/// The aim's value with its unit.
fn aim(tr: &Tr, result: &ScenarioResult) -> String {
    let value = tr.number(result.objective.unwrap_or(0.0), 2);
    if result.objective_kind == Objective::MinOwnCost {
        t!(tr, "html-aim-own", value = value)
    } else {
        t!(tr, "html-aim-impact", value = value)
    }
}

fn leverage(tr: &Tr, result: &ScenarioResult) -> String {
    result.money.leverage.map_or("–".into(), |l| tr.fixed(l, 2))
}

/// "12 of 20": a part of a whole, both already written.
fn of(tr: &Tr, part: String, whole: String) -> String {
    t!(tr, "html-of", part = part, whole = whole)
}

/// The name of an action of `result` (empty if unknown).
fn action_name<'a>(result: &'a ScenarioResult, action: &str) -> &'a str {
    result
        .actions
        .iter()
        .find(|a| a.action == action)
        .map_or("", |a| a.name.as_str())
}

/// The page's head, in `tr`'s language (`<html lang>`), with `title` as its title and heading
/// and `kicker` (plain text) above it.
fn page_start(out: &mut String, tr: &Tr, title: &str, kicker: &str) {
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<main>\n\
         <header class=\"page\"><p class=\"kicker\">{}</p><h1>{}</h1></header>\n",
        tr.lang().code(),
        escape(title),
        escape(kicker),
        escape(title)
    );
}

/// The page's end, with `note` (HTML) in the footer.
fn page_end(out: &mut String, note: &str) {
    let _ = write!(
        out,
        "<footer><p>{note}</p></footer>\n</main>\n</body>\n</html>\n"
    );
}

/// A section of a page with its heading and one table of the view (`id` names the section and
/// the table's class).
/// A list of facts (`<dl class="facts">`): each label with its words, escaped.
fn facts_list(out: &mut String, facts: impl IntoIterator<Item = (String, String)>) {
    out.push_str("<dl class=\"facts\">\n");
    for (label, words) in facts {
        let _ = writeln!(
            out,
            "<dt>{}</dt><dd>{}</dd>",
            escape(&label),
            escape(&words)
        );
    }
    out.push_str("</dl>\n");
}

fn table_section(out: &mut String, tr: &Tr, id: &str, heading: &str, table: &ViewTable) {
    let _ = writeln!(out, "<section id=\"{id}\">\n<h2>{}</h2>", escape(heading));
    view_table(out, tr, id, table);
    out.push_str("</section>\n");
}

fn charts_section(out: &mut String, tr: &Tr, charts: &[Chart]) {
    if charts.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "<section id=\"charts\">\n<h2>{}</h2>",
        escape(&t!(tr, "html-charts"))
    );
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
ul.conflict li { margin: .15rem 0; }
p.fix { margin: .5rem 0; }
p.fix.first { font-size: 1.05rem; }
.caveat { margin: .4rem 0 .8rem; padding: .45rem .8rem; border-left: 6px solid var(--head);
  background: var(--zebra); font-size: .9rem; }
table.limits td.name { min-width: 12rem; }
.caveat code { white-space: nowrap; }
td.limit-note { min-width: 14rem; }
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
  tr, figure, .figure, .status, dl.facts, .caveat, p.fix { break-inside: avoid; }
  table.limits td.name { min-width: 9rem; }
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

    /// Each message of a language's html.ftl with its text (continuation lines included).
    fn html_messages(lang: crate::i18n::Lang) -> Vec<(String, String)> {
        let (_, text) = lang
            .catalogue()
            .iter()
            .find(|(name, _)| *name == "html.ftl")
            .expect("html.ftl");
        let mut found: Vec<(String, String)> = Vec::new();
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            match line.split_once(" = ") {
                Some((id, rest)) if line.starts_with("html-") => {
                    found.push((id.to_string(), rest.to_string()));
                }
                _ => {
                    if let Some((_, message)) = found.last_mut() {
                        message.push_str(line);
                    }
                }
            }
        }
        found
    }

    // Plain messages are escaped, so markup in them would show as text; -markup messages go in
    // as written, so they may hold only simple, closed tags and character references.
    #[test]
    fn only_markup_messages_hold_markup_and_theirs_is_simple() {
        for lang in crate::i18n::Lang::ALL {
            let messages = html_messages(lang);
            assert!(messages.len() > 50, "{lang}: {messages:?}");
            for (id, message) in messages {
                if !id.ends_with("-markup") {
                    assert!(!message.contains('<'), "{lang} {id}: markup in plain text");
                    continue;
                }
                let mut rest = message.as_str();
                while let Some(at) = rest.find('<') {
                    let end = rest[at..].find('>').expect("a closed tag") + at;
                    let tag = &rest[at + 1..end];
                    assert!(
                        ["strong", "em", "code"].contains(&tag),
                        "{lang} {id}: <{tag}>"
                    );
                    let close = format!("</{tag}>");
                    let after = &rest[end + 1..];
                    let closing = after
                        .find(&close)
                        .unwrap_or_else(|| panic!("{lang} {id}: <{tag}> not closed"));
                    assert!(!after[..closing].contains('<'), "{lang} {id}: nested tags");
                    rest = &after[closing + close.len()..];
                }
                for (at, _) in message.match_indices('&') {
                    assert!(
                        ["&amp;", "&lt;", "&gt;"]
                            .iter()
                            .any(|e| message[at..].starts_with(e)),
                        "{lang} {id}: a bare &"
                    );
                }
            }
        }
    }
}
