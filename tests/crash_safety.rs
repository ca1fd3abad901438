//! Nothing lost: a run killed at any moment, stopped with Ctrl-C, racing another run for the
//! same report folder, or writing where it cannot, never leaves half a report, and the earlier
//! report stays whole (issue 13). Every check compares whole folders byte for byte with
//! reports of complete runs.

mod common;

use common::tree;
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::Duration;

fn example(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("scenarios/jelgava")
        .join(name)
}

/// `fundmix solve SCENARIO --out OUT --no-timings`, not yet started.
fn solve(scenario: &Path, out: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_fundmix"));
    command
        .arg("solve")
        .arg(scenario)
        .arg("--out")
        .arg(out)
        .arg("--no-timings")
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    command
}

fn run(mut command: Command) -> Output {
    command.output().expect("fundmix runs")
}

/// The report folders of the two example scenarios written by complete runs.
fn references(dir: &Path) -> [BTreeMap<PathBuf, Vec<u8>>; 2] {
    let trees = ["baseline.toml", "esf_rejected.toml"].map(|name| {
        let out = dir.join(format!("ref-{name}"));
        let output = run(solve(&example(name), &out));
        assert!(output.status.success(), "{output:?}");
        tree(&out)
    });
    assert_ne!(trees[0], trees[1]);
    trees
}

/// The names in `dir` other than `keep`: what a run may have left behind.
fn leftovers(dir: &Path, keep: &[&str]) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !keep.contains(&n.as_str()))
        .collect();
    names.sort();
    names
}

/// Sends `signal` to `child`.
fn signal(child: &Child, signal: i32) {
    // SAFETY: kill(2) with the pid of a child we have not yet waited for.
    let rc = unsafe { libc::kill(child.id() as i32, signal) };
    assert_eq!(rc, 0, "kill failed");
}

/// How long each report file takes to write in [`a_run_killed_while_it_writes_leaves_a_whole_report`]
/// (a debug build's test hook: real writes take microseconds, too short to aim a kill at).
const PAUSE_PER_FILE_MS: u64 = 25;

#[test]
fn a_run_killed_while_it_writes_leaves_a_whole_report() {
    let dir = tempfile::tempdir().unwrap();
    let trees = references(dir.path());
    let files = trees[0].len().max(trees[1].len()) as u64;
    let writing = Duration::from_millis(files * PAUSE_PER_FILE_MS);
    let runs = dir.path().join("runs");
    fs::create_dir(&runs).unwrap();
    let out = runs.join("report");
    assert!(run(solve(&example("baseline.toml"), &out)).status.success());
    // Each run is killed once its staging folder appears, after a fixed sequence of delays
    // spread over the time its files take to write (and a little after), so that a failure
    // can be replayed: before the first file, between files, around the swap.
    let kills = 12;
    let mut landed = 0;
    for k in 0..kills {
        let scenario = ["esf_rejected.toml", "baseline.toml"][k % 2];
        let mut command = solve(&example(scenario), &out);
        command.env(
            "FUNDMIX_TEST_PAUSE_PER_FILE_MS",
            PAUSE_PER_FILE_MS.to_string(),
        );
        let mut child = command.spawn().unwrap();
        let staging_seen = wait_for_staging(&runs, &mut child);
        let fraction = k as f64 / (kills - 2) as f64;
        std::thread::sleep(writing.mul_f64(fraction));
        signal(&child, libc::SIGKILL);
        let status = child.wait().unwrap();
        if staging_seen && status.code().is_none() {
            landed += 1;
        }
        let now = tree(&out);
        assert!(
            now == trees[0] || now == trees[1],
            "kill {k} at {fraction:.2} of the writing left a report that is neither whole one: {:?}",
            now.keys().collect::<Vec<_>>()
        );
        // Nothing visible is left beside it; a hidden staging folder and the lock file may be
        // (a kill cannot clean up), and the next run removes them.
        for name in leftovers(&runs, &["report"]) {
            assert!(
                name.starts_with(".report.partial-") || name == ".report.lock",
                "kill {k} left {name}"
            );
        }
    }
    // Most kills came while the run was writing (the last ones may come after it ended).
    assert!(
        landed >= kills / 2,
        "only {landed} of {kills} kills came while writing"
    );
    assert!(run(solve(&example("baseline.toml"), &out)).status.success());
    assert_eq!(tree(&out), trees[0]);
    assert_eq!(leftovers(&runs, &["report"]), Vec::<String>::new());
}

