//! `fundmix generate`: a realistic synthetic plan and scenario of any size, the same for the
//! same seed, for benchmarks, scale tests and trying fundmix on more than the bundled example.
//!
//! The plan looks like a municipal action plan grown large: actions in a handful of categories,
//! each with a cost profile over a few years, staff hours and one or two indicators; a municipal
//! budget that may fund anything; EU, national, grant and private sources that fund only some
//! categories (so the funding matrix is sparse), at co-financing shares of 50–95%, some with
//! yearly budgets and some with minimum and maximum grant sizes; partners with cash, staff hours
//! and a cap on the actions they join; partial funding, `requires` and `excludes` links, a few
//! `must` and `never` actions; hard targets set low enough to be reachable and soft targets set
//! high enough to matter. The money on offer covers about half of what the actions cost, so
//! choices must be made. Every figure is invented.
//!
//! It writes text only (no solving), through the same CSV and TOML the user writes by hand.

use crate::error::{OutputError, OutputResult as Result};
use crate::random::SplitMix64 as Rng;
use std::fmt::Write as _;
use std::path::Path;

/// What to generate.
#[derive(Debug, Clone)]
pub struct GenerateRequest {
    /// Number of actions (at least 2).
    pub actions: usize,
    /// Number of funding sources (at least 1; the first is the municipal budget).
    pub sources: usize,
    /// Number of periods (years, from 2025).
    pub periods: usize,
    /// Number of partners.
    pub partners: usize,
    /// The seed: the same seed and sizes give the same files, byte for byte.
    pub seed: u64,
}

/// The categories actions fall in (the first `n` are used).
const CATEGORIES: [&str; 8] = [
    "skills",
    "access",
    "eservices",
    "awareness",
    "coordination",
    "infrastructure",
    "youth",
    "seniors",
];

/// The indicators, and the category whose actions mostly move each.
const INDICATORS: [&str; 4] = [
    "residents_trained",
    "seniors_trained",
    "access_points",
    "eservice_users_helped",
];

/// Source kinds after the municipal budget, with their co-financing share.
const SOURCE_KINDS: [(&str, f64); 6] = [
    ("eu", 0.85),
    ("eu", 0.85),
    ("national", 0.5),
    ("grant", 0.9),
    ("private", 0.7),
    ("other", 0.6),
];

/// One generated action, in numbers.
struct GenAction {
    category: usize,
    cost: Vec<f64>,
    hours: Vec<f64>,
    min_scale: Option<f64>,
    impact: [f64; 4],
    requires: Option<usize>,
    excludes: Option<usize>,
    status: &'static str,
}

/// Money rounded to hundreds of EUR, as plans are written.
fn hundreds(eur: f64) -> f64 {
    (eur / 100.0).round() * 100.0
}

impl GenerateRequest {
    fn check(&self) -> Result<()> {
        let mut problems = Vec::new();
        if self.actions < 2 {
            problems.push("--actions must be 2 or more");
        }
        if self.sources < 1 {
            problems.push("--sources must be 1 or more (the first is the municipal budget)");
        }
        if !(1..=20).contains(&self.periods) {
            problems.push("--periods must be between 1 and 20 (years from 2025)");
        }
        if !problems.is_empty() {
            return Err(OutputError::Refused(problems.join("; ")));
        }
        Ok(())
    }

    fn period_names(&self) -> Vec<String> {
        (0..self.periods).map(|p| (2025 + p).to_string()).collect()
    }
}

