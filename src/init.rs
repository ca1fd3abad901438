//! `fundmix init DIR`: a template plan folder and scenario file for a new user to fill in.
//!
//! The tables hold a few example rows that solve as they are; `README.md` in the folder
//! explains every column, and the scenario file explains every setting in comments.
//! [`xlsx`] writes the same template as one Excel workbook.

mod help;
pub mod xlsx;

use crate::error::{OutputError, OutputResult as Result};
use std::fs;
use std::path::Path;

const ACTIONS: &str = "\
id,name,category,goal,cost_2025,cost_2026,staff_hours_2025,staff_hours_2026,min_scale,impact_people_trained,impact_access_points,requires,excludes,status
coordinator,Digital inclusion coordinator,coordination,G1,30000,30000,200,200,1,0,0,,,must
senior_courses,Digital skills courses for seniors,skills,G1,20000,25000,300,300,0.5,400,0,coordinator,,
access_points,Public internet access points in parishes,access,G2,60000,10000,150,50,1,0,6,,,
";

const SOURCES: &str = "\
id,name,kind,budget,budget_2025,budget_2026,max_share,eligible,min_grant,max_grant
municipal,Municipal budget,own,,60000,60000,1,,,
esf_plus,ESF+ (85% co-financing),eu,80000,,,0.85,skills;coordination,,
erdf,ERDF (85% co-financing),eu,70000,,,0.85,access,,
";

const PARTNERS: &str = "\
id,name,cash_2025,cash_2026,staff_hours_2025,staff_hours_2026,eligible,max_actions
library,Library network,0,0,200,200,skills,1
";

const TARGETS: &str = "\
indicator,min,hard,penalty
people_trained,200,true,
access_points,6,false,50
";

const SCENARIO: &str = r#"# A fundmix scenario: which plan to solve and how to judge it.
# Solve it with:  fundmix solve scenario.toml

# A short name; reports go to reports/<name>/ unless you give --out.
name = "My plan"

# The plan folder (actions.csv, sources.csv, partners.csv, targets.csv), relative to this file.
plan = "plan"

# "max-impact": fund the actions that achieve the most (weighted) impact within the money.
# "min-own-cost": spend the least municipal money that still meets every rule and target.
objective = "max-impact"

# Municipal staff hours available per period. One number applies to every period;
# a table gives each period its own: staff_capacity = { "2025" = 600, "2026" = 500 }.
# Leave it out for no staff limit.
staff_capacity = 600

# How much one unit of each indicator is worth (default 1). Names as after "impact_".
[weights]
people_trained = 1.0
access_points = 50.0
"#;

const README: &str = r#"# Your fundmix plan

Fill in the four tables in `plan/` (any spreadsheet can save CSV; keep the header row), set the
scenario in `scenario.toml`, then run `fundmix check scenario.toml` and `fundmix solve scenario.toml`.
Money is in EUR, time in staff hours. Periods come from the column names: `cost_2025`,
`cost_2026` define the periods 2025 and 2026 (a plain `cost` column means a single period), and
every other table must use the same periods. Lists are separated by `;`. Empty cells take the
default. Every row needs as many cells as the header (a text containing a comma goes in double
quotes); blank rows are ignored; you may add columns of your own (notes, a contact person), but
a name that is one or two letters away from a known column is taken for a typo and reported.

## plan/actions.csv (required) — the candidate actions
| column | meaning | default |
|---|---|---|
| `id` | unique short name (required) | |
| `name`, `category`, `goal` | readable name; category (used by `eligible`); the SMART goal served | empty |
| `cost` or `cost_<period>` | cost at full scale (required) | 0 |
| `staff_hours` or `staff_hours_<period>` | municipal staff hours needed | 0 |
| `min_scale` | 1 = all or nothing; 0.5 = may be funded at any scale from half to full (cost, hours and impact scale with it) | 1 |
| `impact_<indicator>` | what the action achieves at full scale; at least one such column | 0 |
| `<column>_low`, `<column>_high` | beside a cost or impact column (`cost_low`/`cost_high` for the total cost, `cost_<period>_low`, `impact_<indicator>_low`): the lowest and highest value expected when it is uncertain; the column's own value is then the most likely one (`fundmix robust` draws it) | certain |
| `requires` | ids of actions that must also be funded | none |
| `excludes` | ids of alternatives that can never be funded together with it | none |
| `status` | `must` (must be funded), `never`, or empty | empty |
| `latest_start` | the last period it may start in: the optimiser may move its costs and staff hours, whole, later up to this start when that lets the plan fund more | runs as written |
| `deadline` | the last period it may end in | the plan's end |
| `owner` | who carries it: an `id` of `owners.csv` (its staff hours are then checked) or of `partners.csv` | not said |