/// Waits until a staging folder appears in `dir` (true) or `child` ends (false).
fn wait_for_staging(dir: &Path, child: &mut Child) -> bool {
    loop {
        let staging = fs::read_dir(dir)
            .unwrap()
            .flatten()
            .any(|e| e.file_name().to_string_lossy().contains(".partial-"));
        if staging {
            return true;
        }
        if child.try_wait().unwrap().is_some() {
            return false;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
}

#[test]
fn ctrl_c_stops_cleanly_and_keeps_the_earlier_report() {
    let dir = tempfile::tempdir().unwrap();
    let trees = references(dir.path());
    let runs = dir.path().join("runs");
    fs::create_dir(&runs).unwrap();
    let out = runs.join("report");
    assert!(run(solve(&example("baseline.toml"), &out)).status.success());
    // A long solve (a generated plan of 1500 actions), stopped while it runs.
    let big = dir.path().join("big");
    let generated = Command::new(env!("CARGO_BIN_EXE_fundmix"))
        .args(["generate", "--actions", "1500", "--out"])
        .arg(&big)
        .output()
        .unwrap();
    assert!(generated.status.success(), "{generated:?}");
    for (signal_number, code) in [(libc::SIGINT, 130), (libc::SIGTERM, 143)] {
        let child = solve(&big.join("scenario.toml"), &out).spawn().unwrap();
        std::thread::sleep(Duration::from_millis(700));
        signal(&child, signal_number);
        let output = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(code), "{stderr}");
        assert!(
            stderr.contains("Stopped. No report was left half-written"),
            "{stderr}"
        );
        assert!(!stderr.contains("panicked"), "{stderr}");
        assert_eq!(tree(&out), trees[0]);
        assert_eq!(leftovers(&runs, &["report"]), Vec::<String>::new());
    }
    // Stopped while it writes its files: the staging folder and the lock file go too.
    for k in 0..3 {
        let mut command = solve(&example("esf_rejected.toml"), &out);
        command.env(
            "FUNDMIX_TEST_PAUSE_PER_FILE_MS",
            PAUSE_PER_FILE_MS.to_string(),
        );
        let mut child = command.spawn().unwrap();
        assert!(wait_for_staging(&runs, &mut child), "the run wrote nothing");
        std::thread::sleep(Duration::from_millis(PAUSE_PER_FILE_MS * (2 + 3 * k)));
        signal(&child, libc::SIGINT);
        let output = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(130), "{stderr}");
        assert_eq!(
            tree(&out),
            trees[0],
            "stop {k}: the earlier report is as it was"
        );
        assert_eq!(leftovers(&runs, &["report"]), Vec::<String>::new());
    }
}

#[test]
fn a_folder_another_run_is_writing_is_refused_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report");
    assert!(run(solve(&example("baseline.toml"), &out)).status.success());
    let before = tree(&out);
    // Another run holds the folder's lock while it writes.
    let lock = fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(dir.path().join(".report.lock"))
        .unwrap();
    lock.try_lock().unwrap();
    let output = run(solve(&example("esf_rejected.toml"), &out));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains(&format!(
            "another fundmix run is writing the report folder '{}' right now; nothing was written",
            out.display()
        )),
        "{stderr}"
    );
    assert_eq!(tree(&out), before);
    drop(lock);
    assert!(run(solve(&example("esf_rejected.toml"), &out))
        .status
        .success());
}

#[test]
fn runs_racing_for_one_folder_leave_one_whole_report() {
    let dir = tempfile::tempdir().unwrap();
    let trees = references(dir.path());
    let runs = dir.path().join("runs");
    fs::create_dir(&runs).unwrap();
    let out = runs.join("report");
    for round in 0..3 {
        let children: Vec<Child> = (0..4)
            .map(|i| {
                let scenario = ["baseline.toml", "esf_rejected.toml"][(i + round) % 2];
                // Slow writes, so that the runs' writing overlaps and the lock is met.
                let mut command = solve(&example(scenario), &out);
                command.env("FUNDMIX_TEST_PAUSE_PER_FILE_MS", "10");
                command.spawn().unwrap()
            })
            .collect();
        for child in children {
            let output = child.wait_with_output().unwrap();
            let stderr = String::from_utf8_lossy(&output.stderr);
            // Each run either wrote its whole report or was refused with the reason.
            assert!(
                output.status.success()
                    || (output.status.code() == Some(1)
                        && stderr.contains("another fundmix run is writing the report folder")),
                "round {round}: {stderr}"
            );
        }
        let now = tree(&out);
        assert!(now == trees[0] || now == trees[1], "round {round}");
        assert_eq!(leftovers(&runs, &["report"]), Vec::<String>::new());
    }
}

