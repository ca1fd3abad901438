//! `fundmix init --xlsx plan.xlsx`: the template as one Excel workbook.
//!
//! Sheets: `instructions` (how to fill it in and solve it), `scenario` (key, value, note),
//! then `actions`, `sources`, `partners` and `targets` with the same columns and example rows as
//! the CSV template, so the workbook solves as it is. Each header carries a note (what goes
//! there, units, required or not; required headers are darker), and the cells below check what
//! is typed: numbers 0 or more, shares from 0 to 1, the status, kind and true/false lists, the
//! objective list.

use super::help::{column_help, scenario_note, KeyRule, Rule};
use super::{example_scenario, example_tables};
use crate::error::{Doing, OutputError, OutputResult as Result};
use crate::report::xlsx::new_workbook;
use rust_xlsxwriter::{
    DataValidation, DataValidationRule, Format, FormatAlign, FormatBorder, Note, Workbook,
    Worksheet,
};
use std::path::Path;

/// Rows below a header that carry the checks (the header is row 1).
pub const CHECKED_ROWS: u32 = 1000;

/// Width of the instructions column, in characters.
const INSTRUCTIONS_WIDTH: u16 = 100;
/// Width of the scenario sheet's note column, in characters.
const NOTE_WIDTH: u16 = 90;

/// The height (points) of a row showing `text` wrapped in a column `width` characters wide:
/// Excel does not grow a row for wrapped text it did not type itself.
fn wrapped_height(text: &str, width: u16) -> f64 {
    let per_line = usize::from(width).saturating_sub(8).max(1);
    let lines: usize = text
        .lines()
        .map(|line| line.chars().count().div_ceil(per_line).max(1))
        .sum();
    15.0 * lines as f64
}

/// The sheet names, in workbook order.
pub const SHEETS: [&str; 6] = [
    "instructions",
    "scenario",
    "actions",
    "sources",
    "partners",
    "targets",
];

/// Writes the template workbook to `path`, which must end in `.xlsx` and not exist yet.
pub fn write_template_xlsx(path: &Path) -> Result<()> {
    let is_xlsx = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"));
    if !is_xlsx {
        return Err(OutputError::Refused(format!(
            "'{}' does not end in .xlsx; name the workbook like plan.xlsx so Excel opens it",
            path.display()
        )));
    }
    if path.exists() {
        return Err(OutputError::Refused(format!(
            "'{}' already exists; choose a new file name so nothing is overwritten",
            path.display()
        )));
    }
    let file_name = path
        .file_name()
        .map_or("plan.xlsx".into(), |n| n.to_string_lossy().into_owned());
    let bytes = template_workbook(&file_name)?;
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => Path::new(".").to_path_buf(),
    };
    std::fs::create_dir_all(&folder)
        .doing(|| format!("cannot create the folder '{}'", folder.display()))?;
    // Written beside it, then renamed: never a half-written workbook under the name.
    let partial = folder.join(format!(".{file_name}.partial-{}", std::process::id()));
    std::fs::write(&partial, &bytes).doing(|| format!("cannot write '{}'", partial.display()))?;
    std::fs::rename(&partial, path).map_err(|e| {
        let _ = std::fs::remove_file(&partial);
        OutputError::Io {
            what: format!("cannot write '{}'", path.display()),
            source: e,
        }
    })
}

/// The template workbook's bytes; `file_name` is how the instructions name it.
pub fn template_workbook(file_name: &str) -> Result<Vec<u8>> {
    let mut workbook = new_workbook("fundmix plan template")?;
    let styles = Styles::new();
    instructions(add(&mut workbook, SHEETS[0])?, file_name, &styles)?;
    scenario(add(&mut workbook, SHEETS[1])?, &styles)?;
    for (name, csv) in example_tables() {
        table(add(&mut workbook, name)?, name, csv, &styles)
            .doing(|| format!("cannot write the {name} sheet of the template"))?;
    }
    workbook
        .save_to_buffer()
        .doing(|| "cannot assemble the template workbook".to_string())
}

fn add<'a>(workbook: &'a mut Workbook, name: &str) -> Result<&'a mut Worksheet> {
    let sheet = workbook.add_worksheet();
    sheet.set_name(name)?;
    Ok(sheet)
}

