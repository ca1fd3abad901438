//! Exact money for one run of MES, kept as whole numbers over one common denominator `L`.
//!
//! The starting share `b0` and the price `rho_k` of every funded round are numerators over
//! `L`. Funding a project whose price is `num / (L * den)` multiplies `L` (and every stored
//! numerator) by the part of `den` that does not divide `num`, a small whole number, so no
//! big greatest common divisor is ever computed: sums, shares and comparisons are whole-number
//! multiplications and additions. Values in [`Money`] are valid until the next [`Ledger::push`].

use num::{BigInt, Integer, Signed, ToPrimitive, Zero};
use std::cmp::Ordering;

/// An amount of money in cents, as a numerator over the ledger's current denominator `L`.
pub(super) type Money = BigInt;

/// A price per unit of utility: `num / (L * den)`, with `den > 0`.
pub(super) struct Price {
    num: BigInt,
    den: i128,
}

impl Price {
    /// The price at which `denom` units of utility pay `cost - paid`.
    pub fn new(cost: &Money, paid: &Money, denom: i128) -> Price {
        Price {
            num: cost - paid,
            den: denom,
        }
    }

    /// The price at which a voter holding `budget` with utility `u` pays all they have.
    pub fn all_of(budget: &Money, u: i64) -> Price {
        Price {
            num: budget.clone(),
            den: u as i128,
        }
    }

    /// Whether a voter with utility `u` can pay `price * u` out of `budget`.
    pub fn affordable_from(&self, u: i64, budget: &Money) -> bool {
        &self.num * BigInt::from(u) <= budget * BigInt::from(self.den)
    }

    /// Compares two prices taken from the same ledger state.
    pub fn cmp(&self, other: &Price) -> Ordering {
        (&self.num * BigInt::from(other.den)).cmp(&(&other.num * BigInt::from(self.den)))
    }
}

/// The exact starting share and round prices of one run.
pub(super) struct Ledger {
    l: BigInt,
    b0: BigInt,
    rho: Vec<BigInt>,
}

impl Ledger {
    /// Each of `voters` voters starts with `total_cents / voters`.
    pub fn new(total_cents: i128, voters: usize) -> Ledger {
        Ledger {
            l: BigInt::from(voters.max(1)),
            b0: BigInt::from(total_cents),
            rho: Vec::new(),
        }
    }

    /// Number of rounds funded so far.
    pub fn rounds(&self) -> usize {
        self.rho.len()
    }

    /// `cents` as [`Money`].
    pub fn cents(&self, cents: i64) -> Money {
        &self.l * BigInt::from(cents)
    }

    /// The money `count` voters hold together who paid `weights[k]` units of utility at
    /// round `k`'s price: `count * b0 - sum(weights[k] * rho_k)`.
    pub fn sum(&self, count: i128, weights: &[i128]) -> Money {
        let mut sum = &self.b0 * BigInt::from(count);
        for (rho, &w) in self.rho.iter().zip(weights) {
            if w != 0 {
                sum -= rho * BigInt::from(w);
            }
        }
        sum
    }

    /// Compares `a / ua` with `b / ub`.
    pub fn cmp_per_unit(a: &Money, ua: i64, b: &Money, ub: i64) -> Ordering {
        (a * BigInt::from(ub)).cmp(&(b * BigInt::from(ua)))
    }

    /// Records `price` as the next round's price; returns it as a float.
    pub fn push(&mut self, price: Price) -> f64 {
        let den = BigInt::from(price.den);
        let rest = (price.num.abs() % &den).to_i128().unwrap_or(0);
        let g = if price.num.is_zero() {
            price.den
        } else {
            rest.gcd(&price.den)
        };
        let factor = BigInt::from(price.den / g);
        if factor > BigInt::from(1) {
            self.l *= &factor;
            self.b0 *= &factor;
            for rho in &mut self.rho {
                *rho *= &factor;
            }
        }
        let rho = price.num / BigInt::from(g);
        let value = ratio_f64(&rho, &self.l);
        self.rho.push(rho);
        value
    }
}

/// `a / b` as the nearest float, for numbers beyond the range of `f64`.
fn ratio_f64(a: &BigInt, b: &BigInt) -> f64 {
    let shift = a.bits().max(b.bits()).saturating_sub(96);
    let (a, b) = (a >> shift, b >> shift);
    a.to_f64().unwrap_or(0.0) / b.to_f64().unwrap_or(1.0)
}
