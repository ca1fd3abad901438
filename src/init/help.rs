//! What goes in each column of the template workbook: the note on its header, whether it is
//! required, and the check Excel applies to what is typed below it.
//!
//! The texts say the same as the template folder's README.md, one column at a time.

use crate::domain::SourceKind;

/// The check Excel applies to a column's cells (empty cells always pass).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Rule {
    /// Free text.
    Text,
    /// A number, 0 or more (EUR, hours, impact units).
    NonNegative,
    /// A share from 0 to 1.
    Share,
    /// A whole number, 0 or more.
    Whole,
    /// `must` or `never`.
    Status,
    /// One of the source kinds.
    Kind,
    /// `true` or `false`.
    TrueFalse,
}

impl Rule {
    /// The words of a list rule, if it is one.
    pub fn list(self) -> Option<Vec<&'static str>> {
        match self {
            Rule::Status => Some(vec!["must", "never"]),
            Rule::Kind => Some(SourceKind::ALL.iter().map(|(name, _)| *name).collect()),
            Rule::TrueFalse => Some(vec!["true", "false"]),
            _ => None,
        }
    }

    /// What Excel says when a typed value breaks the rule.
    pub fn error(self) -> &'static str {
        match self {
            Rule::Text => "",
            Rule::NonNegative => "Enter a number, 0 or more, without units (EUR, hours).",
            Rule::Share => "Enter a share between 0 and 1 (85% = 0.85).",
            Rule::Whole => "Enter a whole number, 0 or more.",
            Rule::Status => "Choose must or never, or leave the cell empty.",
            Rule::Kind => "Choose own, eu, national, grant, private or other.",
            Rule::TrueFalse => "Choose true (must be met) or false (may fall short).",
        }
    }
}

/// Help for one column.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Help {
    /// The note on the header cell.
    pub note: String,
    /// True when the column must be present and filled.
    pub required: bool,
    /// The check on its cells.
    pub rule: Rule,
}

fn help(required: bool, rule: Rule, note: impl Into<String>) -> Help {
    let mut note = note.into();
    note.insert_str(0, if required { "Required. " } else { "Optional. " });
    Help {
        note,
        required,
        rule,
    }
}

/// `cost_2025` → ("cost", Some("2025")); `cost` → ("cost", None).
fn split_period<'a>(column: &'a str, prefix: &str) -> Option<Option<&'a str>> {
    if column == prefix {
        return Some(None);
    }
    column
        .strip_prefix(prefix)
        .and_then(|rest| rest.strip_prefix('_'))
        .map(Some)
}

/// "in 2025" for a period column, "over the whole plan" for a plain one.
fn when(period: Option<&str>) -> String {
    period.map_or("over the whole plan".into(), |p| format!("in {p}"))
}

