//! The first stage solved by CBC (COIN-OR branch and cut, Debian's `coinor-cbc`), run as its
//! own process on the model HiGHS writes, as PuLP runs it.
//!
//! Measured on this project's plans and on OR-Library knapsacks (benches/README.md), CBC
//! proves the first stage's optimum 1.3-15x faster than HiGHS, while HiGHS is far faster on the
//! tie-break stage (which holds the first optimum as a constraint: CBC took minutes where HiGHS
//! took seconds). So CBC finds the best objective, and HiGHS then breaks ties from CBC's plan.
//! A separate process, not the `coin_cbc` library: libCbc is not thread-safe, and the crate
//! queues every solve of a process behind one lock, which would serialise `compare`.
//!
//! Nothing here decides the final plan: HiGHS re-solves the money flows with its tight
//! tolerances in the tie-break, and the plan is re-checked by [`crate::verify`] as always.

use super::stage::{write_model, Sense, Stage, StageRequest};
use super::{SolveError, SolveStatus};
use crate::model::FundingModel;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

/// The `cbc` program: `$FUNDMIX_CBC` when set, else `cbc` on the `PATH`; `None` when there is
/// none that answers.
pub fn program() -> Option<&'static Path> {
    static FOUND: OnceLock<Option<PathBuf>> = OnceLock::new();
    FOUND
        .get_or_init(|| {
            let candidate = std::env::var_os("FUNDMIX_CBC")
                .map(PathBuf::from)
                .unwrap_or_else(|| PathBuf::from("cbc"));
            let answers = Command::new(&candidate)
                .arg("-quit")
                .stdin(std::process::Stdio::null())
                .output()
                .is_ok_and(|o| o.status.success());
            answers.then_some(candidate)
        })
        .as_deref()
}

/// A folder of its own for one CBC run, removed when dropped, or when the run is stopped
/// (Ctrl-C: see [`crate::stop`]).
struct Workspace {
    dir: PathBuf,
    _stop: crate::stop::Filling,
}

impl Workspace {
    fn new() -> Result<Self, SolveError> {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "fundmix-cbc-{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::create_dir_all(&dir)
            .map_err(|e| SolveError::file("create", &dir, super::FileReason::Io(e)))?;
        let filling = crate::stop::Filling::new(dir.clone());
        Ok(Workspace {
            dir,
            _stop: filling,
        })
    }
}

