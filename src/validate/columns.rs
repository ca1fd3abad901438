//! Header names that look like a misspelt column fundmix reads.
//!
//! Columns fundmix does not know are ignored, so that a table may carry notes (`responsible`,
//! `comment`, ...). A column that is almost the name of a known one (`staus`, `Cost_2025`,
//! `min_grants`) would be ignored too and its values silently lost, so it is reported.

use super::cells::Cells;
use super::periods::SINGLE_PERIOD;
use crate::i18n::input_tr;
use crate::input::near::likely_typo;
use crate::t;

/// The columns one table may have.
pub struct Known<'k> {
    /// Fixed names (`id`, `status`, ...).
    pub names: &'k [&'k str],
    /// Prefixes of per-period columns (`cost` for `cost_2025`), checked against the periods
    /// elsewhere.
    pub per_period: &'k [&'k str],
    /// Prefixes of freely named columns (`impact_` for `impact_people_trained`).
    pub free: &'k [&'k str],
}

/// Reports every header name that is not known but close to a known one.
pub fn check_names(cells: &mut Cells, known: &Known, periods: &[String]) {
    let mut candidates: Vec<String> = known.names.iter().map(|n| n.to_string()).collect();
    if periods != [SINGLE_PERIOD] {
        for prefix in known.per_period {
            candidates.extend(periods.iter().map(|p| format!("{prefix}_{p}")));
        }
    }
    for column in &cells.table.columns {
        let is_known = column.is_empty()
            || known.names.contains(&column.as_str())
            || known
                .per_period
                .iter()
                .any(|p| column.starts_with(&format!("{p}_")))
            || known
                .free
                .iter()
                .any(|p| column.len() > p.len() && column.starts_with(p));
        if is_known {
            continue;
        }
        let lower = column.to_lowercase();
        let suggestion = if known
            .free
            .iter()
            .chain(known.per_period)
            .any(|p| lower.starts_with(p) && lower.len() > p.len())
            && lower != *column
        {
            Some(lower.clone())
        } else {
            likely_typo(column, candidates.iter().map(String::as_str)).map(str::to_string)
        };
        if let Some(suggestion) = suggestion {
            let tr = input_tr();
            cells.column_problem(
                column,
                t!(
                    tr,
                    "val-column-misspelt",
                    column = column,
                    suggestion = &suggestion
                ),
                &t!(tr, "val-fix-column-misspelt", suggestion = &suggestion),
            );
        }
    }
}
