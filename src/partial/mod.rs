//! Partial results: what one part of a run cut into parts (`--shard I/N` on `robust`,
//! `compare` and `frontier`) writes, and `fundmix merge`, which checks that a set of them is
//! the whole of one run and joins them into what that run would have computed in one go.
//!
//! A part's folder holds one file, [`PART_FILE`]: JSON, every number as written by the run
//! (read back exactly), with what identifies the run — fundmix's version, the command, its
//! settings, a fingerprint of the scenarios it computed from ([`fingerprint`]), and which part
//! of how many. Such a folder is not a report (it has none of the report markers of
//! [`crate::report::check_report_folder`], so no report replaces it), and a part replaces only
//! an earlier part ([`check_part_folder`]).
//!
//! What each command stores and how its parts are joined is in its own file; the joining
//! reuses the code a single run uses (`summarise` for draws, `ScenarioResult::new` for
//! scenarios, `frontier::combine` for a frontier), so the reports written from a merge are
//! those of a single run, byte for byte. Writing them is the command's (`cmd::merge`).

pub mod compare;
pub mod frontier;
pub mod robust;
mod wire;

use crate::checked::Failure;
use crate::domain::Scenario;
use crate::error::{Doing, InputError, InputProblem, OutputError, OutputResult};
use crate::i18n::{input_tr, Lang};
use crate::shard::Shard;
use crate::t;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::fmt::Debug;
use std::fs;
use std::path::{Path, PathBuf};

/// The file in a part's folder.
pub const PART_FILE: &str = "partial.json";

/// What [`PART_FILE`] says it is, first thing.
const WHAT: &str = "a partial result of fundmix: combine the parts with `fundmix merge`";

/// The version of the file's layout (a change to it makes earlier parts unreadable).
const FORMAT: u32 = 1;

/// The commands whose runs can be cut into parts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Command {
    /// `fundmix robust`: the draws.
    Robust,
    /// `fundmix compare`: the scenarios.
    Compare,
    /// `fundmix frontier`: the segments of an exact frontier or the amounts of a grid.
    Frontier,
}

impl Command {
    /// The command's name.
    pub fn as_str(self) -> &'static str {
        match self {
            Command::Robust => "robust",
            Command::Compare => "compare",
            Command::Frontier => "frontier",
        }
    }
}

/// [`PART_FILE`]: what identifies the run, then the part's data.
#[derive(Debug, Serialize, Deserialize)]
struct Part<D> {
    /// [`WHAT`].
    what: String,
    /// [`FORMAT`].
    format: u32,
    /// The version of fundmix that ran the part.
    fundmix: String,
    /// The command.
    command: Command,
    /// Which part of how many.
    shard: Shard,
    /// [`fingerprint`] of the scenarios the run computed from.
    inputs: String,
    /// The inputs as the command line named them (for messages; the fingerprint decides).
    input: Vec<String>,
    /// The language of the messages when the part ran (the merge speaks it too).
    messages: Lang,
    /// The command's settings: a part is merged only with parts run with the same.
    settings: serde_json::Value,
    /// What the part computed.
    data: D,
}

/// Who a part is and how it was run: what [`write_part`] stores besides the data.
#[derive(Debug, Clone)]
pub struct Identity {
    /// The command.
    pub command: Command,
    /// Which part.
    pub shard: Shard,
    /// [`fingerprint`] of the scenarios.
    pub inputs: String,
    /// The inputs as named on the command line.
    pub input: Vec<String>,
}

impl Identity {
    /// Part `shard` of a `command` run computing from `scenarios`, named `input` on its
    /// command line.
    pub fn new<'a>(
        command: Command,
        shard: Shard,
        scenarios: impl IntoIterator<Item = &'a Scenario>,
        input: impl IntoIterator<Item = &'a Path>,
    ) -> OutputResult<Identity> {
        Ok(Identity {
            command,
            shard,
            inputs: fingerprint(scenarios)?,
            input: input.into_iter().map(|p| p.display().to_string()).collect(),
        })
    }
}

