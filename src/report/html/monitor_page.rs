//! `monitor.html`: the plan against what happened, on one page: what needs attention first,
//! then the money per action and payer, the indicators with their burn-up charts, absorption,
//! and the money per action, payer and year.

use super::*;
use crate::analyse::monitor::Monitor;
use crate::view::monitor::{self as view, Weight};

/// The HTML text of `monitor.html`, in the run's language; `charts` are the burn-up charts with
/// their file stems.
pub fn monitor_html(m: &Monitor, charts: &[(String, Chart)]) -> String {
    let tr = m.lang.tr();
    let mut out = String::new();
    page_start(
        &mut out,
        tr,
        &view::title(tr, m),
        &t!(tr, "html-monitor-kicker"),
    );
    let _ = writeln!(out, "<p class=\"lead\">{}</p>", escape(&view::intro(tr, m)));
    facts_list(&mut out, view::facts(tr, m));

    let _ = writeln!(
        out,
        "<section id=\"attention\">\n<h2>{}</h2>",
        escape(&t!(tr, "mon-attention-heading"))
    );
    let warnings = view::warnings(tr, m);
    if warnings.is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"status ok\">{}</p>",
            escape(&t!(tr, "mon-nothing-to-flag"))
        );
    } else {
        out.push_str("<ul class=\"warnings\">\n");
        for (weight, words) in &warnings {
            let pill = match weight {
                Weight::Urgent => format!(
                    "<span class=\"pill bad\">{}</span> ",
                    escape(&t!(tr, "mon-urgent-pill"))
                ),
                Weight::Check => format!(
                    "<span class=\"pill warn\">{}</span> ",
                    escape(&t!(tr, "mon-check-pill"))
                ),
            };
            let _ = writeln!(out, "<li>{pill}{}</li>", escape(words));
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");

    let _ = writeln!(
        out,
        "<section id=\"actions\">\n<h2>{}</h2>\n<p class=\"hint\">{}</p>",
        escape(&t!(tr, "mon-actions-heading")),
        escape(&t!(tr, "mon-actions-hint", as_of = &m.as_of))
    );
    view_table(&mut out, tr, "money", &view::actions_table(tr, m));
    out.push_str("</section>\n");
    table_section(
        &mut out,
        tr,
        "payers",
        &t!(tr, "mon-payers-heading"),
        &view::payers_table(tr, m),
    );

    let _ = writeln!(
        out,
        "<section id=\"indicators\">\n<h2>{}</h2>\n<p class=\"hint\">{}</p>",
        escape(&t!(tr, "mon-indicators-heading")),
        escape(&t!(tr, "mon-indicators-hint"))
    );
    view_table(&mut out, tr, "indicators", &view::indicators_table(tr, m));
    for (_, chart) in charts {
        let _ = writeln!(
            out,
            "<figure class=\"chart\"><figcaption class=\"hidden\">{}</figcaption>{}</figure>",
            escape(&chart.title),
            inline_svg(&chart.svg, &chart.title)
        );
    }
    out.push_str("</section>\n");

    let _ = writeln!(
        out,
        "<section id=\"absorption\">\n<h2>{}</h2>\n<p class=\"hint\">{}</p>",
        escape(&t!(tr, "mon-absorption-heading")),
        escape(&t!(tr, "mon-absorption-hint"))
    );
    view_table(&mut out, tr, "money", &view::absorption_table(tr, m));
    out.push_str("</section>\n");

    table_section(
        &mut out,
        tr,
        "periods",
        &t!(tr, "mon-periods-heading"),
        &view::periods_table(tr, m),
    );
    if let Some(replan) = &m.replan {
        let _ = writeln!(
            out,
            "<section id=\"replan\">\n<h2>{}</h2>\n<p>{}</p>",
            escape(&crate::view::replan::heading(tr, m)),
            escape(&crate::view::replan::summary(tr, m, replan))
        );
        if let Some(changes) = crate::view::replan::changes_table(tr, m, replan) {
            view_table(&mut out, tr, "replan-changes", &changes);
        }
        if let Some(money) = crate::view::replan::money_table(tr, replan) {
            let _ = writeln!(out, "<h3>{}</h3>", escape(&t!(tr, "replan-money-heading")));
            view_table(&mut out, tr, "money", &money);
        }
        out.push_str("</section>\n");
    }
    page_end(&mut out, &escape(&t!(tr, "mon-files")));
    out
}
