//! `fundmix check`: what the plan asks (cost, staff hours, targets) against what the sources,
//! partners and staff can offer, per period. Pure arithmetic on the validated plan: no solving.

use crate::domain::{Offer, Scenario, Status};
use crate::format::number;
use std::fmt::Write;

fn row(out: &mut String, label: &str, values: &[Option<f64>], total: Option<f64>) {
    let _ = write!(out, "{label:<34}");
    for v in values.iter().chain([&total]) {
        let cell = v.map_or("-".to_string(), |v| number(v, 0));
        let _ = write!(out, "{cell:>13}");
    }
    out.push('\n');
}

fn sum(values: &[Option<f64>]) -> Option<f64> {
    values.iter().copied().sum()
}

/// The text printed by `fundmix check`.
pub fn overview(scenario: &Scenario) -> String {
    let plan = &scenario.plan;
    let periods = plan.periods.len();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "The input is valid. Scenario '{}' ({}), plan {}:\n  {} actions, {} funding sources, {} partners, {} targets; periods: {}\n",
        scenario.name,
        scenario.objective.as_str(),
        plan.folder.display(),
        plan.actions.len(),
        plan.sources.len(),
        plan.partners.len(),
        plan.targets.len(),
        plan.periods.join(", ")
    );
    let _ = write!(out, "{:<34}", "EUR / hours");
    for p in plan.periods.iter().map(String::as_str).chain(["Total"]) {
        let _ = write!(out, "{p:>13}");
    }
    out.push('\n');

    let asked: Vec<Option<f64>> = (0..periods)
        .map(|p| Some(plan.actions.iter().map(|a| a.cost_eur[p]).sum()))
        .collect();
    row(&mut out, "Cost of all actions", &asked, sum(&asked));
    let must: Vec<Option<f64>> = (0..periods)
        .map(|p| {
            Some(
                plan.actions
                    .iter()
                    .filter(|a| a.status == Status::Must)
                    .map(|a| a.cost_eur[p])
                    .sum(),
            )
        })
        .collect();
    row(&mut out, "  of which 'must' actions", &must, sum(&must));

    let mut available_total = 0.0;
    for source in &plan.sources {
        let caps = &source.budget_eur;
        let total = source.available_eur().unwrap_or(0.0);
        available_total += total;
        row(
            &mut out,
            &format!("Source {} ({})", source.id, source.kind.as_str()),
            caps,
            Some(total),
        );
    }
    for partner in &plan.partners {
        let (cash, total) = match &partner.cash_eur {
            Offer::None => continue,
            Offer::PerPeriod(v) => (
                v.iter().map(|x| Some(*x)).collect::<Vec<_>>(),
                v.iter().sum(),
            ),
            Offer::Total(t) => (vec![None; periods], *t),
        };
        if total <= 0.0 {
            continue;
        }
        available_total += total;
        row(
            &mut out,
            &format!("Partner {} cash", partner.id),
            &cash,
            Some(total),
        );
    }
    let total_asked = sum(&asked).unwrap_or(0.0);
    let _ = writeln!(
        out,
        "\nAll actions together cost {} EUR; sources and partners offer at most {} EUR ({:.0}% of the cost).",
        number(total_asked, 0),
        number(available_total, 0),
        if total_asked > 0.0 { 100.0 * available_total / total_asked } else { 0.0 }
    );
    let _ = writeln!(
        out,
        "Co-financing rates, eligibility and grant sizes limit this further; `fundmix solve` finds the best use.\n"
    );

    let hours: Vec<Option<f64>> = (0..periods)
        .map(|p| Some(plan.actions.iter().map(|a| a.staff_hours[p]).sum()))
        .collect();
    row(&mut out, "Staff hours, all actions", &hours, sum(&hours));
    match &scenario.staff_capacity_hours {
        Some(capacity) => {
            let capacity: Vec<Option<f64>> = capacity.iter().map(|c| Some(*c)).collect();
            row(&mut out, "Staff capacity", &capacity, sum(&capacity));
        }
        None => out.push_str("Staff capacity: no limit set in the scenario\n"),
    }
    for partner in &plan.partners {
        let (hours, total) = match &partner.staff_hours {
            Offer::None => continue,
            Offer::PerPeriod(v) => (
                v.iter().map(|x| Some(*x)).collect::<Vec<_>>(),
                v.iter().sum(),
            ),
            Offer::Total(t) => (vec![None; periods], *t),
        };
        row(
            &mut out,
            &format!("Partner {} hours", partner.id),
            &hours,
            Some(total),
        );
    }

    if !plan.targets.is_empty() {
        out.push_str("\nTargets (what all actions together would reach at full scale):\n");
        for target in &plan.targets {
            let reachable: f64 = plan
                .actions
                .iter()
                .filter(|a| a.status != Status::Never)
                .map(|a| a.impact[target.indicator])
                .sum();
            let kind = if target.hard {
                "hard".to_string()
            } else {
                format!("soft, penalty {}", target.penalty)
            };
            let warning = if reachable < target.min {
                "  <- cannot be reached even with every action"
            } else {
                ""
            };
            let _ = writeln!(
                out,
                "  {} >= {} ({kind}): at most {}{warning}",
                plan.indicators[target.indicator],
                number(target.min, 0),
                number(reachable, 0)
            );
        }
    }
    out
}
