//! The files and the terminal text of `fundmix solve --risk`, added to the plan's report
//! folder: `robustness.json` (everything), `robustness.md` and `robustness.html` (the price of
//! robustness in words and tables; the page with its chart) and
//! `charts/price_of_robustness.svg`, `.png`.

use super::markdown::table;
use crate::analyse::holds::Holds;
use crate::error::OutputResult as Result;
use crate::t;
use crate::view::holds;
use std::fmt::Write;

/// The files `solve --risk` adds to the report folder: (name, content).
pub fn files(result: &Holds) -> Result<Vec<(String, Vec<u8>)>> {
    let mut value = serde_json::to_value(result)?;
    super::json::round(&mut value);
    let charts = crate::plot::holds::charts(result)?;
    let mut files = vec![
        (
            "robustness.json".into(),
            (serde_json::to_string_pretty(&value)? + "\n").into_bytes(),
        ),
        ("robustness.md".into(), markdown(result).into_bytes()),
        (
            "robustness.html".into(),
            super::html::holds_html(result, &charts).into_bytes(),
        ),
    ];
    files.extend(super::chart_files(&charts));
    Ok(files)
}

/// `robustness.md`.
pub fn markdown(result: &Holds) -> String {
    let tr = result.lang.tr();
    let mut out = format!(
        "# {}\n\n{}\n\n{}\n\n## {}\n\n",
        t!(tr, "holds-title", scenario = &result.scenario),
        holds::price(tr, result),
        holds::intro(tr, result),
        t!(tr, "holds-price-heading")
    );
    table(&mut out, tr, &holds::comparison_table(tr, result));
    let _ = writeln!(
        out,
        "\n![{}](charts/price_of_robustness.png)\n\n## {}\n",
        t!(tr, "chart-holds-title"),
        t!(tr, "holds-changes-heading")
    );
    match holds::changes_table(tr, result) {
        Some(changes) => table(&mut out, tr, &changes),
        None => {
            let _ = writeln!(out, "{}", t!(tr, "holds-changes-none"));
        }
    }
    let _ = writeln!(
        out,
        "\n## {}\n\n{}\n\n{}",
        t!(tr, "holds-model-heading"),
        holds::model_words(tr, result),
        t!(tr, "holds-files")
    );
    out
}

/// The terminal lines after the plan's summary: the price of robustness, the two plans side by
/// side, the model's size and time.
pub fn text(result: &Holds) -> String {
    let tr = result.lang.tr();
    let mut out = format!(
        "\n{}\n  {}\n",
        t!(
            tr,
            "holds-terminal",
            measure = holds::measure_words(tr, result),
            fresh = result.fresh_samples
        ),
        holds::price(tr, result)
    );
    let comparison = holds::comparison_table(tr, result);
    let cell = |c: &crate::view::tables::Cell| c.text(tr).unwrap_or_default();
    let labels: Vec<String> = comparison.rows.iter().map(|r| cell(&r[0])).collect();
    let width = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    let _ = writeln!(
        out,
        "  {:width$}  {:>16}  {:>16}",
        "",
        t!(tr, "holds-col-plain"),
        t!(tr, "holds-col-holding")
    );
    for (label, row) in labels.iter().zip(&comparison.rows) {
        let _ = writeln!(
            out,
            "  {label:width$}  {:>16}  {:>16}",
            cell(&row[1]),
            cell(&row[2])
        );
    }
    let _ = writeln!(
        out,
        "  {} {}",
        holds::model_words(tr, result),
        t!(
            tr,
            "holds-model-time",
            seconds = tr.number(result.model_seconds, 1)
        )
    );
    out
}