/// The generated files: (path relative to the output folder, text).
pub fn generate_files(request: &GenerateRequest) -> Result<Vec<(String, String)>> {
    request.check()?;
    let mut rng = Rng(request.seed ^ 0x5EED_F00D_CAFE_0001);
    let categories = CATEGORIES.len().min(request.actions.div_ceil(4)).max(1);
    let actions = gen_actions(request, categories, &mut rng);
    let cost_per_period: Vec<f64> = (0..request.periods)
        .map(|p| actions.iter().map(|a| a.cost[p]).sum())
        .collect();
    let hours_per_period: Vec<f64> = (0..request.periods)
        .map(|p| actions.iter().map(|a| a.hours[p]).sum())
        .collect();
    let total_cost: f64 = cost_per_period.iter().sum();

    let mut files = vec![
        (
            "plan/actions.csv".to_string(),
            actions_csv(request, &actions),
        ),
        (
            "plan/sources.csv".to_string(),
            sources_csv(request, categories, &cost_per_period, total_cost, &mut rng),
        ),
    ];
    if request.partners > 0 {
        files.push((
            "plan/partners.csv".to_string(),
            partners_csv(request, categories, &mut rng),
        ));
    }
    files.push(("plan/targets.csv".to_string(), targets_csv(&actions)));
    files.push((
        "scenario.toml".to_string(),
        scenario_toml(request, &hours_per_period),
    ));
    Ok(files)
}

/// Writes the generated plan into `dir` (which must be new or empty): `plan/` with its tables
/// and `scenario.toml`.
pub fn write_generated(request: &GenerateRequest, dir: &Path) -> Result<()> {
    let files = generate_files(request)?;
    crate::init::write_new_folder(
        dir,
        files
            .into_iter()
            .map(|(name, text)| (name, text.into_bytes()))
            .collect(),
    )
}

fn gen_actions(request: &GenerateRequest, categories: usize, rng: &mut Rng) -> Vec<GenAction> {
    let n = request.actions;
    let t = request.periods;
    let mut actions: Vec<GenAction> = Vec::with_capacity(n);
    for i in 0..n {
        // Every category has actions (a source eligible for an empty category is an error).
        let category = if i < categories {
            i
        } else {
            rng.between(0, categories - 1)
        };
        // Total cost log-uniform between 10 000 and 400 000 EUR, spread over 1..=t years.
        let total = 10_000.0 * 40f64.powf(rng.unit());
        let length = rng.between(1, t.min(3));
        let start = rng.between(0, t - length);
        let mut cost = vec![0.0; t];
        let mut hours = vec![0.0; t];
        for p in start..start + length {
            let share = (0.7 + 0.6 * rng.unit()) / length as f64;
            cost[p] = hundreds(total * share).max(100.0);
            hours[p] = (cost[p] / (150.0 + 150.0 * rng.unit()) / 10.0).round() * 10.0;
        }
        let min_scale = rng
            .chance(0.3)
            .then(|| ((0.5 + 0.3 * rng.unit()) * 10.0).round() / 10.0);
        let mut impact = [0.0; 4];
        let main = category % INDICATORS.len();
        let value_per_keur = 0.5 + 1.5 * rng.unit();
        impact[main] = (total / 1000.0 * value_per_keur).round().max(1.0);
        if main == 2 {
            // Access points are few and dear.
            impact[main] = (total / 40_000.0 * value_per_keur).round().max(1.0);
        }
        if rng.chance(0.4) {
            let other = (main + rng.between(1, 3)) % INDICATORS.len();
            impact[other] = (total / 4000.0 * (0.5 + rng.unit())).round().max(1.0);
        }
        let requires = (i > 0 && rng.chance(0.05)).then(|| rng.between(0, i - 1));
        let excludes = (i > 0 && rng.chance(0.03))
            .then(|| rng.between(0, i - 1))
            .filter(|&b| Some(b) != requires && actions[b].requires != Some(i));
        let status = match rng.unit() {
            u if u < 0.01 => "must",
            u if u < 0.02 => "never",
            _ => "",
        };
        actions.push(GenAction {
            category,
            cost,
            hours,
            min_scale,
            impact,
            requires,
            excludes,
            status,
        });
    }
    // A `must` action never requires a `never` one, nor excludes another `must`, and the
    // actions a `must` action requires are not `never`: keep the plan feasible by construction.
    for i in 0..n {
        if actions[i].status == "must" {
            let mut chain = actions[i].requires;
            while let Some(b) = chain {
                if actions[b].status == "never" {
                    actions[b].status = "";
                }
                chain = actions[b].requires;
            }
            if let Some(b) = actions[i].excludes {
                if actions[b].status == "must" {
                    actions[i].excludes = None;
                }
            }
        }
    }
    actions
}

