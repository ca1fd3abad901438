//! `fundmix import pabulib FILE.pb --out DIR`: an election as a fundmix plan folder and
//! scenario, so that `fundmix solve`, `explain` and `frontier` work on real votes.
//!
//! - Each project becomes an action: its id, name, categories (joined by `, `), `cost`, and the
//!   indicators `impact_votes` (ballots listing it) and, for cumulative and scoring ballots,
//!   `impact_points` (its points). A column `city_funded` (yes/no) keeps the file's
//!   `selected`.
//! - The scenario maximises the support that counts for the utilitarian rule: `votes` weighs 1
//!   (0 when ballots carry points), `points` weighs 1. fundmix breaks ties by the least own
//!   money, i.e. the cheapest set, as `fundmix pb --rule utilitarian` does first.
//! - The budget becomes one source of kind `own`. When the file gives per-category budgets
//!   (META `budget_per_category`), each becomes a source that may fund only its category,
//!   instead: that models the caps exactly when every project is in exactly one category with a
//!   budget and the category budgets add up to no more than the total (then the total cannot
//!   be exceeded). Otherwise fundmix cannot express "at most B in total and at most b_k per
//!   category" with sources, so the total budget alone is imported and a note says the
//!   category budgets were left out. A category budget with no project in it (the format
//!   allows it) limits nothing and is left out, with a note.
//!
//! Amounts are written in the file's currency to the cent; fundmix labels money EUR.

use crate::error::OutputResult as Result;
use crate::input::pabulib::{CategoryBudget, Election};
use crate::report::csv::field;
use std::fmt::Write;
use std::path::{Path, PathBuf};

/// What the import wrote.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    /// The scenario file to solve.
    pub scenario: PathBuf,
    /// Number of actions (projects) written.
    pub actions: usize,
    /// Ids of the sources written.
    pub sources: Vec<String>,
    /// What the import could not carry over, in plain words.
    pub notes: Vec<String>,
}

/// Writes `dir/plan/actions.csv`, `dir/plan/sources.csv` and `dir/scenario.toml`; `dir` must
/// not exist or be empty.
pub fn import(election: &Election, dir: &Path) -> Result<Imported> {
    let (sources_csv, sources, notes) = sources(election);
    let files = vec![
        (
            "plan/actions.csv".to_string(),
            actions(election).into_bytes(),
        ),
        ("plan/sources.csv".to_string(), sources_csv.into_bytes()),
        (
            "scenario.toml".to_string(),
            scenario_toml(election).into_bytes(),
        ),
    ];
    crate::init::write_new_folder(dir, files)?;
    let scenario = dir.join("scenario.toml");
    Ok(Imported {
        scenario,
        actions: election.projects.len(),
        sources,
        notes,
    })
}

/// Cents as a plain decimal amount: `10616564` → `106165.64`, `500` → `5`.
fn amount(cents: i64) -> String {
    if cents % 100 == 0 {
        (cents / 100).to_string()
    } else {
        format!("{}.{:02}", cents / 100, cents % 100)
    }
}

fn actions(election: &Election) -> String {
    let points = election.vote_type.has_points();
    let support = election.support();
    let mut out = String::from("id,name,category,cost,impact_votes");
    out.push_str(if points { ",impact_points" } else { "" });
    out.push_str(",city_funded\n");
    for (p, project) in election.projects.iter().enumerate() {
        let name = if project.name.is_empty() {
            &project.id
        } else {
            &project.name
        };
        let _ = write!(
            out,
            "{},{},{},{},{}",
            field(&project.id),
            field(name),
            field(&project.categories.join(", ")),
            amount(project.cost_cents),
            project.votes
        );
        if points {
            let _ = write!(out, ",{}", support[p]);
        }
        let funded = match project.selected {
            Some(true) => "yes",
            Some(false) => "no",
            None => "",
        };
        let _ = writeln!(out, ",{funded}");
    }
    out
}

/// sources.csv, the source ids, and notes on what was left out.
/// The notes start with what was noticed in the file ([`Election::notes`]). A category budget
/// with no project in it limits nothing and is not written (its source could fund nothing).
fn sources(election: &Election) -> (String, Vec<String>, Vec<String>) {
    let mut out = String::from("id,name,kind,budget,eligible\n");
    let mut notes = election.notes.clone();
    let caps: Vec<&CategoryBudget> = election
        .category_budgets
        .iter()
        .filter(|b| {
            election
                .projects
                .iter()
                .any(|p| p.categories.contains(&b.category))
        })
        .collect();
    if !caps.is_empty() {
        match categories_modelled(election, &caps) {
            Ok(()) => {
                let mut ids = Vec::new();
                for (k, cap) in caps.iter().enumerate() {
                    let id = format!("category_{}", k + 1);
                    let _ = writeln!(
                        out,
                        "{id},{},own,{},{}",
                        field(&format!("Budget for {}", cap.category)),
                        amount(cap.budget_cents),
                        field(&cap.category)
                    );
                    ids.push(id);
                }
                return (out, ids, notes);
            }
            Err(why) => notes.push(format!(
                "the per-category budgets were not imported ({why}); only the total budget \
                 limits the plan"
            )),
        }
    }
    let _ = writeln!(
        out,
        "pb_budget,{},own,{},",
        field(&format!("Participatory budget: {}", election.title())),
        amount(election.budget_cents)
    );
    (out, vec!["pb_budget".into()], notes)
}

/// Whether one source per category budget models the caps and the total exactly.
fn categories_modelled(election: &Election, caps: &[&CategoryBudget]) -> Result<(), String> {
    let capped = |c: &String| caps.iter().any(|b| &b.category == c);
    for project in &election.projects {
        let n = project.categories.iter().filter(|c| capped(c)).count();
        if n != 1 || project.categories.len() != 1 {
            return Err(format!(
                "project {} is in {} categories, and a fundmix source cannot cap the cost of a \
                 project against several categories at once",
                project.id,
                project.categories.len()
            ));
        }
        if caps.iter().any(|b| b.category == project.id) {
            return Err(format!(
                "project id {} is also a category name, which fundmix's eligible lists would mix up",
                project.id
            ));
        }
    }
    let sum: i64 = caps.iter().map(|b| b.budget_cents).sum();
    if sum > election.budget_cents {
        return Err(format!(
            "they add up to {}, more than the total budget {}, and fundmix sources cannot cap \
             the total across them",
            amount(sum),
            amount(election.budget_cents)
        ));
    }
    Ok(())
}

fn scenario_toml(election: &Election) -> String {
    let points = election.vote_type.has_points();
    let name = election.title().replace('\\', "\\\\").replace('"', "\\\"");
    let file = election.file.replace('\n', " ");
    let (votes, points_line) = if points {
        ("0.0", "points = 1.0   # the points voters gave\n")
    } else {
        ("1.0", "")
    };
    format!(
        "# Imported by `fundmix import pabulib` from\n#   {file}\n\
         # Solve it with:  fundmix solve scenario.toml\n\
         # Most support within the budget (the utilitarian rule); ties go to the cheapest set.\n\
         # Amounts are in the file's currency ({currency}), although fundmix labels them EUR.\n\n\
         name = \"{name}\"\nplan = \"plan\"\nobjective = \"max-impact\"\n\n\
         [weights]\nvotes = {votes}   # ballots listing the project\n{points_line}",
        currency = election.currency.as_deref().unwrap_or("as in the file"),
    )
}
