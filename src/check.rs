//! `fundmix check`: what the plan asks (cost, staff hours, targets) against what the sources,
//! partners and staff can offer, per period; with uncertain costs, also at their lowest and
//! highest. Pure arithmetic on the validated plan: no solving.

use crate::domain::{Action, Offer, Scenario, Status};
use crate::i18n::Tr;
use crate::t;
use crate::view::{source_kind, target_kind};
use std::fmt::Write;

fn row(tr: &Tr, out: &mut String, label: &str, values: &[Option<f64>], total: Option<f64>) {
    let _ = write!(out, "{label:<34}");
    for v in values.iter().chain([&total]) {
        let cell = v.map_or("-".to_string(), |v| tr.number(v, 0));
        let _ = write!(out, "{cell:>13}");
    }
    out.push('\n');
}

fn sum(values: &[Option<f64>]) -> Option<f64> {
    values.iter().copied().sum()
}

/// The text printed by `fundmix check`, in the scenario's language.
pub fn overview(scenario: &Scenario) -> String {
    let tr = scenario.lang.tr();
    let plan = &scenario.plan;
    let periods = plan.periods.len();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}\n  {}\n",
        t!(
            tr,
            "chk-valid",
            name = &scenario.name,
            objective = scenario.objective.as_str(),
            plan = plan.folder.display().to_string()
        ),
        t!(
            tr,
            "chk-counts",
            actions = plan.actions.len(),
            sources = plan.sources.len(),
            partners = plan.partners.len(),
            targets = plan.targets.len(),
            periods = plan.periods.join(", ")
        )
    );
    let _ = write!(out, "{:<34}", t!(tr, "chk-units"));
    let total = t!(tr, "col-total");
    for p in plan
        .periods
        .iter()
        .map(String::as_str)
        .chain([total.as_str()])
    {
        let _ = write!(out, "{p:>13}");
    }
    out.push('\n');

    let asked: Vec<Option<f64>> = (0..periods)
        .map(|p| Some(plan.actions.iter().map(|a| a.cost_eur[p]).sum()))
        .collect();
    row(tr, &mut out, &t!(tr, "chk-cost-all"), &asked, sum(&asked));
    // With uncertain costs: every action at the low and at the high end of its range.
    if plan.actions.iter().any(|a| a.cost_range_eur.is_some()) {
        let ends = [
            (t!(tr, "chk-cost-lowest"), false),
            (t!(tr, "chk-cost-highest"), true),
        ];
        for (label, high) in ends {
            let ends: Vec<Option<f64>> = (0..periods)
                .map(|p| {
                    let end = |a: &Action| match &a.cost_range_eur {
                        Some(r) if high => r[p].high,
                        Some(r) => r[p].low,
                        None => a.cost_eur[p],
                    };
                    Some(plan.actions.iter().map(end).sum())
                })
                .collect();
            let label = format!("  {label}");
            row(tr, &mut out, &label, &ends, sum(&ends));
        }
    }
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
    let label = format!("  {}", t!(tr, "chk-cost-must"));
    row(tr, &mut out, &label, &must, sum(&must));

    let mut available_total = 0.0;
    for source in &plan.sources {
        let caps = &source.budget_eur;
        let total = source.available_eur().unwrap_or(0.0);
        available_total += total;
        let label = t!(
            tr,
            "chk-source",
            id = &source.id,
            kind = source_kind(tr, source.kind)
        );
        row(tr, &mut out, &label, caps, Some(total));
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
        let label = t!(tr, "chk-partner-cash", id = &partner.id);
        row(tr, &mut out, &label, &cash, Some(total));
    }
    let total_asked = sum(&asked).unwrap_or(0.0);
    let percent = if total_asked > 0.0 {
        100.0 * available_total / total_asked
    } else {
        0.0
    };
    let _ = writeln!(
        out,
        "\n{}",
        t!(
            tr,
            "chk-money",
            cost = tr.number(total_asked, 0),
            offer = tr.number(available_total, 0),
            percent = tr.fixed(percent, 0)
        )
    );
    let _ = writeln!(out, "{}\n", t!(tr, "chk-money-note"));

    let hours: Vec<Option<f64>> = (0..periods)
        .map(|p| Some(plan.actions.iter().map(|a| a.staff_hours[p]).sum()))
        .collect();
    row(
        tr,
        &mut out,
        &t!(tr, "chk-staff-hours"),
        &hours,
        sum(&hours),
    );
    match &scenario.staff_capacity_hours {
        Some(capacity) => {
            let capacity: Vec<Option<f64>> = capacity.iter().map(|c| Some(*c)).collect();
            let label = t!(tr, "chk-staff-capacity");
            row(tr, &mut out, &label, &capacity, sum(&capacity));
        }
        None => {
            let _ = writeln!(out, "{}", t!(tr, "chk-no-staff-limit"));
        }
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
        let label = t!(tr, "chk-partner-hours", id = &partner.id);
        row(tr, &mut out, &label, &hours, Some(total));
    }

    if !plan.targets.is_empty() {
        let _ = writeln!(out, "\n{}", t!(tr, "chk-targets"));
        for target in &plan.targets {
            let reachable: f64 = plan
                .actions
                .iter()
                .filter(|a| a.status != Status::Never)
                .map(|a| a.impact[target.indicator])
                .sum();
            let kind = if target.hard {
                target_kind(tr, true)
            } else {
                t!(
                    tr,
                    "chk-soft-penalty",
                    kind = target_kind(tr, false),
                    penalty = tr.plain(target.penalty)
                )
            };
            let warning = if reachable < target.min {
                format!("  <- {}", t!(tr, "chk-unreachable"))
            } else {
                String::new()
            };
            let _ = writeln!(
                out,
                "  {}{warning}",
                t!(
                    tr,
                    "chk-target",
                    indicator = &plan.indicators[target.indicator],
                    min = tr.number(target.min, 0),
                    kind = kind,
                    reachable = tr.number(reachable, 0)
                )
            );
        }
    }
    out
}