#[test]
fn a_destination_that_cannot_be_written_is_an_error_with_its_path() {
    // A folder on a read-only file system (sysfs refuses new files even to root).
    let out = Path::new("/sys/fundmix-test/report");
    let output = run(solve(&example("baseline.toml"), out));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("/sys/fundmix-test"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");

    // A full disk, as far as fundmix can tell.
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report");
    assert!(run(solve(&example("baseline.toml"), &out)).status.success());
    let before = tree(&out);
    let (cbc_model, report) = (
        "model.mps': the file was cut short: the disk may be full",
        format!("in '{}'", out.display()),
    );
    // With CBC, the model file it reads is the first file written (HiGHS does not notice a
    // full disk: fundmix checks the file's end); with HiGHS alone, the report's files.
    for (cbc, expected) in [
        (None, cbc_model),
        (Some("/nonexistent/cbc"), report.as_str()),
    ] {
        let output = run(file_size_limited(
            solve(&example("esf_rejected.toml"), &out),
            cbc,
        ));
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{stderr}");
        assert!(stderr.contains(expected), "{stderr}");
        assert!(
            stderr.contains("File too large") || stderr.contains("cut short"),
            "{stderr}"
        );
        assert!(!stderr.contains("panicked"), "{stderr}");
        assert_eq!(tree(&out), before, "the earlier report is as it was");
        assert_eq!(leftovers(dir.path(), &["report"]), Vec::<String>::new());
    }
}

/// `command` where no file may grow beyond 4 KiB, as on a full disk (RLIMIT_FSIZE, with
/// SIGXFSZ ignored so that a write fails instead of killing the process); `cbc` is the CBC
/// program to use (`None`: the one found).
fn file_size_limited(mut command: Command, cbc: Option<&str>) -> Command {
    if let Some(cbc) = cbc {
        command.env("FUNDMIX_CBC", cbc);
    }
    {
        use std::os::unix::process::CommandExt;
        // SAFETY: setrlimit and signal are async-signal-safe; nothing else runs before exec.
        unsafe {
            command.pre_exec(|| {
                let limit = libc::rlimit {
                    rlim_cur: 4096,
                    rlim_max: 4096,
                };
                libc::setrlimit(libc::RLIMIT_FSIZE, &limit);
                libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
                Ok(())
            });
        }
    }
    command
}

/// A plan that breaks a rule (a solver or model bug, injected by a debug build's test hook:
/// 1 000 EUR more on the plan's first money flow) is refused in plain words: nothing is
/// written, the earlier report stays, the exit code is 1.
#[test]
fn a_plan_the_verifier_refuses_is_never_written() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report");
    assert!(run(solve(&example("baseline.toml"), &out)).status.success());
    let before = tree(&out);
    let mut command = solve(&example("esf_rejected.toml"), &out);
    command.env("FUNDMIX_TEST_WRONG_PLAN", "1");
    let output = run(command);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr
            .contains("on independent re-checking. This is a bug in fundmix; nothing was written"),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(tree(&out), before, "the earlier report is as it was");
    assert_eq!(leftovers(dir.path(), &["report"]), Vec::<String>::new());
}

/// `generate`, `init` and `import pabulib` write a new folder as reports are written: whole or
/// not at all (here the disk fills up half-way through a generated plan).
#[test]
fn a_new_folder_is_written_whole_or_not_at_all() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("generated");
    let mut command = Command::new(env!("CARGO_BIN_EXE_fundmix"));
    command
        .args(["generate", "--actions", "400", "--out"])
        .arg(&out)
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    let output = run(file_size_limited(command, None));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains(&format!("in '{}'", out.display())),
        "{stderr}"
    );
    assert_eq!(leftovers(dir.path(), &[]), Vec::<String>::new());
    // Without the limit it is written whole.
    let mut command = Command::new(env!("CARGO_BIN_EXE_fundmix"));
    command
        .args(["generate", "--actions", "400", "--out"])
        .arg(&out);
    assert!(run(command).status.success());
    assert!(out.join("plan/actions.csv").is_file() && out.join("scenario.toml").is_file());
    assert_eq!(leftovers(dir.path(), &["generated"]), Vec::<String>::new());
}
