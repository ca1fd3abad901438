//! Greedy by votes, the rule most cities use: go down the projects from the most votes to the
//! fewest and fund each one that still fits the money left, skipping those that do not.
//!
//! Ties in votes are broken by project id as text, ascending, as pabutools'
//! `lexico_tie_breaking` (its default) does. Money is compared in whole cents.

/// Project indices in decreasing order of `votes`, ties by `ids` ascending (byte order, which
/// for UTF-8 is the order of Unicode code points, as Python compares strings).
pub fn order(votes: &[u64], ids: &[&str]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..votes.len()).collect();
    order.sort_by(|&a, &b| votes[b].cmp(&votes[a]).then_with(|| ids[a].cmp(ids[b])));
    order
}

/// The projects greedy by votes funds within `budget_cents`, in the order it funds them.
///
/// `costs_cents`, `votes` and `ids` hold one entry per project.
pub fn greedy(costs_cents: &[i64], votes: &[u64], ids: &[&str], budget_cents: i64) -> Vec<usize> {
    let mut left = budget_cents;
    let mut funded = Vec::new();
    for p in order(votes, ids) {
        if costs_cents[p] <= left {
            left -= costs_cents[p];
            funded.push(p);
        }
    }
    funded
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skips_what_does_not_fit_and_goes_on() {
        // 60 fits, 50 does not (40 left), 40 fits, 10 does not (0 left).
        let funded = greedy(&[60, 50, 40, 10], &[9, 8, 7, 6], &["a", "b", "c", "d"], 100);
        assert_eq!(funded, [0, 2]);
    }

    #[test]
    fn ties_go_to_the_smaller_id_as_text() {
        // "10" < "9" as text: project "10" comes first and uses the budget.
        let funded = greedy(&[100, 100], &[5, 5], &["9", "10"], 100);
        assert_eq!(funded, [1]);
        assert_eq!(order(&[1, 5, 5], &["a", "c", "b"]), [2, 1, 0]);
    }

    #[test]
    fn projects_without_votes_are_funded_if_money_is_left() {
        assert_eq!(greedy(&[10, 10], &[3, 0], &["a", "b"], 30), [0, 1]);
    }
}