struct Styles {
    title: Format,
    bold: Format,
    wrap: Format,
    required: Format,
    optional: Format,
}

impl Styles {
    fn new() -> Self {
        let header = Format::new()
            .set_bold()
            .set_border_bottom(FormatBorder::Thin)
            .set_align(FormatAlign::Top);
        Styles {
            title: Format::new().set_bold().set_font_size(14),
            bold: Format::new().set_bold(),
            wrap: Format::new().set_text_wrap().set_align(FormatAlign::Top),
            required: header.clone().set_background_color(0x9BC2E6),
            optional: header.set_background_color(0xDDEBF7),
        }
    }
}

/// The `instructions` sheet: one paragraph per row.
fn instructions(sheet: &mut Worksheet, file_name: &str, s: &Styles) -> Result<()> {
    sheet.set_column_width(0, INSTRUCTIONS_WIDTH)?;
    sheet.write_string_with_format(0, 0, "How to fill in this fundmix plan", &s.title)?;
    let paragraphs = [
        ("What it is", "This workbook is a funding plan for fundmix: the candidate actions, the funding sources, partners offering cash or staff time, and your SMART targets. fundmix finds which actions to fund, from which source, in which year, under every rule, and checks the plan independently."),
        ("1. scenario", "Name the plan and choose the objective: max-impact (the most weighted impact within the money) or min-own-cost (the least municipal money that still meets every rule and target). Set the staff hours available per year and how much each indicator is worth."),
        ("2. actions", "One row per candidate action: its cost per year in EUR (the cost_<year> column names set the years of the whole workbook: add or remove columns to change them), the municipal staff hours it needs, and what it achieves (one impact_<indicator> column per indicator). Required."),
        ("3. sources", "One row per funding source: the municipal budget (kind own), EU funds with their co-financing rate (max_share 0.85 = 85%), national programmes, grants with minimum and maximum sizes. Give each a total budget, a cap for every year, or both. Required."),
        ("4. partners", "Partners offering cash or staff hours, and the actions they may join. Optional: delete its rows if there are none."),
        ("5. targets", "The SMART targets: the level each indicator must reach; hard targets must be met, soft ones may fall short at a penalty. Optional."),
        ("Rules", "Keep the sheet names and the header row. Point at a header to read what goes in the column (required columns are darker). Money is EUR and time is staff hours, written as plain numbers. Lists of ids are separated by ; (e.g. skills;coordination). An empty cell takes the default the note gives. You may add columns of your own (notes, a contact person); a name one or two letters away from a known column is taken for a typo and reported. The cells check what you type; fundmix checks everything again and names the sheet, row and column of every problem."),
        ("The example", "The rows filled in are an example that solves as it is: replace them with your own."),
        ("Then", "Check the plan:   fundmix check FILE\nSolve it:   fundmix solve FILE --xlsx\nThe results go to reports/<scenario name>/: report.html, report.md and, with --xlsx, plan.xlsx (the funding table by action, source and year, each source against its budget, and charts)."),
    ];
    for (i, (label, text)) in paragraphs.iter().enumerate() {
        let row = 2 + 2 * i as u32;
        sheet.write_string_with_format(row, 0, *label, &s.bold)?;
        let text = text.replace("FILE", file_name);
        sheet.set_row_height(row + 1, wrapped_height(&text, INSTRUCTIONS_WIDTH))?;
        sheet.write_string_with_format(row + 1, 0, text, &s.wrap)?;
    }
    sheet.set_landscape().set_print_fit_to_pages(1, 0);
    sheet.set_active(true);
    Ok(())
}