fn action_id(i: usize) -> String {
    format!("a{:05}", i + 1)
}

fn num(v: f64) -> String {
    if v == v.trunc() {
        format!("{v:.0}")
    } else {
        format!("{v}")
    }
}

fn actions_csv(request: &GenerateRequest, actions: &[GenAction]) -> String {
    let periods = request.period_names();
    let mut header = vec![
        "id".to_string(),
        "name".into(),
        "category".into(),
        "goal".into(),
    ];
    header.extend(periods.iter().map(|p| format!("cost_{p}")));
    header.extend(periods.iter().map(|p| format!("staff_hours_{p}")));
    header.push("min_scale".into());
    header.extend(INDICATORS.iter().map(|i| format!("impact_{i}")));
    header.extend(["requires".into(), "excludes".into(), "status".into()]);
    let mut out = header.join(",") + "\n";
    for (i, a) in actions.iter().enumerate() {
        let category = CATEGORIES[a.category];
        let mut row = vec![
            action_id(i),
            format!("Generated action {} ({category})", i + 1),
            category.to_string(),
            format!("G{}", a.category + 1),
        ];
        row.extend(a.cost.iter().map(|&c| num(c)));
        row.extend(a.hours.iter().map(|&h| num(h)));
        row.push(a.min_scale.map(num).unwrap_or_default());
        row.extend(a.impact.iter().map(|&v| num(v)));
        row.push(a.requires.map(action_id).unwrap_or_default());
        row.push(a.excludes.map(action_id).unwrap_or_default());
        row.push(a.status.to_string());
        out += &row.join(",");
        out.push('\n');
    }
    out
}

/// A `;`-separated pick of 1..=`most` distinct categories out of `categories`.
fn pick_categories(rng: &mut Rng, categories: usize, most: usize) -> Vec<usize> {
    let count = rng.between(1, most.min(categories));
    let mut chosen: Vec<usize> = Vec::with_capacity(count);
    while chosen.len() < count {
        let c = rng.between(0, categories - 1);
        if !chosen.contains(&c) {
            chosen.push(c);
        }
    }
    chosen.sort_unstable();
    chosen
}

fn category_list(chosen: &[usize]) -> String {
    let names: Vec<&str> = chosen.iter().map(|&c| CATEGORIES[c]).collect();
    names.join(";")
}

fn sources_csv(
    request: &GenerateRequest,
    categories: usize,
    cost_per_period: &[f64],
    total_cost: f64,
    rng: &mut Rng,
) -> String {
    let periods = request.period_names();
    let mut header = vec!["id", "name", "kind", "budget"]
        .into_iter()
        .map(String::from)
        .collect::<Vec<_>>();
    header.extend(periods.iter().map(|p| format!("budget_{p}")));
    header.extend(["max_share", "eligible", "min_grant", "max_grant"].map(String::from));
    let mut out = header.join(",") + "\n";
    // The municipal budget: about a sixth of each year's cost, for anything.
    let mut row = vec![
        "municipal".to_string(),
        "Municipal budget".into(),
        "own".into(),
        String::new(),
    ];
    row.extend(cost_per_period.iter().map(|c| num(hundreds(c / 6.0))));
    row.extend(["1".into(), String::new(), String::new(), String::new()]);
    out += &(row.join(",") + "\n");
    // The other sources share about a third of the total cost between them.
    let others = request.sources - 1;
    for s in 0..others {
        let (kind, share) = SOURCE_KINDS[s % SOURCE_KINDS.len()];
        let eligible = pick_categories(rng, categories, 3);
        let budget = hundreds(total_cost / 3.0 / others as f64 * (0.6 + 0.8 * rng.unit()));
        let yearly = rng.chance(0.4);
        let mut row = vec![
            format!("{kind}_{}", s + 1),
            format!("Generated {kind} source {}", s + 1),
            kind.to_string(),
            num(budget),
        ];
        for _ in &periods {
            row.push(if yearly {
                num(hundreds(budget / request.periods as f64 * 0.8))
            } else {
                String::new()
            });
        }
        row.push(num(share));
        row.push(category_list(&eligible));
        if kind == "grant" || kind == "private" {
            row.push(num(hundreds(5_000.0 + 10_000.0 * rng.unit())));
            row.push(num(hundreds(60_000.0 + 100_000.0 * rng.unit())));
        } else {
            row.extend([String::new(), String::new()]);
        }
        out += &(row.join(",") + "\n");
    }
    out
}

