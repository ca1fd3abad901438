//! Pabulib participatory-budgeting files (`.pb`) → an [`Election`].
//!
//! A `.pb` file is UTF-8 text with three sections, each opened by a line holding only its name
//! (`META`, `PROJECTS`, `VOTES`; any letter case) and a header line. Fields are separated by `;`
//! and quoted CSV-style (`"a;b"`, inner quotes doubled). This module reads the sections, checks
//! every value once, and returns an [`Election`] in which costs are whole cents, ballots hold
//! project indices, and each project's vote count is recomputed from the ballots. It reports
//! every problem it finds at once, each with the file, line, column and how to fix it. It does
//! not apply any voting rule (see [`crate::pb`]).
//!
//! Like pabutools (the reference Python library), it accepts the lenient form of its test
//! fixtures: lower-case section names, blank lines, no `project_id` column (the first column
//! is then the project id), no `voter_id` column, the text `none` for an empty cell, a decimal
//! comma in money. Unknown META keys and unknown columns are kept or ignored, never refused.

mod fields;
mod rows;
mod sections;

pub use fields::parse_cents;

use crate::error::{io_reason, InputError, InputProblem};
use crate::i18n::input_tr;
use crate::t;
use serde::Serialize;
use std::path::Path;

/// How voters expressed their preferences (META `vote_type`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum VoteType {
    /// Each voter lists the projects they approve of (`approval`).
    Approval,
    /// Each voter spreads points over projects (`cumulative`; `points` column).
    Cumulative,
    /// Each voter lists projects best first (`ordinal`).
    Ordinal,
    /// Each voter picks one project (`choose-1`).
    ChooseOne,
    /// Each voter gives each listed project a score (`scoring`; `points` column).
    Scoring,
}

impl VoteType {
    /// The name used in `.pb` files.
    pub fn as_str(self) -> &'static str {
        match self {
            VoteType::Approval => "approval",
            VoteType::Cumulative => "cumulative",
            VoteType::Ordinal => "ordinal",
            VoteType::ChooseOne => "choose-1",
            VoteType::Scoring => "scoring",
        }
    }

    /// Whether ballots carry points (a `points` column) rather than a plain list.
    pub fn has_points(self) -> bool {
        matches!(self, VoteType::Cumulative | VoteType::Scoring)
    }

    fn parse(text: &str) -> Option<VoteType> {
        Some(match text.trim().to_lowercase().as_str() {
            "approval" => VoteType::Approval,
            "cumulative" => VoteType::Cumulative,
            "ordinal" => VoteType::Ordinal,
            "choose-1" => VoteType::ChooseOne,
            "scoring" => VoteType::Scoring,
            _ => return None,
        })
    }
}

/// One project that residents could vote for (a row of PROJECTS).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Project {
    /// The project id as written in the file (`project_id`, or the first column).
    pub id: String,
    /// Readable name (`name` column; empty when the file has none).
    pub name: String,
    /// Cost in whole cents (`cost` 106165.64 → 10616564).
    pub cost_cents: i64,
    /// Number of ballots listing the project, counted from VOTES (its approval count). When the
    /// file has no ballots, the PROJECTS `votes` column.
    pub votes: u64,
    /// The PROJECTS `votes` column as written, if present (see [`Election::notes`] for a
    /// disagreement with the count from the ballots).
    pub file_votes: Option<u64>,
    /// The PROJECTS `score` column as written (points or Borda-like total), if present.
    pub file_score: Option<String>,
    /// Categories (`category` or `categories` column, comma-separated), in file order.
    pub categories: Vec<String>,
    /// What the city funded (`selected` column: 1 → true, 0 → false), if present.
    pub selected: Option<bool>,
    /// The line of the file the project is on (1-based).
    pub line: usize,
}

/// One voter's ballot (a row of VOTES).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Ballot {
    /// The `voter_id` column, if present.
    pub voter_id: Option<String>,
    /// Indices into [`Election::projects`] of the projects listed, in file order (for ordinal
    /// ballots: best first). Never holds an index twice. May be empty.
    pub projects: Vec<usize>,
    /// Points given to each listed project (same length and order as `projects`) for
    /// cumulative and scoring ballots; empty for approval, ordinal and choose-1 ballots.
    pub points: Vec<u64>,
    /// The line of the file the ballot is on (1-based).
    pub line: usize,
}

