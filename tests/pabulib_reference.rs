//! fundmix against pabutools on every shared Pabulib file: the outcomes pabutools 1.2.3
//! computed (tests/data/pabulib/pabutools_outcomes.json, written by
//! benches/pabutools/reference.py) must be what fundmix funds.
//!
//! - greedy and equal shares: the same set of projects;
//! - utilitarian: the same set where pabutools' optimum is unique, else the same welfare (the
//!   rules break ties differently).
//!
//! A rule pabutools could not compute on a file is recorded with the reason and left out.

use fundmix::input::pabulib::{self, Election};
use fundmix::pb::{self, equal_shares, Rule};
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/pabulib/");
const OUTCOMES: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/data/pabulib/pabutools_outcomes.json"
);

fn outcomes() -> Value {
    let text = std::fs::read_to_string(OUTCOMES).expect("the recorded outcomes are readable");
    serde_json::from_str(&text).expect("the recorded outcomes are JSON")
}

fn load(name: &str) -> Election {
    pabulib::load(&Path::new(DATA).join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// What pabutools recorded for `rule` on the file: its project ids, cost in cents and welfare.
fn recorded(file: &Value, rule: &str) -> (BTreeSet<String>, i64, u64) {
    let r = &file["rules"][rule];
    let ids = r["selected"]
        .as_array()
        .expect("selected is a list")
        .iter()
        .map(|id| id.as_str().expect("ids are text").to_string())
        .collect();
    let cost = r["total_cost_cents"].as_i64().expect("total_cost_cents");
    let welfare = r["welfare"].as_u64().expect("welfare");
    (ids, cost, welfare)
}

/// The ids, cost in cents and welfare of a set of project indices.
fn ours(election: &Election, selected: &[usize]) -> (BTreeSet<String>, i64, u64) {
    let support = election.support();
    let ids = selected
        .iter()
        .map(|&p| election.projects[p].id.clone())
        .collect();
    let cost = selected
        .iter()
        .map(|&p| election.projects[p].cost_cents)
        .sum();
    let welfare = selected.iter().map(|&p| support[p]).sum();
    (ids, cost, welfare)
}

/// Every file pabutools has an outcome for, with its record.
fn files() -> Vec<(String, Value)> {
    let doc = outcomes();
    let files = doc["files"].as_object().expect("files is a map");
    files.iter().map(|(k, v)| (k.clone(), v.clone())).collect()
}

#[test]
fn every_shared_file_has_a_recorded_outcome_or_a_reason() {
    let doc = outcomes();
    let mut shared: Vec<String> = std::fs::read_dir(DATA)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".pb"))
        .collect();
    for e in std::fs::read_dir(Path::new(DATA).join("pabutools_tests")).unwrap() {
        let name = e.unwrap().file_name().to_string_lossy().into_owned();
        shared.push(format!("pabutools_tests/{name}"));
    }
    for name in shared {
        let file = &doc["files"][&name];
        for rule in ["greedy", "utilitarian", "equal_shares"] {
            let r = &file["rules"][rule];
            let recorded = r.get("selected").is_some();
            let skipped = r["skipped"].as_str().is_some_and(|why| !why.is_empty());
            assert!(
                recorded || skipped,
                "{name}: no pabutools outcome for {rule}"
            );
        }
    }
}

#[test]
fn greedy_funds_what_pabutools_funds() {
    for (name, file) in files() {
        let election = load(&name);
        let outcome = pb::run(&election, Rule::Greedy).unwrap();
        assert_eq!(
            ours(&election, &outcome.selected),
            recorded(&file, "greedy"),
            "{name}"
        );
    }
}

#[test]
fn utilitarian_reaches_pabutools_welfare_and_its_set_when_unique() {
    for (name, file) in files() {
        let election = load(&name);
        let outcome = pb::run(&election, Rule::Utilitarian).unwrap();
        let (ids, cost, welfare) = ours(&election, &outcome.selected);
        let (their_ids, their_cost, their_welfare) = recorded(&file, "utilitarian");
        assert_eq!(welfare, their_welfare, "{name}");
        assert!(cost <= election.budget_cents, "{name}");
        if file["rules"]["utilitarian"]["unique"].as_bool() == Some(true) {
            assert_eq!((ids, cost), (their_ids, their_cost), "{name}");
        }
    }
}

#[test]
fn equal_shares_with_add1_funds_what_pabutools_funds() {
    for (name, file) in files() {
        if file["rules"]["equal_shares"].get("skipped").is_some() {
            continue;
        }
        let election = load(&name);
        let selected = equal_shares::for_election(&election);
        assert_eq!(
            ours(&election, &selected),
            recorded(&file, "equal_shares"),
            "{name}"
        );
    }
}
