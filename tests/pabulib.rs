//! Pabulib `.pb` files: every shared real file parses, the checks hold, bad input is refused
//! with its file, line and fix, and the rules reproduce what cities did.

use fundmix::input::pabulib::{self, Election, VoteType};
use std::path::{Path, PathBuf};

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/pabulib");

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
