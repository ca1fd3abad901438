//! Putting a report folder in place so that no one ever sees half of one: not after a failure,
//! not after the run is killed at any moment, not when two runs write the same folder at once.
//!
//! - The files are written into a hidden staging folder beside the target
//!   (`.NAME.partial-PID`), then swapped with the target in one step (Linux `renameat2` with
//!   `RENAME_EXCHANGE`): at every moment the target is either the whole earlier report or the
//!   whole new one. Where the file system cannot swap, the earlier report is renamed aside and
//!   the new one renamed in (a window of a few microseconds without the folder).
//! - A run holds a lock on `.NAME.lock` beside the target while it writes (the file is there
//!   only meanwhile); a second run that finds it held stops with a clear error and writes
//!   nothing.
//! - Hidden staging folders left by a run that was killed are removed by the next run that
//!   writes the same folder (under the lock, so never one that is still being written).
//! - Ctrl-C (SIGINT) or SIGTERM removes the staging folder being written and the lock file
//!   (see [`crate::stop`]): the folder holds the earlier report, or the new one when the swap
//!   was already under way.
//! - "Whole" is against the process dying at any moment; files are not synced to the disk, so
//!   a power cut right after a run may still lose what the operating system had not written.

use crate::error::{Doing, OutputError, OutputResult as Result};
use crate::i18n::input_tr;
use crate::t;
use std::fs;
use std::path::Path;

/// Writes `files` into a staging folder in `parent` and swaps it with `dir` (named `name`)
/// under the folder's lock; `check` says whether `dir` may be replaced (it runs under the
/// lock). On any failure the staging folder is removed and `dir` is as it was.
pub(super) fn write_and_swap(
    dir: &Path,
    parent: &Path,
    name: &str,
    files: &[(String, Vec<u8>)],
    check: fn(&Path) -> Result<()>,
) -> Result<()> {
    let tr = input_tr();
    let shown = |path: &Path| path.display().to_string();
    let _lock = lock(dir, parent, name)?;
    restore_set_aside(dir, parent, name);
    check(dir)?;
    remove_leftovers(parent, name);
    let pid = std::process::id();
    let staging = parent.join(hidden(name, STAGING, pid));
    let aside = parent.join(hidden(name, SET_ASIDE, pid));
    let _ = fs::remove_dir_all(&staging);
    fs::create_dir(&staging).doing(|| t!(tr, "in-cannot-create", path = shown(dir)))?;
    let filling = crate::stop::Filling::new(staging.clone());
    let written = write_files(&staging, dir, files, &filling);
    filling.finish(|| {
        let swapped = written.and_then(|()| swap(&staging, &aside, dir));
        // After a swap the staging path holds the earlier report (or nothing): removed
        // either way.
        let _ = fs::remove_dir_all(&staging);
        swapped
    })
}

/// Writes `files` into the existing empty folder `dir` (a new folder the user made, `.`, a
/// mount point): into a hidden staging folder inside it first, whose entries are moved up when
/// all are written. So the folder keeps its permissions and nothing need be written beside it;
/// a stop removes the staging folder and leaves `dir` empty.
pub fn fill_empty_folder(dir: &Path, files: &[(String, Vec<u8>)]) -> Result<()> {
    let tr = input_tr();
    let shown = |path: &Path| path.display().to_string();
    let staging = dir.join(format!(".fundmix-partial-{}", std::process::id()));
    fs::create_dir(&staging).doing(|| t!(tr, "in-cannot-create", path = shown(dir)))?;
    let filling = crate::stop::Filling::new(staging.clone());
    let written = write_files(&staging, dir, files, &filling);
    filling.finish(|| {
        let moved = written.and_then(|()| {
            let entries = fs::read_dir(&staging)
                .doing(|| t!(tr, "in-cannot-move-report", dir = shown(dir)))?;
            for entry in entries {
                let entry = entry.doing(|| t!(tr, "in-cannot-move-report", dir = shown(dir)))?;
                fs::rename(entry.path(), dir.join(entry.file_name()))
                    .doing(|| t!(tr, "in-cannot-move-report", dir = shown(dir)))?;
            }
            Ok(())
        });
        let _ = fs::remove_dir_all(&staging);
        moved
    })
}

