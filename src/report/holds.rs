//! The files and the terminal text of `fundmix solve --risk`: `robustness.json` (everything),
//! `robustness.md` (the price of robustness in words and tables) and its chart.

use crate::analyse::holds::Holds;
use crate::error::OutputResult as Result;

/// The files `solve --risk` adds to the report folder: (name, content).
pub fn files(holds: &Holds) -> Result<Vec<(String, Vec<u8>)>> {
    let mut value = serde_json::to_value(holds)?;
    super::json::round(&mut value);
    Ok(vec![(
        "robustness.json".into(),
        (serde_json::to_string_pretty(&value)? + "\n").into_bytes(),
    )])
}
