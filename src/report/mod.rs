//! Writing a [`ScenarioResult`] to a report folder: `summary.json`, `allocation.csv`,
//! `funding_matrix.csv`, `timeline.csv`, `report.md` and `report.html` with their charts, plus
//! the short summary printed on the terminal.
//!
//! Files are written into a hidden staging folder next to the target and moved into place only
//! when all of them are complete, so a failure never leaves a half-written report. This module
//! formats; it computes nothing that is not already in the result.

pub mod comparison;
pub(crate) mod csv;
pub mod explain;
pub mod folder;
pub mod frontier;
pub mod holds;
pub mod html;
pub(crate) mod json;
pub mod limits;
mod markdown;
pub mod monitor;
pub(crate) mod parquet;
pub mod robust;
pub(crate) mod text;
pub mod xlsx;

pub use crate::format::{eur, number};
pub use text::terminal_summary;

use crate::analyse::frontier::Frontier;
use crate::error::{Doing, OutputError, OutputResult as Result};
use crate::i18n::input_tr;
use crate::result::ScenarioResult;
use crate::t;
use std::fs;
use std::path::Path;

/// Writes every report file for `result` into `dir` (replacing an earlier report there).
pub fn write_reports(result: &ScenarioResult, dir: &Path) -> Result<()> {
    replace_folder(dir, &scenario_files(result, None)?)
}

/// Every file of a scenario's report folder: (relative path, content). A frontier, when
/// given, adds its chart to the charts (and so to the HTML page) and `frontier.csv`.
pub fn scenario_files(
    result: &ScenarioResult,
    frontier: Option<&Frontier>,
) -> Result<Vec<(String, Vec<u8>)>> {
    let charts = scenario_charts(result, frontier)?;
    scenario_files_with(result, frontier, &charts)
}

/// The charts of a scenario's report folder (with the frontier's, when given).
pub fn scenario_charts(
    result: &ScenarioResult,
    frontier: Option<&Frontier>,
) -> Result<Vec<crate::plot::Chart>> {
    let mut charts = crate::plot::scenario_charts(result)?;
    if let Some(frontier) = frontier {
        charts.push(crate::plot::frontier::frontier_chart(frontier)?);
    }
    Ok(charts)
}

/// [`scenario_files`] with the charts drawn already (so that drawing and writing can be timed
/// apart).
pub fn scenario_files_with(
    result: &ScenarioResult,
    frontier: Option<&Frontier>,
    charts: &[crate::plot::Chart],
) -> Result<Vec<(String, Vec<u8>)>> {
    let mut files = vec![
        (
            "summary.json".to_string(),
            json::summary(result)?.into_bytes(),
        ),
        (
            "allocation.csv".into(),
            csv::allocation(result).into_bytes(),
        ),
        (
            "funding_matrix.csv".into(),
            csv::funding_matrix(result).into_bytes(),
        ),
        ("timeline.csv".into(), csv::timeline(result).into_bytes()),
        ("report.md".into(), markdown::report(result).into_bytes()),
        (
            "report.html".into(),
            html::scenario_html(result, charts).into_bytes(),
        ),
    ];
    if let Some(frontier) = frontier {
        files.push((
            "frontier.csv".into(),
            self::frontier::csv(frontier).into_bytes(),
        ));
    }
    files.extend(chart_files(charts));
    Ok(files)
}

/// `charts/<name>.svg` and `charts/<name>.png` for each chart.
pub fn chart_files(charts: &[crate::plot::Chart]) -> Vec<(String, Vec<u8>)> {
    charts
        .iter()
        .flat_map(|c| {
            [
                (format!("charts/{}.svg", c.name), c.svg.clone().into_bytes()),
                (format!("charts/{}.png", c.name), c.png.clone()),
            ]
        })
        .collect()
}

/// Files that mark a folder as written by fundmix: a scenario's report, a comparison, a
/// frontier. Only such a folder (or a missing or empty one) is replaced.
const REPORT_MARKERS: [&str; 5] = [
    "summary.json",
    "comparison.csv",
    "frontier.json",
    "robust.json",
    "monitor.json",
];