impl Drop for Workspace {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// Solves `request` (a whole-model stage: no fixed decisions, no warm start needed) with CBC.
pub fn run_stage(
    model: &FundingModel,
    request: &StageRequest,
    cbc: &Path,
) -> Result<Stage, SolveError> {
    let factor = super::stage::objective_factor(&request.objective);
    let request = &super::stage::scaled(request, factor);
    let work = Workspace::new()?;
    let mps = work.dir.join("model.mps");
    let solution = work.dir.join("solution.txt");
    write_model(model, request, &mps)?;
    let options = &request.options;
    let mut command = Command::new(cbc);
    // No `-threads`: even `-threads 1` runs CBC's parallel search (3-4x slower on OR-Library
    // knapsacks, measured); the default is the plain serial one, deterministic.
    command.arg(&mps).arg("-ratio");
    command.arg(options.mip_gap.to_string());
    if let Some(limit) = options.time_limit_seconds {
        // Wall-clock seconds, as `--time-limit` says (CBC counts CPU seconds by default).
        command
            .args(["-timeMode", "elapsed", "-sec"])
            .arg(limit.to_string());
    }
    // CBC 2.10 ignores the OBJSENSE section of an MPS file: say the direction.
    command.arg(match request.sense {
        Sense::Maximise => "-max",
        Sense::Minimise => "-min",
    });
    command.arg("-solve").arg("-solu").arg(&solution);
    die_with_fundmix(&mut command);
    let output = command
        .stdin(std::process::Stdio::null())
        .output()
        .map_err(|e| SolveError::cbc(format!("cannot run CBC ('{}'): {e}", cbc.display())))?;
    let log = String::from_utf8_lossy(&output.stdout);
    let text = std::fs::read_to_string(&solution).map_err(|e| {
        SolveError::cbc(format!(
            "CBC wrote no solution ({e}); it said: {}",
            log.lines().last().unwrap_or("nothing")
        ))
    })?;
    Ok(parse_solution(&text, &log, model.vars.len(), request.sense)?.unscaled(factor))
}

/// Makes the CBC process die when fundmix does (stopped by Ctrl-C or killed): a search
/// nobody waits for would otherwise go on using a core, and its files would be left.
fn die_with_fundmix(command: &mut Command) {
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::process::CommandExt;
        // SAFETY: prctl is async-signal-safe; nothing else runs between fork and exec.
        unsafe {
            command.pre_exec(|| {
                libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
                Ok(())
            });
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = command;
}

/// Reads CBC's solution file (first line: status and objective; then one line per non-zero
/// column: index, name, value, reduced cost) and, for a stopped search, the best bound from
/// its log.
fn parse_solution(
    text: &str,
    log: &str,
    columns: usize,
    sense: Sense,
) -> Result<Stage, SolveError> {
    let mut lines = text.lines();
    let head = lines.next().unwrap_or_default();
    let (status_text, value) = head
        .split_once(" - objective value ")
        .ok_or_else(|| SolveError::cbc(format!("CBC's solution file starts oddly: '{head}'")))?;
    let objective: f64 = value.trim().parse().unwrap_or(f64::NAN);
    let status = match status_text.trim() {
        "Optimal" => SolveStatus::Optimal,
        s if s.starts_with("Optimal") && s.contains("gap") => SolveStatus::WithinGap,
        s if s.contains("nfeasible") => SolveStatus::Infeasible,
        s if s.starts_with("Unbounded") => SolveStatus::Unbounded,
        s if s.starts_with("Stopped") => SolveStatus::TimeLimit,
        other => {
            return Err(SolveError::cbc(format!(
                "CBC stopped with status '{other}'"
            )))
        }
    };
    // With no plan found, CBC writes an objective of 1e50, or the relaxed (continuous)
    // solution, "Stopped on time (no integer solution - continuous used)".
    let has_plan = matches!(
        status,
        SolveStatus::Optimal | SolveStatus::WithinGap | SolveStatus::TimeLimit
    ) && objective.abs() < 1e40
        && !status_text.contains("no integer solution");
    let mut values = vec![0.0; columns];
    for line in lines {
        let fields: Vec<&str> = line.split_whitespace().filter(|f| *f != "**").collect();
        if fields.len() < 3 {
            continue;
        }
        let (Ok(i), Ok(v)) = (fields[0].parse::<usize>(), fields[2].parse::<f64>()) else {
            return Err(SolveError::cbc(format!(
                "CBC's solution has an odd line: '{line}'"
            )));
        };
        if i < columns {
            values[i] = v;
        }
    }
    // "best possible -24585.471": CBC minimises internally, so a maximum's bound is negated.
    // A search stopped by the gap says "integer gap of 62.7" instead.
    let bound = number_after(log, "best possible ")
        .map(|b| match sense {
            Sense::Maximise => -b,
            Sense::Minimise => b,
        })
        .or_else(|| {
            number_after(log, "integer gap of ").map(|gap| match sense {
                Sense::Maximise => objective + gap,
                Sense::Minimise => objective - gap,
            })
        });
    let (bound, gap) = match status {
        SolveStatus::TimeLimit | SolveStatus::WithinGap => {
            let bound = bound.unwrap_or(f64::NAN);
            let gap = (bound - objective).abs() / objective.abs().max(1e-9);
            (bound, if gap.is_finite() { gap } else { f64::INFINITY })
        }
        _ => (objective, 0.0),
    };
    Ok(Stage {
        status,
        columns: has_plan.then_some(values),
        objective,
        bound,
        gap,
        rows: None,
    })
}

/// The number written right after the last `key` in `log`.
fn number_after(log: &str, key: &str) -> Option<f64> {
    let (at, _) = log.rmatch_indices(key).next()?;
    let number: String = log[at + key.len()..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || matches!(c, '-' | '+' | '.' | 'e' | 'E'))
        .collect();
    number.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_an_optimal_solution() {
        let text = "Optimal - objective value 10190.00000000\n      0 c0    1    0\n      3 c3   0.8   640\n";
        let stage = parse_solution(text, "", 5, Sense::Maximise).unwrap();
        assert_eq!(stage.status, SolveStatus::Optimal);
        assert_eq!(stage.objective, 10190.0);
        assert_eq!(stage.columns.unwrap(), vec![1.0, 0.0, 0.0, 0.8, 0.0]);
        assert_eq!(stage.gap, 0.0);
    }

    #[test]
    fn reads_a_stopped_search_with_its_bound() {
        let text = "Stopped on time - objective value 24380.00000000\n      1 c1   1   803\n";
        let log = "Cbc0005I Partial search - best objective -24380 (best possible -24573.081), took 1 s\n\
                   Cbc0005I Partial search - best objective -24380 (best possible -24585.471), took 1 s\n";
        let stage = parse_solution(text, log, 2, Sense::Maximise).unwrap();
        assert_eq!(stage.status, SolveStatus::TimeLimit);
        assert_eq!(stage.bound, 24585.471);
        assert!((stage.gap - 205.471 / 24380.0).abs() < 1e-12);
        assert_eq!(stage.columns.unwrap(), vec![0.0, 1.0]);
    }

    #[test]
    fn reads_a_plan_within_the_gap() {
        let text =
            "Optimal (within gap tolerance) - objective value 100.00000000\n      0 c0   1   0\n";
        let log = "Cbc0011I Exiting as integer gap of 2 less than 1e-10 or 5%\n";
        let stage = parse_solution(text, log, 1, Sense::Maximise).unwrap();
        assert_eq!(stage.status, SolveStatus::WithinGap);
        assert_eq!(stage.columns.as_deref(), Some(&[1.0][..]));
        assert_eq!(stage.bound, 102.0);
        assert!((stage.gap - 0.02).abs() < 1e-12);
    }

    #[test]
    fn a_relaxed_solution_is_not_a_plan() {
        let text = "Stopped on time (no integer solution - continuous used) - objective value 676574.05\n      0 c0   0.5   0\n";
        let stage = parse_solution(text, "", 1, Sense::Maximise).unwrap();
        assert_eq!(stage.status, SolveStatus::TimeLimit);
        assert!(stage.columns.is_none());
    }

    #[test]
    fn reads_infeasible_and_refuses_nonsense() {
        let text = "Infeasible - objective value 0.00000000\n";
        let stage = parse_solution(text, "", 3, Sense::Minimise).unwrap();
        assert_eq!(stage.status, SolveStatus::Infeasible);
        assert!(stage.columns.is_none());
        assert!(parse_solution("what?", "", 1, Sense::Minimise).is_err());
    }
}