impl Ballot {
    /// The voter's utility for the `k`-th listed project: its points for cumulative and
    /// scoring ballots, 1 otherwise (approval, ordinal, choose-1).
    pub fn utility(&self, k: usize) -> u64 {
        self.points.get(k).copied().unwrap_or(1)
    }
}

/// An upper bound on the total cost of the selected projects of one category (META
/// `categories` and `budget_per_category`, two parallel comma-separated lists).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CategoryBudget {
    /// The category, as in the projects' `category` column.
    pub category: String,
    /// The most that may be spent on projects of this category, in cents.
    pub budget_cents: i64,
}

/// A participatory-budgeting election, checked: what the budget is, which projects stood, and
/// how everyone voted.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Election {
    /// How to name the file in messages (its path as given).
    pub file: String,
    /// Every META key and value, in file order (keys trimmed).
    pub meta: Vec<(String, String)>,
    /// The money to share out, in cents (META `budget`).
    pub budget_cents: i64,
    /// How voters voted (META `vote_type`).
    pub vote_type: VoteType,
    /// The rule the city used (META `rule`, e.g. `greedy`), if given.
    pub rule: Option<String>,
    /// The currency (META `currency`, e.g. `PLN`), if given.
    pub currency: Option<String>,
    /// The projects, in file order.
    pub projects: Vec<Project>,
    /// The ballots, in file order.
    pub ballots: Vec<Ballot>,
    /// Per-category spending caps, in the order of META `categories` (usually none).
    pub category_budgets: Vec<CategoryBudget>,
    /// Things in the file that disagree but do not stop it being used (a `votes` column that
    /// differs from the ballots, `num_votes` that differs from the ballot count), in plain words.
    pub notes: Vec<String>,
}

impl Election {
    /// The value of META `key`, if present.
    pub fn meta(&self, key: &str) -> Option<&str> {
        self.meta
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// The index of the project with this id.
    pub fn project_index(&self, id: &str) -> Option<usize> {
        self.projects.iter().position(|p| p.id == id)
    }

    /// Each project's total utility over all ballots (same order as [`Election::projects`]):
    /// its vote count for approval, ordinal and choose-1 ballots, its points for cumulative
    /// and scoring ballots. The utilitarian rule maximises the sum of this over the selected
    /// projects.
    pub fn support(&self) -> Vec<u64> {
        let mut support = vec![0u64; self.projects.len()];
        for ballot in &self.ballots {
            for (k, &p) in ballot.projects.iter().enumerate() {
                support[p] += ballot.utility(k);
            }
        }
        support
    }

    /// Whether the file says what the city funded (a `selected` column on every project).
    pub fn has_selection(&self) -> bool {
        !self.projects.is_empty() && self.projects.iter().all(|p| p.selected.is_some())
    }

    /// A short title: META `description`, else the file name.
    pub fn title(&self) -> String {
        self.meta("description")
            .filter(|d| !d.trim().is_empty())
            .map(str::to_string)
            .unwrap_or_else(|| self.file.clone())
    }
}

/// Reads and checks the `.pb` file at `path`; messages name it as given.
pub fn load(path: &Path) -> Result<Election, InputError> {
    let label = path.display().to_string();
    let tr = input_tr();
    let bytes = std::fs::read(path).map_err(|e| {
        let (message, fix) = if e.kind() == std::io::ErrorKind::NotFound {
            (t!(tr, "in-pb-missing"), t!(tr, "in-pb-missing-fix"))
        } else {
            (
                t!(tr, "in-file-unreadable", reason = io_reason(&e)),
                t!(tr, "in-pb-unreadable-fix"),
            )
        };
        InputError {
            problems: vec![InputProblem::in_file(&label, message, fix)],
        }
    })?;
    let text = String::from_utf8(bytes).map_err(|e| InputError {
        problems: vec![InputProblem::in_file(
            &label,
            t!(
                tr,
                "in-pb-not-utf8",
                position = e.utf8_error().valid_up_to().to_string()
            ),
            t!(tr, "in-pb-not-utf8-fix"),
        )],
    })?;
    parse(&text, &label)
}

/// Checks the text of a `.pb` file; `file` names it in messages.
pub fn parse(text: &str, file: &str) -> Result<Election, InputError> {
    sections::parse(text, file)
}
