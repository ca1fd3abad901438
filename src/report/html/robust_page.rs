//! `robust.html`: funding risk on one page, charts first, for a workshop wall.

use super::*;
use crate::analyse::robust::Robust;
use crate::view::risk::{intro, spread_words};

/// The HTML text of `robust.html`, in the run's language.
pub fn robust_html(robust: &Robust, charts: &[Chart]) -> String {
    let tr = robust.lang.tr();
    let mut out = String::new();
    page_start(
        &mut out,
        tr,
        &t!(tr, "risk-title", scenario = &robust.scenario),
        &t!(tr, "html-risk-kicker"),
    );
    let _ = writeln!(out, "<p class=\"lead\">{}</p>", escape(&intro(tr, robust)));
    let _ = writeln!(
        out,
        "<dl class=\"facts\">\n<dt>{}</dt><dd>{}</dd>\n<dt>{}</dt><dd>{}</dd>\n</dl>",
        escape(&t!(tr, "risk-objective")),
        escape(&spread_words(tr, robust.objective, 1)),
        escape(&t!(tr, "risk-own-money")),
        escape(&spread_words(tr, robust.own_eur, 0))
    );
    charts_section(&mut out, tr, charts);

    let shares =
        |out: &mut String, id: &str, heading: String, column: String, rows: &[(String, f64)]| {
            let _ = writeln!(out, "<section id=\"{id}\">\n<h2>{}</h2>", escape(&heading));
            let head = [text(&t!(tr, "col-action")), num(column)];
            let mut sorted = rows.to_vec();
            sorted.sort_by(|a, b| b.1.total_cmp(&a.1));
            let body: Vec<Vec<Cell>> = sorted
                .iter()
                .map(|(name, share)| vec![code(name), num(tr.percent(*share, 0))])
                .collect();
            table(out, id, &head, &body, None);
            out.push_str("</section>\n");
        };
    shares(
        &mut out,
        "core",
        t!(tr, "risk-core-heading"),
        t!(tr, "risk-col-core"),
        &robust.core_index,
    );
    if !robust.target_met.is_empty() {
        let _ = writeln!(
            out,
            "<section id=\"targets\">\n<h2>{}</h2>",
            escape(&t!(tr, "risk-targets-heading"))
        );
        let head = [text(&t!(tr, "col-indicator")), num(t!(tr, "risk-col-met"))];
        let body: Vec<Vec<Cell>> = robust
            .target_met
            .iter()
            .map(|(indicator, share)| vec![code(indicator), num(tr.percent(*share, 0))])
            .collect();
        table(&mut out, "targets", &head, &body, None);
        out.push_str("</section>\n");
    }
    let _ = writeln!(
        out,
        "<section id=\"sources\">\n<h2>{}</h2>",
        escape(&t!(tr, "risk-sources-heading"))
    );
    let head = [
        text(&t!(tr, "col-source")),
        num(t!(tr, "risk-col-chance")),
        num(t!(tr, "risk-col-expected")),
    ];
    let body: Vec<Vec<Cell>> = robust
        .expected_source_eur
        .iter()
        .map(|(source, chance, eur)| {
            vec![
                code(source),
                num(tr.percent(*chance, 0)),
                num(tr.number(*eur, 0)),
            ]
        })
        .collect();
    table(&mut out, "sources", &head, &body, None);
    out.push_str("</section>\n");
    page_end(&mut out, &escape(&t!(tr, "risk-files")));
    out
}
