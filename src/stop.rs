//! What a stopped run leaves behind: nothing half-done.
//!
//! Paths a run is filling (a report's staging folder and lock file, a CBC run's workspace) are
//! registered here while they exist. Ctrl-C (SIGINT) or SIGTERM, caught by
//! [`stop_cleanly_on_signals`], removes them, says so, and exits with 128 + the signal (130,
//! 143); a CBC child process dies with fundmix (see `solve::cbc`). A file is written, and a
//! report swapped into place, while holding the list ([`Filling::step`], [`Filling::finish`]),
//! so a stop comes between such steps, never inside one. A run killed outright (SIGKILL)
//! cannot clean up: its hidden staging folder and lock file are removed by the next run that
//! writes the same report folder.

use crate::i18n::Tr;
use crate::t;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

/// The paths being filled now.
static FILLING: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// The list, usable even if a thread panicked while holding it.
fn filling() -> MutexGuard<'static, Vec<PathBuf>> {
    FILLING.lock().unwrap_or_else(|e| e.into_inner())
}

/// A folder (or file) being filled: removed if the run is stopped before the guard is dropped
/// or finished (neither removes it).
pub struct Filling(Option<PathBuf>);

impl Filling {
    /// Registers `path`.
    pub fn new(path: PathBuf) -> Self {
        filling().push(path.clone());
        Filling(Some(path))
    }

    /// Runs `f`, one step of filling (writing one file), where a stop cannot cut in: a signal
    /// that comes meanwhile is handled after it, and the step after it never starts.
    pub fn step<T>(&self, f: impl FnOnce() -> T) -> T {
        let _held = filling();
        f()
    }

    /// Runs `f`, the last steps with the path that must happen together (such as swapping a
    /// report folder into place and removing the earlier one), where a stop cannot cut in.
    /// Then the path is no longer registered.
    pub fn finish<T>(mut self, f: impl FnOnce() -> T) -> T {
        let mut list = filling();
        let out = f();
        if let Some(path) = self.0.take() {
            forget(&mut list, &path);
        }
        out
    }
}

impl Drop for Filling {
    fn drop(&mut self) {
        if let Some(path) = self.0.take() {
            forget(&mut filling(), &path);
        }
    }
}

/// Takes `path` off the list.
fn forget(list: &mut Vec<PathBuf>, path: &Path) {
    if let Some(i) = list.iter().position(|f| f == path) {
        list.remove(i);
    }
}

/// Makes Ctrl-C (SIGINT) and SIGTERM stop the program cleanly: the paths being filled are
/// removed, a line in `tr`'s language says that no report was left half-written, and the exit
/// code is 128 + the signal. Called once, as a command starts.
pub fn stop_cleanly_on_signals(tr: &'static Tr) {
    #[cfg(unix)]
    {
        use signal_hook::consts::{SIGINT, SIGTERM};
        let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM]) else {
            return;
        };
        let _ = std::thread::Builder::new()
            .name("signals".into())
            .spawn(move || {
                if let Some(signal) = signals.forever().next() {
                    // Held until the process ends: no step of filling starts again.
                    let list = filling();
                    for path in list.iter() {
                        if path.is_dir() {
                            let _ = std::fs::remove_dir_all(path);
                        } else {
                            let _ = std::fs::remove_file(path);
                        }
                    }
                    eprintln!("{}", t!(tr, "in-interrupted"));
                    // SAFETY: _exit ends the process at once, without running exit handlers or
                    // C++ destructors while another thread may be inside the solver.
                    unsafe { libc::_exit(128 + signal) };
                }
            });
    }
}
