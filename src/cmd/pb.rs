//! `fundmix pb`: a voting rule applied to a Pabulib election, against the city's selection.

use super::Ended;
use crate::checked::Failure;
use crate::cli::{PbArgs, PbRule};
use crate::pb::{report, run_pb, Rule};

/// Runs `fundmix pb`.
pub fn run(args: PbArgs) -> Result<Ended, Failure> {
    let rule = match args.rule {
        PbRule::Greedy => Rule::Greedy,
        PbRule::Utilitarian => Rule::Utilitarian,
        PbRule::EqualShares => Rule::EqualShares,
    };
    let (election, outcome) = run_pb(&args.file, rule)?;
    if args.json {
        let json = report::outcome_json(&election, &outcome);
        let text = serde_json::to_string_pretty(&json).map_err(|e| Failure::Output(e.into()))?;
        println!("{text}");
    } else {
        print!("{}", report::outcome_text(&election, &outcome));
    }
    Ok(Ended::Done)
}
