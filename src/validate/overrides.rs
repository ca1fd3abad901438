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
//! `cost_factor` scales every cost, and `[actions.<id>] cost_factor` comes on top of it; an
//! uncertain cost's range is scaled with it (the most likely cost stays within its range).
//!
//! No amount of money may end up above [`MAX_EUR`] (10^15 EUR): an explicit amount above it is a
//! problem at its key, and a factor that takes a budget or cost above it a problem at the factor.

use super::{hours_or_number, At};
use crate::domain::{Offer, Plan, Status, Target, MAX_EUR};
use crate::error::Problems;
use crate::i18n::{input_tr, Tr};
use crate::input::scenario::{Overrides, RawScenario};
use crate::t;
use toml::{Spanned, Value};

/// Applies every override of `raw` to `plan`.
pub fn apply(raw: &RawScenario, plan: &mut Plan, problems: &mut Problems, at: &At) {
    let tr = input_tr();
    let mut ctx = Ctx { problems, at, tr };
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
                action.scale_cost(f);
            }
        }
    }
    // Which actions the global cost_factor alone keeps within MAX_EUR, to blame the right factor.
    let within_after_global: Vec<bool> = plan
        .actions
        .iter()
        .map(|a| within_max(a.cost_amounts()))
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
                    if let Some(share) = ctx.number(&path, value, 0.0, 1.0, Expect::Share) {
                        source.max_share = share;
                    }
                }
                "enabled" => {
                    if !ctx.flag(&path, value).unwrap_or(true) {
                        source.switch_off();
                    }
                }
                "award_probability" => {
                    if let Some(p) = ctx.number(&path, value, 0.0, 1.0, Expect::Share) {
                        source.award_probability = p;
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
                            t!(tr, "val-not-a-period-single", period = period),
                            &t!(tr, "val-fix-budget-single-period"),
                        ),
                        Some(period) => ctx.push(
                            &path,
                            key.span(),
                            t!(tr, "val-not-a-period", period = period),
                            &t!(
                                tr,
                                "val-fix-budget-period",
                                periods = plan.periods.join(", ")
                            ),
                        ),
                        None => ctx.unknown_key(&path, key, &t!(tr, "val-source-settings")),
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
                &t!(tr, "val-source-budget", id = &source.id),
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
                    _ => ctx.bad(&path, value, &t!(tr, "val-fix-status-override")),
                },
                "cost_factor" => {
                    if let Some(f) = ctx.factor(&path, value) {
                        action.scale_cost(f);
                        if within_after_global[a] && !within_max(action.cost_amounts()) {
                            let what = t!(tr, "val-action-cost", id = &action.id);
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
            .find(|(a, within)| !**within && !within_max(a.cost_amounts()));
        if let Some((action, _)) = over {
            ctx.too_large(
                "cost_factor",
                v,
                &t!(tr, "val-action-cost", id = &action.id),
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
                        partner.switch_off();
                    }
                }
                "commitment_probability" => {
                    if let Some(p) = ctx.number(&path, value, 0.0, 1.0, Expect::Share) {
                        partner.commitment_probability = p;
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
                _ => ctx.unknown_key(
                    &path,
                    key,
                    "enabled, cash, staff_hours, commitment_probability",
                ),
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
    tr: &'static Tr,
}

/// What a number in the scenario file must be.
#[derive(Debug, Clone, Copy)]
enum Expect {
    /// A share between 0 and 1.
    Share,
    /// An amount of 0 or more.
    Amount,
    /// A factor of 0 or more.
    Factor,
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
            let tr = self.tr;
            let name = id.get_ref();
            let message = match table {
                "sources" => t!(tr, "val-not-a-source", name = name),
                "actions" => t!(tr, "val-not-an-action", name = name),
                "partners" => t!(tr, "val-not-a-partner", name = name),
                _ => t!(tr, "val-not-an-indicator-of-plan", name = name),
            };
            let list: Vec<&str> = ids.iter().map(|s| s.as_str()).collect();
            self.push(
                &format!("{table}.{}", id.get_ref()),
                id.span(),
                message,
                &t!(tr, "val-fix-use-one-of", list = list.join(", ")),
            );
        }
        found
    }

    fn unknown_key(&mut self, path: &str, key: &Spanned<String>, allowed: &str) {
        let tr = self.tr;
        self.push(
            path,
            key.span(),
            t!(tr, "val-not-a-setting", key = key.get_ref()),
            &t!(tr, "val-fix-use-one-of", list = allowed),
        );
    }

    fn bad(&mut self, path: &str, value: &Spanned<Value>, fix: &str) {
        let message = t!(
            self.tr,
            "val-not-allowed",
            value = value.get_ref().to_string()
        );
        self.push(path, value.span(), message, fix);
    }

    fn number(
        &mut self,
        path: &str,
        value: &Spanned<Value>,
        min: f64,
        max: f64,
        expect: Expect,
    ) -> Option<f64> {
        match hours_or_number(value.get_ref()) {
            Some(x) if x >= min && x <= max => Some(x),
            _ => {
                let tr = self.tr;
                let text = value.get_ref().to_string();
                let (message, fix) = match expect {
                    Expect::Share => (
                        t!(tr, "val-not-a-share", value = text),
                        t!(tr, "val-fix-share"),
                    ),
                    Expect::Amount => (
                        t!(tr, "val-not-an-amount", value = text),
                        t!(tr, "val-fix-amount-override"),
                    ),
                    Expect::Factor => (
                        t!(tr, "val-not-a-factor", value = text),
                        t!(tr, "val-fix-factor"),
                    ),
                };
                self.push(path, value.span(), message, &fix);
                None
            }
        }
    }

    fn amount(&mut self, path: &str, value: &Spanned<Value>) -> Option<f64> {
        self.number(path, value, 0.0, f64::INFINITY, Expect::Amount)
    }

    /// An amount above [`MAX_EUR`] at `path`, as written (`value`).
    fn above_max(&mut self, path: &str, span: std::ops::Range<usize>, value: &Value) {
        let tr = self.tr;
        self.push(
            path,
            span,
            t!(tr, "val-above-max-eur", value = written(value)),
            &t!(tr, "val-fix-above-max-eur"),
        );
    }

    /// An amount of money, 0 to [`MAX_EUR`].
    fn money(&mut self, path: &str, value: &Spanned<Value>) -> Option<f64> {
        let amount = self.amount(path, value)?;
        if amount > MAX_EUR {
            self.above_max(path, value.span(), value.get_ref());
            return None;
        }
        Some(amount)
    }

    /// The factor at `path` made `what` larger than [`MAX_EUR`] (or too large to count).
    fn too_large(&mut self, path: &str, value: &Spanned<Value>, what: &str) {
        let tr = self.tr;
        self.push(
            path,
            value.span(),
            t!(
                tr,
                "val-factor-too-large",
                factor = written(value.get_ref()),
                what = what
            ),
            &t!(tr, "val-fix-factor-too-large"),
        );
    }

    fn factor(&mut self, path: &str, value: &Spanned<Value>) -> Option<f64> {
        self.number(path, value, 0.0, f64::INFINITY, Expect::Factor)
    }

    fn flag(&mut self, path: &str, value: &Spanned<Value>) -> Option<bool> {
        let flag = value.get_ref().as_bool();
        if flag.is_none() {
            let fix = t!(self.tr, "val-fix-true-or-false");
            self.bad(path, value, &fix);
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
        let tr = self.tr;
        let Some(table) = value.get_ref().as_table() else {
            self.bad(path, value, &t!(tr, "val-fix-offer"));
            return None;
        };
        let mut amounts = vec![0.0; periods.len()];
        for (period, v) in table {
            let Some(p) = periods.iter().position(|x| x == period) else {
                self.push(
                    path,
                    value.span(),
                    t!(tr, "val-not-a-period", period = period),
                    &t!(tr, "val-fix-use-periods", periods = periods.join(", ")),
                );
                return None;
            };
            match hours_or_number(v) {
                Some(x) if x > max => {
                    self.above_max(path, value.span(), v);
                    return None;
                }
                Some(x) if x >= 0.0 => amounts[p] = x,
                _ => {
                    self.push(
                        path,
                        value.span(),
                        t!(tr, "val-not-an-amount", value = v.to_string()),
                        &t!(tr, "val-fix-amounts"),
                    );
                    return None;
                }
            }
        }
        Some(Offer::PerPeriod(amounts))
    }
}
