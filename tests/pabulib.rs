//! Pabulib `.pb` files: every shared real file parses, the checks hold, bad input is refused
//! with its file, line and fix, and the rules reproduce what cities did.

use fundmix::input::pabulib::{self, Election, VoteType};
use std::path::{Path, PathBuf};

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/pabulib");

fn shared_files() -> Vec<PathBuf> {
    let mut files = Vec::new();
    for dir in [PathBuf::from(DATA), Path::new(DATA).join("pabutools_tests")] {
        for entry in std::fs::read_dir(&dir).expect("the shared Pabulib folder exists") {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "pb") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

fn load(name: &str) -> Election {
    pabulib::load(&Path::new(DATA).join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

#[test]
fn every_shared_file_parses_and_agrees_with_its_meta() {
    let files = shared_files();
    assert_eq!(files.len(), 14, "SOURCE.md lists 14 files");
    for path in files {
        let election = pabulib::load(&path).unwrap_or_else(|e| panic!("{e}"));
        let name = path.display();
        let declared = |key: &str| election.meta(key).map(|v| v.parse::<usize>().unwrap());
        assert_eq!(
            declared("num_projects").unwrap_or(election.projects.len()),
            election.projects.len(),
            "{name}"
        );
        assert_eq!(
            declared("num_votes"),
            Some(election.ballots.len()),
            "{name}"
        );
        assert!(election.budget_cents > 0, "{name}");
        // The votes column, where present, is the number of ballots listing the project.
        assert!(election.notes.is_empty(), "{name}: {:?}", election.notes);
        for ballot in &election.ballots {
            assert_eq!(
                ballot.points.is_empty(),
                !election.vote_type.has_points(),
                "{name}"
            );
            if election.vote_type == VoteType::ChooseOne {
                assert!(ballot.projects.len() <= 1, "{name}");
            }
        }
    }
}

#[test]
fn category_budgets_points_and_the_lenient_fixture_are_read() {
    let amsterdam = load("Netherlands_Amsterdam_166.pb");
    let caps: Vec<(&str, i64)> = amsterdam
        .category_budgets
        .iter()
        .map(|c| (c.category.as_str(), c.budget_cents))
        .collect();
    assert_eq!(caps.len(), 6);
    assert_eq!(caps[0], ("Armoede", 5_200_000));
    assert_eq!(
        caps.iter().map(|c| c.1).sum::<i64>(),
        amsterdam.budget_cents
    );

    let czestochowa = load("Poland_Czestochowa_2024_Lisiniec.pb");
    assert_eq!(czestochowa.vote_type, VoteType::Cumulative);
    for ballot in &czestochowa.ballots {
        assert!(
            ballot.points.iter().sum::<u64>() <= 10,
            "line {}",
            ballot.line
        );
    }
    // The support of a project is its points, which the file's score column also gives.
    for (project, support) in czestochowa.projects.iter().zip(czestochowa.support()) {
        assert_eq!(
            project.file_score.as_deref(),
            Some(support.to_string().as_str())
        );
    }

    let fixture = load("pabutools_tests/poland_czestochowa_2020_grabowka.pb");
    let ids: Vec<&str> = fixture.projects.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["p1", "p2"]);
    assert_eq!(fixture.ballots.len(), 2);
    assert_eq!(fixture.ballots[1].projects, [1]);
    assert_eq!(fixture.ballots[1].voter_id, None);
    assert_eq!(fixture.budget_cents, 10_000_000);
}

/// A small valid election to break in one place at a time.
const GOOD: &str = "\
META
key;value
description;Test district
budget;100
vote_type;approval
PROJECTS
project_id;cost;votes;name;selected
1;60;2;Playground;1
2;50;1;Benches;0
3;40;1;\"Trees; many\";1
VOTES
voter_id;vote
a;1,2
b;1,3
";

fn problems(text: &str) -> String {
    match pabulib::parse(text, "bad.pb") {
        Ok(_) => panic!("the file should be refused:\n{text}"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn the_small_election_reads_as_written() {
    let election = pabulib::parse(GOOD, "good.pb").unwrap();
    assert_eq!(election.budget_cents, 10_000);
    assert_eq!(election.projects[2].name, "Trees; many");
    assert_eq!(election.ballots[1].projects, [0, 2]);
    assert_eq!(election.support(), [2, 1, 1]);
    assert!(election.has_selection());
}

#[test]
fn bad_values_are_listed_with_line_column_and_fix() {
    let text = GOOD
        .replace("budget;100", "budget;100 EUR")
        .replace("2;50;1;Benches;0", "2;fifty;1;Benches;maybe")
        .replace("b;1,3", "b;1,7");
    assert_eq!(
        problems(&text),
        "the input has 4 problems (nothing was written):\n  \
         1. bad.pb, line 4, column 'budget': '100 EUR' is not an amount of money; write digits with an optional decimal point, such as 75000 or 106165.64 (no currency sign, no spaces or thousands separators)\n    \
         how to fix: write the total budget as a plain number\n  \
         2. bad.pb, line 9, column 'cost': 'fifty' is not an amount of money; write digits with an optional decimal point, such as 75000 or 106165.64 (no currency sign, no spaces or thousands separators)\n    \
         how to fix: write the project's cost as a plain number\n  \
         3. bad.pb, line 9, column 'selected': 'maybe' is not 1 or 0\n    \
         how to fix: write 1 for a project the city funded and 0 for one it did not\n  \
         4. bad.pb, line 14, column 'vote': the ballot lists '7', which is not a project id in PROJECTS\n    \
         how to fix: use the project ids of the PROJECTS section, separated by commas\n"
    );
}

#[test]
fn missing_sections_and_keys_are_named() {
    let text = GOOD.replace("PROJECTS\n", "PROJECT\n");
    let message = problems(&text);
    assert!(
        message.contains("bad.pb: the file has no PROJECTS section"),
        "{message}"
    );

    let text = GOOD.replace("vote_type;approval\n", "");
    let message = problems(&text);
    assert!(
        message.contains("bad.pb, line 1: META has no 'vote_type' line\n    how to fix: add a line vote_type;approval"),
        "{message}"
    );

    let text = GOOD.replace("vote_type;approval", "vote_type;ranked");
    assert!(problems(&text)
        .contains("line 5, column 'vote_type': 'ranked' is not a vote type fundmix knows"));
}

#[test]
fn structural_mistakes_are_refused() {
    // An unquoted ';' in a name shifts the columns.
    let text = GOOD.replace("\"Trees; many\"", "Trees; many;x");
    assert!(problems(&text).contains("line 10: the line has 7 fields but the header has 5"));
    // The same id twice, and a ballot naming a project twice.
    let text = GOOD
        .replace("2;50;1;Benches;0", "1;50;1;Benches;0")
        .replace("a;1,2", "a;1,1");
    let message = problems(&text);
    assert!(
        message.contains(
            "line 9, column 'project_id': the project id '1' is used twice (also on line 8)"
        ),
        "{message}"
    );
    assert!(
        message.contains("line 13, column 'vote': the ballot lists project '1' twice"),
        "{message}"
    );
    // Money below a cent, and an unclosed quote.
    let text = GOOD
        .replace("1;60;2", "1;60.005;2")
        .replace("\"Trees; many\"", "\"Trees");
    let message = problems(&text);
    assert!(
        message.contains("'60.005' has more than two decimal places; round it to whole cents"),
        "{message}"
    );
    assert!(message.contains("line 10: a quoted field"), "{message}");
    // Points that do not match the projects listed.
    let text = GOOD
        .replace("vote_type;approval", "vote_type;cumulative")
        .replace("voter_id;vote", "voter_id;vote;points")
        .replace("a;1,2", "a;1,2;3")
        .replace("b;1,3", "b;1,3;2,x");
    let message = problems(&text);
    assert!(
        message.contains("line 13, column 'points': the ballot lists 2 projects but 1 points"),
        "{message}"
    );
    assert!(
        message.contains("line 14, column 'points': 'x' is not a whole number 0 or more"),
        "{message}"
    );
}

#[test]
fn disagreements_that_do_not_stop_the_rules_are_noted() {
    let text = GOOD
        .replace("1;60;2;", "1;60;5;")
        .replace("budget;100\n", "budget;100\nnum_votes;3\n");
    let election = pabulib::parse(&text, "note.pb").unwrap();
    assert_eq!(election.projects[0].votes, 2);
    assert_eq!(election.projects[0].file_votes, Some(5));
    assert_eq!(election.notes.len(), 2, "{:?}", election.notes);
    assert!(election.notes[0].contains("1: 5 in the column, 2 ballots"));
    assert!(election.notes[1].contains("META num_votes says 3, but the file has 2 ballots"));
}
