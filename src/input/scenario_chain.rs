//! The `extends` chain of a scenario: each file read (a scenario file, or the `scenario` sheet
//! of a workbook) and merged onto the file it extends. Above both readers
//! ([`super::scenario`], [`super::scenario_sheet`]), which do not know each other.

use super::scenario::{read_scenario, Layer, Overrides, RawScenario};
use crate::error::{InputError, InputProblem};
use crate::i18n::input_tr;
use crate::t;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use toml::Spanned;

/// Reads a scenario file and the files it `extends`, and merges them: a key set in a file
/// replaces the same key of the file it extends (tables such as `[weights]`, `[sources.<id>]`
/// and a `staff_capacity` table merge key by key). `name` is the one key not inherited: each file has its
/// own, or is named after its file. A workbook (`plan.xlsx`) in the chain stands for its
/// `scenario` sheet and its plan (see [`super::scenario_sheet`]).
pub fn read_scenario_chain(path: &Path, label: &str) -> Result<RawScenario, Vec<InputProblem>> {
    // From the variant to the base: (canonical path, layer, raw settings).
    let mut chain: Vec<(std::path::PathBuf, Layer, RawScenario)> = Vec::new();
    let mut current = (path.to_path_buf(), label.to_string());
    loop {
        let mut layers = read_layer(&current.0, &current.1)?;
        // The file's own base layer decides what it extends.
        let Some((raw, layer_label)) = layers.pop() else {
            break;
        };
        let canonical = current
            .0
            .canonicalize()
            .unwrap_or_else(|_| current.0.clone());
        if chain.iter().any(|(c, _, _)| *c == canonical) {
            let names: Vec<&str> = chain.iter().map(|(_, l, _)| l.label.as_str()).collect();
            // Located at the `extends` line of the file that closes the loop.
            let (_, closing, closing_raw) = chain.last().expect("a loop needs a file before it");
            let tr = input_tr();
            let mut problem = InputProblem::in_file(
                &closing.label,
                t!(
                    tr,
                    "in-extends-loop",
                    chain = format!("{} → {}", names.join(" → "), current.1)
                ),
                t!(tr, "in-extends-loop-fix"),
            )
            .at_column("extends");
            problem.row = closing_raw
                .extends
                .as_ref()
                .and_then(|e| closing_raw.line(e.span()));
            return Err(vec![problem]);
        }
        let next = raw.extends.as_ref().map(|e| {
            let target = current
                .0
                .parent()
                .unwrap_or(Path::new("."))
                .join(e.get_ref());
            (target, e.span())
        });
        let layer = Layer {
            path: current.0.clone(),
            label: layer_label,
            text: raw.text.clone(),
        };
        if let Some((target, span)) = &next {
            if !target.is_file() {
                let tr = input_tr();
                let mut problem = InputProblem::in_file(
                    &layer.label,
                    t!(
                        tr,
                        "in-extends-missing",
                        path = target.display().to_string()
                    ),
                    t!(tr, "in-extends-missing-fix"),
                )
                .at_column("extends");
                problem.row = raw.line(span.clone());
                return Err(vec![problem]);
            }
        }
        // Layers a file lays over its own base (a scenario sheet's per-period staff rows).
        for (over, over_label) in layers {
            let over_layer = Layer {
                path: current.0.clone(),
                label: over_label,
                text: over.text.clone(),
            };
            chain.push((canonical.clone(), over_layer, over));
        }
        chain.push((canonical, layer, raw));
        match next {
            Some((target, _)) => current = (target.clone(), target.display().to_string()),
            None => break,
        }
    }
    let mut merged = RawScenario::default();
    for (index, (_, layer, raw)) in chain.into_iter().rev().enumerate() {
        merged.layers.push(layer);
        merge(&mut merged, raw, index);
    }
    Ok(merged)
}

fn set<T>(
    target: &mut Option<T>,
    value: Option<T>,
    key: &str,
    origin: &mut BTreeMap<String, usize>,
    layer: usize,
) {
    if value.is_some() {
        *target = value;
        origin.insert(key.to_string(), layer);
    }
}

fn merge_table(
    target: &mut Option<BTreeMap<Spanned<String>, Spanned<toml::Value>>>,
    value: Option<BTreeMap<Spanned<String>, Spanned<toml::Value>>>,
    prefix: &str,
    origin: &mut BTreeMap<String, usize>,
    layer: usize,
) {
    let Some(value) = value else { return };
    let target = target.get_or_insert_with(BTreeMap::new);
    for (key, v) in value {
        origin.insert(format!("{prefix}.{}", key.get_ref()), layer);
        target.remove(&key);
        target.insert(key, v);
    }
}

