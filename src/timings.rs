//! Where the time of a run goes: one entry per step (reading the input, building the model,
//! each solver stage, the independent check, the analyses, the reports and the charts).
//!
//! A leaf module: every stage may record into it, it calls none of them.

use serde::Serialize;
use std::time::Instant;

/// The wall-clock time of one step.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StepTime {
    /// What was done, in plain words ("read and check the input", "solve: most impact", …).
    pub step: String,
    /// Seconds of wall-clock time.
    pub seconds: f64,
}

/// The steps of a run, in the order they ran.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
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
    pub fn text(&self) -> String {
        let width = self
            .steps
            .iter()
            .map(|s| s.step.len())
            .max()
            .unwrap_or(0)
            .max(5);
        let mut out = String::from("Where the time went:\n");
        for s in &self.steps {
            out += &format!("  {:<width$}  {:>8.3} s\n", s.step, s.seconds);
        }
        out += &format!("  {:<width$}  {:>8.3} s\n", "total", self.total_seconds());
        out
    }
}
