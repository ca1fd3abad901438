//! The `fundmix` command: parse the command line and hand it to [`fundmix::cmd`], which runs
//! the command and says the exit code.

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    fundmix::cmd::run(fundmix::cli::Cli::parse())
}
