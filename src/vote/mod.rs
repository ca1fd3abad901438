//! Voting rules that need no solver: greedy by votes and the Method of Equal Shares. They sit
//! below validation, which uses Equal Shares to make a workshop vote fair
//! ([`crate::validate`]'s `votes.csv`), and are applied to Pabulib elections by [`crate::pb`].

pub mod equal_shares;
pub mod greedy;