/// A fingerprint of the scenarios a run computes from: FNV-1a (64 bits) over each scenario as
/// validated — every number, id and setting of the plan and the scenario, after `extends` and
/// every override — leaving out where the files were read from (the same plan read from
/// another folder is the same input) and the report language (a setting of the run).
pub fn fingerprint<'a>(scenarios: impl IntoIterator<Item = &'a Scenario>) -> OutputResult<String> {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for scenario in scenarios {
        let mut bare = scenario.clone();
        bare.source_file = PathBuf::new();
        bare.plan.folder = PathBuf::new();
        bare.lang = Lang::default();
        for byte in serde_json::to_vec(&bare)? {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    Ok(format!("{hash:016x}"))
}

/// Checks that `dir` may take a part: it is missing, empty, or an earlier part (a part run
/// again replaces it). A report or anything else is refused, never deleted.
pub fn check_part_folder(dir: &Path) -> OutputResult<()> {
    let tr = input_tr();
    let shown = dir.display().to_string();
    match fs::metadata(dir) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e).doing(|| t!(tr, "in-cannot-read-path", path = &shown)),
        Ok(m) if !m.is_dir() => {
            return Err(OutputError::Refused(t!(
                tr,
                "part-out-is-file",
                dir = shown
            )))
        }
        Ok(_) => {}
    }
    let mut entries = fs::read_dir(dir).doing(|| t!(tr, "in-cannot-read-path", path = &shown))?;
    if entries.next().is_none() || dir.join(PART_FILE).is_file() {
        return Ok(());
    }
    Err(OutputError::Refused(t!(
        tr,
        "part-out-not-part",
        dir = shown,
        file = PART_FILE
    )))
}

/// Writes a part into `dir` (replacing an earlier part there, never anything else). Refuses
/// to write what would not read back exactly (JSON holds no infinite number): a merge never
/// works from a number other than the one computed.
pub fn write_part<S, D>(dir: &Path, who: Identity, settings: &S, data: &D) -> Result<(), Failure>
where
    S: Serialize,
    D: Serialize + DeserializeOwned + Debug,
{
    let part = Part {
        what: WHAT.to_string(),
        format: FORMAT,
        fundmix: env!("CARGO_PKG_VERSION").to_string(),
        command: who.command,
        shard: who.shard,
        inputs: who.inputs,
        input: who.input,
        messages: input_tr().lang(),
        settings: serde_json::to_value(settings).map_err(OutputError::from)?,
        data,
    };
    let text = serde_json::to_string(&part).map_err(OutputError::from)? + "\n";
    let back: Part<D> = serde_json::from_str(&text).map_err(OutputError::from)?;
    if format!("{:?}", back.data) != format!("{data:?}") {
        return Err(Failure::Fault(t!(
            input_tr(),
            "part-not-exact",
            dir = dir.display().to_string()
        )));
    }
    crate::report::replace_folder_checked(
        dir,
        &[(PART_FILE.to_string(), text.into_bytes())],
        check_part_folder,
    )?;
    Ok(())
}

/// The language of the messages the part in `dir` ran with, if it can be read: the merge's
/// messages use it.
pub fn messages_lang(dir: &Path) -> Option<Lang> {
    let text = fs::read_to_string(dir.join(PART_FILE)).ok()?;
    let part: Part<serde::de::IgnoredAny> = serde_json::from_str(&text).ok()?;
    Some(part.messages)
}

/// A part read and checked to belong with the others: its folder, which part, its settings and
/// its data.
#[derive(Debug)]
pub struct Read<S, D> {
    /// The folder, as given.
    pub dir: PathBuf,
    /// Which part.
    pub shard: Shard,
    /// The run's settings.
    pub settings: S,
    /// What the part computed.
    pub data: D,
}

/// What the merge of a whole run's parts gives: the run's result, to be written as a single
/// run writes it.
#[derive(Debug)]
pub enum Merged {
    /// The draws of `fundmix robust`, summed up, and whether the run writes its workbook.
    Robust(Box<crate::analyse::robust::Robust>, bool),
    /// The scenarios of `fundmix compare`, in input order, and the run's settings that shape
    /// its files.
    Compare(compare::Comparison),
    /// The frontier of `fundmix frontier`.
    Frontier(crate::analyse::frontier::Frontier),
}

/// Reads the parts in `dirs`, checks that they are parts 1 to N of one run, each once (same
/// fundmix, command, settings and inputs), and joins them. Every problem found is reported at
/// once, each with its folder and what to do; nothing is joined when there is one.
pub fn merge(dirs: &[PathBuf]) -> Result<(Command, Merged), Failure> {
    let (headers, mut problems) = read_headers(dirs);
    // A part that cannot be read may be the one that looks missing: say so only when all
    // could be read.
    problems.extend(check_whole(&headers, problems.is_empty()));
    let Some((_, _, first)) = headers.first().filter(|_| problems.is_empty()) else {
        if problems.is_empty() {
            let tr = input_tr();
            problems.push(InputProblem::in_file(
                t!(tr, "in-command-line", option = "fundmix merge DIR..."),
                t!(tr, "merge-no-parts"),
                t!(tr, "merge-fix-give-parts"),
            ));
        }
        return Err(InputError { problems }.into());
    };
    let merged = match first.command {
        Command::Robust => {
            let (run, xlsx) = robust::merge(read_all(&headers)?)?;
            Merged::Robust(Box::new(run), xlsx)
        }
        Command::Compare => Merged::Compare(compare::merge(read_all(&headers)?)?),
        Command::Frontier => Merged::Frontier(frontier::merge(read_all(&headers)?)?),
    };
    Ok((first.command, merged))
}

