//! The three sections of a `.pb` file, and META: the budget, the vote type and the per-category
//! budgets. PROJECTS and VOTES rows are read in [`super::rows`].

use super::fields::{parse_cents, parse_whole, shorten, split_fields, split_list, Report, Section};
use super::rows;
use super::{CategoryBudget, Election, VoteType};
use crate::error::{InputError, InputProblem, Problems};
use crate::i18n::input_tr;
use crate::input::near::likely_misspelt_name;
use crate::t;

/// The sections a `.pb` file has, in the order they must come.
const SECTIONS: [&str; 3] = ["META", "PROJECTS", "VOTES"];

pub(super) fn parse(text: &str, file: &str) -> Result<Election, InputError> {
    let mut report = Report {
        file,
        problems: Problems::default(),
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let [meta, projects, votes] = split_sections(text, &mut report);
    let (Some(meta), Some(projects)) = (meta, projects) else {
        return Err(report.problems.into_error());
    };
    let header = read_meta(&meta, &mut report);
    let vote_type = header.vote_type.unwrap_or(VoteType::Approval);
    let projects = rows::read_projects(&projects, votes.is_some(), &mut report);
    let ballots = votes
        .as_ref()
        .map(|votes| rows::read_ballots(votes, vote_type, &projects, &mut report));
    let category_budgets = category_budgets(&meta, &header.meta, &projects, &mut report);
    let notes = report.problems.take_notes();
    if !report.problems.is_empty() {
        return Err(report.problems.into_error());
    }
    let Some(budget_cents) = header.budget_cents else {
        return Err(report.problems.into_error());
    };
    let mut election = Election {
        file: file.to_string(),
        meta: header.meta,
        budget_cents,
        vote_type,
        rule: None,
        currency: None,
        projects,
        ballots: ballots.unwrap_or_default(),
        category_budgets,
        notes,
    };
    election.rule = election.meta("rule").map(str::to_string);
    election.currency = election.meta("currency").map(str::to_string);
    rows::count_votes(&mut election, votes.is_some());
    declared_counts(&mut election);
    Ok(election)
}

/// Splits the text into its sections. A section starts at a line whose first field is its name
/// (any case); the next non-blank line is its header. Blank lines are skipped.
fn split_sections(text: &str, report: &mut Report) -> [Option<Section>; 3] {
    let mut sections: [Option<Section>; 3] = [None, None, None];
    let mut current: Option<usize> = None;
    let mut awaiting_header = false;
    let tr = input_tr();
    for (index, raw) in text.split('\n').enumerate() {
        let number = index + 1;
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        let fields = match split_fields(raw) {
            Ok(fields) => fields,
            Err(message) => {
                report.at(number, None, message, t!(tr, "in-pb-fix-quotes"));
                continue;
            }
        };
        if fields.iter().all(String::is_empty) {
            continue;
        }
        let first = fields[0].to_uppercase();
        if let Some(k) = SECTIONS.iter().position(|s| *s == first) {
            if sections[k].is_some() {
                report.at(
                    number,
                    None,
                    t!(tr, "in-pb-section-twice", section = SECTIONS[k]),
                    t!(tr, "in-pb-section-twice-fix"),
                );
            } else if current.is_some_and(|c| c > k) {
                report.at(
                    number,
                    None,
                    t!(tr, "in-pb-section-order", section = SECTIONS[k]),
                    t!(tr, "in-pb-section-order-fix"),
                );
            }
            sections[k] = Some(Section {
                line: number,
                header_line: number,
                ..Section::default()
            });
            current = Some(k);
            awaiting_header = true;
            continue;
        }
        let Some(k) = current else {
            report.at(
                number,
                None,
                t!(tr, "in-pb-before-sections", text = shorten(raw)),
                t!(tr, "in-pb-before-sections-fix"),
            );
            continue;
        };
        let section = sections[k].as_mut().expect("current section exists");
        // META's header line is `key;value`; some files leave it out.
        if awaiting_header && k == 0 && !fields[0].eq_ignore_ascii_case("key") {
            awaiting_header = false;
        }
        if awaiting_header {
            section.header = fields;
            section.header_line = number;
            awaiting_header = false;
        } else {
            section.rows.push((number, fields));
        }
    }
    for (k, name) in SECTIONS.iter().enumerate().take(2) {
        if sections[k].is_none() {
            report.file(
                t!(tr, "in-pb-no-section", section = *name),
                t!(tr, "in-pb-no-section-fix"),
            );
        }
    }
    sections
}

/// What META says that fundmix needs, and all of it in order.
struct MetaHeader {
    meta: Vec<(String, String)>,
    budget_cents: Option<i64>,
    vote_type: Option<VoteType>,
}

fn read_meta(section: &Section, report: &mut Report) -> MetaHeader {
    let mut meta: Vec<(String, String)> = Vec::new();
    let mut lines: Vec<usize> = Vec::new();
    let tr = input_tr();
    for (line, fields) in &section.rows {
        let key = fields[0].clone();
        if fields.len() < 2 {
            report.at(
                *line,
                Some(&key),
                t!(tr, "in-pb-meta-no-value", key = key.as_str()),
                t!(tr, "in-pb-meta-no-value-fix"),
            );
            continue;
        }
        // An unquoted ';' inside a value: keep the rest of the line as the value.
        let value = fields[1..].join(";").trim_end_matches(';').to_string();
        if let Some(k) = meta.iter().position(|(k, _)| *k == key) {
            report.at(
                *line,
                Some(&key),
                t!(
                    tr,
                    "in-pb-meta-twice",
                    key = key.as_str(),
                    line = lines[k].to_string()
                ),
                t!(tr, "in-pb-keep-one-line"),
            );
            continue;
        }
        meta.push((key, value));
        lines.push(*line);
    }
    let find = |key: &str| meta.iter().position(|(k, _)| k == key);
    let header_line = section.line;
    let budget_cents = match find("budget") {
        None => {
            report.at(
                header_line,
                None,
                t!(tr, "in-pb-no-budget"),
                t!(tr, "in-pb-no-budget-fix"),
            );
            None
        }
        Some(k) => parse_cents(&meta[k].1)
            .map_err(|message| {
                report.at(
                    lines[k],
                    Some("budget"),
                    message,
                    t!(tr, "in-pb-budget-fix"),
                )
            })
            .ok(),
    };
    let vote_type = match find("vote_type") {
        None => {
            report.at(
                header_line,
                None,
                t!(tr, "in-pb-no-vote-type"),
                t!(tr, "in-pb-no-vote-type-fix"),
            );
            None
        }
        Some(k) => {
            let parsed = VoteType::parse(&meta[k].1);
            if parsed.is_none() {
                report.at(
                    lines[k],
                    Some("vote_type"),
                    t!(tr, "in-pb-bad-vote-type", value = meta[k].1.as_str()),
                    t!(tr, "in-pb-bad-vote-type-fix"),
                );
            }
            parsed
        }
    };
    MetaHeader {
        meta,
        budget_cents,
        vote_type,
    }
}

/// META `categories` and `budget_per_category`: two parallel comma-separated lists.
fn category_budgets(
    section: &Section,
    meta: &[(String, String)],
    projects: &[super::Project],
    report: &mut Report,
) -> Vec<CategoryBudget> {
    let line_of = |key: &str| {
        section
            .rows
            .iter()
            .find(|(_, f)| f[0] == key)
            .map_or(1, |(l, _)| *l)
    };
    let value = |key: &str| meta.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str());
    let Some(amounts) = value("budget_per_category") else {
        return Vec::new();
    };
    let line = line_of("budget_per_category");
    let tr = input_tr();
    let Some(names) = value("categories") else {
        report.at(
            line,
            Some("budget_per_category"),
            t!(tr, "in-pb-no-categories"),
            t!(tr, "in-pb-no-categories-fix"),
        );
        return Vec::new();
    };
    let names = split_list(names);
    let amounts = split_list(amounts);
    if names.len() != amounts.len() {
        report.at(
            line,
            Some("budget_per_category"),
            t!(
                tr,
                "in-pb-category-count",
                amounts = amounts.len(),
                names = names.len()
            ),
            t!(tr, "in-pb-category-count-fix"),
        );
        return Vec::new();
    }
    let mut budgets = Vec::new();
    for (name, amount) in names.iter().zip(&amounts) {
        match parse_cents(amount) {
            Ok(budget_cents) => budgets.push(CategoryBudget {
                category: name.to_string(),
                budget_cents,
            }),
            Err(message) => report.at(
                line,
                Some("budget_per_category"),
                t!(tr, "in-pb-category-amount", name = *name, problem = message),
                t!(tr, "in-pb-category-amount-fix"),
            ),
        }
        if !projects
            .iter()
            .any(|p| p.categories.iter().any(|c| c == name))
        {
            unused_category(name, &names, projects, line_of("categories"), report);
        }
    }
    budgets
}

