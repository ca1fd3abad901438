//! What-if overrides of a scenario file, applied to the validated plan:
//! `budget_factor`, `cost_factor`, and `[sources.<id>]`, `[actions.<id>]`, `[partners.<id>]`,
//! `[targets.<indicator>]` tables. Each override naming something the plan does not have is a
//! problem located at its file and key.

use super::scenario::{hours_or_number, At};
use crate::domain::{Offer, Plan, Status, Target};
use crate::error::Problems;
use crate::input::scenario::{Overrides, RawScenario};
use toml::{Spanned, Value};

/// Applies every override of `raw` to `plan`.
pub fn apply(raw: &RawScenario, plan: &mut Plan, problems: &mut Problems, at: &At) {
    let mut ctx = Ctx { problems, at };
    if let Some(v) = &raw.budget_factor {
        if let Some(f) = ctx.factor("budget_factor", v) {
            for source in &mut plan.sources {
                source.budget_total_eur = source.budget_total_eur.map(|b| b * f);
                source.budget_eur.iter_mut().flatten().for_each(|b| *b *= f);
            }
        }
    }
    if let Some(v) = &raw.cost_factor {
        if let Some(f) = ctx.factor("cost_factor", v) {
            for action in &mut plan.actions {
                action.cost_eur.iter_mut().for_each(|c| *c *= f);
            }
        }
    }
    for (id, keys) in entries(&raw.sources) {
        let Some(s) = ctx.find("sources", id, plan.sources.iter().map(|s| &s.id)) else {
            continue;
        };
        for (key, value) in keys {
            let path = format!("sources.{}.{}", id.get_ref(), key.get_ref());
            let source = &mut plan.sources[s];
            match key.get_ref().as_str() {
                "budget" => {
                    source.budget_total_eur = ctx.amount(&path, value).or(source.budget_total_eur)
                }
                "max_share" => {
                    if let Some(share) = ctx.number(
                        &path,
                        value,
                        0.0,
                        1.0,
                        "a share between 0 and 1 (85% = 0.85)",
                    ) {
                        source.max_share = share;
                    }
                }
                "enabled" => {
                    if !ctx.flag(&path, value).unwrap_or(true) {
                        source.eligible.iter_mut().for_each(|e| *e = false);
                    }
                }
                other => match other
                    .strip_prefix("budget_")
                    .and_then(|p| plan.periods.iter().position(|x| x == p))
                {
                    Some(p) => {
                        if let Some(b) = ctx.amount(&path, value) {
                            plan.sources[s].budget_eur[p] = Some(b);
                        }
                    }
                    None => match other.strip_prefix("budget_") {
                        Some(period) if plan.periods == [super::SINGLE_PERIOD] => ctx.push(
                            &path,
                            key.span(),
                            format!("'{period}' is not a period of the plan: it has a single period (actions.csv has a plain 'cost' column)"),
                            "write the budget as budget = <EUR>",
                        ),
                        Some(period) => ctx.push(
                            &path,
                            key.span(),
                            format!("'{period}' is not a period of the plan"),
                            &format!(
                                "write budget_<period> for one of the periods: {}",
                                plan.periods.join(", ")
                            ),
                        ),
                        None => ctx.unknown_key(
                            &path,
                            key,
                            "budget, budget_<period> (a period of the plan), max_share, enabled",
                        ),
                    },
                },
            }
        }
    }
    for (id, keys) in entries(&raw.actions) {
        let Some(a) = ctx.find("actions", id, plan.actions.iter().map(|a| &a.id)) else {
            continue;
        };
        for (key, value) in keys {
            let path = format!("actions.{}.{}", id.get_ref(), key.get_ref());
            let action = &mut plan.actions[a];
            match key.get_ref().as_str() {
                "status" => match value.get_ref().as_str() {
                    Some("must") => action.status = Status::Must,
                    Some("never") => action.status = Status::Never,
                    Some("") | Some("free") => action.status = Status::Free,
                    _ => ctx.bad(
                        &path,
                        value,
                        "write \"must\", \"never\" or \"free\" (the optimiser decides)",
                    ),
                },
                "cost_factor" => {
                    if let Some(f) = ctx.factor(&path, value) {
                        action.cost_eur.iter_mut().for_each(|c| *c *= f);
                    }
                }
                _ => ctx.unknown_key(&path, key, "status, cost_factor"),
            }
        }
    }
    for (id, keys) in entries(&raw.partners) {
        let Some(k) = ctx.find("partners", id, plan.partners.iter().map(|p| &p.id)) else {
            continue;
        };
        for (key, value) in keys {
            let path = format!("partners.{}.{}", id.get_ref(), key.get_ref());
            let periods = plan.periods.clone();
            let partner = &mut plan.partners[k];
            match key.get_ref().as_str() {
                "enabled" => {
                    if !ctx.flag(&path, value).unwrap_or(true) {
                        partner.eligible.iter_mut().for_each(|e| *e = false);
                    }
                }
                "cash" => {
                    if let Some(offer) = ctx.offer(&path, value, &periods) {
                        partner.cash_eur = offer;
                    }
                }
                "staff_hours" => {
                    if let Some(offer) = ctx.offer(&path, value, &periods) {
                        partner.staff_hours = offer;
                    }
                }
                _ => ctx.unknown_key(&path, key, "enabled, cash, staff_hours"),
            }
        }
    }
    for (name, keys) in entries(&raw.targets) {
        let Some(i) = ctx.find("targets", name, plan.indicators.iter()) else {
            continue;
        };
        let t = match plan.targets.iter().position(|t| t.indicator == i) {
            Some(t) => t,
            None => {
                plan.targets.push(Target {
                    indicator: i,
                    min: 0.0,
                    hard: true,
                    penalty: 0.0,
                });
                plan.targets.len() - 1
            }
        };
        for (key, value) in keys {
            let path = format!("targets.{}.{}", name.get_ref(), key.get_ref());
            let target = &mut plan.targets[t];
            match key.get_ref().as_str() {
                "min" => target.min = ctx.amount(&path, value).unwrap_or(target.min),
                "penalty" => target.penalty = ctx.amount(&path, value).unwrap_or(target.penalty),
                "hard" => target.hard = ctx.flag(&path, value).unwrap_or(target.hard),
                _ => ctx.unknown_key(&path, key, "min, hard, penalty"),
            }
        }
    }
}

