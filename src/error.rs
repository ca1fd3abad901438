//! Input errors: every problem found in the user's files, each with where it is and how to fix it.
//!
//! Loading and validation never stop at the first problem: they collect [`InputProblem`]s and
//! return them together as one [`InputError`], so a finance officer can fix a whole file in one go.

use crate::i18n::{input_tr, Lang};
use crate::t;
use std::fmt;

/// One problem in the user's input, located as precisely as we can.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputProblem {
    /// The file (or file and sheet) the problem is in, as the user named it.
    pub file: String,
    /// The spreadsheet row (the header is row 1, the first data row is row 2), or the line of a
    /// TOML or Pabulib (.pb) file, if known.
    pub row: Option<usize>,
    /// The column (or TOML key), if known.
    pub column: Option<String>,
    /// What is wrong, in plain words.
    pub message: String,
    /// What to do about it.
    pub fix: String,
}

impl InputProblem {
    /// A problem with a whole file (missing, unreadable, empty).
    pub fn in_file(
        file: impl Into<String>,
        message: impl Into<String>,
        fix: impl Into<String>,
    ) -> Self {
        InputProblem {
            file: file.into(),
            row: None,
            column: None,
            message: message.into(),
            fix: fix.into(),
        }
    }

    /// Narrows the problem to a row.
    pub fn at_row(mut self, row: usize) -> Self {
        self.row = Some(row);
        self
    }

    /// Narrows the problem to a column or key.
    pub fn at_column(mut self, column: impl Into<String>) -> Self {
        self.column = Some(column.into());
        self
    }
}

impl InputProblem {
    /// The problem as a note: where, what was noticed, and what to do if it was not meant.
    pub fn as_note(&self) -> String {
        let tr = input_tr();
        format!(
            "{}: {}\n    {}: {}",
            self.place(),
            self.message,
            t!(tr, "err-if-not-meant"),
            self.fix
        )
    }

    /// Where the problem is: the file, then the row or line and the column or key when known.
    fn place(&self) -> String {
        let tr = input_tr();
        let mut out = self.file.clone();
        let toml = self.file.ends_with(".toml");
        // TOML and Pabulib (.pb) files are text read line by line, not spreadsheets.
        let lines = toml || self.file.ends_with(".pb");
        // A workbook's scenario sheet holds keys in rows, like a scenario file (its label is
        // in the language the sheet was read in).
        let file = self.file.to_lowercase();
        let keys = toml
            || Lang::ALL.into_iter().any(|lang| {
                let sheet = t!(lang.tr(), "in-sheet-label", file = "", sheet = "scenario");
                file.ends_with(&sheet.to_lowercase())
            });
        if let Some(row) = self.row {
            let place = if lines {
                t!(tr, "err-line", line = row.to_string())
            } else {
                t!(tr, "err-row", row = row.to_string())
            };
            out.push_str(&format!(", {place}"));
        }
        if let Some(column) = &self.column {
            let place = if keys {
                t!(tr, "err-key", key = column)
            } else {
                t!(tr, "err-column", column = column)
            };
            out.push_str(&format!(", {place}"));
        }
        out
    }
}

impl fmt::Display for InputProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let tr = input_tr();
        write!(
            f,
            "{}: {}\n    {}: {}",
            self.place(),
            self.message,
            t!(tr, "err-how-to-fix"),
            self.fix
        )
    }
}

/// All the problems found in one input, reported together.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct InputError {
    /// Every problem found, in file order.
    pub problems: Vec<InputProblem>,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.problems.len();
        writeln!(f, "{}", t!(input_tr(), "err-problems", count = n))?;
        for (i, problem) in self.problems.iter().enumerate() {
            writeln!(f, "  {}. {problem}", i + 1)?;
        }
        Ok(())
    }
}

/// Collects problems while a stage reads its input, and notes: what was noticed but is allowed
/// (an `eligible` entry that names nothing in this plan), said to the user without stopping.
#[derive(Debug, Default)]
pub struct Problems {
    found: Vec<InputProblem>,
    notes: Vec<InputProblem>,
}

impl Problems {
    /// Records one problem.
    pub fn push(&mut self, problem: InputProblem) {
        self.found.push(problem);
    }

    /// Records a note: located like a problem, its `fix` saying what to do if it was not meant.
    pub fn note(&mut self, note: InputProblem) {
        self.notes.push(note);
    }

