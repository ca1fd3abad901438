//! The `fundmix` command: parse the command line and hand it to [`fundmix::cmd`], which runs
//! the command and says the exit code.

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    restore_sigpipe();
    fundmix::cmd::run(fundmix::cli::Cli::parse())
}

/// Lets a closed pipe end the program quietly (`fundmix show plan | head`), as it ends `cat` or
/// `grep`. Rust ignores SIGPIPE, so writing to a closed pipe is an error that `println!` turns
/// into a panic. Reports are written to a temporary folder and renamed into place, so ending
/// here never leaves a half-written report.
fn restore_sigpipe() {
    #[cfg(unix)]
    // SAFETY: called first in main, before any thread exists; SIG_DFL is a valid disposition.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}
