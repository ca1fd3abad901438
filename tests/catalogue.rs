//! The message catalogues (`src/i18n/<lang>/*.ftl`) are complete: every language has every
//! message, with the same variables, every message the code asks for exists, and every message
//! is used. A Latvian report therefore never falls back to English or shows a message id.

mod common;

use common::rust_files;
use fluent_bundle::FluentResource;
use fundmix::i18n::Lang;
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// Each message id of a catalogue file with the variables its text uses.
fn messages(text: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut found: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        // A message starts at the line's start; its other lines are indented, or close a
        // choice (`}` at the start of a line).
        if line.starts_with(|c: char| c.is_ascii_alphabetic()) {
            let id = line.split('=').next().unwrap().trim().to_string();
            assert!(
                id.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "not a message id: {line}"
            );
            assert!(
                found.insert(id.clone(), BTreeSet::new()).is_none(),
                "{id} twice"
            );
            current = Some(id);
        }
        let id = current.as_ref().expect("a message before its continuation");
        let mut rest = line;
        while let Some(at) = rest.find('$') {
            rest = &rest[at + 1..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                .collect();
            found.get_mut(id).unwrap().insert(name);
        }
    }
    found
}

fn catalogue(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let mut all = BTreeMap::new();
    for (name, text) in lang.catalogue() {
        if let Err((_, errors)) = FluentResource::try_new(text.to_string()) {
            panic!("src/i18n/{lang}/{name} does not parse: {errors:?}");
        }
        for (id, vars) in messages(text) {
            assert!(all.insert(id.clone(), vars).is_none(), "{id} in two files");
        }
    }
    all
}

/// The message ids the code asks for: the first string literal after `t!(<tr>,`.
fn used_ids() -> BTreeMap<String, PathBuf> {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut used = BTreeMap::new();
    for file in files {
        let text = fs::read_to_string(&file).unwrap();
        for (at, _) in text.match_indices("t!(") {
            let before = text[..at].chars().last();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue; // another macro, such as `format!(` or `assert!(`
            }
            let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
            if text[line_start..at].trim_start().starts_with("//") {
                continue; // an example in a comment
            }
            let rest = &text[at + 3..];
            let Some(comma) = rest.find(',') else {
                continue;
            };
            let rest = rest[comma + 1..].trim_start();
            let Some(literal) = rest.strip_prefix('"') else {
                continue; // the macro's own definition
            };
            let id = &literal[..literal.find('"').unwrap()];
            used.insert(id.to_string(), file.clone());
        }
    }
    used
}

#[test]
fn every_language_has_every_message_with_the_same_variables() {
    let english = catalogue(Lang::En);
    for lang in Lang::ALL {
        let names: Vec<_> = lang.catalogue().iter().map(|(n, _)| *n).collect();
        let english_names: Vec<_> = Lang::En.catalogue().iter().map(|(n, _)| *n).collect();
        assert_eq!(names, english_names, "the files of {lang}");
        let other = catalogue(lang);
        let missing: Vec<_> = english
            .keys()
            .filter(|id| !other.contains_key(*id))
            .collect();
        let extra: Vec<_> = other
            .keys()
            .filter(|id| !english.contains_key(*id))
            .collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{lang} has messages English lacks: {extra:?}"
        );
        for (id, vars) in &english {
            assert_eq!(&other[id], vars, "the variables of {id} in {lang}");
        }
    }
}

#[test]
fn every_message_the_code_asks_for_exists_and_every_message_is_used() {
    let english = catalogue(Lang::En);
    let used = used_ids();
    assert!(used.len() > 10, "the scan finds the messages: {used:?}");
    for (id, file) in &used {
        assert!(
            english.contains_key(id),
            "{}: no message '{id}'",
            file.display()
        );
        for lang in Lang::ALL {
            assert!(lang.tr().has(id), "{lang} lacks '{id}'");
        }
    }
    let unused: Vec<_> = english
        .keys()
        .filter(|id| !used.contains_key(*id))
        .collect();
    assert!(unused.is_empty(), "messages no code asks for: {unused:?}");
}
