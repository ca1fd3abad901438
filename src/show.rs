//! `fundmix show`: a scenario as fundmix understands it, after `extends` and every override.

use crate::domain::{Action, Offer, Plan, Scenario, Status, SupportRule};
use crate::i18n::{Lang, Tr};
use crate::t;
use crate::view::Labels;
use crate::view::{source_kind, target_kind};
use std::fmt::Write;

fn money(tr: &Tr, values: &[Option<f64>]) -> String {
    values
        .iter()
        .map(|v| v.map_or(t!(tr, "no-cap"), |v| tr.number(v, 0)))
        .collect::<Vec<_>>()
        .join(" / ")
}

fn offer(tr: &Tr, offer: &Offer) -> String {
    match offer {
        Offer::None => t!(tr, "show-none"),
        Offer::Total(t) => t!(tr, "show-whole-plan", amount = tr.number(*t, 0)),
        Offer::PerPeriod(v) => v
            .iter()
            .map(|x| tr.number(*x, 0))
            .collect::<Vec<_>>()
            .join(" / "),
    }
}

/// An action's uncertain cost (over the whole plan) and impacts, in words; `None` when they are
/// all certain.
fn ranges(tr: &Tr, plan: &Plan, action: &Action) -> Option<String> {
    let mut parts = Vec::new();
    if let Some(range) = action.total_cost_range_eur() {
        parts.push(t!(
            tr,
            "show-range-cost",
            low = tr.number(range.low, 0),
            high = tr.number(range.high, 0),
            value = tr.number(action.total_cost_eur(), 0)
        ));
    }
    let impacts = action.impact.iter().zip(&action.impact_range);
    for (i, (value, range)) in impacts.enumerate() {
        if let Some(range) = range {
            parts.push(t!(
                tr,
                "show-range-impact",
                indicator = &plan.indicators[i],
                low = tr.plain(range.low),
                high = tr.plain(range.high),
                value = tr.plain(*value)
            ));
        }
    }
    (!parts.is_empty()).then(|| parts.join("; "))
}