/// Writes `files` into `staging` (the staging folder of `dir`, named in errors), each file one
/// step that a stop cannot cut into.
fn write_files(
    staging: &Path,
    dir: &Path,
    files: &[(String, Vec<u8>)],
    filling: &crate::stop::Filling,
) -> Result<()> {
    let tr = input_tr();
    let cannot = |file: &str| {
        t!(
            tr,
            "in-cannot-write-in",
            file = file,
            dir = dir.display().to_string()
        )
    };
    files.iter().try_for_each(|(file, content)| {
        let path = staging.join(file);
        filling.step(|| {
            if let Some(folder) = path.parent() {
                fs::create_dir_all(folder).doing(|| cannot(file))?;
            }
            fs::write(&path, content).doing(|| cannot(file))
        })?;
        pause_for_tests();
        Ok(())
    })
}

/// A test hook of debug builds: `FUNDMIX_TEST_PAUSE_PER_FILE_MS` makes each file take that
/// long to write, so that tests/crash_safety.rs can kill a run while it writes (a real write
/// takes microseconds). Release builds have no such pause.
fn pause_for_tests() {
    #[cfg(debug_assertions)]
    if let Some(ms) = std::env::var("FUNDMIX_TEST_PAUSE_PER_FILE_MS")
        .ok()
        .and_then(|v| v.parse().ok())
    {
        std::thread::sleep(std::time::Duration::from_millis(ms));
    }
}

/// The lock of a report folder: the lock file, held, and registered so that a stopped run
/// removes it (see [`crate::stop`]); removed (while still held) when dropped. `None` on a file
/// system without file locks.
struct Lock(Option<(fs::File, std::path::PathBuf, crate::stop::Filling)>);

impl Drop for Lock {
    fn drop(&mut self) {
        if let Some((file, path, _stop)) = &self.0 {
            // Removed before it is unlocked: a run that opened it meanwhile finds, once it
            // holds it, that it is no longer the file at this path, and takes the new one
            // (see `lock`). Where that cannot be checked, the file stays.
            if cfg!(unix) {
                let _ = fs::remove_file(path);
            }
            let _ = file.unlock();
        }
    }
}

/// Takes the lock of the report folder `dir` (the file `.NAME.lock` beside it, there only
/// while a run writes), or says that another run is writing it. On a file system that has no
/// file locks (some network and cluster mounts) the folder is written without one: the swap
/// still never shows half a report, but a second run is not told that the first is writing.
fn lock(dir: &Path, parent: &Path, name: &str) -> Result<Lock> {
    let tr = input_tr();
    let shown = dir.display().to_string();
    let path = parent.join(format!(".{name}.lock"));
    loop {
        let file = fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .doing(|| t!(tr, "in-cannot-create", path = path.display().to_string()))?;
        let stop = crate::stop::Filling::new(path.clone());
        match file.try_lock() {
            Ok(()) => {}
            Err(fs::TryLockError::WouldBlock) => {
                return Err(OutputError::Refused(t!(
                    tr,
                    "in-out-being-written",
                    dir = shown
                )))
            }
            Err(fs::TryLockError::Error(e)) if no_locks_here(&e) => {
                drop(stop);
                let _ = fs::remove_file(&path);
                return Ok(Lock(None));
            }
            Err(fs::TryLockError::Error(e)) => {
                return Err(e)
                    .doing(|| t!(tr, "in-cannot-create", path = path.display().to_string()));
            }
        }
        if is_same_file(&file, &path) {
            return Ok(Lock(Some((file, path, stop))));
        }
        // The run that held it removed it before letting go: take the lock anew.
    }
}

/// Whether `e` says that the file system has no file locks (rather than that locking failed).
fn no_locks_here(e: &std::io::Error) -> bool {
    #[cfg(unix)]
    if matches!(
        e.raw_os_error(),
        Some(libc::ENOSYS | libc::ENOLCK | libc::EOPNOTSUPP)
    ) {
        return true;
    }
    e.kind() == std::io::ErrorKind::Unsupported
}

