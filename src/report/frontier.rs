//! The files of `fundmix frontier` (`frontier.csv`, `frontier.json`, `frontier.md` and the
//! chart) and its summary for the terminal, all written from one [`Frontier`].
//!
//! Each row says what one more step of money buys: the extra money, the extra impact, the
//! impact per 1 000 EUR of that step, and the actions that come in (or go out) compared with
//! the point before. This module formats; it traces nothing. `frontier.md` and the terminal
//! text are in the frontier's language; `frontier.csv` and `frontier.json` are data, the same in
//! every language (but for the words of the scenario's own, such as `money_label`).

use super::csv::field;
use crate::analyse::frontier::{Frontier, FrontierPoint};
use crate::error::OutputResult as Result;
use crate::format::fixed;
use crate::i18n::Tr;
use crate::plot::frontier::{frontier_chart, impact_axis_title, money_axis_title, title};
use crate::t;
use std::fmt::Write;

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
struct Points(usize, &'static Tr);

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
        let decimals = match (whole, large) {
            (true, _) => 0,
            (false, true) => 1,
            (false, false) => 2,
        };
        Points(decimals, frontier.lang.tr())
    }

    fn show(&self, impact: f64) -> String {
        self.1.number(impact, self.0)
    }
}

/// Whether the impacts `a` and `b` are the same (to solver precision).
fn same_impact(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1.0)
}

/// Where the scenario's own plan stands against the frontier, in one sentence.
pub fn position_sentence(frontier: &Frontier) -> String {
    let tr = frontier.lang.tr();
    let money = &frontier.money_label;
    let pts = Points::of(frontier);
    let Some((m, i)) = frontier.current else {
        return t!(tr, "an-frontier-no-own-plan");
    };
    let this = t!(
        tr,
        "an-frontier-this-plan",
        money = tr.number(m, 0),
        label = money,
        points = pts.show(i)
    );
    // The best point the plan's money affords.
    let Some((k, best)) = frontier
        .points
        .iter()
        .enumerate()
        .rfind(|(_, p)| p.money_eur <= m + SAME_EUR)
    else {
        return t!(tr, "an-frontier-below-all", this = this);
    };
    let n = k + 1;
    let next = frontier.points.get(k + 1).map_or_else(
        || t!(tr, "an-frontier-next-none", label = money),
        |p| {
            t!(
                tr,
                "an-frontier-next",
                money = tr.number(p.money_eur - best.money_eur, 0),
                points = pts.show(p.impact - best.impact),
                point = n + 1
            )
        },
    );
    if same_impact(i, best.impact) {
        if (m - best.money_eur).abs() <= SAME_EUR {
            t!(
                tr,
                "an-frontier-at-point",
                this = this,
                point = n,
                next = next
            )
        } else {
            t!(
                tr,
                "an-frontier-same-impact",
                this = this,
                point = n,
                less = tr.number(m - best.money_eur, 0),
                next = next
            )
        }
    } else if i < best.impact {
        t!(
            tr,
            "an-frontier-more-impact",
            this = this,
            point = n,
            points = pts.show(best.impact - i),
            money = tr.number(best.money_eur, 0)
        )
    } else {
        t!(tr, "an-frontier-missed", this = this, point = n)
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
    let tr = f.lang.tr();
    let money = &f.money_label;
    let pts = Points::of(f);
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", title(f));
    if f.points.is_empty() {
        let _ = writeln!(out, "{}", t!(tr, "an-frontier-md-empty"));
        return out;
    }
    let _ = writeln!(out, "{}\n", t!(tr, "an-frontier-md-intro", label = money));
    let _ = writeln!(
        out,
        "- **{}** {}",
        t!(tr, "an-frontier-md-money"),
        t!(
            tr,
            "an-frontier-md-money-line",
            label = money,
            sources = f.sources.join(", ")
        )
    );
    let method = if f.method == "grid" {
        t!(tr, "an-frontier-md-grid")
    } else {
        t!(tr, "an-frontier-md-exact", step = pts.show(f.step))
    };
    let _ = writeln!(out, "- **{}** {method}", t!(tr, "an-frontier-md-method"));
    let _ = writeln!(
        out,
        "- **{}** {}\n",
        t!(tr, "an-frontier-md-stands"),
        position_sentence(f)
    );

    let _ = writeln!(
        out,
        "| {} | {} | {} | {} | {} | {} | {} | {} |",
        t!(tr, "an-frontier-col-point"),
        money_axis_title(f),
        t!(tr, "an-frontier-col-extra-money"),
        impact_axis_title(f),
        t!(tr, "an-frontier-col-extra-impact"),
        t!(tr, "an-frontier-col-per-1000"),
        t!(tr, "an-frontier-col-added"),
        t!(tr, "an-frontier-col-dropped"),
    );
    let _ = writeln!(out, "|---:|---:|---:|---:|---:|---:|---|---|");
    let steps = steps(f);
    for step in &steps {
        let p = step.point;
        let (extra_money, extra_impact) = step.extra.map_or((String::new(), String::new()), |e| {
            (tr.number(e.0, 0), pts.show(e.1))
        });
        let added = if step.extra.is_none() {
            t!(
                tr,
                "an-frontier-md-first",
                count = p.funded.len(),
                label = money
            )
        } else if step.added.is_empty() && step.dropped.is_empty() {
            t!(tr, "an-frontier-same-actions")
        } else {
            listed(&step.added, "–")
        };
        let _ = writeln!(
            out,
            "| {} | {} | {extra_money} | {} | {extra_impact} | {} | {added} | {} |",
            step.number,
            tr.number(p.money_eur, 0),
            pts.show(p.impact),
            step.per_1000_eur()
                .map_or(String::new(), |v| tr.number(v, 2)),
            listed(&step.dropped, ""),
        );
    }
    let first = &steps[0];
    let _ = writeln!(
        out,
        "\n{}\n",
        t!(
            tr,
            "an-frontier-md-first-funds",
            actions = listed(&first.added, &t!(tr, "an-no-actions"))
        )
    );
    if let (Some(first), Some(last)) = (f.points.first(), f.points.last()) {
        if steps.len() > 1 {
            let (extra_money, extra_impact) =
                (last.money_eur - first.money_eur, last.impact - first.impact);
            let (point, money_more, points) = (
                steps.len(),
                tr.number(extra_money, 0),
                pts.show(extra_impact),
            );
            let span = if extra_money > SAME_EUR {
                t!(
                    tr,
                    "an-frontier-md-span-rate",
                    point = point,
                    money = money_more,
                    label = money,
                    points = points,
                    rate = tr.number(extra_impact / extra_money * 1000.0, 2)
                )
            } else {
                t!(
                    tr,
                    "an-frontier-md-span",
                    point = point,
                    money = money_more,
                    label = money,
                    points = points
                )
            };
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
                    let best = t!(tr, "an-frontier-md-best", point = n, rate = tr.number(v, 2));
                    let _ = writeln!(out, "{span} {best}\n");
                }
                None => {
                    let _ = writeln!(out, "{span}\n");
                }
            }
        }
    }
    let _ = writeln!(out, "{}", t!(tr, "an-frontier-md-files"));
    out
}

