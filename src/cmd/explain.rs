//! `fundmix explain`: why an action is funded or left out, and what would change that.

use super::{unknown, Ended, IdOf};
use crate::analyse::diagnose::{diagnose, Diagnosis};
use crate::analyse::explain::{explain, Explanation};
use crate::checked::Failure;
use crate::cli::ExplainArgs;
use crate::report::explain::{explanation_text, no_plan_text};
use crate::solve::SolveOptions;
use std::path::PathBuf;

/// Runs `fundmix explain`.
pub fn run(args: ExplainArgs) -> Result<Ended, Failure> {
    let request = ExplainRequest {
        input: args.input,
        action: args.action,
        options: SolveOptions::default(),
        lang: args.lang,
    };
    let explained = run_explain(&request)?;
    if args.json {
        let text =
            serde_json::to_string_pretty(&explained).map_err(|e| Failure::Output(e.into()))?;
        println!("{text}");
    } else {
        let text = match &explained {
            Explained::Action(e) => explanation_text(e),
            Explained::NoPlan(d) => no_plan_text(d),
        };
        print!("{text}");
    }
    Ok(match explained {
        Explained::Action(_) => Ended::Done,
        Explained::NoPlan(_) => Ended::NoPlan,
    })
}

/// What `fundmix explain` was asked.
#[derive(Debug, Clone)]
pub struct ExplainRequest {
    /// Scenario file or plan folder.
    pub input: PathBuf,
    /// The action's id.
    pub action: String,
    /// Solver settings.
    pub options: SolveOptions,
    /// The language of the explanation, over the scenario's `lang`.
    pub lang: Option<crate::i18n::Lang>,
}

/// What `fundmix explain` found.
#[derive(Debug, Clone, serde::Serialize)]
#[serde(untagged)]
pub enum Explained {
    /// The action explained.
    Action(Box<Explanation>),
    /// The scenario has no plan at all: why, and what would give it one.
    NoPlan(Diagnosis),
}

/// Load → validate → explain one action.
pub fn run_explain(request: &ExplainRequest) -> Result<Explained, Failure> {
    let scenario = super::load_scenario(&request.input, request.lang)?;
    let actions = &scenario.plan.actions;
    let Some(index) = actions.iter().position(|a| a.id == request.action) else {
        let ids = actions.iter().map(|a| a.id.as_str()).collect();
        return Err(unknown("--action", &request.action, IdOf::Action, ids));
    };
    match explain(&scenario, index, &request.options)? {
        Some(explanation) => Ok(Explained::Action(Box::new(explanation))),
        None => Ok(Explained::NoPlan(diagnose(&scenario)?)),
    }
}