/// The help for `column` of the sheet `table` (`actions`, `sources`, `partners`, `targets`,
/// `owners`).
pub(crate) fn column_help(table: &str, column: &str) -> Help {
    use Rule::*;
    let period_column = |prefix: &str| split_period(column, prefix);
    match (table, column) {
        (_, "id") => help(true, Text, "A unique short name (letters, digits, _), used in the other sheets and in the reports."),
        (_, "name") => help(false, Text, "A readable name for the reports. Empty: the id."),
        ("actions", "category") => help(false, Text, "A category such as skills or access. A source or partner can be made eligible for a whole category."),
        ("actions", "goal") => help(false, Text, "The SMART goal the action serves, e.g. G1."),
        ("actions", _) if period_column("cost").is_some() => {
            let period = period_column("cost").flatten();
            help(true, NonNegative, format!("Cost of the action at full scale {}, in EUR. One cost_<year> column per year: these names set the years of the whole workbook (a plain 'cost' column means one period).", when(period)))
        }
        ("actions" | "partners", _) if period_column("staff_hours").is_some() => {
            let period = period_column("staff_hours").flatten();
            let what = if table == "actions" {
                "Municipal staff hours the action needs"
            } else {
                "Staff hours the partner gives (they relieve municipal staff)"
            };
            help(false, NonNegative, format!("{what} {}, in hours. Empty: 0.", when(period)))
        }
        ("actions", "min_scale") => help(false, Share, "1 = all or nothing; 0.5 = may be funded at any scale from half to full (cost, hours and impact scale with it). A share above 0 and at most 1. Empty: 1."),
        ("actions", _) if column.starts_with("impact_") => {
            let indicator = &column["impact_".len()..];
            help(true, NonNegative, format!("What the action achieves at full scale for the indicator '{indicator}' (a count, 0 or more). At least one impact_<indicator> column is needed; add one column per indicator. Empty: 0."))
        }
        ("actions", "requires") => help(false, Text, "Ids of actions that must also be funded when this one is, separated by ; (e.g. coordinator)."),
        ("actions", "excludes") => help(false, Text, "Ids of alternatives that are never funded together with this one, separated by ;."),
        ("actions", "status") => help(false, Status, "must (must be funded), never (left out), or empty (fundmix decides)."),
        ("actions", "latest_start") => help(false, Text, "The last year the action may start in (e.g. 2026): fundmix may move its costs and staff hours, whole, later up to this start when that lets the plan fund more. Empty: it runs as written."),
        ("actions", "deadline") => help(false, Text, "The last year the action may end in (e.g. 2027). Empty: the plan's last year."),
        ("actions", "owner") => help(false, Text, "Who carries the action: an id of the owners sheet (a department, whose staff hours are then checked) or of the partners sheet. Empty: not said."),
        ("sources", "spend_by") => help(false, Text, "The last year this source's money may be spent in (the n+2 or n+3 rule of EU programmes). Empty: any year."),
        ("owners", _) if period_column("hours").is_some() => {
            // A plain `hours` column is the same in every period, not a total.
            let when = period_column("hours").flatten().map_or("in every year".into(), |p| format!("in {p}"));
            help(true, NonNegative, format!("Staff hours the owner has {when}, in hours."))
        }
        ("sources", "kind") => help(false, Kind, "own (the municipality's own budget), eu, national, grant, private or other. Own money is what the plan saves with min-own-cost and what leverage is counted against. Empty: other."),
        ("sources", "budget") => help(false, NonNegative, "Total available over the whole plan, in EUR. Give a total, a cap for every year (budget_<year>), or both."),
        ("sources", _) if period_column("budget").is_some() => {
            let period = period_column("budget").flatten();
            help(false, NonNegative, format!("The most this source can give {}, in EUR. Give a total (budget), a cap for every year, or both.", when(period)))
        }
        ("sources", "max_share") => help(false, Share, "The largest share of an action's total cost this source may pay: the co-financing rate, 0.85 = 85%. Empty: 1."),
        ("sources" | "partners", "eligible") => help(false, Text, "Categories and/or action ids it may fund, separated by ; (e.g. skills;coordination). Empty: every action."),
        ("sources", "min_grant") => help(false, NonNegative, "If it funds an action at all, it gives at least this much to it, in EUR. Empty: no minimum."),
        ("sources", "award_probability") => help(false, Share, "The chance that this money arrives, between 0 and 1 (a call approved 6 times in 10: 0.6). fundmix robust draws it; a plain solve counts on the money. Empty: 1, certain."),
        ("sources", "award_group") => help(false, Text, "Sources with the same group are awarded or rejected together (two measures of one call). Empty: decided on its own."),
        ("partners", "commitment_probability") => help(false, Share, "The chance that the partner's cash and hours arrive, between 0 and 1. fundmix robust draws it. Empty: 1, certain."),
        ("sources", "max_grant") => help(false, NonNegative, "It gives at most this much to one action, in EUR. Empty: no maximum."),
        ("partners", _) if period_column("cash").is_some() => {
            let period = period_column("cash").flatten();
            help(false, NonNegative, format!("Cash the partner offers {}, in EUR. Empty: 0.", when(period)))
        }
        ("partners", "max_actions") => help(false, Whole, "The most actions the partner will join. Empty: no limit."),
        ("targets", "indicator") => help(true, Text, "An indicator name, as after impact_ in the actions sheet (e.g. people_trained)."),
        ("targets", "min") => help(true, NonNegative, "The level to reach, in the indicator's units."),
        ("targets", "hard") => help(false, TrueFalse, "true: the plan must meet it; false: it may fall short, at the penalty. Empty: true."),
        ("targets", "penalty") => help(false, NonNegative, "Objective units lost per unit of shortfall of a soft target (0 = the shortfall is only reported). Empty: 0."),
        _ => help(false, Text, "A column of your own (notes, a contact person): fundmix does not read it."),
    }
}

/// The check on a scenario value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum KeyRule {
    /// Free text.
    Text,
    /// `max-impact` or `min-own-cost`.
    Objective,
    /// A number, 0 or more.
    NonNegative,
}

/// What each scenario key means.
pub(crate) fn scenario_note(key: &str) -> (String, KeyRule) {
    match key {
        "name" => ("A short name for the plan; reports go to reports/<name>/ unless you give --out.".into(), KeyRule::Text),
        "objective" => ("max-impact: fund what achieves the most (weighted) impact within the money. min-own-cost: spend the least municipal money that still meets every rule and target.".into(), KeyRule::Objective),
        "staff_capacity" => ("Municipal staff hours available in each year. Empty (or no row): no staff limit. To give a year its own limit, add a row staff_capacity.<year> (e.g. staff_capacity.2026).".into(), KeyRule::NonNegative),
        _ => match key.strip_prefix("weights.") {
            Some(indicator) => (format!("How much one unit of '{indicator}' is worth in the objective (0 or more). Indicators without a row weigh 1."), KeyRule::NonNegative),
            None => match key.strip_prefix("staff_capacity.") {
                Some(period) => (format!("Municipal staff hours available in {period}."), KeyRule::NonNegative),
                None => ("A setting fundmix does not know.".into(), KeyRule::Text),
            },
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn period_columns_name_their_year() {
        let cost = column_help("actions", "cost_2026");
        assert!(cost.required && cost.note.contains("in 2026") && cost.rule == Rule::NonNegative);
        let plain = column_help("actions", "cost");
        assert!(plain.note.contains("over the whole plan"));
        let hours = column_help("partners", "staff_hours_2025");
        assert!(!hours.required && hours.note.contains("partner gives"));
        assert_eq!(column_help("actions", "costs").rule, Rule::Text);
        assert_eq!(
            column_help("actions", "status").rule.list(),
            Some(vec!["must", "never"])
        );
        assert!(column_help("targets", "hard")
            .note
            .starts_with("Optional. "));
        assert!(column_help("actions", "latest_start")
            .note
            .contains("move its costs"));
        assert!(column_help("owners", "hours_2026").note.contains("in 2026"));
    }
}
