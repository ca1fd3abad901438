//! A plain, slow Method of Equal Shares for the tests: every budget an exact big rational,
//! every supporter sorted and walked in every round, as pabutools' `mes_inner_algo` does. The
//! fast engine must fund exactly the same projects in the same order.

use super::engine::Prepared;
use num::{BigInt, BigRational, Zero};

/// The projects plain MES funds when each voter starts with `total_cents / voters`.
pub(super) fn run(e: &Prepared, total_cents: i128) -> Vec<usize> {
    let int = |x: i128| BigRational::from_integer(BigInt::from(x));
    let start = BigRational::new(BigInt::from(total_cents), BigInt::from(e.voters));
    let mut budget = vec![start; e.voters];
    let mut funded = e.free.clone();
    let mut remaining = e.candidates.clone();
    loop {
        let mut best: Option<(BigRational, usize)> = None;
        for &p in &remaining {
            let cost = int(e.costs[p] as i128);
            let mut sup = e.supporters[p].clone();
            let money: BigRational = sup.iter().map(|&(v, _)| budget[v as usize].clone()).sum();
            if money < cost {
                continue;
            }
            sup.sort_by(|a, b| {
                (&budget[a.0 as usize] * int(b.1 as i128))
                    .cmp(&(&budget[b.0 as usize] * int(a.1 as i128)))
            });
            let mut paid = BigRational::zero();
            let mut denom: i128 = sup.iter().map(|&(_, u)| u as i128).sum();
            for &(v, u) in &sup {
                let rho = (&cost - &paid) / int(denom);
                if &rho * int(u as i128) <= budget[v as usize] {
                    let better = match &best {
                        None => true,
                        Some((r, q)) => rho < *r || (rho == *r && e.ids[p] < e.ids[*q]),
                    };
                    if better {
                        best = Some((rho, p));
                    }
                    break;
                }
                paid += &budget[v as usize];
                denom -= u as i128;
            }
        }
        let Some((rho, p)) = best else {
            return funded;
        };
        for &(v, u) in &e.supporters[p] {
            let share = &rho * int(u as i128);
            let b = &mut budget[v as usize];
            *b = if share < *b {
                &*b - share
            } else {
                BigRational::zero()
            };
        }
        funded.push(p);
        remaining.retain(|&q| q != p);
    }
}