## plan/sources.csv (required) — the funding sources
| column | meaning | default |
|---|---|---|
| `id`, `name` | unique short name; readable name | |
| `kind` | `own` (the municipality's own budget), `eu`, `national`, `grant`, `private`, `other` | other |
| `budget` | total available over the whole plan | |
| `budget_<period>` | cap per period (give `budget`, or a cap for every period, or both) | |
| `max_share` | largest share of an action's total cost it may pay (co-financing rate: 0.85 = 85%) | 1 |
| `eligible` | categories and/or action ids it may fund | all actions |
| `min_grant`, `max_grant` | if it funds an action at all, its contribution lies between these | none |
| `award_probability` | the chance the money arrives (0.6 = 6 times in 10; used by `fundmix robust`) | 1 |
| `award_group` | sources with the same group are awarded or rejected together | on its own |
| `spend_by` | the last period its money may be spent in (the n+2 or n+3 rule of EU programmes) | any period |

## plan/partners.csv (optional) — partners offering cash or staff time
| column | meaning | default |
|---|---|---|
| `id`, `name` | unique short name; readable name | |
| `cash` or `cash_<period>` | cash offered (a plain `cash` column is one amount for the whole plan) | 0 |
| `staff_hours` or `staff_hours_<period>` | in-kind hours that relieve municipal staff | 0 |
| `eligible` | categories and/or action ids it may join | all actions |
| `max_actions` | the most actions it will join | no limit |
| `commitment_probability` | the chance its cash and hours arrive (used by `fundmix robust`) | 1 |

## plan/targets.csv (optional) — SMART targets
| column | meaning | default |
|---|---|---|
| `indicator` | an indicator name, as after `impact_` | |
| `min` | the level to reach | |
| `hard` | `true`: must be met; `false`: may fall short at a cost | true |
| `penalty` | objective units lost per unit of shortfall of a soft target (0 = reported only) | 0 |

## plan/owners.csv (optional) — who carries the actions, and their staff hours
| column | meaning | default |
|---|---|---|
| `id`, `name` | unique short name, as the `owner` column of actions.csv names it; readable name | |
| `hours` or `hours_<period>` | the staff hours the owner has (a plain `hours` column: the same in every period) | |

With a `latest_start` or `owner` in the plan, the report adds a timeline (`timeline.csv`, a Gantt
chart, each owner's hours against what it has).
"#;

/// The example tables: (sheet name, CSV text with a header row). The CSV template and the
/// template workbook both hold these rows; no cell holds a comma or a quote.
pub(crate) fn example_tables() -> [(&'static str, &'static str); 4] {
    [
        ("actions", ACTIONS),
        ("sources", SOURCES),
        ("partners", PARTNERS),
        ("targets", TARGETS),
    ]
}

/// The example scenario's settings as rows of the workbook's `scenario` sheet: `name`,
/// `objective`, `staff_capacity` and one `weights.<indicator>` row per weight (the plan folder,
/// `plan`, is the workbook itself).
pub(crate) fn example_scenario() -> Result<Vec<(String, xlsx::Value)>> {
    use xlsx::Value;
    let table: toml::Table = toml::from_str(SCENARIO).map_err(|e| OutputError::Build {
        what: "the example scenario is not TOML".into(),
        detail: e.to_string(),
    })?;
    let mut rows = Vec::new();
    for (key, value) in &table {
        match value {
            toml::Value::String(text) if key != "plan" => {
                rows.push((key.clone(), Value::Text(text.clone())));
            }
            toml::Value::Integer(n) => rows.push((key.clone(), Value::Number(*n as f64))),
            toml::Value::Float(x) => rows.push((key.clone(), Value::Number(*x))),
            toml::Value::Table(weights) => {
                for (indicator, weight) in weights {
                    let weight = weight.as_float().or(weight.as_integer().map(|n| n as f64));
                    if let Some(weight) = weight {
                        rows.push((format!("{key}.{indicator}"), Value::Number(weight)));
                    }
                }
            }
            _ => {}
        }
    }
    // The order of a scenario file: name, objective, staff capacity, then weights by name.
    let rank = |key: &str| match key {
        "name" => 0,
        "objective" => 1,
        "staff_capacity" => 2,
        _ => 3,
    };
    rows.sort_by(|(a, _), (b, _)| (rank(a), a).cmp(&(rank(b), b)));
    Ok(rows)
}

/// Refuses `dir` when it exists and holds anything, so that writing a new plan there overwrites
/// nothing (`init`, `import pabulib`).
pub fn ensure_new_folder(dir: &Path) -> Result<()> {
    if dir.exists() {
        let empty = fs::read_dir(dir)
            .map(|mut d| d.next().is_none())
            .unwrap_or(false);
        if !empty {
            return Err(OutputError::Refused(format!(
                "'{}' already exists and is not empty; choose a new folder name so nothing is overwritten",
                dir.display()
            )));
        }
    }
    Ok(())
}

/// Writes the template into `dir`, which must not exist or be empty: all its files or none
/// (see [`write_new_folder`]).
pub fn write_template(dir: &Path) -> Result<()> {
    let files = [
        ("plan/actions.csv", ACTIONS),
        ("plan/sources.csv", SOURCES),
        ("plan/partners.csv", PARTNERS),
        ("plan/targets.csv", TARGETS),
        ("scenario.toml", SCENARIO),
        ("README.md", README),
    ];
    write_new_folder(
        dir,
        files
            .iter()
            .map(|(name, text)| (name.to_string(), text.as_bytes().to_vec()))
            .collect(),
    )
}

/// Writes `files` (relative path, content) into the new folder `dir`, which must not exist or
/// be empty ([`ensure_new_folder`]): into a staging folder first, moved into place when all are
/// written, as reports are ([`crate::report::replace_folder`]), so that a run that fails or is
/// stopped leaves no half-written folder (an empty folder that exists is filled through a
/// staging folder inside it: [`crate::report::folder::fill_empty_folder`]).
pub fn write_new_folder(dir: &Path, files: Vec<(String, Vec<u8>)>) -> Result<()> {
    ensure_new_folder(dir)?;
    if dir.is_dir() {
        // An empty folder that exists (`.`, one the user made, a mount point) is filled in
        // place, keeping its permissions.
        return crate::report::folder::fill_empty_folder(dir, &files);
    }
    crate::report::replace_folder_checked(dir, &files, ensure_new_folder)
}
