//! A rule's outcome for a finance officer (a short table) and for machines (one JSON object).

use super::{Outcome, Rule};
use crate::format::number;
use crate::input::pabulib::Election;
use serde::Serialize;

/// Spending on one category with a budget of its own.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CategorySpending {
    /// The category.
    pub category: String,
    /// Its budget, in the file's currency.
    pub budget: f64,
    /// What the funded projects of the category cost together.
    pub spent: f64,
    /// True when `spent` is above `budget`.
    pub over: bool,
}

/// The outcome as written by `fundmix pb --json`. Money is in the file's currency (exact to
/// the cent; `*_cents` fields give whole cents).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OutcomeJson {
    /// The `.pb` file.
    pub file: String,
    /// META `description`, or the file name.
    pub description: String,
    /// The rule applied (`greedy`, `utilitarian`).
    pub rule: Rule,
    /// The vote type of the ballots.
    pub vote_type: &'static str,
    /// META `currency`, if given.
    pub currency: Option<String>,
    /// The total budget.
    pub budget: f64,
    /// Ids of the funded projects, as in the file, most votes first.
    pub selected: Vec<String>,
    /// Their total cost.
    pub total_cost: f64,
    /// Their total cost in cents.
    pub total_cost_cents: i64,
    /// Budget not spent.
    pub budget_left: f64,
    /// Total support of the funded projects (votes; points for cumulative and scoring ballots).
    pub total_support: u64,
    /// The rule the city used (META `rule`), if given.
    pub file_rule: Option<String>,
    /// Whether the rule funds exactly what the city funded (null: the file has no `selected`
    /// column).
    pub matches_file_selection: Option<bool>,
    /// Funded by the rule, not by the city.
    pub only_in_rule: Vec<String>,
    /// Funded by the city, not by the rule.
    pub only_in_file: Vec<String>,
    /// Per-category budgets of the file against the rule's spending (empty when none).
    pub category_budgets: Vec<CategorySpending>,
    /// Disagreements found in the file.
    pub notes: Vec<String>,
}

fn money(cents: i64) -> f64 {
    cents as f64 / 100.0
}

/// The outcome as one JSON-ready value.
pub fn outcome_json(election: &Election, outcome: &Outcome) -> OutcomeJson {
    let ids = |list: &[usize]| -> Vec<String> {
        list.iter()
            .map(|&p| election.projects[p].id.clone())
            .collect()
    };
    let comparison = outcome.comparison.as_ref();
    OutcomeJson {
        file: election.file.clone(),
        description: election.title(),
        rule: outcome.rule,
        vote_type: election.vote_type.as_str(),
        currency: election.currency.clone(),
        budget: money(election.budget_cents),
        selected: ids(&outcome.selected),
        total_cost: money(outcome.total_cost_cents),
        total_cost_cents: outcome.total_cost_cents,
        budget_left: money(election.budget_cents - outcome.total_cost_cents),
        total_support: outcome.total_support,
        file_rule: election.rule.clone(),
        matches_file_selection: comparison.map(|c| c.matches),
        only_in_rule: comparison.map_or_else(Vec::new, |c| ids(&c.only_rule)),
        only_in_file: comparison.map_or_else(Vec::new, |c| ids(&c.only_file)),
        category_budgets: category_spending(election, &outcome.selected),
        notes: election.notes.clone(),
    }
}

/// What the funded projects spend in each category that has a budget of its own.
pub fn category_spending(election: &Election, selected: &[usize]) -> Vec<CategorySpending> {
    election
        .category_budgets
        .iter()
        .map(|budget| {
            let spent: i64 = selected
                .iter()
                .map(|&p| &election.projects[p])
                .filter(|p| p.categories.contains(&budget.category))
                .map(|p| p.cost_cents)
                .sum();
            CategorySpending {
                category: budget.category.clone(),
                budget: money(budget.budget_cents),
                spent: money(spent),
                over: spent > budget.budget_cents,
            }
        })
        .collect()
}

