//! The fuzzer's bytes read as the choices of a structured generator (what the `arbitrary`
//! crate does, without its derive macro, so the main crate's tests need no new dependency).
//! Past the end every choice is zero, so any input, the empty one included, describes something.

/// The choices still to read.
pub struct Bytes<'a> {
    data: &'a [u8],
}

impl<'a> Bytes<'a> {
    /// Reads choices from `data`.
    pub fn new(data: &'a [u8]) -> Self {
        Bytes { data }
    }

    /// The next byte (0 past the end).
    pub fn u8(&mut self) -> u8 {
        match self.data.split_first() {
            Some((&first, rest)) => {
                self.data = rest;
                first
            }
            None => 0,
        }
    }

    /// The next two bytes as a number.
    pub fn u16(&mut self) -> u16 {
        u16::from(self.u8()) << 8 | u16::from(self.u8())
    }

    /// The next eight bytes as a signed number.
    pub fn i64(&mut self) -> i64 {
        (0..8).fold(0i64, |n, _| n << 8 | i64::from(self.u8()))
    }

    /// A yes or no.
    pub fn bool(&mut self) -> bool {
        self.u8() & 1 == 1
    }

    /// A number below `bound` (at least 1).
    pub fn below(&mut self, bound: usize) -> usize {
        usize::from(self.u8()) % bound.max(1)
    }

    /// `Some` of what `f` reads, or `None`, as the next byte says.
    pub fn option<T>(&mut self, f: impl FnOnce(&mut Self) -> T) -> Option<T> {
        self.bool().then(|| f(self))
    }

    /// A text of at most `max` bytes (invalid UTF-8 replaced).
    pub fn text(&mut self, max: usize) -> String {
        let len = self.below(max + 1).min(self.data.len());
        let (text, rest) = self.data.split_at(len);
        self.data = rest;
        String::from_utf8_lossy(text).into_owned()
    }

    /// True when every byte has been read.
    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }
}
