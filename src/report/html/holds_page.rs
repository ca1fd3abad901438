//! `robustness.html`: the price of robustness on one page, chart first, for a workshop wall.

use super::*;
use crate::analyse::holds::Holds;
use crate::view::holds;

/// The HTML text of `robustness.html`, in the scenario's language.
pub fn holds_html(result: &Holds, charts: &[Chart]) -> String {
    let tr = result.lang.tr();
    let mut out = String::new();
    page_start(
        &mut out,
        tr,
        &t!(tr, "holds-title", scenario = &result.scenario),
        &t!(tr, "html-risk-kicker"),
    );
    let _ = writeln!(
        out,
        "<p class=\"lead\">{}</p>\n<p>{}</p>",
        escape(&holds::price(tr, result)),
        escape(&holds::intro(tr, result))
    );
    charts_section(&mut out, tr, charts);
    table_section(
        &mut out,
        tr,
        "price",
        &t!(tr, "holds-price-heading"),
        &holds::comparison_table(tr, result),
    );
    match holds::changes_table(tr, result) {
        Some(changes) => table_section(
            &mut out,
            tr,
            "changes",
            &t!(tr, "holds-changes-heading"),
            &changes,
        ),
        None => {
            let _ = writeln!(
                out,
                "<section id=\"changes\">\n<h2>{}</h2>\n<p>{}</p>\n</section>",
                escape(&t!(tr, "holds-changes-heading")),
                escape(&t!(tr, "holds-changes-none"))
            );
        }
    }
    let _ = writeln!(
        out,
        "<section id=\"model\">\n<h2>{}</h2>\n<p>{}</p>\n</section>",
        escape(&t!(tr, "holds-model-heading")),
        escape(&holds::model_words(tr, result))
    );
    page_end(&mut out, &escape(&t!(tr, "holds-files")));
    out
}
