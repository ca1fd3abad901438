//! The messages about the user's files and the command's failures in Latvian: `--lang lv` (or
//! `lang = "lv"` in the scenario file) gives every message and fix in Latvian, located by file,
//! row (line) and column (key) as in English; the same case without a language stays English.

mod common;

use assert_cmd::Command;
use common::copy_dir;
use fundmix::i18n::{with_input_lang, Lang};
use fundmix::input::pabulib;
use std::fs;
use std::path::{Path, PathBuf};

const EXAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios/jelgava");

/// A copy of the bundled example (scenario files and plan folder) in a temporary folder.
fn example() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("jelgava");
    copy_dir(Path::new(EXAMPLE), &root);
    (dir, root)
}

/// Replaces `from` by `to` in the file at `path` (which must contain it).
fn edit(path: &Path, from: &str, to: &str) {
    let text = fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{}: {from}", path.display());
    fs::write(path, text.replacen(from, to, 1)).unwrap();
}

/// Runs fundmix with `args` in `dir`; returns its exit code and stderr.
fn fails(dir: &Path, args: &[&str]) -> (i32, String) {
    let out = Command::cargo_bin("fundmix")
        .unwrap()
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .args(args)
        .output()
        .unwrap();
    assert!(!out.status.success(), "fundmix {args:?} succeeded");
    let code = out.status.code().unwrap();
    (code, String::from_utf8(out.stderr).unwrap())
}

/// `check INPUT`: in Latvian with `--lang lv`, in English without; every text is in the
/// matching output.
fn both(dir: &Path, input: &str, latvian: &[&str], english: &[&str]) {
    let (code, lv) = fails(dir, &["check", input, "--lang", "lv"]);
    assert_eq!(code, 2, "{lv}");
    for text in latvian {
        assert!(lv.contains(text), "missing «{text}» in:\n{lv}");
    }
    assert!(!lv.contains("how to fix"), "{lv}");
    let (code, en) = fails(dir, &["check", input]);
    assert_eq!(code, 2, "{en}");
    for text in english {
        assert!(en.contains(text), "missing «{text}» in:\n{en}");
    }
}

#[test]
fn a_row_with_too_many_cells() {
    let (_dir, root) = example();
    edit(
        &root.join("plan/partners.csv"),
        "access;awareness,2",
        "access;awareness,2,x",
    );
    both(
        &root,
        "baseline.toml",
        &[
            "Kļūda: ievaddatos ir 1 problēma (nekas netika ierakstīts):",
            "plan/partners.csv, 2. rinda: rindā ir 11 šūnas, bet galvenē 10 kolonnas",
            "kā labot: teksts, kurā ir komats, jāraksta pēdiņās",
        ],
        &["plan/partners.csv, row 2: the row has 11 cells but the header has 10 columns"],
    );
}

#[test]
fn a_semicolon_table_with_a_missing_cell() {
    let (_dir, root) = example();
    let partners = root.join("plan/partners.csv");
    let text = fs::read_to_string(&partners).unwrap();
    // As European Excel saves it: `;` between cells, a list's ids between `,` in quotes.
    let cell = |c: &str| match c.replace(';', ",") {
        list if list.contains(',') => format!("\"{list}\""),
        plain => plain,
    };
    let mut lines: Vec<String> = text
        .lines()
        .map(|l| l.split(',').map(cell).collect::<Vec<_>>().join(";"))
        .collect();
    lines[2] = lines[2].rsplit_once(';').unwrap().0.to_string();
    fs::write(&partners, lines.join("\n") + "\n").unwrap();
    both(
        &root,
        "baseline.toml",
        &[
            "plan/partners.csv, 3. rinda: rindā ir 9 šūnas, bet galvenē 10 kolonnas",
            "arī tukšai šūnai vajag savu semikolu; fails ir nolasīts kā ar semikoliem atdalīts",
        ],
        &["(an empty cell still needs its semicolon; the file is read as semicolon-separated"],
    );
}

#[test]
fn an_extends_that_names_no_file() {
    let (_dir, root) = example();
    edit(
        &root.join("budget_cut_10.toml"),
        "extends = \"baseline.toml\"",
        "extends = \"nope.toml\"",
    );
    both(
        &root,
        "budget_cut_10.toml",
        &[
            "budget_cut_10.toml, 3. rinda, atslēga 'extends': paplašināmais scenārijs",
            "neeksistē",
            "kā labot: norādiet esoša scenārija faila ceļu attiecībā pret šo failu",
        ],
        &["budget_cut_10.toml, line 3, key 'extends': the scenario to extend"],
    );
}