/// The `scenario` sheet: key, value, and a note on what it means.
fn scenario(sheet: &mut Worksheet, s: &Styles) -> Result<()> {
    let headers = [
        ("key", "Required. The name of a setting (do not change it)."),
        ("value", "Required. Its value."),
        (
            "note",
            "What the setting means (fundmix does not read this column).",
        ),
    ];
    for (col, (title, note)) in headers.iter().enumerate() {
        let format = if col < 2 { &s.required } else { &s.optional };
        sheet.write_string_with_format(0, col as u16, *title, format)?;
        sheet.insert_note(0, col as u16, &note_for(note))?;
    }
    for (i, (key, value)) in example_scenario()?.iter().enumerate() {
        let row = 1 + i as u32;
        let (meaning, rule) = scenario_note(key);
        sheet.write_string(row, 0, key)?;
        match value {
            Value::Text(text) => sheet.write_string(row, 1, text)?,
            Value::Number(number) => sheet.write_number(row, 1, *number)?,
        };
        sheet.set_row_height(row, wrapped_height(&meaning, NOTE_WIDTH))?;
        sheet.write_string_with_format(row, 2, &meaning, &s.wrap)?;
        let check = match rule {
            KeyRule::Objective => Some(list(
                &["max-impact", "min-own-cost"],
                "Choose max-impact or min-own-cost.",
            )?),
            KeyRule::NonNegative => Some(validation(Rule::NonNegative)?),
            KeyRule::Text => None,
        };
        if let Some(check) = check {
            sheet.add_data_validation(row, 1, row, 1, &check)?;
        }
    }
    sheet.set_column_width(0, 26)?;
    sheet.set_column_width(1, 16)?;
    sheet.set_column_width(2, NOTE_WIDTH)?;
    sheet.set_freeze_panes(1, 0)?;
    Ok(())
}

/// A value of the scenario sheet.
pub(crate) enum Value {
    /// Text.
    Text(String),
    /// A number.
    Number(f64),
}

/// A plan sheet: header with notes, example rows, checks on the cells below each header.
fn table(sheet: &mut Worksheet, name: &str, csv: &str, s: &Styles) -> Result<()> {
    let mut lines = csv.lines();
    let header: Vec<&str> = lines.next().unwrap_or_default().split(',').collect();
    for (col, column) in header.iter().enumerate() {
        let col = col as u16;
        let help = column_help(name, column);
        let format = if help.required {
            &s.required
        } else {
            &s.optional
        };
        sheet.write_string_with_format(0, col, *column, format)?;
        sheet.insert_note(0, col, &note_for(&help.note))?;
        if help.rule != Rule::Text {
            sheet.add_data_validation(1, col, CHECKED_ROWS, col, &validation(help.rule)?)?;
        }
        let width = column.len().clamp(10, 28) as f64 + 2.0;
        sheet.set_column_width(col, width)?;
    }
    for (i, line) in lines.enumerate() {
        let row = 1 + i as u32;
        for (col, cell) in line.split(',').enumerate() {
            let col = col as u16;
            if cell.is_empty() {
                continue;
            }
            match cell.parse::<f64>() {
                Ok(number) if number.is_finite() => sheet.write_number(row, col, number)?,
                _ => sheet.write_string(row, col, cell)?,
            };
        }
    }
    sheet.set_freeze_panes(1, 1)?;
    Ok(())
}

fn note_for(text: &str) -> Note {
    Note::new(text)
        .add_author_prefix(false)
        .set_width(320)
        .set_height(110)
}

/// The check for a rule (not for [`Rule::Text`], which has none).
fn validation(rule: Rule) -> Result<DataValidation> {
    let check = match rule {
        Rule::NonNegative => DataValidation::new()
            .allow_decimal_number(DataValidationRule::GreaterThanOrEqualTo(0.0)),
        Rule::Share => {
            DataValidation::new().allow_decimal_number(DataValidationRule::Between(0.0, 1.0))
        }
        Rule::Whole => {
            DataValidation::new().allow_whole_number(DataValidationRule::GreaterThanOrEqualTo(0))
        }
        Rule::Status | Rule::Kind | Rule::TrueFalse | Rule::Text => {
            let words = rule.list().unwrap_or_default();
            return list(&words, rule.error());
        }
    };
    Ok(check
        .set_error_title("fundmix: value not allowed")?
        .set_error_message(rule.error())?)
}

/// A drop-down list of `words` (an empty cell is allowed).
fn list(words: &[&str], error: &str) -> Result<DataValidation> {
    Ok(DataValidation::new()
        .allow_list_strings(words)?
        .set_error_title("fundmix: value not allowed")?
        .set_error_message(error)?)
}