fn partners_csv(request: &GenerateRequest, categories: usize, rng: &mut Rng) -> String {
    let periods = request.period_names();
    let mut header = vec!["id".to_string(), "name".into()];
    header.extend(periods.iter().map(|p| format!("cash_{p}")));
    header.extend(periods.iter().map(|p| format!("staff_hours_{p}")));
    header.extend(["eligible".into(), "max_actions".into()]);
    let mut out = header.join(",") + "\n";
    for k in 0..request.partners {
        let gives_cash = rng.chance(0.6);
        let cash = hundreds(5_000.0 + 20_000.0 * rng.unit());
        let hours = (100.0 + 900.0 * rng.unit()).round();
        let mut row = vec![
            format!("partner_{}", k + 1),
            format!("Generated partner {}", k + 1),
        ];
        row.extend(
            periods
                .iter()
                .map(|_| if gives_cash { num(cash) } else { String::new() }),
        );
        row.extend(periods.iter().map(|_| num(hours)));
        row.push(category_list(&pick_categories(rng, categories, 2)));
        row.push(rng.between(2, 6).to_string());
        out += &(row.join(",") + "\n");
    }
    out
}

/// Hard targets at a tenth of what all actions together would reach (reachable), soft targets at
/// half (worth chasing, with a penalty per unit missed).
fn targets_csv(actions: &[GenAction]) -> String {
    let mut out = String::from("indicator,min,hard,penalty\n");
    for (i, name) in INDICATORS.iter().enumerate() {
        let reachable: f64 = actions.iter().map(|a| a.impact[i]).sum();
        if reachable <= 0.0 {
            continue;
        }
        if i % 2 == 0 {
            let _ = writeln!(out, "{name},{},true,", num((reachable * 0.1).floor()));
        } else {
            let _ = writeln!(out, "{name},{},false,1", num((reachable * 0.5).floor()));
        }
    }
    out
}

fn scenario_toml(request: &GenerateRequest, hours_per_period: &[f64]) -> String {
    let mut out = format!(
        "# Generated by `fundmix generate --actions {} --sources {} --periods {} --partners {} --seed {}`.\n\
         # Every figure is invented.\n\
         name = \"Generated {} actions, seed {}\"\n\
         plan = \"plan\"\n\
         objective = \"max-impact\"\n\n\
         # Municipal staff: about half of the hours all actions would need.\n\
         staff_capacity = {{ ",
        request.actions,
        request.sources,
        request.periods,
        request.partners,
        request.seed,
        request.actions,
        request.seed,
    );
    let staff: Vec<String> = request
        .period_names()
        .iter()
        .zip(hours_per_period)
        .map(|(p, h)| format!("\"{p}\" = {}", num((h * 0.5).round().max(10.0))))
        .collect();
    out += &staff.join(", ");
    out += " }\n\n[weights]\nseniors_trained = 2.0\naccess_points = 50.0\neservice_users_helped = 0.5\n";
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(seed: u64) -> GenerateRequest {
        GenerateRequest {
            actions: 40,
            sources: 6,
            periods: 3,
            partners: 3,
            seed,
        }
    }

    #[test]
    fn same_seed_same_files_other_seed_other_files() {
        let a = generate_files(&request(7)).unwrap();
        assert_eq!(a, generate_files(&request(7)).unwrap());
        assert_ne!(a, generate_files(&request(8)).unwrap());
    }

    #[test]
    fn sizes_out_of_range_are_refused() {
        let bad = GenerateRequest {
            actions: 1,
            sources: 0,
            periods: 0,
            ..request(1)
        };
        let message = generate_files(&bad).unwrap_err().to_string();
        assert!(message.contains("--actions") && message.contains("--sources"));
        assert!(message.contains("--periods"), "{message}");
    }
}