/// The resolved scenario as readable text, in the scenario's language.
pub fn describe(scenario: &Scenario) -> String {
    let tr = scenario.lang.tr();
    let plan = &scenario.plan;
    let mut out = String::new();
    // The labels of the first lines, padded to one width: 16 (as the English has always been
    // written), or wider when a language's longest label needs it.
    let labels = [
        t!(tr, "show-scenario"),
        t!(tr, "show-file"),
        t!(tr, "show-plan"),
        t!(tr, "show-objective"),
        t!(tr, "show-lang"),
        t!(tr, "show-periods"),
        t!(tr, "show-staff-capacity"),
        t!(tr, "show-weights"),
        t!(tr, "show-vote"),
        t!(tr, "show-risk"),
    ];
    let fit = Labels::fit(&labels, 16);
    let [scenario_label, file, plan_label, objective, lang, periods, staff, weights_label, vote, risk] =
        labels.map(|l| fit.pad(&l));
    let _ = writeln!(out, "{scenario_label}{}", scenario.name);
    let _ = writeln!(out, "{file}{}", scenario.source_file.display());
    let _ = writeln!(out, "{plan_label}{}", plan.folder.display());
    let _ = writeln!(out, "{objective}{}", scenario.objective.as_str());
    // English is the default and is not listed (the output of plain scenarios stays as it was).
    if scenario.lang != Lang::En {
        let _ = writeln!(out, "{lang}{}", scenario.lang.code());
    }
    // Like the language, the draws of `fundmix robust` are listed only when the scenario sets
    // them.
    let settings = scenario.risk;
    if settings != crate::domain::RiskSettings::default() {
        let samples = settings
            .samples
            .map_or(t!(tr, "show-risk-default"), |n| n.to_string());
        let seed = settings
            .seed
            .map_or(t!(tr, "show-risk-default"), |n| n.to_string());
        let _ = write!(
            out,
            "{risk}{}",
            t!(tr, "show-risk-line", samples = samples, seed = seed)
        );
        match (settings.measure, settings.alpha) {
            (None, None) => {}
            (measure, alpha) => {
                let measure = measure.unwrap_or(crate::domain::RiskMeasure::Expected);
                let alpha = alpha.map_or(t!(tr, "show-risk-default"), |a| tr.percent(a, 0));
                let _ = write!(
                    out,
                    "{}",
                    match measure {
                        crate::domain::RiskMeasure::Expected => t!(tr, "show-risk-expected"),
                        crate::domain::RiskMeasure::Cvar => t!(tr, "show-risk-cvar", alpha = alpha),
                    }
                );
            }
        }
        let _ = writeln!(out);
    }
    let _ = writeln!(out, "{periods}{}", plan.periods.join(", "));
    let capacity = scenario
        .staff_capacity_hours
        .as_ref()
        .map_or(t!(tr, "no-limit"), |c| {
            let hours: Vec<String> = c.iter().map(|h| tr.number(*h, 0)).collect();
            t!(tr, "show-hours", hours = hours.join(" / "))
        });
    let _ = writeln!(out, "{staff}{capacity}");
    let weights: Vec<String> = plan
        .indicators
        .iter()
        .zip(&scenario.weights)
        .map(|(i, w)| format!("{i} = {}", tr.plain(*w)))
        .collect();
    let _ = writeln!(out, "{weights_label}{}", weights.join(", "));
    if let Some(votes) = &plan.votes {
        let how = match scenario.support {
            SupportRule::Sum => t!(tr, "show-support-sum"),
            SupportRule::EqualShares => t!(tr, "show-support-equal-shares"),
        };
        let line = t!(
            tr,
            "show-vote-line",
            voters = votes.voters.len(),
            votes = votes.ballots.iter().map(Vec::len).sum::<usize>(),
            how = how
        );
        let _ = writeln!(out, "{vote}{line}");
    }

    let _ = writeln!(out, "\n{}", t!(tr, "show-sources"));
    for s in &plan.sources {
        let eligible = s.eligible.iter().filter(|e| **e).count();
        let state = if eligible == 0 {
            format!("  [{}]", t!(tr, "show-source-disabled"))
        } else {
            String::new()
        };
        let line = t!(
            tr,
            "show-source",
            budgets = money(tr, &s.budget_eur),
            total = s
                .budget_total_eur
                .map_or(t!(tr, "no-cap"), |b| tr.number(b, 0)),
            share = tr.plain(s.max_share),
            eligible = eligible,
            actions = plan.actions.len()
        );
        let _ = writeln!(
            out,
            "  {:<20} {:<8} {line}{state}",
            s.id,
            source_kind(tr, s.kind),
        );
    }
    let _ = writeln!(out, "\n{}", t!(tr, "show-actions"));
    for a in &plan.actions {
        let cost: Vec<String> = a.cost_eur.iter().map(|c| tr.number(*c, 0)).collect();
        let status = match a.status {
            Status::Must => t!(tr, "show-status-must"),
            Status::Never => t!(tr, "show-status-never"),
            Status::Free => String::new(),
        };
        let _ = writeln!(out, "  {:<32} {:>30}  {status}", a.id, cost.join(" / "));
        if let Some(ranges) = ranges(tr, plan, a) {
            let _ = writeln!(out, "    {}", t!(tr, "show-range-line", ranges = ranges));
        }
    }
    if !plan.partners.is_empty() {
        let _ = writeln!(out, "\n{}", t!(tr, "show-partners"));
        for k in &plan.partners {
            let eligible = k.eligible.iter().filter(|e| **e).count();
            let state = if eligible == 0 {
                format!("  [{}]", t!(tr, "show-partner-disabled"))
            } else {
                String::new()
            };
            let line = t!(
                tr,
                "show-partner",
                cash = offer(tr, &k.cash_eur),
                hours = offer(tr, &k.staff_hours),
                eligible = eligible
            );
            let _ = writeln!(out, "  {:<20} {line}{state}", k.id);
        }
    }
    if !plan.targets.is_empty() {
        let _ = writeln!(out, "\n{}", t!(tr, "show-targets"));
        for t in &plan.targets {
            let kind = if t.hard {
                target_kind(tr, true)
            } else {
                t!(
                    tr,
                    "show-soft-penalty",
                    kind = target_kind(tr, false),
                    penalty = tr.plain(t.penalty)
                )
            };
            let _ = writeln!(
                out,
                "  {} >= {} ({kind})",
                plan.indicators[t.indicator],
                tr.number(t.min, 0)
            );
        }
    }
    out
}
