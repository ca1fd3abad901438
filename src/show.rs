//! `fundmix show`: a scenario as fundmix understands it, after `extends` and every override.

use crate::domain::{Offer, Scenario, Status};
use crate::format::number;
use std::fmt::Write;

fn money(values: &[Option<f64>]) -> String {
    values
        .iter()
        .map(|v| v.map_or("no cap".into(), |v| number(v, 0)))
        .collect::<Vec<_>>()
        .join(" / ")
}

fn offer(offer: &Offer) -> String {
    match offer {
        Offer::None => "none".into(),
        Offer::Total(t) => format!("{} for the whole plan", number(*t, 0)),
        Offer::PerPeriod(v) => v
            .iter()
            .map(|x| number(*x, 0))
            .collect::<Vec<_>>()
            .join(" / "),
    }
}

/// The resolved scenario as readable text.
pub fn describe(scenario: &Scenario) -> String {
    let plan = &scenario.plan;
    let mut out = String::new();
    let _ = writeln!(out, "Scenario:       {}", scenario.name);
    let _ = writeln!(out, "File:           {}", scenario.source_file.display());
    let _ = writeln!(out, "Plan:           {}", plan.folder.display());
    let _ = writeln!(out, "Objective:      {}", scenario.objective.as_str());
    // English is the default and is not listed (the output of plain scenarios stays as it was).
    if scenario.lang != crate::i18n::Lang::En {
        let _ = writeln!(out, "Reports in:     {}", scenario.lang.code());
    }
    let _ = writeln!(out, "Periods:        {}", plan.periods.join(", "));
    let capacity = scenario
        .staff_capacity_hours
        .as_ref()
        .map_or("no limit".into(), |c| {
            let hours: Vec<String> = c.iter().map(|h| number(*h, 0)).collect();
            format!("{} hours", hours.join(" / "))
        });
    let _ = writeln!(out, "Staff capacity: {capacity}");
    let weights: Vec<String> = plan
        .indicators
        .iter()
        .zip(&scenario.weights)
        .map(|(i, w)| format!("{i} = {w}"))
        .collect();
    let _ = writeln!(out, "Weights:        {}", weights.join(", "));
    if let Some(votes) = &plan.votes {
        let how = match scenario.support {
            crate::domain::SupportRule::Sum => "each action's points add up",
            crate::domain::SupportRule::EqualShares => {
                "equal shares: only the actions the Method of Equal Shares funds keep their points"
            }
        };
        let _ = writeln!(
            out,
            "Vote:           {} voters, {} votes; support: {how}",
            votes.voters.len(),
            votes.ballots.iter().map(Vec::len).sum::<usize>()
        );
    }

    let _ = writeln!(
        out,
        "\nSources (budget per period; total; max share; eligible actions):"
    );
    for s in &plan.sources {
        let eligible = s.eligible.iter().filter(|e| **e).count();
        let state = if eligible == 0 {
            "  [disabled: funds nothing]"
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "  {:<20} {:<8} {}; total {}; max share {}; {eligible} of {} actions{state}",
            s.id,
            s.kind.as_str(),
            money(&s.budget_eur),
            s.budget_total_eur.map_or("no cap".into(), |b| number(b, 0)),
            s.max_share,
            plan.actions.len()
        );
    }
    let _ = writeln!(out, "\nActions (cost per period, EUR; status):");
    for a in &plan.actions {
        let cost: Vec<String> = a.cost_eur.iter().map(|c| number(*c, 0)).collect();
        let status = match a.status {
            Status::Must => "must",
            Status::Never => "never",
            Status::Free => "",
        };
        let _ = writeln!(out, "  {:<32} {:>30}  {status}", a.id, cost.join(" / "));
    }
    if !plan.partners.is_empty() {
        let _ = writeln!(out, "\nPartners (cash EUR; staff hours; eligible actions):");
        for k in &plan.partners {
            let eligible = k.eligible.iter().filter(|e| **e).count();
            let state = if eligible == 0 {
                "  [disabled: joins nothing]"
            } else {
                ""
            };
            let _ = writeln!(
                out,
                "  {:<20} cash {}; hours {}; {eligible} actions{state}",
                k.id,
                offer(&k.cash_eur),
                offer(&k.staff_hours)
            );
        }
    }
    if !plan.targets.is_empty() {
        let _ = writeln!(out, "\nTargets:");
        for t in &plan.targets {
            let kind = if t.hard {
                "hard".to_string()
            } else {
                format!("soft, penalty {} per unit short", t.penalty)
            };
            let _ = writeln!(
                out,
                "  {} >= {} ({kind})",
                plan.indicators[t.indicator],
                number(t.min, 0)
            );
        }
    }
    out
}
