//! What a stopped run leaves behind: nothing half-done.
//!
//! Folders a run is filling (a report's staging folder, a CBC run's workspace) are registered
//! here while they exist. Ctrl-C (SIGINT) or SIGTERM, caught by [`stop_cleanly_on_signals`],
//! removes them, says so, and exits with 128 + the signal (130, 143); a CBC child process dies
//! with fundmix (see `solve::cbc`). A run killed outright (SIGKILL) cannot clean up: its
//! hidden staging folders are removed by the next run that writes the same report folder.

use crate::i18n::Tr;
use crate::t;
use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard};

/// The folders being filled now.
static FILLING: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// The list, usable even if a thread panicked while holding it.
fn filling() -> MutexGuard<'static, Vec<PathBuf>> {
    FILLING.lock().unwrap_or_else(|e| e.into_inner())
}

/// A folder being filled: removed if the run is stopped before the guard is dropped or
/// finished (neither removes the folder).
pub struct Filling(Option<PathBuf>);

impl Filling {
    /// Registers `folder`.
    pub fn new(folder: PathBuf) -> Self {
        filling().push(folder.clone());
        Filling(Some(folder))
    }

    /// Runs `f`, the last steps with the folder that must happen together (such as swapping
    /// a report folder into place and removing the earlier one), where a stop cannot cut in:
    /// a signal that comes meanwhile is handled after them. Then the folder is no longer
    /// registered.
    pub fn finish<T>(mut self, f: impl FnOnce() -> T) -> T {
        let mut list = filling();
        let out = f();
        if let Some(folder) = self.0.take() {
            forget(&mut list, &folder);
        }
        out
    }
}

impl Drop for Filling {
    fn drop(&mut self) {
        if let Some(folder) = self.0.take() {
            forget(&mut filling(), &folder);
        }
    }
}

/// Takes `folder` off the list.
fn forget(list: &mut Vec<PathBuf>, folder: &PathBuf) {
    if let Some(i) = list.iter().position(|f| f == folder) {
        list.remove(i);
    }
}

/// Makes Ctrl-C (SIGINT) and SIGTERM stop the program cleanly: the folders being filled are
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
                    let list = filling();
                    for folder in list.iter() {
                        let _ = std::fs::remove_dir_all(folder);
                    }
                    eprintln!("{}", t!(tr, "in-interrupted"));
                    std::process::exit(128 + signal);
                }
            });
    }
}