fn merge_overrides(
    target: &mut Option<Overrides>,
    value: Option<Overrides>,
    prefix: &str,
    origin: &mut BTreeMap<String, usize>,
    layer: usize,
) {
    let Some(value) = value else { return };
    let target = target.get_or_insert_with(BTreeMap::new);
    for (id, table) in value {
        let path = format!("{prefix}.{}", id.get_ref());
        // The id keeps the span of the last file naming it, so it is located in that file.
        origin.insert(path.clone(), layer);
        let mut existing = target
            .remove(&id)
            .map(Some)
            .unwrap_or(Some(BTreeMap::new()));
        merge_table(&mut existing, Some(table), &path, origin, layer);
        target.insert(id, existing.unwrap_or_default());
    }
}

/// Lays `raw` (the file at `layer`) over `merged`.
fn merge(merged: &mut RawScenario, raw: RawScenario, layer: usize) {
    let o = &mut merged.origin;
    // The name is not inherited: a variant without one is named after its own file.
    match raw.name {
        Some(name) => {
            merged.name = Some(name);
            o.insert("name".into(), layer);
        }
        None => {
            merged.name = None;
            o.remove("name");
        }
    }
    set(&mut merged.plan, raw.plan, "plan", o, layer);
    set(&mut merged.objective, raw.objective, "objective", o, layer);
    set(&mut merged.support, raw.support, "support", o, layer);
    set(&mut merged.lang, raw.lang, "lang", o, layer);
    if let Some(value) = &raw.staff_capacity {
        merged.staff.lay(layer, value);
    }
    set(
        &mut merged.staff_capacity,
        raw.staff_capacity,
        "staff_capacity",
        o,
        layer,
    );
    set(&mut merged.extends, raw.extends, "extends", o, layer);
    set(
        &mut merged.budget_factor,
        raw.budget_factor,
        "budget_factor",
        o,
        layer,
    );
    set(
        &mut merged.cost_factor,
        raw.cost_factor,
        "cost_factor",
        o,
        layer,
    );
    merge_table(&mut merged.weights, raw.weights, "weights", o, layer);
    merge_table(&mut merged.risk, raw.risk, "risk", o, layer);
    merge_overrides(&mut merged.sources, raw.sources, "sources", o, layer);
    merge_overrides(&mut merged.actions, raw.actions, "actions", o, layer);
    merge_overrides(&mut merged.partners, raw.partners, "partners", o, layer);
    merge_overrides(&mut merged.targets, raw.targets, "targets", o, layer);
    merged.text = raw.text;
}

/// Reads one file of an `extends` chain: a scenario file, or the `scenario` sheet of a workbook
/// (whose `plan` is the workbook). Returns its layers, each with how to name it in messages,
/// from the one laid on top to the file's base (one layer, except for a sheet that sets
/// `staff_capacity` and overrides some periods).
fn read_layer(path: &Path, label: &str) -> Result<Vec<(RawScenario, String)>, Vec<InputProblem>> {
    if super::xlsx::is_workbook(path) {
        super::scenario_sheet::read_scenario_sheet(path, label)
    } else {
        read_scenario(path, label)
            .map(|raw| vec![(raw, label.to_string())])
            .map_err(|p| vec![p])
    }
}

/// The scenario files named by the command line: files as given, folders as their `*.toml`
/// files, base scenarios first (those extending nothing, then those extending them, ...), each
/// group in name order.
pub fn scenario_files(inputs: &[PathBuf]) -> Result<Vec<PathBuf>, InputError> {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for input in inputs {
        if input.is_dir() {
            let mut found: Vec<PathBuf> = std::fs::read_dir(input)
                .map(|entries| {
                    entries
                        .filter_map(|e| e.ok().map(|e| e.path()))
                        .filter(|p| p.extension().is_some_and(|e| e == "toml") && p.is_file())
                        .collect()
                })
                .unwrap_or_default();
            // Base scenarios before the variants that extend them, then by name.
            let depth = |p: &PathBuf| {
                read_scenario_chain(p, &p.display().to_string()).map_or(0, |raw| raw.layers.len())
            };
            found.sort_by_cached_key(|p| (depth(p), p.clone()));
            if found.is_empty() {
                problems.push(InputProblem::in_file(
                    input.display().to_string(),
                    t!(input_tr(), "in-folder-no-scenarios"),
                    t!(input_tr(), "in-folder-no-scenarios-fix"),
                ));
            }
            files.extend(found);
        } else if input.is_file() {
            files.push(input.clone());
        } else {
            problems.push(InputProblem::in_file(
                input.display().to_string(),
                t!(input_tr(), "in-no-such-path"),
                t!(input_tr(), "in-no-such-path-scenarios-fix"),
            ));
        }
    }
    if problems.is_empty() {
        Ok(files)
    } else {
        Err(InputError { problems })
    }
}
