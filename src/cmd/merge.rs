//! `fundmix merge`: the parts of a run cut into parts (`--shard I/N`) joined into the reports
//! the run writes in one go, in the folder it would have used.

use super::{ended, Ended};
use crate::checked::Failure;
use crate::cli::MergeArgs;
use crate::error::{InputError, InputProblem};
use crate::i18n::input_tr;
use crate::partial::{self, Merged, PART_FILE};
use crate::t;
use std::path::{Path, PathBuf};

/// Runs `fundmix merge`.
pub fn run(args: MergeArgs) -> Result<Ended, Failure> {
    let (command, mut merged) = partial::merge(&args.parts)?;
    let dir = args.out.unwrap_or_else(|| match &merged {
        Merged::Robust(r, _) => super::robust::default_out(&r.scenario),
        Merged::Compare(_) => PathBuf::from("reports/compare"),
        Merged::Frontier(f) => super::frontier::default_out(&f.scenario),
    });
    check_not_a_part(&dir, &args.parts)?;
    crate::report::check_report_folder(&dir).map_err(Failure::Output)?;
    let files = match &mut merged {
        Merged::Robust(r, xlsx) => super::robust::files(r, *xlsx)?,
        Merged::Compare(c) => super::compare::files(&mut c.results, c.timings, c.xlsx)?,
        Merged::Frontier(f) => {
            crate::report::frontier::frontier_files(f).map_err(Failure::Output)?
        }
    };
    crate::report::replace_folder(&dir, &files).map_err(Failure::Output)?;
    let tr = input_tr();
    println!(
        "{}",
        t!(
            tr,
            "merge-done",
            count = args.parts.len(),
            command = command.as_str()
        )
    );
    Ok(match &merged {
        Merged::Robust(r, _) => {
            print!("{}", super::robust::terminal_text(r, &dir));
            Ended::Done
        }
        Merged::Compare(c) => {
            print!("{}", super::compare::terminal_table(&c.results, &dir));
            Ended::Done
        }
        Merged::Frontier(f) => {
            print!("{}", super::frontier::terminal_text(f, &dir));
            ended(!f.points.is_empty())
        }
    })
}

/// The reports never replace a part: `dir` is neither one of the parts given nor another part.
fn check_not_a_part(dir: &Path, parts: &[PathBuf]) -> Result<(), Failure> {
    let same = |part: &PathBuf| match (dir.canonicalize(), part.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    if !dir.join(PART_FILE).is_file() && !parts.iter().any(same) {
        return Ok(());
    }
    let tr = input_tr();
    Err(Failure::Input(InputError {
        problems: vec![InputProblem::in_file(
            t!(tr, "in-command-line", option = "--out"),
            t!(tr, "merge-out-is-part", dir = dir.display().to_string()),
            t!(tr, "merge-fix-out"),
        )],
    }))
}
