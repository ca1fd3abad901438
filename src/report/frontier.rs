//! The files of `fundmix frontier` (`frontier.csv`, `frontier.json`, `frontier.md` and the
//! chart) and its summary for the terminal, all written from one [`Frontier`].
//!
//! Each row says what one more step of money buys: the extra money, the extra impact, the
//! impact per 1 000 EUR of that step, and the actions that come in (or go out) compared with
//! the point before. This module formats; it traces nothing.

use super::csv::field;
use crate::analyse::frontier::{Frontier, FrontierPoint};
use crate::error::OutputResult as Result;
use crate::format::{fixed, number};
use crate::plot::frontier::{frontier_chart, money_axis_title, title, IMPACT_AXIS_TITLE};
use std::fmt::Write;

/// A step that funds the same actions as the point before: it can only scale some up.
const SAME_ACTIONS: &str = "the same actions, some at a larger scale";

/// Two amounts of money closer than this (EUR) are the same amount.
const SAME_EUR: f64 = 0.5;

/// Every file of a frontier folder: (relative path, content). The same frontier gives the same
/// bytes.
pub fn frontier_files(frontier: &Frontier) -> Result<Vec<(String, Vec<u8>)>> {
    let chart = frontier_chart(frontier)?;
    let mut files = vec![
        ("frontier.csv".to_string(), csv(frontier).into_bytes()),
        ("frontier.json".into(), json(frontier)?.into_bytes()),
        ("frontier.md".into(), markdown(frontier).into_bytes()),
    ];
    files.extend(super::chart_files(&[chart]));
    Ok(files)
}

/// What one point adds to the point before it.
struct Step<'f> {
    /// 1-based number of the point, as in every frontier file.
    number: usize,
    point: &'f FrontierPoint,
    /// Extra money and extra impact over the point before (none for the first point).
    extra: Option<(f64, f64)>,
    /// Ids funded here and not at the point before (all of them at the first point).
    added: Vec<&'f str>,
    /// Ids funded at the point before and not here.
    dropped: Vec<&'f str>,
}

impl Step<'_> {
    /// Extra impact per 1 000 EUR of extra money; none for the first point or no extra money.
    fn per_1000_eur(&self) -> Option<f64> {
        self.extra
            .filter(|(money, _)| *money > SAME_EUR)
            .map(|(money, impact)| impact / money * 1000.0)
    }
}

fn steps(frontier: &Frontier) -> Vec<Step<'_>> {
    let mut previous: Option<&FrontierPoint> = None;
    let mut steps = Vec::with_capacity(frontier.points.len());
    for (i, point) in frontier.points.iter().enumerate() {
        let before: &[String] = previous.map_or(&[], |p| &p.funded);
        steps.push(Step {
            number: i + 1,
            point,
            extra: previous.map(|p| (point.money_eur - p.money_eur, point.impact - p.impact)),
            added: point
                .funded
                .iter()
                .filter(|id| !before.contains(id))
                .map(String::as_str)
                .collect(),
            dropped: before
                .iter()
                .filter(|id| !point.funded.contains(id))
                .map(String::as_str)
                .collect(),
        });
        previous = Some(point);
    }
    steps
}

/// `frontier.csv`: `point,money_eur,impact,funded_count,funded,impact_per_1000_eur`, one row
/// per point; `funded` lists the action ids joined by `;`, and the last column (empty on the
/// first row) is the extra impact per 1 000 EUR over the point before.
pub fn csv(frontier: &Frontier) -> String {
    let mut out = String::from("point,money_eur,impact,funded_count,funded,impact_per_1000_eur\n");
    for step in steps(frontier) {
        let p = step.point;
        let _ = writeln!(
            out,
            "{},{},{},{},{},{}",
            step.number,
            fixed(p.money_eur, 2),
            fixed(p.impact, 2),
            p.funded.len(),
            field(&p.funded.join(";")),
            step.per_1000_eur().map_or(String::new(), |v| fixed(v, 2))
        );
    }
    out
}

/// `frontier.json`: the whole frontier, numbers rounded to 4 decimals like `summary.json`.
pub fn json(frontier: &Frontier) -> Result<String> {
    let mut value = serde_json::to_value(frontier)?;
    super::json::round(&mut value);
    Ok(serde_json::to_string_pretty(&value)? + "\n")
}

/// Impact points as the readable reports write them: whole points when every impact of the
/// frontier is whole, one decimal when they run to 100 or more, else two.
struct Points(usize);