#[test]
fn toml_syntax_in_the_words_of_the_language() {
    let (_dir, root) = example();
    edit(
        &root.join("baseline.toml"),
        "name = \"Baseline\"",
        "name = Baseline",
    );
    both(
        &root,
        "baseline.toml",
        &[
            "baseline.toml, 10. rinda: teksta vērtībām jābūt pēdiņās; gaidīts: teksts pēdiņās",
            "kā labot: rakstiet rindas `atslēga = vērtība`; atļautās atslēgas: name, plan,",
            "[targets.<rādītājs>]",
        ],
        &["baseline.toml, line 10: string values must be quoted, expected literal string"],
    );
    edit(&root.join("baseline.toml"), "name = Baseline", "name = 5");
    both(
        &root,
        "baseline.toml",
        &["10. rinda: nepareizs vērtības veids: ir vesels skaitlis `5`, bet vajag: teksts pēdiņās"],
        &["line 10: invalid type: integer `5`, expected a string"],
    );
}

#[test]
fn the_scenario_files_lang_chooses_the_language_of_the_errors() {
    let (_dir, root) = example();
    edit(
        &root.join("baseline.toml"),
        "name = \"Baseline\"",
        "name = \"Baseline\"\nlang = \"lv\"",
    );
    fs::remove_file(root.join("plan/actions.csv")).unwrap();
    let (code, lv) = fails(&root, &["check", "budget_cut_10.toml"]);
    assert_eq!(code, 2);
    assert!(
        lv.contains("plan/actions.csv: faila nav\n    kā labot: ielieciet failu plāna mapē"),
        "{lv}"
    );
    // --lang wins over the file's.
    let (_, en) = fails(&root, &["check", "budget_cut_10.toml", "--lang", "en"]);
    assert!(en.contains("plan/actions.csv: the file is missing"), "{en}");
}

#[test]
fn a_scenario_sheet_row_that_names_a_plan() {
    let dir = tempfile::tempdir().unwrap();
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name("scenario").unwrap();
    sheet.write_string(0, 0, "plan").unwrap();
    sheet.write_string(0, 1, "other").unwrap();
    workbook.save(dir.path().join("plan.xlsx")).unwrap();
    both(
        dir.path(),
        "plan.xlsx",
        &["plan.xlsx, lapa 'scenario', 1. rinda, atslēga 'plan': scenārija lapā nevar norādīt plānu"],
        &["plan.xlsx, sheet 'scenario', row 1, key 'plan': the scenario sheet cannot name a plan"],
    );
}

#[test]
fn command_failures() {
    let (_dir, root) = example();
    let (code, lv) = fails(
        &root,
        &[
            "explain",
            "baseline.toml",
            "--action",
            "nope",
            "--lang",
            "lv",
        ],
    );
    assert_eq!(code, 2);
    assert!(
        lv.contains("komandrinda (--action): šajā plānā nav darbības \"nope\"\n    kā labot: izmantojiet kādu no šiem: seniors_courses_north"),
        "{lv}"
    );
    let (code, lv) = fails(
        &root,
        &["solve", "baseline.toml", "--out", "plan", "--lang", "lv"],
    );
    assert_eq!(code, 1);
    assert!(
        lv.starts_with("Kļūda: mapē 'plan' ir faili, kas nav fundmix pārskats"),
        "{lv}"
    );
    let (_, en) = fails(&root, &["solve", "baseline.toml", "--out", "plan"]);
    assert!(en.starts_with("Error: 'plan' holds files that are not a fundmix report"));
}

#[test]
fn pabulib_files_in_latvian() {
    let text = "META\nkey;value\nbudget;-5\nPROJECTS\nproject_id;cost\n1;100\n1;200\n";
    let problems = |lang| {
        let error = with_input_lang(lang, || pabulib::parse(text, "x.pb")).unwrap_err();
        with_input_lang(lang, || error.to_string())
    };
    let lv = problems(Lang::Lv);
    for expected in [
        "ievaddatos ir 4 problēmas",
        "x.pb, 3. rinda, kolonna 'budget': '-5' ir negatīvs",
        "x.pb, 1. rinda: META nav rindas 'vote_type'",
        "x.pb, 7. rinda, kolonna 'project_id': projekta id '1' ir izmantots divreiz (arī 6. rindā)",
    ] {
        assert!(lv.contains(expected), "missing «{expected}» in:\n{lv}");
    }
    let en = problems(Lang::En);
    assert!(en.contains("x.pb, line 7, column 'project_id': the project id '1' is used twice"));
}