    /// The notes recorded so far, as the user reads them (see [`InputProblem::as_note`]).
    pub fn take_notes(&mut self) -> Vec<String> {
        self.notes.drain(..).map(|n| n.as_note()).collect()
    }

    /// True when nothing has been recorded.
    pub fn is_empty(&self) -> bool {
        self.found.is_empty()
    }

    /// All the recorded problems as one error (call only after recording one).
    pub fn into_error(self) -> InputError {
        InputError {
            problems: self.found,
        }
    }

    /// `Ok(value)` when no problem was recorded, else every problem as one error.
    pub fn into_result<T>(self, value: T) -> Result<T, InputError> {
        if self.found.is_empty() {
            Ok(value)
        } else {
            Err(self.into_error())
        }
    }
}

/// What fundmix could not write (or read back) besides the plan: report folders, charts,
/// workbooks, templates. Each says what was being done and why it failed.
#[derive(Debug, thiserror::Error)]
pub enum OutputError {
    /// A file-system operation failed.
    #[error("{what}: {}", io_reason(.source))]
    Io {
        /// What was being done, e.g. "cannot write 'reports/x/summary.json'".
        what: String,
        /// The operating system's reason.
        #[source]
        source: std::io::Error,
    },
    /// A chart, workbook or text could not be made.
    #[error("{what}: {detail}")]
    Build {
        /// What was being made.
        what: String,
        /// Why not.
        detail: String,
    },
    /// Something fundmix refuses to do (say, replace a folder that is not a report).
    #[error("{0}")]
    Refused(String),
}

impl From<serde_json::Error> for OutputError {
    fn from(e: serde_json::Error) -> Self {
        OutputError::Build {
            what: t!(input_tr(), "in-cannot-write-json"),
            detail: e.to_string(),
        }
    }
}

impl From<rust_xlsxwriter::XlsxError> for OutputError {
    fn from(e: rust_xlsxwriter::XlsxError) -> Self {
        OutputError::Build {
            what: t!(input_tr(), "in-cannot-build-workbook"),
            detail: e.to_string(),
        }
    }
}

impl From<polars::prelude::PolarsError> for OutputError {
    fn from(e: polars::prelude::PolarsError) -> Self {
        OutputError::Build {
            what: t!(input_tr(), "in-cannot-write-table"),
            detail: e.to_string(),
        }
    }
}

/// The operating system's reason for a failed file operation, in the input's language (English:
/// the system's own words, `Permission denied (os error 13)`).
pub fn io_reason(error: &std::io::Error) -> String {
    use std::io::ErrorKind;
    let kind = match error.kind() {
        ErrorKind::NotFound => "not-found",
        ErrorKind::PermissionDenied => "permission-denied",
        ErrorKind::AlreadyExists => "already-exists",
        ErrorKind::IsADirectory => "is-a-directory",
        ErrorKind::NotADirectory => "not-a-directory",
        ErrorKind::DirectoryNotEmpty => "directory-not-empty",
        ErrorKind::ReadOnlyFilesystem => "read-only-filesystem",
        ErrorKind::StorageFull => "storage-full",
        ErrorKind::InvalidData => "invalid-data",
        ErrorKind::InvalidFilename => "invalid-filename",
        _ => "other",
    };
    t!(
        input_tr(),
        "in-os-error",
        kind = kind,
        text = error.to_string()
    )
}

/// Says what was being done when an operation failed (as `anyhow`'s `context`, typed).
pub trait Doing<T> {
    /// The error, with what was being done.
    fn doing(self, what: impl FnOnce() -> String) -> Result<T, OutputError>;
}

impl<T> Doing<T> for Result<T, std::io::Error> {
    fn doing(self, what: impl FnOnce() -> String) -> Result<T, OutputError> {
        self.map_err(|source| OutputError::Io {
            what: what(),
            source,
        })
    }
}

impl<T> Doing<T> for Result<T, rust_xlsxwriter::XlsxError> {
    fn doing(self, what: impl FnOnce() -> String) -> Result<T, OutputError> {
        self.map_err(|e| OutputError::Build {
            what: what(),
            detail: e.to_string(),
        })
    }
}

impl<T> Doing<T> for Result<T, OutputError> {
    fn doing(self, what: impl FnOnce() -> String) -> Result<T, OutputError> {
        self.map_err(|e| OutputError::Build {
            what: what(),
            detail: e.to_string(),
        })
    }
}

/// The result of writing output.
pub type OutputResult<T, E = OutputError> = Result<T, E>;
