# The Excel workbooks the results are written to (src/report/xlsx): plan.xlsx from
# `solve --xlsx` and comparison.xlsx from `compare --xlsx`.
#
# Sheet names (xlsx-sheet-*) are at most 31 characters and cannot contain [ ] : * ? / \
# (Excel refuses them). "EUR" is the unit and stays as it is.

# Document properties and sheet titles.
xlsx-comparison-title = Comparison of funding scenarios

# Sheet names.
xlsx-sheet-summary = Summary
xlsx-sheet-funding-table = Funding table
xlsx-sheet-allocation = Allocation
xlsx-sheet-sources = Sources
xlsx-sheet-charts = Charts
xlsx-sheet-comparison = Comparison
# The sheet of a scenario in comparison.xlsx whose name has no character Excel accepts.
xlsx-sheet-scenario = Scenario

# The Summary sheet: labels in the first column, then the tables below them.
xlsx-what-now = What now
xlsx-no-plan-what-now = No funding plan can be written: report.md says why and what would change that.
xlsx-aim = Aim
xlsx-objective-value = Objective value
# Beside the number of funded actions: "of 24" (actions in the plan).
xlsx-of-total = of { $total }
xlsx-total-cost = Total cost (EUR)
xlsx-own-money = Own money (EUR)
xlsx-external-money = External money (EUR)
# Indented under "External money" by the code.
xlsx-of-which-partner-cash = of which partners' cash (EUR)
xlsx-leverage = Leverage (EUR external per EUR own)
xlsx-indicators = Indicators
xlsx-hard-target = Hard target
# The cells of the "Hard target" column.
xlsx-yes = yes
xlsx-no = no
xlsx-staff-hours = Municipal staff hours
xlsx-year = Year
xlsx-hours-municipal = Municipal

# The Allocation sheet (one row per money flow) and the Funding table sheet.
xlsx-action-name = Action name
xlsx-source-name = Source name
xlsx-amount = Amount (EUR)
xlsx-all-sources = All sources
xlsx-funding-table-title = Funding plan by action, source and year (EUR): { $scenario }
xlsx-no-plan = No funding plan: { $status }.

# The Sources sheet: a source's use and caps per year ($year), in total, and its budget.
xlsx-used-in-year = Used { $year }
xlsx-used-in-total = Used in total
xlsx-cap-in-year = Cap { $year }
xlsx-total-budget = Total budget
xlsx-budget-available = Budget available
xlsx-share-used = Share used
xlsx-note = Note
xlsx-switched-off = switched off in this scenario

# The Charts sheet: native Excel charts.
xlsx-no-charts = No charts: { $status }.
xlsx-chart-money-by-year = Money by source and year (EUR): { $scenario }
xlsx-chart-use-against-budget = Use of each funding source against its budget (EUR)

# The Comparison sheet of comparison.xlsx: one row per scenario.
xlsx-objective = Objective
xlsx-partners-cash = Partners' cash (EUR)
# The column of an indicator's reached value in each scenario.
xlsx-indicator-reached = { $indicator } reached
xlsx-what-limits = What limits it
xlsx-chart-money-by-scenario = Money by source in each scenario (EUR)

# robust.xlsx from `robust --xlsx`: the funding-risk run (src/report/xlsx/robust.rs). Its
# sentences and table headers are those of risk.ftl.
xlsx-sheet-core-index = Core index
xlsx-sheet-targets = Targets
xlsx-sheet-draws = Draws
xlsx-sheet-uncertain = Uncertain
xlsx-risk-draws = Draws
xlsx-risk-seed = Seed
xlsx-risk-plan-share = Draws with a plan
xlsx-risk-spreads = Over the draws with a plan
xlsx-risk-col-what = What
xlsx-risk-col-mean = Mean
xlsx-risk-col-p5 = 5th percentile
xlsx-risk-col-p50 = Median
xlsx-risk-col-p95 = 95th percentile
xlsx-risk-col-keeps-word = Chance it keeps its word
xlsx-risk-partners = Partners
# The columns of the Draws sheet (one row per draw, as samples.csv).
xlsx-risk-col-draw = Draw
xlsx-risk-col-paid = { $source } paid
xlsx-risk-col-committed = { $partner } kept its word
xlsx-risk-col-has-plan = Has a plan
xlsx-risk-col-scale = { $action } scale
xlsx-risk-col-drawn-cost = { $action } cost (EUR)
xlsx-risk-draws-note = One row per draw, as samples.csv: 1 = yes, 0 = no; the scale is the share of the action funded.
# The Timeline sheet (src/report/xlsx/timeline.rs); its other headers are col-* of report.ftl.
xlsx-sheet-timeline = Timeline
xlsx-timeline-no-plan = No timeline: { $status }.
xlsx-timeline-start = Starts
xlsx-timeline-end = Ends
xlsx-timeline-delay = Years later than written
xlsx-timeline-written-start = Written start
xlsx-timeline-latest-start = Latest start
xlsx-timeline-deadline = Deadline
xlsx-timeline-main-payer = Main payer
xlsx-timeline-main-share = Main payer's share
xlsx-timeline-written-here = written

## monitor.xlsx (src/report/xlsx/monitor.rs)
xlsx-sheet-mon-actions = Actions
xlsx-sheet-mon-payers = Payers
xlsx-sheet-mon-indicators = Indicators
xlsx-sheet-mon-absorption = Absorption
xlsx-sheet-mon-per-year = Per year
