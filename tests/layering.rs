//! The crate's layers, kept true: a module may use only modules of lower layers (and its own),
//! so that the stages never import each other in circles. From the bottom: number formatting
//! → the report languages → domain → input → voting rules → validate → model → solve → verify
//! → checked solving → analyse → result → the crate root's pipeline → plot → report → the application modules →
//! the command line → cmd.
//!
//! The test reads `src/` as text: every `crate::…` path in code (comments and test-only code
//! are left out) must point to a lower layer. A module not listed below fails the test until
//! it is given its place.

mod common;

use common::rust_files;
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

/// Each top-level module of `src/` and its layer (lower may be used by higher).
const LAYERS: &[(&str, u32)] = &[
    ("format", 0),
    // The random-number generator of generated plans and risk draws.
    ("random", 0),
    // Which items part I of N of a run cut into parts (`--shard`) takes.
    ("shard", 0),
    // The words of the reports in each language, and how each writes numbers.
    ("i18n", 1),
    ("domain", 2),
    ("error", 2),
    ("timings", 2),
    // What a stopped run leaves behind (Ctrl-C, SIGTERM): folders being filled are removed.
    ("stop", 2),
    ("input", 3),
    ("vote", 4),
    ("validate", 5),
    ("model", 6),
    ("solve", 7),
    ("verify", 8),
    ("checked", 9),
    ("analyse", 10),
    ("result", 11),
    // What the reports show, computed once from a result.
    ("view", 12),
    // The crate root: `solve_scenario` (the pipeline of one scenario) and `folder_name`.
    ("lib", 12),
    ("plot", 13),
    ("report", 14),
    ("check", 15),
    ("show", 15),
    ("init", 15),
    ("generate", 16),
    ("compare", 16),
    ("pb", 16),
    // Partial results of runs cut into parts, and their merge.
    ("partial", 16),
    ("cli", 17),
    ("cmd", 18),
    ("main", 19),
];

/// Macros a module exports at the crate root (`crate::t`), and that module.
const MACROS: &[(&str, &str)] = &[("t", "i18n")];

fn layer(module: &str) -> Option<u32> {
    LAYERS.iter().find(|(m, _)| *m == module).map(|(_, l)| *l)
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Files that only tests compile (`#[cfg(test)] mod name;` in their parent).
fn test_only_files(files: &[PathBuf]) -> Vec<PathBuf> {
    let mut test_only = Vec::new();
    for file in files {
        let text = fs::read_to_string(file).unwrap();
        let lines: Vec<&str> = text.lines().map(str::trim).collect();
        for pair in lines.windows(2) {
            let declared = pair[1]
                .strip_prefix("mod ")
                .and_then(|rest| rest.strip_suffix(';'));
            if let (true, Some(name)) = (pair[0] == "#[cfg(test)]", declared) {
                let dir = if file.file_name().unwrap() == "mod.rs" || file.ends_with("lib.rs") {
                    file.parent().unwrap().to_path_buf()
                } else {
                    file.with_extension("")
                };
                test_only.push(dir.join(format!("{name}.rs")));
                test_only.push(dir.join(name).join("mod.rs"));
            }
        }
    }
    test_only
}

/// The code of a file: without comments and without its test module (`#[cfg(test)] mod … {`
/// to the end of the file, where this crate keeps its unit tests).
fn code(text: &str) -> String {
    let mut kept = String::new();
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        let trimmed = line.trim();
        if trimmed == "#[cfg(test)]"
            && lines
                .peek()
                .is_some_and(|next| next.trim().starts_with("mod ") && next.ends_with('{'))
        {
            break;
        }
        let code = match line.find("//") {
            Some(at) => &line[..at],
            None => line,
        };
        kept.push_str(code);
        kept.push('\n');
    }
    kept
}

/// The first name after every `crate::` in `code` (each name of a `crate::{a, b}` group).
fn crate_paths(code: &str) -> Vec<String> {
    paths_after(code, "crate::")
}

/// The first name after every `prefix` in `code` (each name of a `prefix{a, b}` group), where
/// `prefix` starts a path (not `crate::` inside `fundmix::crate::`-like text).
fn paths_after(code: &str, prefix: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find(prefix) {
        let starts_path = rest[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !(c.is_alphanumeric() || c == '_' || c == ':'));
        rest = &rest[at + prefix.len()..];
        if !starts_path {
            continue;
        }
        if let Some(group) = rest.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            for part in group[..end].split(',') {
                let name: String = part
                    .trim()
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() {
                    names.push(name);
                }
            }
        } else {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            names.push(name);
        }
    }
    names
}

