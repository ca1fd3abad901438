//! Where the time of a run goes: one entry per step (reading the input, building the model,
//! each solver stage, the independent check, the analyses, the reports and the charts).
//!
//! A leaf module: every stage may record into it, it calls none of them.

use crate::i18n::Tr;
use crate::t;
use serde::{Deserialize, Serialize};
use std::time::Instant;

/// The wall-clock time of one step.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StepTime {
    /// What was done, in plain words ("read and check the input", "solve: most impact", …).
    pub step: String,
    /// Seconds of wall-clock time.
    pub seconds: f64,
}

/// The steps of a run, in the order they ran.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Timings {
    /// One entry per step.
    pub steps: Vec<StepTime>,
}

impl Timings {
    /// Runs `work`, records its time under `step`, and returns what it returned.
    pub fn time<T>(&mut self, step: &str, work: impl FnOnce() -> T) -> T {
        let started = Instant::now();
        let out = work();
        self.record(step, started.elapsed().as_secs_f64());
        out
    }

    /// Records `seconds` under `step`.
    pub fn record(&mut self, step: &str, seconds: f64) {
        self.steps.push(StepTime {
            step: step.to_string(),
            seconds,
        });
    }

    /// Appends the steps of `other` (a stage's own breakdown).
    pub fn extend(&mut self, other: &Timings) {
        self.steps.extend(other.steps.iter().cloned());
    }

    /// The sum of every step.
    pub fn total_seconds(&self) -> f64 {
        self.steps.iter().map(|s| s.seconds).sum()
    }

    /// A table for the terminal: one step a line, then the total.
    pub fn text(&self, tr: &Tr) -> String {
        let steps: Vec<(String, f64)> = self
            .steps
            .iter()
            .map(|s| (step_words(tr, &s.step), s.seconds))
            .collect();
        let total = t!(tr, "step-total");
        let width = steps
            .iter()
            .map(|(step, _)| step.chars().count())
            .chain([total.chars().count()])
            .max()
            .unwrap_or(0)
            .max(5);
        let mut out = format!("{}\n", t!(tr, "step-heading"));
        for (step, seconds) in &steps {
            out += &format!("  {step:<width$}  {:>8} s\n", tr.fixed(*seconds, 3));
        }
        out += &format!(
            "  {total:<width$}  {:>8} s\n",
            tr.fixed(self.total_seconds(), 3)
        );
        out
    }
}

/// A step's name for reading, in the language (the name itself, as `summary.json` keeps it,
/// in English).
pub fn step_words(tr: &Tr, step: &str) -> String {
    match step {
        "read and check the input" => t!(tr, "step-read"),
        "export the model" => t!(tr, "step-export"),
        "build the model" => t!(tr, "step-build"),
        "solve: most impact" => t!(tr, "step-most-impact"),
        "solve: least own money" => t!(tr, "step-least-own"),
        "solve: tie-break, least own money" => t!(tr, "step-tie-least-own"),
        "solve: tie-break, most impact" => t!(tr, "step-tie-most-impact"),
        "solve: tie-break, fewest partnerships" => t!(tr, "step-tie-partnerships"),
        "solve: settle the money of CBC's plan" => t!(tr, "step-settle-cbc"),
        "solve: first stage by HiGHS (CBC found no plan)" => t!(tr, "step-highs-after-cbc"),
        "solve: best value" => t!(tr, "step-best-value"),
        "check the plan independently" => t!(tr, "step-check"),
        "analyse: what limits the plan" => t!(tr, "step-limits"),
        "analyse: why no plan is possible" => t!(tr, "step-diagnose"),
        "analyse: own-money frontier" => t!(tr, "step-frontier"),
        "draw the charts" => t!(tr, "step-charts"),
        "write the reports" => t!(tr, "step-write"),
        other => other.to_string(),
    }
}
