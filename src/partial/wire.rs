//! The parts of a solved scenario ([`crate::Solved`]) as a partial result stores them, whole:
//! the report JSON leaves out what only the reports' wording needs (a limit's rule, the
//! diagnosis's rules and language) and a solver's bound may be infinite or not a number,
//! which JSON cannot hold. Each type here mirrors one of the crate's field for field, so a
//! field added there does not compile here until it is stored too.

use crate::analyse::diagnose::{Change, Diagnosis, Fix};
use crate::analyse::marginal::{Limit, Marginals};
use crate::domain::{Allocation, Scenario};
use crate::i18n::Lang;
use crate::model::Rule;
use crate::result::Analyses;
use crate::solve::{SolveOutcome, SolveStatus};
use crate::timings::Timings;
use crate::Solved;
use serde::{Deserialize, Serialize};

/// A number that may be infinite or not a number, as JSON can hold it: a number, or the text
/// `inf`, `-inf` or `nan`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(untagged)]
enum Number {
    /// A finite number.
    Finite(f64),
    /// `inf`, `-inf` or `nan`.
    Text(String),
}

impl Number {
    fn of(value: f64) -> Number {
        if value.is_finite() {
            Number::Finite(value)
        } else {
            Number::Text(value.to_string().to_lowercase())
        }
    }

    fn value(&self) -> f64 {
        match self {
            Number::Finite(v) => *v,
            Number::Text(t) => t.parse().unwrap_or(f64::NAN),
        }
    }
}

/// [`Solved`] as stored.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SolvedWire {
    status: SolveStatus,
    allocation: Option<Allocation>,
    objective: Option<Number>,
    best_bound: Option<Number>,
    gap: Option<Number>,
    solve_seconds: f64,
    solver_timings: Timings,
    limits: Option<MarginalsWire>,
    diagnosis: Option<DiagnosisWire>,
    timings: Timings,
}

/// [`Marginals`] as stored (its units follow from the scenario's objective).
#[derive(Debug, Clone, Serialize, Deserialize)]
struct MarginalsWire {
    limits: Vec<LimitWire>,
}

/// [`Limit`] as stored.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct LimitWire {
    rule: Rule,
    what: String,
    unit: String,
    limit: f64,
    used: f64,
    binding: bool,
    objective_per_unit: f64,
    tiebreak_per_unit: f64,
    valid_from: Option<f64>,
    valid_to: Option<f64>,
    tiebreak_valid_from: Option<f64>,
    tiebreak_valid_to: Option<f64>,
}

/// [`Diagnosis`] as stored.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct DiagnosisWire {
    fixes: Vec<Vec<ChangeWire>>,
    conflict: Vec<String>,
    conflict_rules: Vec<Rule>,
    lang: Lang,
}

/// [`Change`] as stored.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct ChangeWire {
    rule: Rule,
    what: String,
    unit: String,
    limit: f64,
    by: f64,
    new_limit: f64,
    advice: String,
}

impl SolvedWire {
    /// `solved` as stored.
    pub fn of(solved: &Solved) -> SolvedWire {
        let Solved {
            outcome,
            analyses,
            timings,
        } = solved;
        let SolveOutcome {
            status,
            allocation,
            objective,
            best_bound,
            gap,
            solve_seconds,
            timings: solver_timings,
        } = outcome;
        let Analyses { limits, diagnosis } = analyses;
        let number = |v: &Option<f64>| v.map(Number::of);
        SolvedWire {
            status: *status,
            allocation: allocation.clone(),
            objective: number(objective),
            best_bound: number(best_bound),
            gap: number(gap),
            solve_seconds: *solve_seconds,
            solver_timings: solver_timings.clone(),
            limits: limits.as_ref().map(|m| MarginalsWire {
                limits: m.limits.iter().map(LimitWire::of).collect(),
            }),
            diagnosis: diagnosis.as_ref().map(DiagnosisWire::of),
            timings: timings.clone(),
        }
    }

