//! `robust.html`: funding risk on one page, charts first, for a workshop wall.

use super::*;
use crate::analyse::robust::Robust;
use crate::view::risk::{self, intro, spreads};

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
    facts_list(&mut out, spreads(tr, robust));
    charts_section(&mut out, tr, charts);

    table_section(
        &mut out,
        tr,
        "core",
        &t!(tr, "risk-core-heading"),
        &risk::core_table(tr, robust),
    );
    if let Some(targets) = risk::targets_table(tr, robust) {
        table_section(
            &mut out,
            tr,
            "targets",
            &t!(tr, "risk-targets-heading"),
            &targets,
        );
    }
    table_section(
        &mut out,
        tr,
        "sources",
        &t!(tr, "risk-sources-heading"),
        &risk::sources_table(tr, robust),
    );
    if let Some(costs) = risk::costs_table(tr, robust) {
        table_section(&mut out, tr, "costs", &t!(tr, "risk-costs-heading"), &costs);
    }
    if let Some(impacts) = risk::impacts_table(tr, robust) {
        table_section(
            &mut out,
            tr,
            "impacts",
            &t!(tr, "risk-impacts-heading"),
            &impacts,
        );
    }
    page_end(&mut out, &escape(&t!(tr, "risk-files")));
    out
}
