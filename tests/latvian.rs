//! Reports in Latvian (`--lang lv`): the bundled example's whole report folder, the
//! comparison, the workbook, the charts, `explain`, `frontier` and the terminal text contain no
//! English wording of fundmix's own (only the ids and names of the plan's files, which stay as
//! written), and write numbers the Latvian way.
//!
//! The English wording is taken from the English catalogue itself: every run of words of two
//! words or more between a message's variables. So a message added later is checked too.

mod common;

use assert_cmd::Command;
use calamine::{open_workbook, Data, Reader, Xlsx};
use common::fundmix_ok;
use fundmix::i18n::Lang;
use std::fs;
use std::path::{Path, PathBuf};

const EXAMPLE: &str = "scenarios/jelgava/baseline.toml";

fn fundmix() -> Command {
    Command::cargo_bin("fundmix").unwrap()
}

/// A message's text without its variables and choices: the runs of literal text.
fn literal_runs(text: &str) -> Vec<String> {
    let mut runs = vec![String::new()];
    let mut depth = 0;
    for c in text.chars() {
        match c {
            '{' => {
                depth += 1;
                runs.push(String::new());
            }
            '}' => depth -= 1,
            _ if depth == 0 => runs.last_mut().unwrap().push(c),
            _ => {}
        }
    }
    runs
}

/// Each message's value (its lines joined) of a language.
fn values(lang: Lang) -> Vec<String> {
    let mut found = Vec::new();
    for (_, text) in lang.catalogue() {
        for line in text.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            if line.starts_with(|c: char| c.is_ascii_alphabetic()) {
                let value = line.split_once('=').map_or("", |(_, v)| v);
                found.push(value.trim().to_string());
            } else if let Some(last) = found.last_mut() {
                last.push(' ');
                last.push_str(line.trim());
            }
        }
    }
    found
}

/// English phrases of the catalogue (two words or more) that the Latvian catalogue does not
/// also use (such as command names).
fn english_phrases() -> Vec<String> {
    let latvian = values(Lang::Lv).join("\n");
    let mut phrases: Vec<String> = values(Lang::En)
        .iter()
        .flat_map(|v| literal_runs(v))
        .flat_map(|run| {
            // Punctuation splits a run into phrases: "(of which partners' cash" → "of which
            // partners' cash".
            run.split(['(', ')', ':', ';', ',', '.', '—', '[', ']', '*', '/', '|'])
                .map(|p| p.trim().to_string())
                .collect::<Vec<_>>()
        })
        .filter(|p| p.split_whitespace().count() >= 2 && p.len() >= 8)
        .filter(|p| !latvian.contains(p.as_str()))
        .collect();
    phrases.sort();
    phrases.dedup();
    phrases
}

/// The text of an HTML page or SVG: tags left out, common entities decoded.
fn text_of_markup(markup: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in markup.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                text.push(' ');
            }
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// Every cell and sheet name of a workbook, as text.
fn text_of_workbook(path: &Path) -> String {
    let mut workbook: Xlsx<_> = open_workbook(path).unwrap();
    let mut text = String::new();
    for name in workbook.sheet_names() {
        text.push_str(&name);
        text.push('\n');
        let range = workbook.worksheet_range(&name).unwrap();
        for row in range.rows() {
            for cell in row {
                if let Data::String(s) = cell {
                    text.push_str(s);
                    text.push('\n');
                }
            }
        }
    }
    text
}

/// The readable files of a report folder (not the data files: CSV and JSON keep their English
/// column names and keys, which scripts read).
fn readable_files(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            readable_files(&path, found);
        } else if path
            .extension()
            .is_some_and(|e| ["md", "html", "svg", "xlsx"].contains(&e.to_str().unwrap()))
        {
            found.push(path);
        }
    }
}

fn text_of_file(path: &Path) -> String {
    match path.extension().and_then(|e| e.to_str()) {
        Some("xlsx") => text_of_workbook(path),
        Some("html" | "svg") => text_of_markup(&fs::read_to_string(path).unwrap()),
        _ => fs::read_to_string(path).unwrap(),
    }
}

/// The names the example's files give (actions, sources, partners, goals, scenarios): they
/// stay as written in every language, so they are left out of the search. Longest first, so
/// that a name inside a longer one does not break it.
fn names_from_the_files() -> Vec<String> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/jelgava");
    let mut names = Vec::new();
    for entry in fs::read_dir(&folder).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "toml") {
            let scenario = fundmix::validate::load_scenario(&path).unwrap();
            let plan = &scenario.plan;
            names.push(scenario.name.clone());
            names.extend(
                plan.actions
                    .iter()
                    .flat_map(|a| [a.name.clone(), a.goal.clone()]),
            );
            names.extend(plan.sources.iter().map(|s| s.name.clone()));
            names.extend(plan.partners.iter().map(|p| p.name.clone()));
        }
    }
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    names.dedup();
    names
}

/// The English phrases found in `text`, once the names from the files are left out.
fn english_in(text: &str, phrases: &[String], names: &[String]) -> Vec<String> {
    let mut text = text.to_string();
    for name in names.iter().filter(|n| !n.is_empty()) {
        text = text.replace(name.as_str(), " ");
    }
    phrases
        .iter()
        .filter(|p| text.contains(p.as_str()))
        .cloned()
        .collect()
}