/// Whether the open `file` is still the file at `path` (not removed or replaced since).
fn is_same_file(file: &fs::File, path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (file.metadata(), fs::metadata(path)) {
            (Ok(open), Ok(named)) => open.dev() == named.dev() && open.ino() == named.ino(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        let _ = (file, path);
        true
    }
}

/// Puts back an earlier report that a run killed between the two renames of the fallback swap
/// left aside (`.NAME.old-PID`, with no folder `NAME`), so that it is neither lost nor removed
/// as a leftover (the caller holds the folder's lock).
fn restore_set_aside(dir: &Path, parent: &Path, name: &str) {
    if dir.exists() {
        return;
    }
    let Ok(entries) = fs::read_dir(parent) else {
        return;
    };
    let set_aside = entries
        .flatten()
        .find(|e| is_hidden(&e.file_name(), name, SET_ASIDE));
    if let Some(entry) = set_aside {
        let _ = fs::rename(entry.path(), dir);
    }
}

/// Removes the hidden staging folders of `name` that runs killed while writing left in
/// `parent` (the caller holds the folder's lock, so none of them is being written).
fn remove_leftovers(parent: &Path, name: &str) {
    let Ok(entries) = fs::read_dir(parent) else {
        return;
    };
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        if [STAGING, SET_ASIDE]
            .iter()
            .any(|kind| is_hidden(&file_name, name, kind))
        {
            let _ = fs::remove_dir_all(entry.path());
        }
    }
}

/// The kinds of hidden folder a run makes beside the report folder: its staging folder, and
/// the earlier report set aside by the rename fallback of [`swap`].
const STAGING: &str = "partial";
const SET_ASIDE: &str = "old";

/// The hidden folder of `kind` that process `pid` makes beside the folder `name`:
/// `.NAME.KIND-PID`.
fn hidden(name: &str, kind: &str, pid: u32) -> String {
    format!(".{name}.{kind}-{pid}")
}

/// Whether `file_name` is a hidden folder of `kind` beside the folder `name`, made by any
/// process ([`hidden`]).
fn is_hidden(file_name: &std::ffi::OsStr, name: &str, kind: &str) -> bool {
    file_name
        .to_string_lossy()
        .strip_prefix(&format!(".{name}.{kind}-"))
        .is_some_and(|pid| !pid.is_empty() && pid.bytes().all(|b| b.is_ascii_digit()))
}

/// Puts `staging` in the place of `dir`: one atomic exchange when `dir` exists and the file
/// system can, else a rename (with the earlier report renamed aside first, and put back if the
/// rename fails).
fn swap(staging: &Path, aside: &Path, dir: &Path) -> Result<()> {
    let tr = input_tr();
    let shown = dir.display().to_string();
    if !dir.exists() {
        return fs::rename(staging, dir).doing(|| t!(tr, "in-cannot-move-report", dir = shown));
    }
    match exchange(staging, dir) {
        Ok(()) => return Ok(()),
        Err(e) if !cannot_exchange(&e) => {
            return Err(e).doing(|| t!(tr, "in-cannot-replace-report", dir = shown));
        }
        Err(_) => {}
    }
    fs::rename(dir, aside).doing(|| t!(tr, "in-cannot-replace-report", dir = shown.clone()))?;
    if let Err(e) = fs::rename(staging, dir) {
        let _ = fs::rename(aside, dir);
        return Err(e).doing(|| t!(tr, "in-cannot-move-report", dir = shown));
    }
    let _ = fs::remove_dir_all(aside);
    Ok(())
}

/// Exchanges two paths in one step (Linux `renameat2(RENAME_EXCHANGE)`).
#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> std::io::Result<()> {
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    let c = |p: &Path| CString::new(p.as_os_str().as_bytes()).map_err(std::io::Error::other);
    let (a, b) = (c(a)?, c(b)?);
    // SAFETY: both are valid NUL-terminated paths that live across the call; AT_FDCWD makes
    // them relative to the current folder as every other path here.
    let rc = unsafe {
        libc::renameat2(
            libc::AT_FDCWD,
            a.as_ptr(),
            libc::AT_FDCWD,
            b.as_ptr(),
            libc::RENAME_EXCHANGE,
        )
    };
    if rc == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}

/// Elsewhere there is no exchange: the rename fallback is used.
#[cfg(not(target_os = "linux"))]
fn exchange(_: &Path, _: &Path) -> std::io::Result<()> {
    Err(std::io::ErrorKind::Unsupported.into())
}

/// Whether `e` says the file system (or system) cannot exchange, rather than that it failed.
fn cannot_exchange(e: &std::io::Error) -> bool {
    #[cfg(target_os = "linux")]
    if matches!(
        e.raw_os_error(),
        Some(libc::EINVAL | libc::ENOSYS | libc::EOPNOTSUPP)
    ) {
        return true;
    }
    e.kind() == std::io::ErrorKind::Unsupported
}
