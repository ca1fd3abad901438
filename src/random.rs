//! SplitMix64 (Steele, Lea and Flood, 2014): a small random-number generator whose sequence is
//! fixed forever (a crate's generator may change its stream between versions, and generated
//! plans and drawn risks must not). Used by `generate` (invented plans) and by `fundmix robust`
//! (which sources pay out in each draw).

/// The generator's state.
#[derive(Debug, Clone)]
pub struct SplitMix64(pub u64);

impl SplitMix64 {
    /// A generator for draw `index` of a run seeded with `seed`: its numbers depend on these
    /// two alone, so a draw is the same whichever thread (or machine) makes it.
    pub fn for_draw(seed: u64, index: usize) -> Self {
        let mut start = SplitMix64(seed);
        SplitMix64(start.next_u64() ^ (index as u64).wrapping_mul(0xD1B5_4A32_D192_ED03))
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1), with 53 random bits.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Uniform integer in `lo..=hi`.
    pub fn between(&mut self, lo: usize, hi: usize) -> usize {
        lo + (self.next_u64() % (hi - lo + 1) as u64) as usize
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draws_are_uniform_and_depend_on_seed_and_index_only() {
        let draws: Vec<f64> = (0..10_000)
            .map(|i| SplitMix64::for_draw(7, i).unit())
            .collect();
        let mean = draws.iter().sum::<f64>() / draws.len() as f64;
        assert!((mean - 0.5).abs() < 0.01, "{mean}");
        assert!(draws.iter().all(|u| (0.0..1.0).contains(u)));
        assert_eq!(SplitMix64::for_draw(7, 42).unit(), draws[42]);
        assert_ne!(SplitMix64::for_draw(8, 42).unit(), draws[42]);
    }

    #[test]
    fn the_sequence_is_the_published_one() {
        // The first output of SplitMix64 seeded with 0 (as in the reference implementation).
        assert_eq!(SplitMix64(0).next_u64(), 0xE220_A839_7B1D_CDAF);
    }
}
