//! The words of every report, chart and terminal line, in English or Latvian.
//!
//! The texts live in Fluent message files (`src/i18n/<lang>/*.ftl`, compiled into the binary),
//! one set per language with the same message ids; code asks for a message by id with the
//! [`t!`](crate::t) macro and never writes a readable label itself. Numbers are formatted here
//! too, because languages write them differently (`1 234.5` in English reports, `1 234,5` in
//! Latvian). Ids and names from the user's files are never translated.
//!
//! A test (`tests/catalogue.rs`) checks that both languages have every message the code asks
//! for, with the same variables, so a Latvian report never falls back to English.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use std::cell::Cell;
use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

thread_local! {
    /// The language of the messages about the user's input, while a command runs.
    static INPUT_LANG: Cell<Lang> = const { Cell::new(Lang::En) };
}

/// Runs `f` with the messages about the user's input (the problems found in the files, the
/// command's errors) in `lang`, on this thread. The reports take their language from the
/// scenario instead; errors are found before there is a scenario, deep in the readers, which
/// is why their language is set around the command rather than passed down.
pub fn with_input_lang<T>(lang: Lang, f: impl FnOnce() -> T) -> T {
    struct Restore(Lang);
    impl Drop for Restore {
        fn drop(&mut self) {
            INPUT_LANG.with(|l| l.set(self.0));
        }
    }
    let _restore = Restore(INPUT_LANG.with(|l| l.replace(lang)));
    f()
}

/// The messages about the user's input in the language [`with_input_lang`] set (English
/// outside it).
pub fn input_tr() -> &'static Tr {
    INPUT_LANG.with(Cell::get).tr()
}

/// A language of the reports.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English (the default).
    #[default]
    En,
    /// Latvian.
    Lv,
}

impl Lang {
    /// Every language, in the order the help lists them.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Lv];

    /// The language's code, as `--lang` and the scenario's `lang` key write it.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Lv => "lv",
        }
    }

    /// The messages of this language.
    pub fn tr(self) -> &'static Tr {
        static EN: OnceLock<Tr> = OnceLock::new();
        static LV: OnceLock<Tr> = OnceLock::new();
        let cell = match self {
            Lang::En => &EN,
            Lang::Lv => &LV,
        };
        cell.get_or_init(|| Tr::new(self))
    }

    /// The message files of this language: (file name, text).
    pub fn catalogue(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Lang::En => EN_FILES,
            Lang::Lv => LV_FILES,
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Lang {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let code = text.trim().to_ascii_lowercase();
        Lang::ALL
            .into_iter()
            .find(|l| l.code() == code)
            .ok_or_else(|| {
                format!(
                    "'{text}' is not a report language: write {}",
                    Lang::ALL.map(Lang::code).join(" or ")
                )
            })
    }
}

macro_rules! files {
    ($lang:literal: $($name:literal),+ $(,)?) => {
        &[$(($name, include_str!(concat!($lang, "/", $name)))),+]
    };
}

const EN_FILES: &[(&str, &str)] = files!("en": "report.ftl", "html.ftl", "xlsx.ftl",
    "charts.ftl", "analysis.ftl", "input.ftl", "validate.ftl", "risk.ftl", "shard.ftl");
const LV_FILES: &[(&str, &str)] = files!("lv": "report.ftl", "html.ftl", "xlsx.ftl",
    "charts.ftl", "analysis.ftl", "input.ftl", "validate.ftl", "risk.ftl", "shard.ftl");

/// The messages of one language, and its way of writing numbers.
pub struct Tr {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
}

impl fmt::Debug for Tr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Tr({})", self.lang)
    }
}

/// A value for a message's variable: text, or a whole number (which chooses plural forms).
#[derive(Debug, Clone)]
pub enum Arg {
    /// Text, inserted as written (ids, names, formatted amounts).
    Text(String),
    /// A count, which a message may use to choose a plural form.
    Count(i64),
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(text.to_string())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Self {
        Arg::Text(text.clone())
    }
}

impl From<usize> for Arg {
    fn from(count: usize) -> Self {
        Arg::Count(i64::try_from(count).unwrap_or(i64::MAX))
    }
}