impl Points {
    fn of(frontier: &Frontier) -> Points {
        let impacts: Vec<f64> = frontier
            .points
            .iter()
            .map(|p| p.impact)
            .chain(frontier.current.map(|(_, i)| i))
            .collect();
        let whole = impacts.iter().all(|i| (i - i.round()).abs() < 0.005);
        let large = impacts.iter().any(|i| i.abs() >= 100.0);
        Points(match (whole, large) {
            (true, _) => 0,
            (false, true) => 1,
            (false, false) => 2,
        })
    }

    fn show(&self, impact: f64) -> String {
        number(impact, self.0)
    }
}

/// Whether the impacts `a` and `b` are the same (to solver precision).
fn same_impact(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1.0)
}

/// Where the scenario's own plan stands against the frontier, in one sentence.
pub fn position_sentence(frontier: &Frontier) -> String {
    let money = &frontier.money_label;
    let pts = Points::of(frontier);
    let Some((m, i)) = frontier.current else {
        return "The scenario has no plan of its own to compare.".into();
    };
    let this = format!(
        "This plan uses {} EUR of {money} for {} points",
        number(m, 0),
        pts.show(i)
    );
    // The best point the plan's money affords.
    let Some((k, best)) = frontier
        .points
        .iter()
        .enumerate()
        .rfind(|(_, p)| p.money_eur <= m + SAME_EUR)
    else {
        return format!("{this}, less than any point of the frontier.");
    };
    let n = k + 1;
    let next = frontier.points.get(k + 1).map_or_else(
        || format!("no amount of extra {money} buys more impact"),
        |p| {
            format!(
                "{} EUR more would buy {} more points (point {})",
                number(p.money_eur - best.money_eur, 0),
                pts.show(p.impact - best.impact),
                n + 1
            )
        },
    );
    if same_impact(i, best.impact) {
        if (m - best.money_eur).abs() <= SAME_EUR {
            format!("{this}: it is point {n} of the frontier, and {next}.")
        } else {
            format!(
                "{this}: point {n} gets the same impact with {} EUR less, and {next}.",
                number(m - best.money_eur, 0)
            )
        }
    } else if i < best.impact {
        format!(
            "{this}: point {n} gets {} more points with no more money ({} EUR).",
            pts.show(best.impact - i),
            number(best.money_eur, 0)
        )
    } else {
        format!(
            "{this}: more than point {n}, the best the frontier shows for that money (a point \
             between the amounts traced was missed)."
        )
    }
}

/// "a, b, c", or `none` for an empty list.
fn listed(ids: &[&str], none: &str) -> String {
    if ids.is_empty() {
        none.to_string()
    } else {
        ids.join(", ")
    }
}

