//! `summary.json`: the whole result as JSON, numbers rounded to 4 decimals so that solver
//! noise in the last digits does not show.

use crate::error::OutputResult as Result;
use crate::result::ScenarioResult;
use serde_json::Value;

/// Rounds every number in `value` to 4 decimals (and writes -0 as 0).
pub fn round(value: &mut Value) {
    match value {
        Value::Number(n) if n.is_f64() => {
            let x = n.as_f64().unwrap_or(0.0);
            let rounded = (x * 1e4).round() / 1e4;
            *value = serde_json::Number::from_f64(if rounded == 0.0 { 0.0 } else { rounded })
                .map_or(Value::Null, Value::Number);
        }
        Value::Array(items) => items.iter_mut().for_each(round),
        Value::Object(map) => map.values_mut().for_each(round),
        _ => {}
    }
}

/// The JSON text of `summary.json`.
pub fn summary(result: &ScenarioResult) -> Result<String> {
    let mut value = serde_json::to_value(result)?;
    round(&mut value);
    Ok(serde_json::to_string_pretty(&value)? + "\n")
}