    /// The solved scenario back, for `scenario` (the one that was solved).
    pub fn solved(self, scenario: &Scenario) -> Solved {
        let number = |v: Option<Number>| v.map(|n| n.value());
        Solved {
            outcome: SolveOutcome {
                status: self.status,
                allocation: self.allocation,
                objective: number(self.objective),
                best_bound: number(self.best_bound),
                gap: number(self.gap),
                solve_seconds: self.solve_seconds,
                timings: self.solver_timings,
            },
            analyses: Analyses {
                limits: self.limits.map(|m| Marginals {
                    objective_unit: crate::analyse::objective_unit(scenario),
                    tiebreak_unit: crate::analyse::tiebreak_unit(scenario),
                    limits: m.limits.into_iter().map(LimitWire::limit).collect(),
                }),
                diagnosis: self.diagnosis.map(DiagnosisWire::diagnosis),
            },
            timings: self.timings,
        }
    }
}

impl LimitWire {
    fn of(limit: &Limit) -> LimitWire {
        let Limit {
            rule,
            what,
            unit,
            limit,
            used,
            binding,
            objective_per_unit,
            tiebreak_per_unit,
            valid_from,
            valid_to,
            tiebreak_valid_from,
            tiebreak_valid_to,
        } = limit.clone();
        LimitWire {
            rule,
            what,
            unit,
            limit,
            used,
            binding,
            objective_per_unit,
            tiebreak_per_unit,
            valid_from,
            valid_to,
            tiebreak_valid_from,
            tiebreak_valid_to,
        }
    }

    fn limit(self) -> Limit {
        let LimitWire {
            rule,
            what,
            unit,
            limit,
            used,
            binding,
            objective_per_unit,
            tiebreak_per_unit,
            valid_from,
            valid_to,
            tiebreak_valid_from,
            tiebreak_valid_to,
        } = self;
        Limit {
            rule,
            what,
            unit,
            limit,
            used,
            binding,
            objective_per_unit,
            tiebreak_per_unit,
            valid_from,
            valid_to,
            tiebreak_valid_from,
            tiebreak_valid_to,
        }
    }
}

impl DiagnosisWire {
    fn of(diagnosis: &Diagnosis) -> DiagnosisWire {
        let Diagnosis {
            fixes,
            conflict,
            conflict_rules,
            lang,
        } = diagnosis.clone();
        DiagnosisWire {
            fixes: fixes
                .into_iter()
                .map(|Fix { changes }| changes.into_iter().map(ChangeWire::of).collect())
                .collect(),
            conflict,
            conflict_rules,
            lang,
        }
    }

    fn diagnosis(self) -> Diagnosis {
        let DiagnosisWire {
            fixes,
            conflict,
            conflict_rules,
            lang,
        } = self;
        Diagnosis {
            fixes: fixes
                .into_iter()
                .map(|changes| Fix {
                    changes: changes.into_iter().map(ChangeWire::change).collect(),
                })
                .collect(),
            conflict,
            conflict_rules,
            lang,
        }
    }
}

impl ChangeWire {
    fn of(change: Change) -> ChangeWire {
        let Change {
            rule,
            what,
            unit,
            limit,
            by,
            new_limit,
            advice,
        } = change;
        ChangeWire {
            rule,
            what,
            unit,
            limit,
            by,
            new_limit,
            advice,
        }
    }

    fn change(self) -> Change {
        let ChangeWire {
            rule,
            what,
            unit,
            limit,
            by,
            new_limit,
            advice,
        } = self;
        Change {
            rule,
            what,
            unit,
            limit,
            by,
            new_limit,
            advice,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_json_cannot_hold_come_back_as_they_were() {
        for value in [1.5, -0.0, f64::INFINITY, f64::NEG_INFINITY, 1e-300] {
            let text = serde_json::to_string(&Number::of(value)).unwrap();
            let back: Number = serde_json::from_str(&text).unwrap();
            assert_eq!(back.value().to_bits(), value.to_bits(), "{text}");
        }
        let nan: Number =
            serde_json::from_str(&serde_json::to_string(&Number::of(f64::NAN)).unwrap()).unwrap();
        assert!(nan.value().is_nan());
    }
}