/// The crate's source files that are compiled outside tests.
fn code_files() -> Vec<PathBuf> {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let test_only = test_only_files(&files);
    files.retain(|f| !test_only.contains(f));
    files
}

#[test]
fn no_module_uses_a_module_above_it() {
    let root = src();
    let mut upward: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut unknown = Vec::new();
    for file in &code_files() {
        let relative = file.strip_prefix(&root).unwrap();
        let top = relative
            .components()
            .next()
            .unwrap()
            .as_os_str()
            .to_string_lossy()
            .trim_end_matches(".rs")
            .to_string();
        let Some(own) = layer(&top) else {
            unknown.push(top);
            continue;
        };
        let text = fs::read_to_string(file).unwrap();
        for name in crate_paths(&code(&text)) {
            // A name that is not a module is an item of the crate root, but for the macros
            // that modules export there (`#[macro_export]`).
            let target = if layer(&name).is_some() {
                name
            } else if let Some((_, module)) = MACROS.iter().find(|(m, _)| *m == name) {
                module.to_string()
            } else {
                "lib".into()
            };
            if target == top {
                continue;
            }
            let used = layer(&target).unwrap();
            if used >= own {
                upward
                    .entry(relative.display().to_string())
                    .or_default()
                    .push(target);
            }
        }
    }
    unknown.sort();
    unknown.dedup();
    assert!(
        unknown.is_empty(),
        "give these modules a layer in tests/layering.rs: {unknown:?}"
    );
    assert!(
        upward.is_empty(),
        "modules that use a module of their own layer or above (move the code down, or the \
         import up): {upward:#?}"
    );
}

/// The first name after every `super::` in `code` (each name of a `super::{a, b}` group).
fn super_paths(code: &str) -> Vec<String> {
    paths_after(code, "super::")
}

#[test]
fn no_two_files_of_a_module_use_each_other() {
    // Files side by side in one folder (not `mod.rs`, the module they belong to) may use each
    // other one way only: a circle of files is a circle of stages in small.
    let root = src();
    let mut uses: BTreeMap<PathBuf, Vec<PathBuf>> = BTreeMap::new();
    for file in code_files() {
        if file.file_name().unwrap() == "mod.rs" || file.ends_with("lib.rs") {
            continue;
        }
        let dir = file.parent().unwrap();
        let text = fs::read_to_string(&file).unwrap();
        let siblings: Vec<PathBuf> = super_paths(&code(&text))
            .into_iter()
            .map(|name| dir.join(format!("{name}.rs")))
            .filter(|sibling| *sibling != file && sibling.exists())
            .collect();
        uses.insert(file, siblings);
    }
    let mut circles = Vec::new();
    for (file, siblings) in &uses {
        for sibling in siblings {
            if uses.get(sibling).is_some_and(|back| back.contains(file)) && file < sibling {
                circles.push(format!(
                    "{} <-> {}",
                    file.strip_prefix(&root).unwrap().display(),
                    sibling.strip_prefix(&root).unwrap().display()
                ));
            }
        }
    }
    assert!(
        circles.is_empty(),
        "files that use each other: {circles:#?}"
    );
}

#[test]
fn the_verifier_uses_only_the_domain() {
    let text = fs::read_to_string(src().join("verify.rs")).unwrap();
    let used: Vec<String> = crate_paths(&code(&text))
        .into_iter()
        .filter(|name| name != "domain")
        .collect();
    assert!(
        used.is_empty(),
        "the verifier must share no code with the model builder: it uses {used:?}"
    );
}

#[test]
fn the_layering_check_sees_an_upward_import() {
    // The checks above can fail: a path in code counts, one in a comment or a test module not.
    let text = "use crate::report::number;\n// crate::cmd::run\nuse crate::{domain, cmd::x};\n\
                #[cfg(test)]\nmod tests {\n    use crate::cmd;\n}\n";
    assert_eq!(crate_paths(&code(text)), ["report", "domain", "cmd"]);
    assert_eq!(
        super_paths("use super::rows;\nuse super::{fields::x, Report};\n"),
        ["rows", "fields", "Report"]
    );
}
