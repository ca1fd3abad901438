# input: the messages about reading the user's files (CSV tables, workbooks, scenario files,
# Pabulib .pb files) and the command's failures (the command line, the solver, the report
# folder). They are in the language of `input_tr()`: --lang, else the scenario file's lang.

## How a CSV table was read (src/input/mod.rs, also used by src/validate)
in-dialect-comma = read as a comma-separated file with decimal points
in-dialect-semicolon = read as a semicolon-separated file with decimal commas (European Excel)

## The header of a table (CSV or sheet)
in-column-repeated = the column '{ $name }' appears { $count } times in the header (columns { $columns })
in-column-repeated-fix = keep one column '{ $name }' and delete or rename the others

## Files in general
in-file-unreadable = cannot read the file ({ $reason })
in-file-not-utf8 = the file is not UTF-8 text
in-no-such-path = there is no such file or folder

## CSV tables (src/input/csv.rs)
in-csv-missing = the file is missing
in-csv-missing-fix = put the file in the plan folder under exactly this name (lower case, ending in .csv); `fundmix init DIR` writes a template to copy from
in-csv-unreadable-fix = check that the file is readable (not open and locked in another program)
in-csv-not-utf8-fix = save it from your spreadsheet as 'CSV UTF-8 (comma delimited)'
in-csv-empty = the file is empty
in-csv-empty-fix = add a header row with the column names, then one row per entry
in-csv-table-unreadable = cannot read the table: { $reason }
in-csv-table-unreadable-fix = check that every row has as many cells as the header ({ $dialect })
in-csv-column-unreadable = cannot read column '{ $column }': { $reason }
in-csv-column-unreadable-fix = save the file again as plain CSV
in-csv-tabs = the cells are separated by tabs instead of commas
in-csv-tabs-fix = save the file as 'CSV UTF-8 (comma delimited)', or set the list separator of your spreadsheet to ',' before saving
in-csv-ragged = the row has { $cells } cells but the header has { $columns } columns, so its values may be under the wrong columns
in-csv-ragged-more-comma-fix = a text containing a comma must be in double quotes ("Smith, J."); otherwise remove the extra cells, or name their column in the header row
in-csv-ragged-more-semicolon-fix = a text containing a semicolon must be in double quotes ("a;b"); otherwise remove the extra cells, or name their column in the header row (the file is read as semicolon-separated, European Excel)
in-csv-ragged-fewer-comma-fix = add the missing cells where they belong (an empty cell still needs its comma)
in-csv-ragged-fewer-semicolon-fix = add the missing cells where they belong (an empty cell still needs its semicolon; the file is read as semicolon-separated, European Excel)

## Scenario files (src/input/scenario.rs, src/input/scenario_chain.rs)
in-scenario-unreadable = cannot read the scenario file ({ $reason })
in-scenario-read-fix = give a scenario file (.toml, see `fundmix init DIR`), a plan folder or a workbook (.xlsx)
in-scenario-file-fix = write `key = value` lines; allowed keys: { $keys }; text goes in double quotes (name = "Baseline")
# A key written for every period or for one: `staff_capacity or staff_capacity.<period>`.
in-keys-or = { $one } or { $other }
# The placeholders of the keys: `[targets.<indicator>]`, `sources.<id>.<key>`.
in-placeholder-id = id
in-placeholder-indicator = indicator
in-placeholder-period = period
in-placeholder-key = key
in-extends-loop = the 'extends' links form a loop: { $chain }
in-extends-loop-fix = make the base scenario extend nothing; each variant extends the one before
in-extends-missing = the scenario to extend, '{ $path }', does not exist
in-extends-missing-fix = give the path of an existing scenario file, relative to this file
in-folder-no-scenarios = the folder holds no scenario files (.toml)
in-folder-no-scenarios-fix = name scenario files, or a folder that holds them
in-no-such-path-scenarios-fix = name scenario files (.toml) or folders that hold them

## What the TOML library says about a scenario file (src/input/toml_words.rs). English shows
## the library's own words unchanged; other languages translate the ones they know. The select
## keys are the library's words in lower case, with `-` between them.
in-toml-unknown-key = unknown field `{ $key }`, expected one of { $expected }
in-toml-wrong-type = invalid type: { $found }, expected { $expected }
in-toml-expected = { $problem }, expected { $expected }
# A syntax problem: `key with no value`, `unclosed table`, ...
in-toml-syntax = { $what ->
   *[other] { $text }
}
# A word of a TOML message: what was expected (`newline`, `a string`) or found (`integer`).
in-toml-word = { $word ->
   *[other] { $text }
}

