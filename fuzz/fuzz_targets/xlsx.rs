//! Fuzz target `xlsx`: the check in `fuzz/checks/xlsx.rs` (also replayed by `tests/fuzz_corpus.rs`).
#![no_main]

#[path = "../checks/xlsx.rs"]
#[allow(dead_code)]
mod check;

libfuzzer_sys::fuzz_target!(
    // fundmix reads a sheet inside `catch_unwind` (calamine panics on some malformed sheets) and
    // reports it as a problem; libfuzzer-sys's panic hook would abort on that caught panic. The
    // default hook is restored: a panic that escapes the check still aborts (libfuzzer-sys
    // catches it around every input), so it is still a crash.
    init: drop(std::panic::take_hook()),
    |data: &[u8]| check::check(data)
);
