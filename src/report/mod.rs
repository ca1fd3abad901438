//! Writing a [`ScenarioResult`] to a report folder: `summary.json`, `allocation.csv`,
//! `funding_matrix.csv` and `report.md`, plus the short summary printed on the terminal.
//!
//! Files are written into a hidden staging folder next to the target and moved into place only
//! when all of them are complete, so a failure never leaves a half-written report. This module
//! formats; it computes nothing that is not already in the result.

pub mod comparison;
mod csv;
pub mod explain;
pub mod format;
pub mod html;
pub(crate) mod json;
mod markdown;
pub(crate) mod text;

pub use format::{eur, number};
pub use text::terminal_summary;

use crate::result::ScenarioResult;
use anyhow::{Context, Result};
use std::fs;
use std::path::Path;

/// Writes every report file for `result` into `dir` (replacing an earlier report there).
pub fn write_reports(result: &ScenarioResult, dir: &Path) -> Result<()> {
    replace_folder(dir, &scenario_files(result)?)
}

/// Every file of a scenario's report folder: (relative path, content).
pub fn scenario_files(result: &ScenarioResult) -> Result<Vec<(String, Vec<u8>)>> {
    let charts = crate::plot::scenario_charts(result)?;
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
        ("report.md".into(), markdown::report(result).into_bytes()),
        (
            "report.html".into(),
            html::scenario_html(result, &charts).into_bytes(),
        ),
    ];
    files.extend(chart_files(&charts));
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

/// Writes `files` into a staging folder beside `dir`, then swaps it into place.
pub fn replace_folder(dir: &Path, files: &[(String, Vec<u8>)]) -> Result<()> {
    let name = dir
        .file_name()
        .with_context(|| format!("'{}' is not a folder name", dir.display()))?
        .to_string_lossy()
        .into_owned();
    let parent = match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => Path::new(".").to_path_buf(),
    };
    fs::create_dir_all(&parent)
        .with_context(|| format!("cannot create the folder '{}'", parent.display()))?;
    let staging = parent.join(format!(".{name}.partial-{}", std::process::id()));
    let old = parent.join(format!(".{name}.old-{}", std::process::id()));
    let _ = fs::remove_dir_all(&staging);
    fs::create_dir(&staging).with_context(|| format!("cannot create '{}'", staging.display()))?;
    let written = files.iter().try_for_each(|(file, content)| {
        let path = staging.join(file);
        if let Some(folder) = path.parent() {
            fs::create_dir_all(folder)
                .with_context(|| format!("cannot create '{}'", folder.display()))?;
        }
        fs::write(&path, content)
            .with_context(|| format!("cannot write {file} in '{}'", staging.display()))
    });
    if let Err(e) = written {
        let _ = fs::remove_dir_all(&staging);
        return Err(e);
    }
    if dir.exists() {
        fs::rename(dir, &old)
            .with_context(|| format!("cannot replace the earlier report in '{}'", dir.display()))?;
    }
    fs::rename(&staging, dir)
        .with_context(|| format!("cannot move the report into '{}'", dir.display()))?;
    let _ = fs::remove_dir_all(&old);
    Ok(())
}
