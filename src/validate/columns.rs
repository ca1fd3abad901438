//! Header names that look like a misspelt column fundmix reads.
//!
//! Columns fundmix does not know are ignored, so that a table may carry notes (`responsible`,
//! `comment`, ...). A column that is almost the name of a known one (`staus`, `Cost_2025`,
//! `min_grants`) would be ignored too and its values silently lost, so it is reported.

use super::cells::Cells;
use super::periods::SINGLE_PERIOD;
use crate::i18n::input_tr;
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
            candidates
                .iter()
                .map(|c| (distance(&lower, c), c))
                .filter(|(d, c)| *d <= if c.len() >= 6 { 2 } else { 1 })
                .min_by_key(|(d, _)| *d)
                .map(|(_, c)| c.clone())
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

/// The edit distance between two short names: insertions, deletions, substitutions and swaps
/// of neighbouring letters each count 1.
fn distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    // d[i][j]: distance between the first i letters of a and the first j of b.
    let mut d = vec![vec![0; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = best;
        }
    }
    d[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::distance;

    #[test]
    fn edit_distance() {
        assert_eq!(distance("status", "status"), 0);
        assert_eq!(distance("staus", "status"), 1);
        assert_eq!(distance("min_grants", "min_grant"), 1);
        assert_eq!(distance("notes", "name"), 3);
        assert_eq!(distance("", "id"), 2);
        assert_eq!(distance("hrad", "hard"), 1);
    }
}