type Keys = std::collections::BTreeMap<Spanned<String>, Spanned<Value>>;

fn entries(overrides: &Option<Overrides>) -> impl Iterator<Item = (&Spanned<String>, &Keys)> {
    overrides.iter().flatten()
}

struct Ctx<'a, 'b> {
    problems: &'a mut Problems,
    at: &'a At<'b>,
}

impl Ctx<'_, '_> {
    fn push(&mut self, key: &str, span: std::ops::Range<usize>, message: String, fix: &str) {
        self.problems.push((self.at)(key, span, message, fix));
    }

    /// The index of `id` among `ids`, or a problem naming the table.
    fn find<'i>(
        &mut self,
        table: &str,
        id: &Spanned<String>,
        ids: impl Iterator<Item = &'i String>,
    ) -> Option<usize> {
        let ids: Vec<&String> = ids.collect();
        let found = ids.iter().position(|x| *x == id.get_ref());
        if found.is_none() {
            let what = match table {
                "sources" => "a source id in sources.csv",
                "actions" => "an action id in actions.csv",
                "partners" => "a partner id in partners.csv",
                _ => "an indicator of the plan (an 'impact_<indicator>' column of actions.csv)",
            };
            let list: Vec<&str> = ids.iter().map(|s| s.as_str()).collect();
            self.push(
                &format!("{table}.{}", id.get_ref()),
                id.span(),
                format!("'{}' is not {what}", id.get_ref()),
                &format!("use one of: {}", list.join(", ")),
            );
        }
        found
    }

    fn unknown_key(&mut self, path: &str, key: &Spanned<String>, allowed: &str) {
        self.push(
            path,
            key.span(),
            format!("'{}' is not a setting here", key.get_ref()),
            &format!("use one of: {allowed}"),
        );
    }

    fn bad(&mut self, path: &str, value: &Spanned<Value>, fix: &str) {
        self.push(
            path,
            value.span(),
            format!("{} is not allowed here", value.get_ref()),
            fix,
        );
    }

    fn number(
        &mut self,
        path: &str,
        value: &Spanned<Value>,
        min: f64,
        max: f64,
        what: &str,
    ) -> Option<f64> {
        match hours_or_number(value.get_ref()) {
            Some(x) if x >= min && x <= max => Some(x),
            _ => {
                self.push(
                    path,
                    value.span(),
                    format!("{} is not {what}", value.get_ref()),
                    &format!("write {what}"),
                );
                None
            }
        }
    }

    fn amount(&mut self, path: &str, value: &Spanned<Value>) -> Option<f64> {
        self.number(path, value, 0.0, f64::INFINITY, "an amount of 0 or more")
    }

    fn factor(&mut self, path: &str, value: &Spanned<Value>) -> Option<f64> {
        self.number(
            path,
            value,
            0.0,
            f64::INFINITY,
            "a factor of 0 or more (0.9 = 10% less, 1.15 = 15% more)",
        )
    }

    fn flag(&mut self, path: &str, value: &Spanned<Value>) -> Option<bool> {
        let flag = value.get_ref().as_bool();
        if flag.is_none() {
            self.bad(path, value, "write true or false");
        }
        flag
    }

    /// One number (a total for the whole plan) or a table per period.
    fn offer(&mut self, path: &str, value: &Spanned<Value>, periods: &[String]) -> Option<Offer> {
        if let Some(total) = hours_or_number(value.get_ref()) {
            return self.amount(path, value).map(|_| Offer::Total(total));
        }
        let Some(table) = value.get_ref().as_table() else {
            self.bad(path, value, "write one amount for the whole plan, or a table per period: { \"2025\" = 5000, \"2026\" = 5000 }");
            return None;
        };
        let mut amounts = vec![0.0; periods.len()];
        for (period, v) in table {
            let Some(p) = periods.iter().position(|x| x == period) else {
                self.push(
                    path,
                    value.span(),
                    format!("'{period}' is not a period of the plan"),
                    &format!("use the periods: {}", periods.join(", ")),
                );
                return None;
            };
            match hours_or_number(v) {
                Some(x) if x >= 0.0 => amounts[p] = x,
                _ => {
                    self.push(
                        path,
                        value.span(),
                        format!("{v} is not an amount of 0 or more"),
                        "write amounts of 0 or more",
                    );
                    return None;
                }
            }
        }
        Some(Offer::PerPeriod(amounts))
    }
}