impl Tr {
    fn new(lang: Lang) -> Tr {
        let id: unic_langid::LanguageIdentifier = lang.code().parse().expect("a language code");
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Reports are plain text, Markdown and spreadsheets: no Unicode isolation marks around
        // inserted values (they would show as stray characters in a CSV or a terminal).
        bundle.set_use_isolating(false);
        for (name, text) in lang.catalogue() {
            // The files are part of the binary and checked by tests: a syntax error is a
            // programming error, caught before release; the entries that parse are kept.
            let resource = FluentResource::try_new((*text).to_string())
                .unwrap_or_else(|(resource, _)| resource);
            if let Err(errors) = bundle.add_resource(resource) {
                debug_assert!(false, "{name}: {errors:?}");
            }
        }
        Tr { lang, bundle }
    }

    /// The language.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Whether the catalogue has a message `id`.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// The message `id` with its variables; the id itself when the catalogue lacks it (a test
    /// keeps that from happening).
    pub fn message(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_string();
        };
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            let value = match value {
                Arg::Text(text) => FluentValue::from(text.clone()),
                Arg::Count(n) => FluentValue::from(*n),
            };
            fluent_args.set(*name, value);
        }
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors);
        debug_assert!(errors.is_empty(), "{id}: {errors:?}");
        text.into_owned()
    }

    /// The decimal mark of the language.
    fn decimal_mark(&self) -> char {
        match self.lang {
            Lang::En => '.',
            Lang::Lv => ',',
        }
    }

    /// A number for reading: spaces between thousands, `decimals` decimals, the language's
    /// decimal mark (`1 234 567.89`; Latvian `1 234 567,89`).
    pub fn number(&self, value: f64, decimals: usize) -> String {
        self.number_text(crate::format::number(value, decimals))
    }

    /// A number without thousands separators, for reading (`0.85`; Latvian `0,85`).
    pub fn fixed(&self, value: f64, decimals: usize) -> String {
        self.number_text(crate::format::fixed(value, decimals))
    }

    /// A number as the user's files write it (its shortest form, no thousands separators),
    /// with the language's decimal mark: `0.85`, `12500`; Latvian `0,85`.
    pub fn plain(&self, value: f64) -> String {
        self.number_text(value.to_string())
    }

    /// Whole euros: `1 234 567 EUR`.
    pub fn eur(&self, value: f64) -> String {
        format!("{} EUR", self.number(value, 0))
    }

    /// A share as a percentage with `decimals` decimals: `42%` (no space, as the reports have
    /// always written it).
    pub fn percent(&self, share: f64, decimals: usize) -> String {
        format!("{}%", self.fixed(100.0 * share, decimals))
    }

    /// A number written the English way (`1 234.5`) in the language's way (`1 234,5`).
    pub fn number_text(&self, text: String) -> String {
        match self.decimal_mark() {
            '.' => text,
            mark => text.replace('.', &mark.to_string()),
        }
    }
}

/// A message of `$tr` ([`Tr`]) by id, with named variables:
/// `t!(tr, "funded-count", funded = n, total = m)`.
#[macro_export]
macro_rules! t {
    ($tr:expr, $id:literal) => {
        $tr.message($id, &[])
    };
    ($tr:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $tr.message($id, &[$((stringify!($name), $crate::i18n::Arg::from($value))),+])
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latvian_numbers_use_a_decimal_comma_and_spaces() {
        let lv = Lang::Lv.tr();
        assert_eq!(lv.number(1234567.891, 2), "1 234 567,89");
        assert_eq!(lv.eur(85000.4), "85 000 EUR");
        assert_eq!(lv.fixed(0.855, 2), "0,85");
        assert_eq!(Lang::En.tr().number(1234.5, 1), "1 234.5");
    }

    #[test]
    fn the_input_language_holds_inside_its_scope_only() {
        assert_eq!(input_tr().lang(), Lang::En);
        let inside = with_input_lang(Lang::Lv, || input_tr().lang());
        assert_eq!(inside, Lang::Lv);
        assert_eq!(input_tr().lang(), Lang::En);
    }

    #[test]
    fn languages_are_read_from_their_codes() {
        assert_eq!("LV".parse::<Lang>(), Ok(Lang::Lv));
        assert_eq!(" en".parse::<Lang>(), Ok(Lang::En));
        assert!("de".parse::<Lang>().unwrap_err().contains("en or lv"));
    }
}
