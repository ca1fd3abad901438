//! Tiny elections checked by hand, and the fast engine against the plain exact one.

use super::*;

/// Approval ballots as cost utilities.
fn approvals(costs: &[i64], ballots: &[&[usize]]) -> Vec<Utilities> {
    ballots
        .iter()
        .map(|b| b.iter().map(|&p| (p, costs[p])).collect())
        .collect()
}

const IDS: [&str; 4] = ["A", "B", "C", "D"];

#[test]
fn plain_mes_funds_the_cheapest_per_supporter_and_stops_when_nobody_can_pay() {
    // Budget 300, 3 voters: 100 each. A (200) is wanted by all, B (80) by v1, C (150) by v2
    // and v3, D (60) by v3. Round 1: per unit of cost, A costs each supporter 1/3, C 1/2, B
    // and D 1: A is funded, everyone pays 66.67 and keeps 33.33. Round 2: B needs 80 from v1,
    // C 150 from 66.67, D 60 from 33.33: nothing can be bought.
    let costs = [200, 80, 150, 60];
    let voters = approvals(&costs, &[&[0, 1], &[0, 2], &[0, 2, 3]]);
    let funded = equal_shares(&costs, &IDS, 300, &voters, Completion::None);
    assert_eq!(funded, [0]);
}

#[test]
fn add1_raises_the_shares_until_the_outcome_is_exhaustive() {
    // Same election, shares raised by 10 per step. After A each voter keeps share - 66.67.
    // D (60, v3) becomes affordable at share 130 (step 3), before C (needs share 141.67)
    // and B (146.67). At step 3: A then D, 260 spent; the 40 left fits neither B nor C, so
    // the outcome is exhaustive and is the answer. Steps 0-2 fund only A, with B still
    // fitting the 100 left.
    let costs = [200, 80, 150, 60];
    let voters = approvals(&costs, &[&[0, 1], &[0, 2], &[0, 2, 3]]);
    let add = Completion::AddPerVoter { step_cents: 10 };
    assert_eq!(equal_shares(&costs, &IDS, 300, &voters, add), [0, 3]);
}

#[test]
fn add1_keeps_the_last_outcome_within_the_budget() {
    // Budget 300: A (200, all three) then, once shares reach 130, C (120, v2 and v3) would
    // make 320 > 300. The step before (only A) is the answer, although B (100, v1) still fits:
    // v1 alone never holds 100 after paying for A at share 120 or less.
    let costs = [200, 100, 120, 90];
    let voters = approvals(&costs, &[&[0, 1], &[0, 2], &[0, 2, 3]]);
    let add = Completion::AddPerVoter { step_cents: 10 };
    assert_eq!(equal_shares(&costs, &IDS, 300, &voters, add), [0]);
}

#[test]
fn equal_prices_go_to_the_smaller_id_as_text() {
    // Two projects costing the whole budget, each wanted by all 3 voters: both cost each
    // voter 1/3 per unit. "10" < "9" as text, so "10" is funded and nothing is left.
    let costs = [300, 300];
    let voters = approvals(&costs, &[&[0, 1], &[0, 1], &[0, 1]]);
    let ids = ["9", "10"];
    assert_eq!(
        equal_shares(&costs, &ids, 300, &voters, Completion::None),
        [1]
    );
}

#[test]
fn points_are_utilities_and_the_poor_pay_all_they_have() {
    // Cumulative ballots, budget 300, 100 each. Points: v1 A3 B7, v2 A5 C5, v3 A2 D8.
    // Prices per point in round 1: A 150/10 = 15, B 90/7 = 12.86, C 100/5 = 20, D 70/8 =
    // 8.75: D first (v3 keeps 30). Round 2: A still 15 (v3's share 30 <= 30), B 12.86: B
    // (v1 keeps 10). Round 3: A needs 150 from 10 + 100 + 30 = 140: out; C at 20: v2 pays
    // 100. Round 4: nothing. 260 spent and the 40 left fits nothing: add1 stops at once.
    let costs = [150, 90, 100, 70];
    let voters: Vec<Utilities> = vec![
        vec![(0, 3), (1, 7)],
        vec![(0, 5), (2, 5)],
        vec![(0, 2), (3, 8)],
    ];
    assert_eq!(
        equal_shares(&costs, &IDS, 300, &voters, Completion::None),
        [3, 1, 2]
    );
    let add1 = Completion::AddPerVoter { step_cents: 100 };
    assert_eq!(equal_shares(&costs, &IDS, 300, &voters, add1), [3, 1, 2]);
}

#[test]
fn free_projects_with_points_come_first_and_unsupported_ones_never() {
    // D costs nothing and has points: funded up front. With cost utilities a free project
    // has utility 0 and is never funded (as pabutools' Cost_Sat). C has no supporter.
    let costs = [100, 50, 50, 0];
    let points: Vec<Utilities> = vec![vec![(0, 1), (3, 1)], vec![(1, 1)]];
    let funded = equal_shares(&costs, &IDS, 100, &points, Completion::None);
    assert_eq!(funded, [3, 1]);
    let cost_utilities = approvals(&costs, &[&[0, 3], &[1]]);
    let funded = equal_shares(&costs, &IDS, 100, &cost_utilities, Completion::None);
    assert_eq!(funded, [1]);
    assert!(equal_shares(&costs, &IDS, 100, &[], Completion::None).is_empty());
}

/// xorshift64*, so the random elections are the same on every run.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) % n
    }
}

/// Random elections: `unit` scales costs and budgets (in cents), `max_voters` bounds the
/// number of voters. Checks that the fast engine funds what the plain exact one does over
/// several add1 steps.
fn cross_check(seed: u64, cases: usize, unit: i64, max_voters: u64) {
    let mut rng = Rng(seed);
    let ids: Vec<String> = (0..8).map(|p| format!("{}", 20 - p)).collect();
    let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
    for case in 0..cases {
        let projects = 2 + rng.below(7) as usize;
        let n = 1 + rng.below(max_voters) as usize;
        let costs: Vec<i64> = (0..projects)
            .map(|_| (1 + rng.below(12) as i64 * 5) * unit)
            .collect();
        let points = case % 2 == 1;
        let mut voters: Vec<Utilities> = Vec::new();
        for _ in 0..n {
            let mut ballot = Utilities::new();
            for (p, &cost) in costs.iter().enumerate() {
                if rng.below(2) == 0 {
                    let u = if points {
                        1 + rng.below(4) as i64
                    } else {
                        cost
                    };
                    ballot.push((p, u));
                }
            }
            voters.push(ballot);
        }
        let budget = (10 + rng.below(60) as i64) * unit * (n as i64 + 2) / 3;
        let prepared = prepare(&costs, &ids[..projects], &voters);
        for step in 0..6 {
            let total = budget as i128 + step * n as i128 * 3 * unit as i128;
            assert_eq!(
                engine::run(&prepared, total),
                naive::run(&prepared, total),
                "case {case}: costs {costs:?} voters {voters:?} total {total}"
            );
        }
    }
}

#[test]
fn the_fast_engine_funds_what_the_plain_exact_one_does() {
    // Small whole-number costs, budgets and points make equal prices, voters whose share is
    // exactly their budget and supporters who hold exactly the cost common.
    cross_check(0x9e37_79b9_7f4a_7c15, 400, 1, 9);
}

#[test]
fn the_fast_engine_is_exact_with_city_sized_money_and_more_voters() {
    // Costs up to 5.6 million in cents and up to 40 voters: the floating-point estimates
    // carry larger errors, which must still never decide a close call.
    cross_check(0x1234_5678_9abc_def1, 150, 100_003, 40);
}