## Workbooks (src/input/xlsx.rs)
in-no-workbook = there is no such workbook
in-no-workbook-fix = give the path of an existing workbook (.xlsx), or a plan folder
in-workbook-unreadable = cannot read the workbook ({ $reason })
in-workbook-unreadable-fix = check that it is an Excel workbook saved as .xlsx (not password-protected, not open and locked in another program); save it again from your spreadsheet
in-sheets-same-name = { $count } sheets are named '{ $name }' ({ $sheets })
in-sheets-same-name-fix = keep one sheet named '{ $name }' and rename the others
# Where a problem is: `plan.xlsx, sheet 'actions'`.
in-sheet-label = { $file }, sheet '{ $sheet }'
in-sheet-unreadable = cannot read the sheet ({ $reason })
in-sheet-unreadable-fix = save the workbook again from your spreadsheet as .xlsx
in-sheet-missing = the workbook has no sheet '{ $name }'
in-sheet-missing-fix = add a sheet named '{ $name }' with the same columns as { $name }.csv (the workbook has: { $sheets })
in-sheet-row1-empty = row 1 is empty, but the column names must be in row 1
in-sheet-row1-empty-fix = put the header row (the column names) in row 1 and the data right below it
in-sheet-empty = the sheet is empty
in-sheet-empty-fix = add a header row with the column names in row 1, then one row per entry
in-column-unnamed = column { $column } has values (from row { $row }) but no name in row 1, so they would be ignored
in-column-unnamed-fix = write the column's name in row 1, or delete its values
in-cell-error = the cell shows the error { $shown } instead of a value
in-cell-error-fix = correct the formula (or type the value) so the cell shows a number or text

## The scenario sheet of a workbook (src/input/scenario_sheet.rs)
in-sheet-settings-fix = write one setting per row, its key in column A and its value in column B; keys: { $keys }
in-sheet-key-cell-error = the key cell shows the error { $shown }
in-sheet-value-no-key = there is a value in column B but no key in column A
in-sheet-key-empty-part = '{ $key }' is not a key: a part between the dots is empty
in-sheet-no-plan = the scenario sheet cannot name a plan: its plan is this workbook
in-sheet-no-plan-fix = delete the row; to use this scenario with another plan, write a scenario file (.toml) with extends = "<this workbook>" and plan = "<the other plan>"
in-sheet-no-extends = the scenario sheet cannot extend another scenario
in-sheet-no-extends-fix = delete the row; for a variant of this workbook's scenario, write a scenario file (.toml) with extends = "<this workbook>" and only what differs
in-sheet-value-cell-error = the value cell shows the error { $shown }
in-sheet-value-cell-error-fix = correct the formula (or type the value) so the cell shows a value
in-sheet-key-twice = '{ $key }' is set twice (first on row { $row })
in-sheet-key-whole-and-part = '{ $whole }' is set both as one value and part by part ('{ $part }'; the other is on row { $row })