/// Checks that `dir` may be replaced by a report: it is missing, empty, or an earlier fundmix
/// report. Anything else (a scenario folder, a user's documents) is refused, never deleted.
pub fn check_report_folder(dir: &Path) -> Result<()> {
    let metadata = match fs::metadata(dir) {
        Ok(metadata) => metadata,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e).doing(|| cannot_read(dir)),
    };
    let tr = input_tr();
    let shown = dir.display().to_string();
    if !metadata.is_dir() {
        return Err(OutputError::Refused(t!(tr, "in-out-is-file", dir = shown)));
    }
    let mut entries = fs::read_dir(dir).doing(|| cannot_read(dir))?;
    if entries.next().is_none() || REPORT_MARKERS.iter().any(|m| dir.join(m).is_file()) {
        return Ok(());
    }
    let (last, others) = REPORT_MARKERS.split_last().expect("markers");
    Err(OutputError::Refused(t!(
        tr,
        "in-out-not-report",
        dir = shown,
        markers = others.join(", "),
        last = *last
    )))
}

/// What was being done when `path` could not be read.
fn cannot_read(path: &Path) -> String {
    t!(
        input_tr(),
        "in-cannot-read-path",
        path = path.display().to_string()
    )
}

/// Writes `files` into a staging folder beside `dir`, then swaps it into place (see
/// [`folder`]: never half a report, whatever happens). `dir` must be missing, empty or an
/// earlier report (see [`check_report_folder`]).
pub fn replace_folder(dir: &Path, files: &[(String, Vec<u8>)]) -> Result<()> {
    replace_folder_checked(dir, files, check_report_folder)
}

/// [`replace_folder`] for a folder that `check` says may be replaced (a partial result's
/// folder is checked by its own rule: see `partial::check_part_folder`).
pub fn replace_folder_checked(
    dir: &Path,
    files: &[(String, Vec<u8>)],
    check: fn(&Path) -> Result<()>,
) -> Result<()> {
    let tr = input_tr();
    let shown = |path: &Path| path.display().to_string();
    let name = dir
        .file_name()
        .ok_or_else(|| OutputError::Refused(t!(tr, "in-out-not-folder-name", dir = shown(dir))))?
        .to_string_lossy()
        .into_owned();
    let parent = match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => Path::new(".").to_path_buf(),
    };
    fs::create_dir_all(&parent)
        .doing(|| t!(tr, "in-cannot-create-folder", path = shown(&parent)))?;
    folder::write_and_swap(dir, &parent, &name, files, check)
}

/// Every file of a comparison folder: one sub-folder per scenario, the comparison tables and
/// charts, and `comparison.html`.
pub fn comparison_files(results: &[ScenarioResult]) -> Result<Vec<(String, Vec<u8>)>> {
    let mut files = Vec::new();
    let mut used = std::collections::BTreeSet::new();
    for result in results {
        let base = crate::folder_name(&result.scenario);
        let mut name = base.clone();
        let mut n = 2;
        while !used.insert(name.clone()) {
            name = format!("{base}-{n}");
            n += 1;
        }
        for (file, content) in scenario_files(result, None)? {
            files.push((format!("{name}/{file}"), content));
        }
    }
    let charts = crate::plot::comparison_charts(results)?;
    files.push((
        "comparison.csv".into(),
        comparison::csv(results).into_bytes(),
    ));
    files.push((
        "comparison.json".into(),
        comparison::json(results)?.into_bytes(),
    ));
    files.push((
        "comparison.md".into(),
        comparison::markdown(results).into_bytes(),
    ));
    files.push((
        "selection.csv".into(),
        comparison::selection_csv(results).into_bytes(),
    ));
    files.push((
        "comparison.html".into(),
        html::comparison_html(results, &charts).into_bytes(),
    ));
    files.extend(chart_files(&charts));
    Ok(files)
}
