//! What happened as the plan ran (`fundmix monitor`): money spent and indicators reached, per
//! period, read from `actuals.csv`, `progress.csv` and `stopped.csv` of an actuals folder.

use serde::{Deserialize, Serialize};

/// Who paid an amount spent: a funding source or a partner (cash).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Payer {
    /// A funding source (index into [`super::Plan::sources`]).
    Source(usize),
    /// A partner's cash (index into [`super::Plan::partners`]).
    Partner(usize),
}

/// Money spent on an action in a period (a row of `actuals.csv`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Spent {
    /// Action index.
    pub action: usize,
    /// Who paid.
    pub payer: Payer,
    /// Period index.
    pub period: usize,
    /// EUR spent (0 or more).
    pub amount_eur: f64,
}

/// What an indicator reached in a period (not counting earlier periods).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Progress {
    /// Index into [`super::Plan::indicators`].
    pub indicator: usize,
    /// Period index.
    pub period: usize,
    /// The amount reached in that period (people trained in 2025, say).
    pub value: f64,
}

/// Everything recorded up to a period.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Actuals {
    /// Money spent, ordered by action, payer, period (amounts of one key added up).
    pub spent: Vec<Spent>,
    /// Indicator progress, ordered by indicator, period.
    pub progress: Vec<Progress>,
    /// Per action: the user stopped it (`stopped.csv`); a re-plan funds nothing more of it.
    pub stopped: Vec<bool>,
}
