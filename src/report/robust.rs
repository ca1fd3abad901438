//! The files and the terminal text of `fundmix robust`: `robust.json` (everything),
//! `robust.md` and `robust.html` (for reading; the page with the charts), `core_index.csv`,
//! `samples.csv` and `samples.parquet` (one row per draw) and the charts.

use super::csv::field;
use super::markdown::table;
use crate::analyse::robust::Robust;
use crate::error::OutputResult as Result;
use crate::format::fixed;
use crate::t;
use crate::view::risk::{self, intro, spreads};
use std::fmt::Write;

/// Every file of the folder: (name, content).
pub fn files(robust: &Robust) -> Result<Vec<(String, Vec<u8>)>> {
    let mut value = serde_json::to_value(robust)?;
    super::json::round(&mut value);
    let charts = crate::plot::robust::charts(robust)?;
    let mut files = vec![
        (
            "robust.json".into(),
            (serde_json::to_string_pretty(&value)? + "\n").into_bytes(),
        ),
        ("robust.md".into(), markdown(robust).into_bytes()),
        (
            "robust.html".into(),
            super::html::robust_html(robust, &charts).into_bytes(),
        ),
        ("core_index.csv".into(), core_index_csv(robust).into_bytes()),
        ("samples.csv".into(), samples_csv(robust).into_bytes()),
        (
            "samples.parquet".into(),
            super::parquet::write(robust.table.frame())?,
        ),
    ];
    files.extend(super::chart_files(&charts));
    Ok(files)
}

/// `core_index.csv`: `action,core_index`, plan order.
pub fn core_index_csv(robust: &Robust) -> String {
    let mut out = String::from("action,core_index\n");
    for (action, share) in &robust.core_index {
        let _ = writeln!(out, "{},{}", field(action), fixed(*share, 4));
    }
    out
}

/// `samples.csv`: one row per draw: whether each source paid and each partner committed (1/0),
/// whether the draw has a plan, its objective and own money, each indicator, and each action's
/// funded scale. Column names are the plan's ids (`paid_<source>`, `committed_<partner>`,
/// `scale_<action>`, `<indicator>`). When some action's cost is uncertain, also what the
/// draw's plan costs (`cost_eur`, after `own_eur`) and, last, each such action's drawn total
/// cost at full scale (`cost_<action>`). The names are those of the table of draws (a name that
/// would repeat an earlier one gets `_2`), and so of `samples.parquet`.
pub fn samples_csv(robust: &Robust) -> String {
    let columns = robust.table.columns();
    let header: Vec<String> = columns.iter().map(|(_, name)| field(name)).collect();
    let mut out = header.join(",");
    out.push('\n');
    for s in &robust.sample_list {
        let row: Vec<String> = columns
            .iter()
            .map(|(c, _)| {
                c.value(s)
                    .map_or(String::new(), |v| fixed(v, c.unit().decimals()))
            })
            .collect();
        out.push_str(&row.join(","));
        out.push('\n');
    }
    out
}

/// `robust.md`.
pub fn markdown(robust: &Robust) -> String {
    let tr = robust.lang.tr();
    let mut out = format!(
        "# {}\n\n",
        t!(tr, "risk-title", scenario = &robust.scenario)
    );
    let _ = writeln!(out, "{}\n", intro(tr, robust));
    for (label, words) in spreads(tr, robust) {
        let _ = writeln!(out, "- **{label}:** {words}");
    }
    if robust.objective.is_some() {
        let _ = writeln!(
            out,
            "\n![{}](charts/objective.png)",
            t!(tr, "chart-objective-title")
        );
    }
    let _ = writeln!(
        out,
        "\n## {}\n\n{}\n",
        t!(tr, "risk-core-heading"),
        t!(tr, "risk-core-hint")
    );
    table(&mut out, tr, &risk::core_table(tr, robust));
    if let Some(targets) = risk::targets_table(tr, robust) {
        let _ = writeln!(out, "\n## {}\n", t!(tr, "risk-targets-heading"));
        table(&mut out, tr, &targets);
        let _ = writeln!(
            out,
            "\n![{}](charts/targets_met.png)",
            t!(tr, "chart-targets-met-title")
        );
    }
    let _ = writeln!(out, "\n## {}\n", t!(tr, "risk-sources-heading"));
    table(&mut out, tr, &risk::sources_table(tr, robust));
    let _ = writeln!(out, "\n## {}\n", t!(tr, "risk-indicators-heading"));
    table(&mut out, tr, &risk::indicators_table(tr, robust));
    if let Some(costs) = risk::costs_table(tr, robust) {
        let _ = writeln!(
            out,
            "\n## {}\n\n{}\n",
            t!(tr, "risk-costs-heading"),
            t!(tr, "risk-ranges-hint")
        );
        table(&mut out, tr, &costs);
    }
    if let Some(impacts) = risk::impacts_table(tr, robust) {
        let _ = writeln!(out, "\n## {}\n", t!(tr, "risk-impacts-heading"));
        table(&mut out, tr, &impacts);
    }
    let _ = writeln!(
        out,
        "\n![{}](charts/core_index.png)\n\n{}",
        t!(tr, "chart-core-index-title"),
        t!(tr, "risk-files")
    );
    out
}

/// The terminal text: the draws, the spread of the objective, the actions that depend on luck.
pub fn text(robust: &Robust) -> String {
    let tr = robust.lang.tr();
    let mut out = format!(
        "{}\n{}\n",
        t!(tr, "risk-title", scenario = &robust.scenario),
        intro(tr, robust)
    );
    for (label, words) in spreads(tr, robust) {
        let _ = writeln!(out, "  {label}: {words}");
    }
    let always = robust.core_index.iter().filter(|(_, s)| *s >= 1.0).count();
    let never = robust.core_index.iter().filter(|(_, s)| *s <= 0.0).count();
    let luck: Vec<String> = robust
        .core_index
        .iter()
        .filter(|(_, s)| *s > 0.0 && *s < 1.0)
        .map(|(a, s)| format!("{a} {}", tr.percent(*s, 0)))
        .collect();
    let _ = writeln!(
        out,
        "  {}",
        t!(
            tr,
            "risk-core-line",
            always = always,
            never = never,
            luck = luck.len()
        )
    );
    for line in luck {
        let _ = writeln!(out, "    {line}");
    }
    for (indicator, share) in &robust.target_met {
        let _ = writeln!(
            out,
            "  {}",
            t!(
                tr,
                "risk-target-line",
                indicator = indicator,
                share = tr.percent(*share, 0)
            )
        );
    }
    out
}