/// Each folder's text and the part's identity (its data left unread).
type Header = (PathBuf, String, Part<serde::de::IgnoredAny>);

/// Reads [`PART_FILE`] of every folder: the parts read, and the problems of the others.
fn read_headers(dirs: &[PathBuf]) -> (Vec<Header>, Vec<InputProblem>) {
    let tr = input_tr();
    let mut problems = Vec::new();
    let mut headers = Vec::new();
    for dir in dirs {
        let shown = dir.display().to_string();
        let problem = |message: String, fix: String| InputProblem::in_file(&shown, message, fix);
        let give_parts = || t!(tr, "merge-fix-give-parts");
        let file = dir.join(PART_FILE);
        if !dir.exists() {
            problems.push(problem(t!(tr, "merge-not-found"), give_parts()));
        } else if !dir.is_dir() {
            problems.push(problem(t!(tr, "merge-not-folder"), give_parts()));
        } else if !file.is_file() {
            let report = crate::report::check_report_folder(dir).is_ok()
                && fs::read_dir(dir).is_ok_and(|mut e| e.next().is_some());
            let message = if report {
                t!(tr, "merge-is-report")
            } else {
                t!(tr, "merge-not-part", file = PART_FILE)
            };
            problems.push(problem(message, give_parts()));
        } else {
            let read = fs::read_to_string(&file).map_err(|e| e.to_string());
            let part = read.and_then(|text| {
                let part: Part<serde::de::IgnoredAny> =
                    serde_json::from_str(&text).map_err(|e| e.to_string())?;
                Ok((text, part))
            });
            match part {
                Err(detail) => problems.push(problem(
                    t!(tr, "merge-unreadable", file = PART_FILE, detail = detail),
                    t!(tr, "merge-fix-rerun"),
                )),
                Ok((_, part)) if part.what != WHAT => problems.push(problem(
                    t!(tr, "merge-not-part", file = PART_FILE),
                    give_parts(),
                )),
                Ok((_, part))
                    if part.format != FORMAT || part.fundmix != env!("CARGO_PKG_VERSION") =>
                {
                    problems.push(problem(
                        t!(
                            tr,
                            "merge-other-version",
                            theirs = part.fundmix,
                            ours = env!("CARGO_PKG_VERSION")
                        ),
                        t!(tr, "merge-fix-same-version"),
                    ))
                }
                Ok((text, part)) => headers.push((dir.clone(), text, part)),
            }
        }
    }
    (headers, problems)
}

