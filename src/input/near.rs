//! Names that are almost another: the edit distance between short names, and the rule for a
//! likely typo that the readers share (a misspelt column, an `eligible` entry, a Pabulib
//! category). A name far from every known one is taken as meant; one a letter or two from a
//! known one is taken as a typo, because reading it as written would silently lose what it
//! names.

/// The edit distance between two short names: insertions, deletions, substitutions and swaps
/// of neighbouring letters each count 1.
pub fn distance(a: &str, b: &str) -> usize {
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

/// The known name `name` is most likely a misspelling of: the nearest one at most one letter
/// away (two for a known name of six letters or more), compared without case; `None` when
/// `name` is itself known or no known name is that near. Ties go to the first in `known`.
pub fn likely_typo<'k>(name: &str, known: impl IntoIterator<Item = &'k str>) -> Option<&'k str> {
    let lower = name.to_lowercase();
    let mut best: Option<(usize, &str)> = None;
    for candidate in known {
        if candidate == name {
            return None;
        }
        let d = distance(&lower, &candidate.to_lowercase());
        let near = d <= if candidate.chars().count() >= 6 { 2 } else { 1 };
        if near && best.is_none_or(|(b, _)| d < b) {
            best = Some((d, candidate));
        }
    }
    best.map(|(_, candidate)| candidate)
}

/// [`likely_typo`] for a name that points to a row of the plan (an action id, a category in
/// an `eligible` list, a Pabulib category): names of fewer than four letters, and names that
/// differ from a known one only in their digits (`3.4` and `3.3`, `A13` and `A12`: numbered
/// rows, of which a template or a variant may have fewer), are never taken for typos.
pub fn likely_misspelt_name<'k>(
    name: &str,
    known: impl IntoIterator<Item = &'k str>,
) -> Option<&'k str> {
    if name.chars().count() < 4 {
        return None;
    }
    let letters = |s: &str| -> String { s.chars().filter(|c| !c.is_ascii_digit()).collect() };
    let own = letters(name);
    likely_typo(
        name,
        known
            .into_iter()
            .filter(|candidate| letters(candidate) != own),
    )
}

#[cfg(test)]
mod tests {
    use super::{distance, likely_misspelt_name, likely_typo};

    #[test]
    fn edit_distance() {
        assert_eq!(distance("status", "status"), 0);
        assert_eq!(distance("staus", "status"), 1);
        assert_eq!(distance("min_grants", "min_grant"), 1);
        assert_eq!(distance("notes", "name"), 3);
        assert_eq!(distance("", "id"), 2);
        assert_eq!(distance("hrad", "hard"), 1);
    }

    #[test]
    fn a_typo_is_near_a_known_name_and_a_new_name_is_not() {
        let known = ["skills", "access", "id"];
        assert_eq!(likely_typo("skils", known), Some("skills"));
        assert_eq!(likely_typo("Acess", known), Some("access"));
        assert_eq!(likely_typo("skills", known), None);
        assert_eq!(likely_typo("broadband", known), None);
        // Short names allow one letter only: "ix" is one from "id", "xy" two.
        assert_eq!(likely_typo("ix", known), Some("id"));
        assert_eq!(likely_typo("xy", known), None);
    }

    #[test]
    fn numbered_and_short_names_are_not_typos() {
        let known = ["3.3", "A12", "ICT", "skills", "broadband"];
        assert_eq!(likely_misspelt_name("3.4", known), None);
        assert_eq!(likely_misspelt_name("A13", known), None);
        assert_eq!(likely_misspelt_name("IT", known), None);
        assert_eq!(likely_misspelt_name("skils", known), Some("skills"));
        assert_eq!(likely_misspelt_name("broadbnd", known), Some("broadband"));
    }
}