/// The outcome as a short table: funded projects, cost, votes, total, budget left, and how it
/// compares with what the city funded.
pub fn outcome_text(election: &Election, outcome: &Outcome) -> String {
    let cents = election.projects.iter().any(|p| p.cost_cents % 100 != 0)
        || election.budget_cents % 100 != 0;
    let amount = |c: i64| number(money(c), if cents { 2 } else { 0 });
    let currency = election.currency.as_deref().unwrap_or("");
    let with_currency = |c: i64| format!("{} {currency}", amount(c)).trim_end().to_string();
    let points = election.vote_type.has_points();
    let support = election.support();
    let mut out = String::new();
    let mut line = |text: String| {
        out.push_str(&text);
        out.push('\n');
    };
    line(format!(
        "Election: {} ({})",
        election.title(),
        election.file
    ));
    line(format!("Rule:     {}", outcome.rule.describe()));
    line(format!(
        "Budget:   {}; {} projects, {} ballots ({})",
        with_currency(election.budget_cents),
        election.projects.len(),
        number(election.ballots.len() as f64, 0),
        election.vote_type.as_str()
    ));
    line(String::new());
    let cost_head = if currency.is_empty() {
        "Cost".to_string()
    } else {
        format!("Cost ({currency})")
    };
    let points_head = if points { "    Points" } else { "" };
    line(format!(
        "  {:<10} {:<44} {:>14} {:>8}{points_head}",
        "Project", "Name", cost_head, "Votes"
    ));
    let row = |p: usize| {
        let project = &election.projects[p];
        let points_cell = if points {
            format!(" {:>9}", number(support[p] as f64, 0))
        } else {
            String::new()
        };
        format!(
            "  {:<10} {:<44} {:>14} {:>8}{points_cell}",
            project.id,
            shorten(&project.name, 44),
            amount(project.cost_cents),
            number(project.votes as f64, 0)
        )
    };
    for &p in &outcome.selected {
        line(row(p));
    }
    let votes: u64 = outcome
        .selected
        .iter()
        .map(|&p| election.projects[p].votes)
        .sum();
    let points_total = if points {
        format!(" {:>9}", number(outcome.total_support as f64, 0))
    } else {
        String::new()
    };
    line(format!(
        "  {:<10} {:<44} {:>14} {:>8}{points_total}",
        "Total",
        format!("{} projects funded", outcome.selected.len()),
        amount(outcome.total_cost_cents),
        number(votes as f64, 0)
    ));
    line(format!(
        "Budget left: {}",
        with_currency(election.budget_cents - outcome.total_cost_cents)
    ));
    let spending = category_spending(election, &outcome.selected);
    if !spending.is_empty() {
        line(
            "Category budgets in the file (this rule applies the total budget only; \
             `fundmix import pabulib` models them):"
                .into(),
        );
    }
    for category in spending {
        let decimals = if cents { 2 } else { 0 };
        line(format!(
            "  {}: {} of {}{}",
            category.category,
            number(category.spent, decimals),
            format!("{} {currency}", number(category.budget, decimals)).trim_end(),
            if category.over { ", over" } else { "" }
        ));
    }
    let city_rule = election.rule.as_deref().unwrap_or("not stated");
    match &outcome.comparison {
        None => line("City's selection: the file does not say which projects were funded.".into()),
        Some(c) if c.matches => line(format!(
            "City's selection (rule {city_rule} in the file): the same {} projects.",
            outcome.selected.len()
        )),
        Some(c) => {
            line(format!(
                "City's selection (rule {city_rule} in the file): differs in {} project(s).",
                c.only_rule.len() + c.only_file.len()
            ));
            for (label, list) in [
                ("Funded here, not by the city:", &c.only_rule),
                ("Funded by the city, not here:", &c.only_file),
            ] {
                if !list.is_empty() {
                    line(format!("  {label}"));
                    for &p in list {
                        line(row(p));
                    }
                }
            }
        }
    }
    for note in &election.notes {
        line(format!("Note: {note}"));
    }
    out
}

/// At most `width` characters, ending in `…` when cut.
fn shorten(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        text.to_string()
    } else {
        let mut short: String = text.chars().take(width - 1).collect();
        short.push('…');
        short
    }
}