/// A category with a budget but no project in it. The Pabulib format allows it (the cap then
/// limits nothing) and pabutools reads it: a note. When the name is a letter or two from a
/// project category that has no budget of its own, it is most likely that category misspelt,
/// and reading it as written would leave those projects uncapped: an error.
fn unused_category(
    name: &str,
    names: &[&str],
    projects: &[super::Project],
    line: usize,
    report: &mut Report,
) {
    let tr = input_tr();
    let mut uncapped: Vec<&str> = Vec::new();
    for category in projects.iter().flat_map(|p| &p.categories) {
        if !names.contains(&category.as_str()) && !uncapped.contains(&category.as_str()) {
            uncapped.push(category);
        }
    }
    match likely_misspelt_name(name, uncapped) {
        Some(meant) => report.at(
            line,
            Some("categories"),
            t!(tr, "in-pb-category-typo", name = name, meant = meant),
            t!(tr, "in-pb-category-typo-fix", meant = meant),
        ),
        None => report.problems.note(
            InputProblem::in_file(
                report.file,
                t!(tr, "in-pb-category-unused", name = name),
                t!(tr, "in-pb-category-unused-fix"),
            )
            .at_row(line)
            .at_column("categories"),
        ),
    }
}

/// Notes where META `num_projects` or `num_votes` disagree with the file's rows.
fn declared_counts(election: &mut Election) {
    let checks = [
        ("num_projects", election.projects.len(), "projects"),
        ("num_votes", election.ballots.len(), "ballots"),
    ];
    let mut notes = Vec::new();
    for (key, actual, what) in checks {
        if let Some(declared) = election.meta(key).and_then(|v| parse_whole(v).ok()) {
            if declared != actual as u64 && !(what == "ballots" && actual == 0) {
                notes.push(format!(
                    "META {key} says {declared}, but the file has {actual} {what}; fundmix uses the {what} in the file"
                ));
            }
        }
    }
    election.notes.extend(notes);
}
