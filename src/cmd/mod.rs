//! The commands. Each file turns its command-line arguments into a request, runs it, prints
//! what a finance officer reads and says how the run ended; `main.rs` only dispatches here, and
//! [`exit_code`] is the one place that turns an ending into the process's exit code.

pub mod check;
pub mod compare;
pub mod explain;
pub mod frontier;
pub mod generate;
pub mod import;
pub mod init;
pub mod merge;
pub mod monitor;
pub mod pb;
pub mod robust;
pub mod show;
pub mod solve;

use crate::checked::Failure;
use crate::cli::{Cli, Command, ImportCommand};
use crate::domain::Scenario;
use crate::error::{InputError, InputProblem};
use crate::i18n::{input_tr, Lang};
use crate::input::scenario_chain::read_scenario_chain;
use crate::partial;
use crate::shard::Shard;
use crate::t;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// How a command ended when it did not fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ended {
    /// It did its job (exit code 0).
    Done,
    /// The scenario has no plan, or none was found within the limits (exit code 3).
    NoPlan,
}

/// Runs the command `cli` names and returns the process's exit code.
pub fn run(cli: Cli) -> ExitCode {
    let lang = input_lang(&cli.command);
    crate::stop::stop_cleanly_on_signals(lang.tr());
    crate::i18n::with_input_lang(lang, || exit_code(dispatch(cli.command)))
}

/// Runs the command.
fn dispatch(command: Command) -> Result<Ended, Failure> {
    match command {
        Command::Solve(args) => solve::run(args),
        Command::Check(args) => check::run(args),
        Command::Compare(args) => compare::run(args),
        Command::Explain(args) => explain::run(args),
        Command::Frontier(args) => frontier::run(args),
        Command::Robust(args) => robust::run(args),
        Command::Merge(args) => merge::run(args),
        Command::Show(args) => show::run(args),
        Command::Init(args) => init::run(args),
        Command::Pb(args) => pb::run(args),
        Command::Import(ImportCommand::Pabulib(args)) => import::run(args),
        Command::Generate(args) => generate::run(args),
        Command::Monitor(args) => monitor::run(args),
    }
}

/// The language of the messages about the input and of the errors: `--lang`, else the `lang`
/// of the scenario file (as far as it can be read), else English.
fn input_lang(command: &Command) -> Lang {
    let (lang, input) = match command {
        Command::Solve(a) => (a.lang, Some(&a.input)),
        Command::Check(a) | Command::Show(a) => (a.lang, Some(&a.input)),
        Command::Compare(a) => (a.lang, a.inputs.first()),
        Command::Explain(a) => (a.lang, Some(&a.input)),
        Command::Frontier(a) => (a.lang, Some(&a.input)),
        Command::Robust(a) => (a.lang, Some(&a.input)),
        Command::Monitor(a) => (a.lang, Some(&a.input)),
        // The parts' messages were in the language of their runs; the merge speaks it too.
        Command::Merge(a) => (a.parts.iter().find_map(|d| partial::messages_lang(d)), None),
        _ => (None, None),
    };
    lang.or_else(|| input.and_then(|path| scenario_lang(path)))
        .unwrap_or_default()
}

/// The `lang` a scenario file (and those it extends) sets, when it can be read.
fn scenario_lang(path: &Path) -> Option<Lang> {
    if path.extension()? != "toml" {
        return None;
    }
    let raw = read_scenario_chain(path, &path.display().to_string()).ok()?;
    raw.lang?.get_ref().parse().ok()
}

/// The exit code of a command's ending: 0 done, 3 no plan, 2 bad input, 1 anything else (the
/// failure is printed on stderr).
pub fn exit_code(ended: Result<Ended, Failure>) -> ExitCode {
    match ended {
        Ok(Ended::Done) => ExitCode::SUCCESS,
        Ok(Ended::NoPlan) => ExitCode::from(3),
        Err(failure) => {
            eprintln!("{}: {failure:#}", t!(input_tr(), "err-prefix"));
            ExitCode::from(failure.exit_code())
        }
    }
}

/// Loads and checks the scenario at `input`, in `lang` when the command line gives one (it
/// wins over the scenario's `lang`).
fn load_scenario(input: &Path, lang: Option<Lang>) -> Result<Scenario, InputError> {
    let mut scenario = crate::validate::load_scenario(input)?;
    if let Some(lang) = lang {
        scenario.lang = lang;
    }
    print_notes(&scenario.plan.notes);
    Ok(scenario)
}

/// Prints what was noticed in the input but is allowed (see [`crate::domain::Plan::notes`]) on
/// stderr, before the command's own output, each note once.
fn print_notes(notes: &[String]) {
    let prefix = t!(input_tr(), "note-prefix");
    for (i, note) in notes.iter().enumerate() {
        if !notes[..i].contains(note) {
            eprintln!("{prefix}: {note}");
        }
    }
}

/// A label at the start of a terminal line in `tr`'s language, padded as the summary's labels
/// are, so that what follows lines up: `Reports:  `.
fn label(tr: &crate::i18n::Tr, text: &str) -> String {
    crate::report::text::labels(tr).pad(text)
}

/// The ending of a command whose scenario may have no plan.
fn ended(has_plan: bool) -> Ended {
    if has_plan {
        Ended::Done
    } else {
        Ended::NoPlan
    }
}

/// What an id on the command line names.
#[derive(Debug, Clone, Copy)]
pub(crate) enum IdOf {
    /// An action (`--action`).
    Action,
    /// A funding source (`--source`).
    Source,
}

/// An unknown id given on the command line, with the ids that exist.
pub(crate) fn unknown(option: &str, id: &str, what: IdOf, known: Vec<&str>) -> Failure {
    let close: Vec<&str> = known
        .iter()
        .copied()
        .filter(|k| k.contains(id) || id.contains(k) || k.to_lowercase() == id.to_lowercase())
        .collect();
    let listed = if close.is_empty() { known } else { close };
    let tr = input_tr();
    let message = match what {
        IdOf::Action => t!(tr, "in-unknown-action", id = id),
        IdOf::Source => t!(tr, "in-unknown-source", id = id),
    };
    Failure::Input(InputError {
        problems: vec![InputProblem::in_file(
            t!(tr, "in-command-line", option = option),
            message,
            t!(tr, "in-use-one-of", ids = listed.join(", ")),
        )],
    })
}

/// A `--shard I/N` the run cannot honour: in words for the finance officer.
fn shard_problem(message: String, fix: String) -> Failure {
    let tr = input_tr();
    Failure::Input(InputError {
        problems: vec![InputProblem::in_file(
            t!(tr, "in-command-line", option = "--shard"),
            message,
            fix,
        )],
    })
}

/// The folder of part `shard` when `--out` does not say: `reports/<base>-parts/<I>`, so that
/// the parts of one run sit side by side (`fundmix merge reports/<base>-parts/*`).
fn default_part_out(base: &str, shard: Shard) -> PathBuf {
    Path::new("reports")
        .join(format!("{base}-parts"))
        .join(shard.index.to_string())
}

/// What a part prints: what it did (`done`), where its partial result is, and what comes next.
fn part_lines(done: &str, shard: Shard, dir: &Path) -> String {
    let tr = input_tr();
    format!(
        "{done}\n{}: {}\n{}\n",
        t!(tr, "part-folder"),
        dir.display(),
        t!(tr, "part-next", count = shard.count)
    )
}
