//! One share of a run cut into parts that run apart (`--shard I/N`): which of the run's items
//! (a robust run's draws, a comparison's scenarios, a frontier's stretches or amounts) part `I`
//! of `N` works on.
//!
//! The split is interleaved: part `I` takes items `I-1`, `I-1+N`, `I-1+2N`, … Draws are alike
//! whatever their number, but a comparison's scenarios are often listed from small to large and
//! a grid frontier's amounts from little money to much, and the larger ones take longer: taking
//! every N-th item gives each part its share of the easy and the hard ones, where contiguous
//! blocks would leave the last part the longest. Part sizes differ by one item at most, and a
//! robust part on its own is a smaller but fair draw of the whole run.
//!
//! A leaf module: what the items are, and how a part's results are stored and merged, is for
//! the modules that use it.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Part `index` (1-based) of `count` parts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Shard {
    /// Which part, from 1.
    pub index: usize,
    /// How many parts.
    pub count: usize,
}

impl Shard {
    /// The whole run as one part.
    pub const WHOLE: Shard = Shard { index: 1, count: 1 };

    /// Part `index` of `count`, when `1 <= index <= count`.
    pub fn new(index: usize, count: usize) -> Option<Shard> {
        (index >= 1 && index <= count).then_some(Shard { index, count })
    }

    /// Whether item `item` (0-based) is this part's.
    pub fn holds(self, item: usize) -> bool {
        item % self.count == self.index - 1
    }

    /// This part's items among `total` (0-based, ascending).
    pub fn items(self, total: usize) -> Vec<usize> {
        (self.index - 1..total).step_by(self.count).collect()
    }
}

impl fmt::Display for Shard {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.index, self.count)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_item_belongs_to_exactly_one_part() {
        for count in 1..6 {
            let parts: Vec<Vec<usize>> = (1..=count)
                .map(|i| Shard::new(i, count).unwrap().items(17))
                .collect();
            let mut all: Vec<usize> = parts.concat();
            all.sort_unstable();
            assert_eq!(all, (0..17).collect::<Vec<_>>());
            for (i, items) in parts.iter().enumerate() {
                let shard = Shard::new(i + 1, count).unwrap();
                assert!(items.iter().all(|&item| shard.holds(item)));
                assert!(items.len().abs_diff(17 / count) <= 1);
            }
        }
        assert_eq!(Shard::new(2, 3).unwrap().items(8), vec![1, 4, 7]);
        assert_eq!(Shard::new(0, 3), None);
        assert_eq!(Shard::new(4, 3), None);
        assert_eq!(Shard::WHOLE.items(3), vec![0, 1, 2]);
    }
}