/// Checks that the parts are parts 1 to N of one run, each once (`all_read`: no part is
/// missing): the same command, N, settings and inputs as the first part given.
fn check_whole(headers: &[Header], all_read: bool) -> Vec<InputProblem> {
    let tr = input_tr();
    let Some((first_dir, _, first)) = headers.first() else {
        return Vec::new();
    };
    let first_shown = first_dir.display().to_string();
    let mut problems = Vec::new();
    for (dir, _, part) in &headers[1..] {
        let problem = |message: String, fix: String| {
            InputProblem::in_file(dir.display().to_string(), message, fix)
        };
        if part.command != first.command {
            problems.push(problem(
                t!(
                    tr,
                    "merge-other-command",
                    theirs = part.command.as_str(),
                    first = &first_shown,
                    ours = first.command.as_str()
                ),
                t!(tr, "merge-fix-one-run"),
            ));
            continue;
        }
        if part.shard.count != first.shard.count {
            problems.push(problem(
                t!(
                    tr,
                    "merge-other-count",
                    index = part.shard.index,
                    count = part.shard.count,
                    first = &first_shown,
                    first_count = first.shard.count
                ),
                t!(tr, "merge-fix-same-count"),
            ));
            continue;
        }
        if let Some((setting, theirs, ours)) = first_difference(&part.settings, &first.settings) {
            problems.push(problem(
                t!(
                    tr,
                    "merge-other-settings",
                    setting = setting,
                    theirs = theirs,
                    first = &first_shown,
                    ours = ours
                ),
                t!(tr, "merge-fix-same-settings"),
            ));
        }
        if part.inputs != first.inputs {
            problems.push(problem(
                t!(tr, "merge-other-inputs", first = &first_shown),
                t!(tr, "merge-fix-same-inputs"),
            ));
        }
    }
    if !problems.is_empty() {
        return problems;
    }
    let count = first.shard.count;
    for index in 1..=count {
        let given: Vec<&PathBuf> = headers
            .iter()
            .filter(|(_, _, p)| p.shard.index == index)
            .map(|(dir, _, _)| dir)
            .collect();
        match given.as_slice() {
            [] if !all_read => {}
            [] => problems.push(InputProblem::in_file(
                t!(tr, "in-command-line", option = "fundmix merge DIR..."),
                t!(tr, "merge-missing", index = index, count = count),
                t!(
                    tr,
                    "merge-fix-missing",
                    command = first.command.as_str(),
                    input = first.input.join(" "),
                    index = index,
                    count = count
                ),
            )),
            [_] => {}
            [once, again @ ..] => {
                for dir in again {
                    problems.push(InputProblem::in_file(
                        dir.display().to_string(),
                        t!(
                            tr,
                            "merge-duplicate",
                            index = index,
                            count = count,
                            other = once.display().to_string()
                        ),
                        t!(tr, "merge-fix-once"),
                    ));
                }
            }
        }
    }
    problems
}

/// The first setting (in the order the run wrote them) whose value differs: its name and the
/// two values as JSON writes them.
fn first_difference(
    theirs: &serde_json::Value,
    ours: &serde_json::Value,
) -> Option<(String, String, String)> {
    let (Some(theirs), Some(ours)) = (theirs.as_object(), ours.as_object()) else {
        return (theirs != ours).then(|| ("settings".into(), theirs.to_string(), ours.to_string()));
    };
    let none = serde_json::Value::Null;
    ours.keys()
        .chain(theirs.keys().filter(|k| !ours.contains_key(*k)))
        .find_map(|key| {
            let (t, o) = (
                theirs.get(key).unwrap_or(&none),
                ours.get(key).unwrap_or(&none),
            );
            (t != o).then(|| (key.clone(), t.to_string(), o.to_string()))
        })
}

/// Every part's settings and data, in part order (the checks above passed).
fn read_all<S, D>(headers: &[Header]) -> Result<Vec<Read<S, D>>, InputError>
where
    S: DeserializeOwned,
    D: DeserializeOwned,
{
    let tr = input_tr();
    let mut parts = Vec::new();
    let mut problems = Vec::new();
    for (dir, text, _) in headers {
        let read = serde_json::from_str::<Part<D>>(text).and_then(|part| {
            let settings = serde_json::from_value::<S>(part.settings)?;
            Ok((part.shard, settings, part.data))
        });
        match read {
            Ok((shard, settings, data)) => parts.push(Read {
                dir: dir.clone(),
                shard,
                settings,
                data,
            }),
            Err(e) => problems.push(InputProblem::in_file(
                dir.display().to_string(),
                t!(
                    tr,
                    "merge-unreadable",
                    file = PART_FILE,
                    detail = e.to_string()
                ),
                t!(tr, "merge-fix-rerun"),
            )),
        }
    }
    if !problems.is_empty() {
        return Err(InputError { problems });
    }
    parts.sort_by_key(|p| p.shard.index);
    Ok(parts)
}

/// The problem of a part whose data is not what its part should hold (the file was changed
/// after the run).
fn damaged<S, D>(part: &Read<S, D>) -> InputProblem {
    let tr = input_tr();
    InputProblem::in_file(
        part.dir.display().to_string(),
        t!(
            tr,
            "merge-damaged",
            file = PART_FILE,
            index = part.shard.index,
            count = part.shard.count
        ),
        t!(tr, "merge-fix-rerun"),
    )
}

/// `Ok` when no part is [`damaged`], else every damaged part's problem.
fn all_sound<S, D>(
    parts: &[Read<S, D>],
    sound: impl Fn(&Read<S, D>) -> bool,
) -> Result<(), InputError> {
    let problems: Vec<InputProblem> = parts.iter().filter(|p| !sound(p)).map(damaged).collect();
    if problems.is_empty() {
        Ok(())
    } else {
        Err(InputError { problems })
    }
}
