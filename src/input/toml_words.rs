//! What the TOML library says about a scenario file, in the input's language.
//!
//! The library writes its messages in English (`key with no value, expected `=``, `invalid
//! type: integer `5`, expected a string`). English shows them unchanged; other languages
//! translate the parts they know, word by word through the catalogue (`in-toml-*`), and keep
//! the library's words for the rest. The parts are found by the shapes the library writes:
//! serde's `unknown field …, expected one of …` and `invalid type: …, expected …`, and the
//! parser's `<description>[, expected <item>, <item>…]`.

use crate::i18n::Tr;
use crate::t;

/// The library's message `raw` in the language of `tr`.
pub(super) fn message(tr: &Tr, raw: &str) -> String {
    if let Some((key, expected)) = raw
        .strip_prefix("unknown field `")
        .and_then(|rest| rest.split_once("`, expected one of "))
    {
        return t!(tr, "in-toml-unknown-key", key = key, expected = expected);
    }
    if let Some((found, expected)) = raw
        .strip_prefix("invalid type: ")
        .and_then(|rest| rest.rsplit_once(", expected "))
    {
        return t!(
            tr,
            "in-toml-wrong-type",
            found = value(tr, found),
            expected = word(tr, expected)
        );
    }
    match raw.split_once(", expected ") {
        Some((problem, expected)) => {
            let items: Vec<String> = expected.split(", ").map(|i| item(tr, i)).collect();
            t!(
                tr,
                "in-toml-expected",
                problem = syntax(tr, problem),
                expected = items.join(", ")
            )
        }
        None => syntax(tr, raw),
    }
}

/// A syntax problem (`key with no value`).
fn syntax(tr: &Tr, text: &str) -> String {
    t!(tr, "in-toml-syntax", what = key(text), text = text)
}

/// One expected item: a literal in quotes (`` `=` ``) as written, else a word (`newline`).
fn item(tr: &Tr, text: &str) -> String {
    if text.starts_with(['`', '\'']) {
        text.to_string()
    } else {
        word(tr, text)
    }
}

/// A word or phrase of the library's (`a string`, `newline`).
fn word(tr: &Tr, text: &str) -> String {
    t!(tr, "in-toml-word", word = key(text), text = text)
}

/// A value as serde names it: its kind, then the value in quotes (`integer `5``,
/// `string "x"`), or the kind alone (`map`).
fn value(tr: &Tr, text: &str) -> String {
    match [" `", " \""].iter().filter_map(|q| text.find(q)).min() {
        Some(at) => format!("{} {}", word(tr, &text[..at]), &text[at + 1..]),
        None => word(tr, text),
    }
}

/// The catalogue's key for a phrase: its letters and digits in lower case, `-` between words
/// (`` `_` may only go between digits `` → `may-only-go-between-digits`).
fn key(text: &str) -> String {
    let words: Vec<String> = text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    let key = words.join("-");
    // A select key starts with a letter.
    match key.chars().next() {
        Some(c) if c.is_ascii_alphabetic() => key,
        _ => format!("x-{key}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    /// Messages the library writes for broken scenario files.
    const SAMPLES: [&str; 11] = [
        "unknown field `budget_cap`, expected one of `name`, `plan`, `objective`",
        "invalid type: integer `5`, expected a string",
        "invalid type: string \"x\", expected a map",
        "invalid type: floating point `1.5`, expected a string",
        "key with no value, expected `=`",
        "string values must be quoted, expected literal string",
        "unexpected key or value, expected newline, `#`",
        "invalid basic string, expected `\"`",
        "unclosed array, expected `]`",
        "duplicate key",
        "`_` may only go between digits",
    ];

    #[test]
    fn english_keeps_the_library_words() {
        for raw in SAMPLES {
            assert_eq!(message(Lang::En.tr(), raw), raw);
        }
        // Every message the library makes of a broken scenario, too.
        for text in [
            "name = Baseline",
            "name",
            "x = [1, 2",
            "[weights",
            "a = 1\na = 2",
        ] {
            let raw = toml::from_str::<toml::Table>(text).unwrap_err();
            let raw = raw.message().trim();
            assert_eq!(message(Lang::En.tr(), raw), raw);
        }
    }

    #[test]
    fn latvian_translates_what_it_knows() {
        let lv = Lang::Lv.tr();
        assert_eq!(
            message(lv, SAMPLES[1]),
            "nepareizs vērtības veids: ir vesels skaitlis `5`, bet vajag: teksts pēdiņās"
        );
        assert_eq!(
            message(lv, SAMPLES[4]),
            "atslēgai nav vērtības; gaidīts: `=`"
        );
        assert_eq!(
            message(lv, SAMPLES[6]),
            "negaidīta atslēga vai vērtība; gaidīts: rindas beigas, `#`"
        );
        assert_eq!(
            message(lv, SAMPLES[10]),
            "`_` drīkst būt tikai starp cipariem"
        );
        assert_eq!(
            message(lv, "something new"),
            "TOML pieraksta kļūda: something new"
        );
        assert_eq!(
            key("`_` may only go between digits"),
            "may-only-go-between-digits"
        );
        assert_eq!(key("0b"), "x-0b");
    }
}
