//! `fundmix init`: a template plan folder, or a template workbook.

use super::Ended;
use crate::checked::Failure;
use crate::cli::InitArgs;

/// Runs `fundmix init`.
pub fn run(args: InitArgs) -> Result<Ended, Failure> {
    match (args.xlsx, args.dir) {
        (Some(file), _) => {
            crate::init::xlsx::write_template_xlsx(&file).map_err(Failure::Output)?;
            println!(
                "Wrote a template workbook to {file}. Fill in its sheets (the instructions sheet says how), then run:\n  fundmix solve {file} --xlsx",
                file = file.display()
            );
        }
        (None, dir) => {
            let dir = dir.unwrap_or_default();
            crate::init::write_template(&dir).map_err(Failure::Output)?;
            println!(
                "Wrote a template plan to {dir}. Fill in the tables in {dir}/plan, then run:\n  fundmix solve {dir}/scenario.toml",
                dir = dir.display()
            );
        }
    }
    Ok(Ended::Done)
}