#[test]
fn the_catalogue_yields_the_phrases_to_look_for() {
    let phrases = english_phrases();
    assert!(phrases.len() > 50, "{phrases:?}");
    assert!(phrases.iter().any(|p| p == "Funded actions"), "{phrases:?}");
}

#[test]
fn a_latvian_report_has_no_english_wording() {
    let phrases = english_phrases();
    let work = tempfile::tempdir().unwrap();
    let out = work.path().join("baseline");
    let out_text = out.to_str().unwrap();
    let mut texts = vec![(
        "solve (terminal)".to_string(),
        fundmix_ok(&[
            "solve",
            EXAMPLE,
            "--lang",
            "lv",
            "--xlsx",
            "--frontier",
            "3",
            "--no-timings",
            "--out",
            out_text,
        ]),
    )];
    let compare = work.path().join("compare");
    texts.push((
        "compare (terminal)".into(),
        fundmix_ok(&[
            "compare",
            "scenarios/jelgava",
            "--lang",
            "lv",
            "--xlsx",
            "--no-timings",
            "--out",
            compare.to_str().unwrap(),
        ]),
    ));
    texts.push((
        "explain (terminal)".into(),
        fundmix_ok(&[
            "explain",
            EXAMPLE,
            "--lang",
            "lv",
            "--action",
            "digital_hub_ozolnieki",
        ]),
    ));
    let frontier = work.path().join("frontier");
    texts.push((
        "frontier (terminal)".into(),
        fundmix_ok(&[
            "frontier",
            EXAMPLE,
            "--lang",
            "lv",
            "--max-points",
            "3",
            "--out",
            frontier.to_str().unwrap(),
        ]),
    ));
    let robust = work.path().join("robust");
    texts.push((
        "robust (terminal)".into(),
        fundmix_ok(&[
            "robust",
            "scenarios/jelgava-risk/baseline.toml",
            "--lang",
            "lv",
            "--samples",
            "4",
            "--xlsx",
            "--out",
            robust.to_str().unwrap(),
        ]),
    ));
    let risk = work.path().join("risk");
    texts.push((
        "solve --risk (terminal)".into(),
        fundmix_ok(&[
            "solve",
            "scenarios/jelgava-risk/baseline.toml",
            "--risk",
            "cvar",
            "--lang",
            "lv",
            "--no-timings",
            "--out",
            risk.to_str().unwrap(),
        ]),
    ));
    let mut files = Vec::new();
    for dir in [&out, &compare, &frontier, &robust, &risk] {
        readable_files(dir, &mut files);
    }
    files.sort();
    assert!(files.len() > 20, "{files:?}");
    for file in &files {
        texts.push((file.display().to_string(), text_of_file(file)));
    }
    let names = names_from_the_files();
    let mut english = Vec::new();
    for (what, text) in &texts {
        let found = english_in(text, &phrases, &names);
        if !found.is_empty() {
            english.push(format!("{what}: {found:?}"));
        }
    }
    assert!(
        english.is_empty(),
        "English in the Latvian reports:\n{}",
        english.join("\n")
    );

    // Latvian words with their diacritics, and Latvian numbers (a decimal comma).
    let report = fs::read_to_string(out.join("report.md")).unwrap();
    assert!(report.contains("# Finansējuma plāns: Baseline"), "{report}");
    assert!(report.contains("| 2 275,0 |"), "{report}");
    let html = fs::read_to_string(out.join("report.html")).unwrap();
    assert!(html.contains("lang=\"lv\""), "{}", &html[..200]);
}

#[test]
fn the_scenario_file_can_ask_for_latvian() {
    let work = tempfile::tempdir().unwrap();
    let jelgava = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/jelgava");
    let scenario = work.path().join("lv.toml");
    fs::write(
        &scenario,
        format!(
            "extends = \"{}\"\nname = \"Latviski\"\nlang = \"lv\"\n",
            jelgava.join("baseline.toml").display()
        ),
    )
    .unwrap();
    let out = work.path().join("out");
    let text = fundmix_ok(&[
        "solve",
        scenario.to_str().unwrap(),
        "--no-timings",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(text.starts_with("Scenārijs: Latviski\n"), "{text}");
    // --lang wins over the scenario's lang.
    let text = fundmix_ok(&[
        "solve",
        scenario.to_str().unwrap(),
        "--lang",
        "en",
        "--no-timings",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(text.starts_with("Scenario: Latviski\n"), "{text}");
    // `show` is in the scenario's language too.
    let shown = fundmix_ok(&["show", scenario.to_str().unwrap()]);
    assert!(shown.contains("Pārskatu valoda:       lv\n"), "{shown}");
}

#[test]
fn a_wrong_language_is_refused_with_its_place() {
    let work = tempfile::tempdir().unwrap();
    let jelgava = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/jelgava");
    let scenario = work.path().join("de.toml");
    fs::write(
        &scenario,
        format!(
            "extends = \"{}\"\nlang = \"de\"\n",
            jelgava.join("baseline.toml").display()
        ),
    )
    .unwrap();
    let out = fundmix()
        .args(["check", scenario.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("line 2") && err.contains("'de' is not a report language"),
        "{err}"
    );
    assert!(err.contains("lang = \"lv\""), "{err}");
    let out = fundmix()
        .args(["solve", EXAMPLE, "--lang", "de"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("en or lv"), "{err}");
}