## Pabulib files (src/input/pabulib*)
in-pb-missing = the file does not exist
in-pb-missing-fix = check the path; Pabulib files end in .pb and can be downloaded from pabulib.org
in-pb-unreadable-fix = check that the file is readable
in-pb-not-utf8 = the file is not UTF-8 text (bad byte at position { $position })
in-pb-not-utf8-fix = save the file as UTF-8 (Pabulib files are UTF-8)
in-pb-unclosed-quote = a quoted field (starting with ") is not closed on this line; close it with " or remove the opening quote (a " inside a quoted field is written twice: "")
in-pb-fix-quotes = fix the quotes on this line
in-pb-money-bad = '{ $text }' is not an amount of money; write digits with an optional decimal point, such as 75000 or 106165.64 (no currency sign, no spaces or thousands separators)
in-pb-money-empty = the amount is empty; write the amount, such as 75000
in-pb-money-negative = '{ $text }' is negative; an amount of money here is 0 or more
in-pb-money-decimals = '{ $text }' has more than two decimal places; round it to whole cents
in-pb-money-too-large = '{ $text }' is too large; amounts must be at most 10^15
in-pb-not-whole = '{ $text }' is not a whole number 0 or more
in-pb-count-too-large = '{ $text }' is too large for a count
in-pb-section-twice = a second { $section } section starts here
in-pb-section-twice-fix = a .pb file has each of META, PROJECTS and VOTES once: merge the two sections
in-pb-section-order = the { $section } section comes after a later section
in-pb-section-order-fix = put the sections in the order META, PROJECTS, VOTES
in-pb-before-sections = '{ $text }' comes before the first section
in-pb-before-sections-fix = a .pb file starts with a line 'META', then 'key;value' lines; remove anything above it
in-pb-no-section = the file has no { $section } section
in-pb-no-section-fix = a .pb file has a line 'META' followed by 'key;value' lines, then a line 'PROJECTS' followed by 'project_id;cost;...' lines, then 'VOTES'; see pabulib.org/format
in-pb-no-header = the { $section } section has no header line
in-pb-no-header-fix = the line after the section name lists the column names, separated by ;
in-pb-column-twice = the { $section } header names the column '{ $column }' twice
in-pb-column-twice-fix = rename or remove one of the two columns
in-pb-too-many-fields = the line has { $fields } fields but the header has { $columns } ('{ $text }')
in-pb-too-many-fields-fix = a ';' inside a text must be in a quoted field ("a;b"); otherwise remove the extra ';'
in-pb-meta-no-value = the META line '{ $key }' has no value
in-pb-meta-no-value-fix = write META lines as key;value, e.g. budget;100000
in-pb-meta-twice = the META key '{ $key }' is given twice (also on line { $line })
in-pb-keep-one-line = keep one of the two lines
in-pb-no-budget = META has no 'budget' line
in-pb-no-budget-fix = add a line budget;AMOUNT to META, e.g. budget;100000
in-pb-budget-fix = write the total budget as a plain number
in-pb-no-vote-type = META has no 'vote_type' line
in-pb-no-vote-type-fix = add a line vote_type;approval (or cumulative, ordinal, choose-1, scoring) to META
in-pb-bad-vote-type = '{ $value }' is not a vote type fundmix knows
in-pb-bad-vote-type-fix = use approval, cumulative, ordinal, choose-1 or scoring
in-pb-no-categories = META gives budget_per_category but no 'categories' line to say which category each amount is for
in-pb-no-categories-fix = add a line categories;NAME1,NAME2,... in the same order as the amounts
in-pb-category-count = budget_per_category has { $amounts } amounts but categories names { $names } categories
in-pb-category-count-fix = give one amount per category, in the order of the categories line
in-pb-category-amount = category '{ $name }': { $problem }
in-pb-category-amount-fix = write each category budget as a plain number
in-pb-category-unused = the category '{ $name }' has a budget but no project is in it, so its budget limits nothing
in-pb-category-unused-fix = spell it as in the projects' category column
in-pb-category-typo = the category '{ $name }' has a budget but no project is in it, while the projects' category '{ $meant }' has no budget: most likely the same category misspelt
in-pb-category-typo-fix = write '{ $meant }' in META categories, as in the projects' category column
in-pb-no-cost-column = the PROJECTS header has no 'cost' column
in-pb-no-cost-column-fix = the PROJECTS header line names the columns, e.g. project_id;cost;votes;name
in-pb-no-support = the file has no VOTES section and PROJECTS has no 'votes' column, so nothing says how much support each project has
in-pb-no-support-fix = add the VOTES section (one ballot per line), or a votes column to PROJECTS
in-pb-no-id = the project has no id
in-pb-no-id-fix = give every project a unique id in the first column
in-pb-id-twice = the project id '{ $id }' is used twice (also on line { $line })
in-pb-id-twice-fix = give every project its own id
in-pb-cost-fix = write the project's cost as a plain number
in-pb-votes-empty = the vote count is empty and the file has no ballots to count
in-pb-votes-empty-fix = write the number of votes the project received
in-pb-votes-fix = write the number of ballots that chose the project
in-pb-selected-bad = '{ $value }' is not 1 or 0
in-pb-selected-bad-fix = write 1 for a project the city funded and 0 for one it did not
in-pb-no-projects = PROJECTS lists no project
in-pb-no-projects-fix = add one line per project under the PROJECTS header
in-pb-no-vote-column = the VOTES header has no 'vote' column
in-pb-no-vote-column-fix = the VOTES header line names the columns, e.g. voter_id;vote
in-pb-no-points-column = the vote type is { $vote_type } but the VOTES header has no 'points' column
in-pb-no-points-column-fix = add a points column (e.g. 3,2 for vote 12,15), or correct META vote_type
in-pb-unknown-project = the ballot lists '{ $id }', which is not a project id in PROJECTS
in-pb-unknown-project-fix = use the project ids of the PROJECTS section, separated by commas
in-pb-project-twice = the ballot lists project '{ $id }' twice
in-pb-project-twice-fix = list each project once per ballot
in-pb-choose-one = the vote type is choose-1 but the ballot lists { $count } projects
in-pb-choose-one-fix = keep one project on the ballot, or set META vote_type to approval
in-pb-points-count = the ballot lists { $projects } projects but { $points } points
in-pb-points-count-fix = give one number of points per listed project, in the same order
in-pb-points-fix = points are whole numbers 0 or more

## An id on the command line (src/cmd/mod.rs)
in-command-line = the command line ({ $option })
in-unknown-action = there is no action "{ $id }" in this plan
in-unknown-source = there is no funding source "{ $id }" in this plan
in-use-one-of = use one of: { $ids }

## A plan that breaks a rule on re-checking (src/checked.rs)
in-plan-breaks-rules = the plan found breaks { $count } rule(s) on independent re-checking. This is a bug in fundmix; nothing was written. Please report it with your input files:

## Output that could not be written (src/error.rs, src/report/mod.rs)
in-cannot-write-json = cannot write JSON
in-cannot-build-workbook = cannot build the workbook
in-cannot-write-table = cannot write the table of draws (samples.parquet)
# The operating system's reason (English: its own words); the keys are kinds of failure.
in-os-error = { $kind ->
   *[other] { $text }
}
in-out-is-file = '{ $dir }' is a file, not a report folder, so nothing was written. Choose an empty or new folder for the report (--out DIR)
in-out-not-report = '{ $dir }' holds files that are not a fundmix report (it has no { $markers } or { $last }), so nothing was written: a report replaces its whole folder. Choose an empty or new folder for the report (--out DIR)
in-out-not-folder-name = '{ $dir }' is not a folder name
in-cannot-read-path = cannot read '{ $path }'
in-cannot-create-folder = cannot create the folder '{ $path }'
in-cannot-create = cannot create '{ $path }'
in-cannot-write-in = cannot write { $file } in '{ $dir }'
in-cannot-replace-report = cannot replace the earlier report in '{ $dir }'
in-cannot-move-report = cannot move the report into '{ $dir }'

## The solver (src/solve)
in-cbc-missing = the CBC solver was asked for, but no `cbc` program was found (install Debian's coinor-cbc, or set FUNDMIX_CBC to its path)
in-plain-plan-not-found = a plan that holds was found, but not, within the time limit, the plain plan to compare it with (allow more time with --time-limit, or none)
in-solve-cannot-write = cannot write '{ $path }': { $reason }
in-solve-cannot-create = cannot create '{ $path }': { $reason }
in-path-nul = the path holds a NUL byte
in-highs-not-written = HiGHS could not write it
in-file-cut-short = the file was cut short: the disk may be full, or a limit on file size reached
in-solver-fault = the solver failed: { $solver }: { $detail }. This is a fault, not a property of your plan; please report it with your input files
in-out-being-written = another fundmix run is writing the report folder '{ $dir }' right now; nothing was written. Wait for it to finish, or give this run another folder with --out
in-interrupted = Stopped. No report was left half-written: each report folder holds its earlier report, or the new one if it was already being put in place.
in-sheet-too-large = the sheet's values reach cell { $cell }: more than the { $cells } cells a plan table may span from A1
in-sheet-too-large-fix = delete the stray values far below or to the right of the table (in Excel, Ctrl+End goes to the last used cell), then save the workbook again
in-sheet-reader-fault = the workbook reader stopped on a malformed cell (such as a cell reference no spreadsheet writes)