/// `frontier.md`: for a finance officer, what each extra step of money buys.
pub fn markdown(frontier: &Frontier) -> String {
    let f = frontier;
    let money = &f.money_label;
    let pts = Points::of(f);
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", title(f));
    if f.points.is_empty() {
        let _ = writeln!(
            out,
            "No plan keeps every rule of this scenario, so there is nothing to trace. Loosen a \
             rule and try again: a `must` action, a hard target, a budget or the staff capacity."
        );
        return out;
    }
    let _ = writeln!(
        out,
        "Each row is a plan that gets the most weighted impact for its amount of {money}: no plan \
         gets more impact from that money, and none gets as much with less. Every other rule of \
         the scenario still holds (budgets, co-financing shares, staff hours, targets).\n"
    );
    let _ = writeln!(
        out,
        "- **Money counted:** {money} (sources: {})",
        f.sources.join(", ")
    );
    let method = if f.method == "grid" {
        "on a grid of evenly spaced amounts; a better plan between two rows may be missed"
            .to_string()
    } else {
        format!(
            "exactly; for any amount between two rows, the best plan gets at most {} points \
             more than the lower row",
            pts.show(f.step)
        )
    };
    let _ = writeln!(out, "- **How it was traced:** {method}");
    let _ = writeln!(
        out,
        "- **Where this plan stands:** {}\n",
        position_sentence(f)
    );

    let _ = writeln!(
        out,
        "| Point | {} | Extra money (EUR) | {} | Extra impact (points) | Points per 1 000 EUR extra | Actions added | Actions dropped |",
        money_axis_title(f),
        IMPACT_AXIS_TITLE
    );
    let _ = writeln!(out, "|---:|---:|---:|---:|---:|---:|---|---|");
    let steps = steps(f);
    for step in &steps {
        let p = step.point;
        let (extra_money, extra_impact) = step.extra.map_or((String::new(), String::new()), |e| {
            (number(e.0, 0), pts.show(e.1))
        });
        let added = if step.extra.is_none() {
            format!(
                "{} actions (the least {money} any plan needs)",
                p.funded.len()
            )
        } else if step.added.is_empty() && step.dropped.is_empty() {
            SAME_ACTIONS.to_string()
        } else {
            listed(&step.added, "–")
        };
        let _ = writeln!(
            out,
            "| {} | {} | {extra_money} | {} | {extra_impact} | {} | {added} | {} |",
            step.number,
            number(p.money_eur, 0),
            pts.show(p.impact),
            step.per_1000_eur().map_or(String::new(), |v| number(v, 2)),
            listed(&step.dropped, ""),
        );
    }
    let first = &steps[0];
    let _ = writeln!(
        out,
        "\nPoint 1 funds: {}.\n",
        listed(&first.added, "nothing")
    );
    if let (Some(first), Some(last)) = (f.points.first(), f.points.last()) {
        if steps.len() > 1 {
            let (extra_money, extra_impact) =
                (last.money_eur - first.money_eur, last.impact - first.impact);
            let _ = write!(
                out,
                "From point 1 to point {}, {} EUR more {money} buys {} more points",
                steps.len(),
                number(extra_money, 0),
                pts.show(extra_impact)
            );
            if extra_money > SAME_EUR {
                let _ = write!(
                    out,
                    " ({} per 1 000 EUR)",
                    number(extra_impact / extra_money * 1000.0, 2)
                );
            }
            // The best value for money: the first step with the most impact per 1 000 EUR.
            let best = steps
                .iter()
                .filter_map(|s| Some((s.number, s.per_1000_eur()?)))
                .fold(None, |best: Option<(usize, f64)>, (n, v)| match best {
                    Some((_, b)) if b >= v => best,
                    _ => Some((n, v)),
                });
            match best {
                Some((n, v)) => {
                    let _ = writeln!(
                        out,
                        ". The best value for money is the step to point {n}: {} points per \
                         1 000 EUR.\n",
                        number(v, 2)
                    );
                }
                None => {
                    let _ = writeln!(out, ".\n");
                }
            }
        }
    }
    let _ = writeln!(
        out,
        "The actions funded at every point are listed in `frontier.csv`; the chart is \
         `charts/frontier.png`."
    );
    out
}

/// At most this many action changes in a terminal row before "and N more".
const TERMINAL_CHANGES: usize = 5;

/// The frontier for the terminal: a compact table (money, impact, actions added) and one
/// closing sentence on where the scenario's own plan stands.
pub fn frontier_text(frontier: &Frontier) -> String {
    let f = frontier;
    let mut out = String::new();
    let how = if f.method == "grid" {
        "on a grid"
    } else {
        "exactly"
    };
    let _ = writeln!(
        out,
        "{} (traced {how}, {} points)",
        title(f),
        f.points.len()
    );
    if f.points.is_empty() {
        let _ = writeln!(out, "No plan keeps every rule of this scenario.");
        return out;
    }
    let pts = Points::of(f);
    let rows: Vec<[String; 4]> = steps(f)
        .iter()
        .map(|step| {
            let changes = if step.extra.is_none() {
                format!("{} actions (the cheapest plan)", step.point.funded.len())
            } else {
                let all: Vec<String> = step
                    .added
                    .iter()
                    .map(|id| format!("+{id}"))
                    .chain(step.dropped.iter().map(|id| format!("-{id}")))
                    .collect();
                let mut shown = all
                    .iter()
                    .take(TERMINAL_CHANGES)
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(" ");
                if all.len() > TERMINAL_CHANGES {
                    let _ = write!(shown, " and {} more", all.len() - TERMINAL_CHANGES);
                }
                if all.is_empty() {
                    shown = SAME_ACTIONS.into();
                }
                shown
            };
            [
                step.number.to_string(),
                number(step.point.money_eur, 0),
                pts.show(step.point.impact),
                changes,
            ]
        })
        .collect();
    let header = [
        "Point".to_string(),
        money_axis_title(f),
        "Impact (points)".to_string(),
        "Actions added (+) or dropped (-)".to_string(),
    ];
    let width = |c: usize| {
        rows.iter()
            .map(|r| r[c].chars().count())
            .chain([header[c].chars().count()])
            .max()
            .unwrap_or(0)
    };
    let (w0, w1, w2) = (width(0), width(1), width(2));
    for row in std::iter::once(&header).chain(&rows) {
        let _ = writeln!(
            out,
            "{:>w0$}  {:>w1$}  {:>w2$}  {}",
            row[0], row[1], row[2], row[3]
        );
    }
    let _ = writeln!(out, "{}", position_sentence(f));
    out
}
