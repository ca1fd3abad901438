//! The problems found in the input, and what `fundmix check` and `fundmix show` print, in
//! Latvian (`--lang lv`, or `lang = "lv"` in the scenario file), located at the same file, row
//! and column as in English; without a language the same input gives the English text.

mod common;

use assert_cmd::Command;
use common::fundmix_ok;
use fundmix::i18n::Lang;
use std::fs;
use std::path::{Path, PathBuf};

fn fundmix() -> Command {
    Command::cargo_bin("fundmix").unwrap()
}

/// The bundled example's folder.
fn jelgava() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/jelgava")
}

/// A copy of the bundled example (scenario files and plan) in a temporary folder, with
/// `actions.csv` and `sources.csv` edited: each (table, from, to) replaces the first `from`.
fn broken_copy(edits: &[(&str, &str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("plan")).unwrap();
    for entry in fs::read_dir(jelgava().join("plan")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap().to_string();
        let mut text = fs::read_to_string(&path).unwrap();
        for (table, from, to) in edits {
            if *table == name {
                assert!(text.contains(from), "'{from}' is not in {name}");
                text = text.replacen(from, to, 1);
            }
        }
        fs::write(dir.path().join("plan").join(&name), text).unwrap();
    }
    fs::copy(
        jelgava().join("baseline.toml"),
        dir.path().join("baseline.toml"),
    )
    .unwrap();
    dir
}

/// Runs `fundmix <args>`, which must refuse the input (exit code 2); returns stderr.
fn refused(args: &[&str]) -> String {
    let out = fundmix().args(args).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    stderr
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn a_bad_value_is_reported_in_latvian_at_its_cell() {
    let dir = broken_copy(&[
        ("actions.csv", ",30000,", ",-30000,"),
        ("sources.csv", "0.85,skills", "1.5,skills"),
    ]);
    let scenario = dir.path().join("baseline.toml");
    let lv = refused(&["check", path(&scenario), "--lang", "lv"]);
    for text in [
        "actions.csv, ",
        "'cost_2025': '-30000' ir negatīvs skaitlis",
        "ievadiet summu, kas ir 0 vai vairāk, tikai ciparus",
        "sources.csv, ",
        "'max_share': '1.5' ir ārpus pieļaujamā diapazona (jābūt no 0 līdz 1)",
        "ievadiet līdzfinansējuma likmi kā daļu no 0 līdz 1",
    ] {
        assert!(lv.contains(text), "lacks {text:?}:\n{lv}");
    }
    assert!(!lv.contains("is negative"), "{lv}");
    // Without a language: English, at the same places.
    let en = refused(&["check", path(&scenario)]);
    for text in [
        "actions.csv, row 2, column 'cost_2025': '-30000' is negative",
        "how to fix: enter an amount of 0 or more, digits only (e.g. 12500 or 12500.50)",
        "sources.csv, row 3, column 'max_share': '1.5' is out of range (it must be between 0 and 1)",
    ] {
        assert!(en.contains(text), "lacks {text:?}:\n{en}");
    }
}

#[test]
fn unknown_ids_and_contradicting_rules_are_reported_in_latvian() {
    let dir = broken_copy(&[
        // A likely typo in an eligibility list; a 'requires' cycle; min_grant > max_grant.
        ("sources.csv", "access;eservices", "access;eservics"),
        (
            "actions.csv",
            "0,0,,,,,,social\n",
            "0,0,seniors_courses_south,,,,,social\n",
        ),
        (
            "actions.csv",
            "0,0,,,,,,social\n",
            "0,0,seniors_courses_north,,,,,social\n",
        ),
        (
            "sources.csv",
            "own,,150000,150000,150000,1,,,",
            "own,,150000,150000,150000,1,,900,100",
        ),
    ]);
    let scenario = dir.path().join("baseline.toml");
    let lv = refused(&["check", path(&scenario), "--lang", "lv"]);
    for text in [
        "'eservics' nav ne darbības id, ne kategorija failā actions.csv, bet 'eservices' ir: visticamāk, pārrakstīšanās kļūda",
        "'requires' saites veido ciklu: seniors_courses_north → seniors_courses_south → seniors_courses_north",
        "min_grant 900 ir lielāks par max_grant 100",
        "'eligible'",
        "'requires'",
        "'min_grant'",
    ] {
        assert!(lv.contains(text), "lacks {text:?}:\n{lv}");
    }
    let en = refused(&["check", path(&scenario)]);
    assert!(
        en.contains(
            "'eservics' is neither an action id nor a category in actions.csv, but 'eservices' is"
        ),
        "{en}"
    );
    assert!(en.contains("the 'requires' links form a cycle"), "{en}");
}

#[test]
fn scenario_settings_and_overrides_are_reported_in_the_files_language() {
    let dir = broken_copy(&[]);
    let scenario = dir.path().join("what-if.toml");
    fs::write(
        &scenario,
        "extends = \"baseline.toml\"\nlang = \"lv\"\n[weights]\nnobody = 2\n\
         [sources.no_such_source]\nenabled = false\n[actions.digi_bus]\nstatus = \"maybe\"\n",
    )
    .unwrap();
    // The file's `lang` chooses the language of its problems.
    let lv = refused(&["check", path(&scenario)]);
    for text in [
        "'weights.nobody': 'nobody' nav plāna rādītājs: actions.csv nav kolonnas 'impact_nobody'",
        "(vai izdzēsiet šo rindu)",
        "'sources.no_such_source': 'no_such_source' nav avota id failā sources.csv",
        "izmantojiet vienu no: municipal, esf_plus",
        "'actions.digi_bus.status': \"maybe\" šeit nav atļauts",
        "rakstiet \"must\", \"never\" vai \"free\"",
    ] {
        assert!(lv.contains(text), "lacks {text:?}:\n{lv}");
    }
    // --lang wins over it.
    let en = refused(&["check", path(&scenario), "--lang", "en"]);
    assert!(
        en.contains(
            "'nobody' is not an indicator of the plan: actions.csv has no column 'impact_nobody'"
        ),
        "{en}"
    );
    assert!(
        en.contains("'no_such_source' is not a source id in sources.csv"),
        "{en}"
    );
}

/// English phrases (two words or more) of the messages of `validate.ftl` whose id starts with
/// `prefix`, that the Latvian catalogue does not also use.
fn english_phrases(prefix: &str) -> Vec<String> {
    let file = |lang: Lang| {
        lang.catalogue()
            .iter()
            .find(|(name, _)| *name == "validate.ftl")
            .unwrap()
            .1
    };
    let latvian = file(Lang::Lv);
    let mut phrases = Vec::new();
    for line in file(Lang::En).lines() {
        let Some((id, value)) = line.split_once(" = ") else {
            continue;
        };
        if !id.starts_with(prefix) {
            continue;
        }
        // The literal text between the variables, split at punctuation.
        let mut depth = 0;
        let mut text = String::new();
        for c in value.chars() {
            match c {
                '{' => {
                    depth += 1;
                    text.push('|');
                }
                '}' => depth -= 1,
                _ if depth == 0 => text.push(c),
                _ => {}
            }
        }
        phrases.extend(
            text.split(['|', '(', ')', ':', ';', ',', '.', '/', '[', ']'])
                .map(|p| p.trim().to_string())
                .filter(|p| p.split_whitespace().count() >= 2 && !latvian.contains(p.as_str())),
        );
    }
    assert!(!phrases.is_empty());
    phrases
}

#[test]
fn show_and_check_print_the_example_in_latvian() {
    let example = "scenarios/jelgava/baseline.toml";
    let shown = fundmix_ok(&["show", example, "--lang", "lv"]);
    for text in [
        "Scenārijs:             Baseline\n",
        "Mērķfunkcija:          max-impact\n",
        "Pārskatu valoda:       lv\n",
        "Darbinieku kapacitāte: 3 000 / 3 400 / 3 400 stundas\n",
        "eservice_users_helped = 0,5\n",
        "maks. daļa 0,85; 15 no 27 darbībām\n",
        "32 000 / 33 000 / 34 000  obligāta (must)\n",
        "Mērķvērtības:\n",
        "residents_trained >= 1 500 (elastīga, sods 5 par katru trūkstošo vienību)\n",
    ] {
        assert!(shown.contains(text), "show lacks {text:?}:\n{shown}");
    }
    for phrase in english_phrases("show-") {
        assert!(!shown.contains(&phrase), "show has {phrase:?}:\n{shown}");
    }
    let checked = fundmix_ok(&["check", example, "--lang", "lv"]);
    for text in [
        "Ievaddati ir derīgi. Scenārijs 'Baseline' (max-impact)",
        "27 darbības, 6 finansējuma avoti, 5 partneri, 4 mērķvērtības; periodi: 2025, 2026, 2027",
        "Avots esf_plus (ES)",
        "(76% no izmaksām)",
        "residents_trained >= 1 500 (elastīga, sods 5): ne vairāk kā 2 475",
    ] {
        assert!(checked.contains(text), "check lacks {text:?}:\n{checked}");
    }
    for phrase in english_phrases("chk-") {
        assert!(
            !checked.contains(&phrase),
            "check has {phrase:?}:\n{checked}"
        );
    }
    // The numbers of the table stay aligned: every row of the money table is as wide as its
    // header.
    let header = checked
        .lines()
        .find(|l| l.starts_with("EUR / stundas"))
        .unwrap();
    let width = header.chars().count();
    for line in checked.lines().filter(|l| l.starts_with("Avots ")) {
        assert_eq!(line.chars().count(), width, "{line}");
    }
    // Without a language the example stays English.
    let shown = fundmix_ok(&["show", example]);
    assert!(shown.starts_with("Scenario:       Baseline\n"), "{shown}");
    assert!(!shown.contains("Reports in"), "{shown}");
}
