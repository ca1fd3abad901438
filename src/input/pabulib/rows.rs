//! PROJECTS and VOTES rows → [`Project`]s and [`Ballot`]s, and each project's vote count from
//! the ballots.

use super::fields::{parse_cents, parse_whole, shorten, split_list, Report, Section};
use super::{Ballot, Election, Project, VoteType};
use crate::i18n::input_tr;
use crate::t;
use std::collections::HashMap;

/// Reads PROJECTS. The id is the `project_id` column, else the first column (pabutools reads
/// the first column whatever its name). `cost` is required; `votes` too when the file has no
/// VOTES section.
pub(super) fn read_projects(
    section: &Section,
    has_ballots: bool,
    report: &mut Report,
) -> Vec<Project> {
    let tr = input_tr();
    let header_ok = check_header(section, "PROJECTS", report);
    let id_column = section.column("project_id").unwrap_or(0);
    let cost_column = section.column("cost");
    let votes_column = section.column("votes");
    if header_ok && cost_column.is_none() {
        report.at(
            section.header_line,
            None,
            t!(tr, "in-pb-no-cost-column"),
            t!(tr, "in-pb-no-cost-column-fix"),
        );
    }
    if header_ok && !has_ballots && votes_column.is_none() {
        report.at(
            section.header_line,
            None,
            t!(tr, "in-pb-no-support"),
            t!(tr, "in-pb-no-support-fix"),
        );
    }
    if !header_ok || cost_column.is_none() {
        return Vec::new();
    }
    let name_column = section.column("name").filter(|&c| c != id_column);
    let category_column = section
        .column("category")
        .or_else(|| section.column("categories"));
    let score_column = section.column("score");
    let selected_column = section.column("selected");
    let id_name = section.header[id_column].clone();
    let mut projects: Vec<Project> = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (line, fields) in &section.rows {
        let line = *line;
        if !row_fits(section, line, fields, report) {
            continue;
        }
        let cell = |c: Option<usize>| c.and_then(|c| fields.get(c)).map_or("", String::as_str);
        let id = cell(Some(id_column)).to_string();
        if id.is_empty() {
            report.at(
                line,
                Some(&id_name),
                t!(tr, "in-pb-no-id"),
                t!(tr, "in-pb-no-id-fix"),
            );
            continue;
        }
        if let Some(first) = seen.insert(id.clone(), line) {
            report.at(
                line,
                Some(&id_name),
                t!(
                    tr,
                    "in-pb-id-twice",
                    id = id.as_str(),
                    line = first.to_string()
                ),
                t!(tr, "in-pb-id-twice-fix"),
            );
            continue;
        }
        let cost_cents = parse_cents(cell(cost_column))
            .map_err(|m| report.at(line, Some("cost"), m, t!(tr, "in-pb-cost-fix")))
            .unwrap_or(0);
        let file_votes = match cell(votes_column) {
            "" if votes_column.is_some() && !has_ballots => {
                report.at(
                    line,
                    Some("votes"),
                    t!(tr, "in-pb-votes-empty"),
                    t!(tr, "in-pb-votes-empty-fix"),
                );
                None
            }
            "" => None,
            text => parse_whole(text)
                .map_err(|m| report.at(line, Some("votes"), m, t!(tr, "in-pb-votes-fix")))
                .ok(),
        };
        let selected = match cell(selected_column) {
            "" => None,
            "1" | "1.0" => Some(true),
            "0" | "0.0" => Some(false),
            other => {
                report.at(
                    line,
                    Some("selected"),
                    t!(tr, "in-pb-selected-bad", value = other),
                    t!(tr, "in-pb-selected-bad-fix"),
                );
                None
            }
        };
        projects.push(Project {
            id,
            name: cell(name_column).to_string(),
            cost_cents,
            votes: file_votes.unwrap_or(0),
            file_votes,
            file_score: Some(cell(score_column).to_string()).filter(|s| !s.is_empty()),
            categories: split_list(cell(category_column))
                .into_iter()
                .map(str::to_string)
                .collect(),
            selected,
            line,
        });
    }
    if projects.is_empty() && report.problems.is_empty() {
        report.at(
            section.line,
            None,
            t!(tr, "in-pb-no-projects"),
            t!(tr, "in-pb-no-projects-fix"),
        );
    }
    projects
}