/// At most this many action changes in a terminal row before "and N more".
const TERMINAL_CHANGES: usize = 5;

/// The frontier for the terminal: a compact table (money, impact, actions added) and one
/// closing sentence on where the scenario's own plan stands.
pub fn frontier_text(frontier: &Frontier) -> String {
    let f = frontier;
    let tr = f.lang.tr();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        t!(
            tr,
            "an-frontier-term-title",
            title = title(f),
            method = f.method,
            count = f.points.len()
        )
    );
    if f.points.is_empty() {
        let _ = writeln!(out, "{}", t!(tr, "an-frontier-term-empty"));
        return out;
    }
    let pts = Points::of(f);
    let rows: Vec<[String; 4]> = steps(f)
        .iter()
        .map(|step| {
            let changes = if step.extra.is_none() {
                t!(
                    tr,
                    "an-frontier-term-first",
                    count = step.point.funded.len()
                )
            } else {
                let all: Vec<String> = step
                    .added
                    .iter()
                    .map(|id| format!("+{id}"))
                    .chain(step.dropped.iter().map(|id| format!("-{id}")))
                    .collect();
                let shown = all
                    .iter()
                    .take(TERMINAL_CHANGES)
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(" ");
                if all.is_empty() {
                    t!(tr, "an-frontier-same-actions")
                } else if all.len() > TERMINAL_CHANGES {
                    t!(
                        tr,
                        "an-frontier-term-more",
                        changes = shown,
                        count = all.len() - TERMINAL_CHANGES
                    )
                } else {
                    shown
                }
            };
            [
                step.number.to_string(),
                tr.number(step.point.money_eur, 0),
                pts.show(step.point.impact),
                changes,
            ]
        })
        .collect();
    let header = [
        t!(tr, "an-frontier-col-point"),
        money_axis_title(f),
        t!(tr, "an-frontier-col-impact"),
        t!(tr, "an-frontier-col-changes"),
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
