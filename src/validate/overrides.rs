//! What-if overrides of a scenario file, applied to the validated plan:
//! `budget_factor`, `cost_factor`, and `[sources.<id>]`, `[actions.<id>]`, `[partners.<id>]`,
//! `[targets.<indicator>]` tables. Each override naming something the plan does not have is a
//! problem located at its file and key.
//!
//! Factors and explicit budgets along an `extends` chain: the `budget_factor` in effect (the one
//! of the last file that sets it; a variant's factor replaces its base's, it does not multiply
//! it) scales the plan's budgets and every budget written in the files before it. A budget
//! written in the same file as the factor, or in a later one, is taken as written. So a variant
//! with `budget_factor = 0.9` cuts every budget by 10%, including one its base set explicitly.
//! `cost_factor` scales every cost, and `[actions.<id>] cost_factor` comes on top of it.
//!
//! No amount of money may end up above [`MAX_EUR`] (10^15 EUR): an explicit amount above it is a
//! problem at its key, and a factor that takes a budget or cost above it a problem at the factor.

use super::{hours_or_number, At};
use crate::domain::{Offer, Plan, Status, Target, MAX_EUR};
use crate::error::Problems;
use crate::input::scenario::{Overrides, RawScenario};
use toml::{Spanned, Value};

/// Applies every override of `raw` to `plan`.
pub fn apply(raw: &RawScenario, plan: &mut Plan, problems: &mut Problems, at: &At) {
    let mut ctx = Ctx { problems, at };
    let budget_factor = raw
        .budget_factor
        .as_ref()
        .and_then(|v| ctx.factor("budget_factor", v).map(|f| (f, v)));
    if let Some((f, _)) = budget_factor {
        for source in &mut plan.sources {
            source.budget_total_eur = source.budget_total_eur.map(|b| b * f);
            source.budget_eur.iter_mut().flatten().for_each(|b| *b *= f);
        }
    }
    // The factor on a budget written at `path`: budget_factor when a file before the one that
    // sets budget_factor wrote it, else 1 (the budget is taken as written).
    let factor_layer = raw.origin.get("budget_factor");
    let explicit_factor = |path: &str| match (budget_factor, factor_layer, raw.origin.get(path)) {
        (Some((f, _)), Some(factor), Some(written)) if written < factor => f,
        _ => 1.0,
    };
    if let Some(v) = &raw.cost_factor {
        if let Some(f) = ctx.factor("cost_factor", v) {
            for action in &mut plan.actions {
                action.cost_eur.iter_mut().for_each(|c| *c *= f);
            }
        }
    }
    // Which actions the global cost_factor alone keeps within MAX_EUR, to blame the right factor.
    let within_after_global: Vec<bool> = plan
        .actions
        .iter()
        .map(|a| within_max(&a.cost_eur))
        .collect();
    for (id, keys) in entries(&raw.sources) {
        let Some(s) = ctx.find("sources", id, plan.sources.iter().map(|s| &s.id)) else {
            continue;
        };
        for (key, value) in keys {
            let path = format!("sources.{}.{}", id.get_ref(), key.get_ref());
            let source = &mut plan.sources[s];
            match key.get_ref().as_str() {
                "budget" => {
                    let f = explicit_factor(&path);
                    if let Some(budget) = ctx.money(&path, value) {
                        source.budget_total_eur = Some(budget * f);
                    }
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
                        let f = explicit_factor(&path);
                        if let Some(b) = ctx.money(&path, value) {
                            plan.sources[s].budget_eur[p] = Some(b * f);
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
    if let Some((_, v)) = budget_factor {
        let over = plan.sources.iter().find(|s| {
            !within_max(
                s.budget_total_eur
                    .iter()
                    .chain(s.budget_eur.iter().flatten()),
            )
        });
        if let Some(source) = over {
            ctx.too_large(
                "budget_factor",
                v,
                &format!("the budget of source '{}'", source.id),
            );
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
                        if within_after_global[a] && !within_max(&action.cost_eur) {
                            let what = format!("the cost of action '{}'", action.id);
                            ctx.too_large(&path, value, &what);
                        }
                    }
                }
                _ => ctx.unknown_key(&path, key, "status, cost_factor"),
            }
        }
    }
    if let Some(v) = &raw.cost_factor {
        let over = plan
            .actions
            .iter()
            .zip(&within_after_global)
            .find(|(a, within)| !**within && !within_max(&a.cost_eur));
        if let Some((action, _)) = over {
            ctx.too_large(
                "cost_factor",
                v,
                &format!("the cost of action '{}'", action.id),
            );
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
                    if let Some(offer) = ctx.offer(&path, value, &periods, MAX_EUR) {
                        partner.cash_eur = offer;
                    }
                }
                "staff_hours" => {
                    if let Some(offer) = ctx.offer(&path, value, &periods, f64::INFINITY) {
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

/// True when every amount is a number no larger than [`MAX_EUR`] (not infinite, not NaN).
fn within_max<'a>(amounts: impl IntoIterator<Item = &'a f64>) -> bool {
    amounts.into_iter().all(|&x| x <= MAX_EUR)
}

/// How [`MAX_EUR`] is written in messages.
const MAX_EUR_TEXT: &str = "10^15 EUR";

/// How to fix an amount above [`MAX_EUR`].
const MAX_EUR_FIX: &str = "write the amount in EUR, at most 10^15 EUR (1 000 000 000 000 000)";

/// A number as a reader would write it: large ones in exponent form (`1e300`, not 301 digits).
fn written(value: &Value) -> String {
    match hours_or_number(value) {
        Some(x) if x.abs() >= 1e6 => format!("{x:e}"),
        _ => value.to_string(),
    }
}

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

    /// An amount of money, 0 to [`MAX_EUR`].
    fn money(&mut self, path: &str, value: &Spanned<Value>) -> Option<f64> {
        let amount = self.amount(path, value)?;
        if amount > MAX_EUR {
            self.push(
                path,
                value.span(),
                format!(
                    "{} EUR is more than fundmix accepts ({MAX_EUR_TEXT})",
                    written(value.get_ref())
                ),
                MAX_EUR_FIX,
            );
            return None;
        }
        Some(amount)
    }

    /// The factor at `path` made `what` larger than [`MAX_EUR`] (or too large to count).
    fn too_large(&mut self, path: &str, value: &Spanned<Value>, what: &str) {
        self.push(
            path,
            value.span(),
            format!(
                "{} makes {what} more than fundmix accepts ({MAX_EUR_TEXT})",
                written(value.get_ref())
            ),
            &format!(
                "write a factor that keeps every amount at most {MAX_EUR_TEXT}, such as 0.9 (10% less) or 1.15 (15% more)"
            ),
        );
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

    /// One number (a total for the whole plan) or a table per period; amounts at most `max`.
    fn offer(
        &mut self,
        path: &str,
        value: &Spanned<Value>,
        periods: &[String],
        max: f64,
    ) -> Option<Offer> {
        if hours_or_number(value.get_ref()).is_some() {
            let total = if max.is_finite() {
                self.money(path, value)
            } else {
                self.amount(path, value)
            };
            return total.map(Offer::Total);
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
                Some(x) if x > max => {
                    self.push(
                        path,
                        value.span(),
                        format!(
                            "{} EUR is more than fundmix accepts ({MAX_EUR_TEXT})",
                            written(v)
                        ),
                        MAX_EUR_FIX,
                    );
                    return None;
                }
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