/// Reads VOTES: one ballot per line, the `vote` column a comma-separated list of project ids
/// and, for cumulative and scoring votes, `points` a parallel list of whole numbers.
pub(super) fn read_ballots(
    section: &Section,
    vote_type: VoteType,
    projects: &[Project],
    report: &mut Report,
) -> Vec<Ballot> {
    if section.rows.is_empty() || !check_header(section, "VOTES", report) {
        return Vec::new();
    }
    let tr = input_tr();
    let vote_column = section.column("vote");
    let points_column = section.column("points");
    let voter_column = section.column("voter_id");
    if vote_column.is_none() {
        report.at(
            section.header_line,
            None,
            t!(tr, "in-pb-no-vote-column"),
            t!(tr, "in-pb-no-vote-column-fix"),
        );
        return Vec::new();
    }
    if vote_type.has_points() && points_column.is_none() {
        report.at(
            section.header_line,
            None,
            t!(tr, "in-pb-no-points-column", vote_type = vote_type.as_str()),
            t!(tr, "in-pb-no-points-column-fix"),
        );
        return Vec::new();
    }
    let index: HashMap<&str, usize> = projects
        .iter()
        .enumerate()
        .map(|(i, p)| (p.id.as_str(), i))
        .collect();
    let mut ballots = Vec::with_capacity(section.rows.len());
    for (line, fields) in &section.rows {
        let line = *line;
        if !row_fits(section, line, fields, report) {
            continue;
        }
        let cell = |c: Option<usize>| c.and_then(|c| fields.get(c)).map_or("", String::as_str);
        let mut ok = true;
        let mut listed: Vec<usize> = Vec::new();
        for id in split_list(cell(vote_column)) {
            match index.get(id) {
                None => {
                    ok = false;
                    report.at(
                        line,
                        Some("vote"),
                        t!(tr, "in-pb-unknown-project", id = id),
                        t!(tr, "in-pb-unknown-project-fix"),
                    );
                }
                Some(&p) if listed.contains(&p) => {
                    ok = false;
                    report.at(
                        line,
                        Some("vote"),
                        t!(tr, "in-pb-project-twice", id = id),
                        t!(tr, "in-pb-project-twice-fix"),
                    );
                }
                Some(&p) => listed.push(p),
            }
        }
        if vote_type == VoteType::ChooseOne && listed.len() > 1 {
            ok = false;
            report.at(
                line,
                Some("vote"),
                t!(tr, "in-pb-choose-one", count = listed.len()),
                t!(tr, "in-pb-choose-one-fix"),
            );
        }
        let points = if vote_type.has_points() {
            let texts = split_list(cell(points_column));
            if texts.len() != split_list(cell(vote_column)).len() {
                ok = false;
                report.at(
                    line,
                    Some("points"),
                    t!(
                        tr,
                        "in-pb-points-count",
                        projects = split_list(cell(vote_column)).len(),
                        points = texts.len()
                    ),
                    t!(tr, "in-pb-points-count-fix"),
                );
            }
            let mut points = Vec::with_capacity(texts.len());
            for text in texts {
                match parse_whole(text) {
                    Ok(p) => points.push(p),
                    Err(m) => {
                        ok = false;
                        report.at(line, Some("points"), m, t!(tr, "in-pb-points-fix"));
                    }
                }
            }
            points
        } else {
            Vec::new()
        };
        if ok {
            ballots.push(Ballot {
                voter_id: Some(cell(voter_column).to_string()).filter(|v| !v.is_empty()),
                projects: listed,
                points,
                line,
            });
        }
    }
    ballots
}

/// Sets each project's `votes` to the number of ballots listing it (when the file has a VOTES
/// section), and notes where the PROJECTS `votes` column says otherwise.
pub(super) fn count_votes(election: &mut Election, has_ballots: bool) {
    if !has_ballots {
        return;
    }
    let mut counts = vec![0u64; election.projects.len()];
    for ballot in &election.ballots {
        for &p in &ballot.projects {
            counts[p] += 1;
        }
    }
    let mut differ = Vec::new();
    for (project, count) in election.projects.iter_mut().zip(counts) {
        if let Some(file) = project.file_votes.filter(|&v| v != count) {
            differ.push(format!(
                "{}: {} in the column, {} ballots",
                project.id, file, count
            ));
        }
        project.votes = count;
    }
    if !differ.is_empty() {
        let shown = differ.len().min(5);
        election.notes.push(format!(
            "the PROJECTS votes column differs from the count of ballots for {} project(s) ({}{}); \
             fundmix counts the ballots",
            differ.len(),
            differ[..shown].join("; "),
            if differ.len() > shown { "; …" } else { "" }
        ));
    }
}

/// Checks a section's header: present, no column named twice.
fn check_header(section: &Section, name: &str, report: &mut Report) -> bool {
    let tr = input_tr();
    if section.header.is_empty() || section.header.iter().all(String::is_empty) {
        report.at(
            section.line,
            None,
            t!(tr, "in-pb-no-header", section = name),
            t!(tr, "in-pb-no-header-fix"),
        );
        return false;
    }
    let mut ok = true;
    for (i, column) in section.header.iter().enumerate() {
        if section.header[..i].contains(column) {
            ok = false;
            report.at(
                section.header_line,
                Some(column),
                t!(tr, "in-pb-column-twice", section = name, column = column),
                t!(tr, "in-pb-column-twice-fix"),
            );
        }
    }
    ok
}

/// A data line may have fewer fields than the header (missing cells are empty), not more
/// (empty fields at the end do not count).
fn row_fits(section: &Section, line: usize, fields: &[String], report: &mut Report) -> bool {
    let used = fields.len() - fields.iter().rev().take_while(|f| f.is_empty()).count();
    if used <= section.header.len() {
        return true;
    }
    let tr = input_tr();
    report.at(
        line,
        None,
        t!(
            tr,
            "in-pb-too-many-fields",
            fields = fields.len(),
            columns = section.header.len(),
            text = shorten(&fields.join(";"))
        ),
        t!(tr, "in-pb-too-many-fields-fix"),
    );
    false
}
