# charts: see the matching English file for where each message is used.
#
# The charts (src/plot). Amounts, ids and names are inserted as variables; "EUR" is a unit and
# stays as written.

# Shared by several charts (src/plot/parts.rs, stacked.rs, style.rs).
chart-scenario = Scenario: { $scenario }
chart-scenario-time-limit = { $scenario } (time limit reached: up to { $gap }% below the best possible plan)
chart-scenario-within-gap = { $scenario } (at most { $gap }% below the best possible plan, as --mip-gap allows)
# On a scenario without a plan (a hatched bar or column).
chart-infeasible = infeasible
chart-no-plan-found = no plan found
# An amount in thousands, for small spaces: 64k.
chart-thousands = { $amount }k
# The legend of a stacked bar chart: who pays.
chart-paid-by = Paid by
chart-paid-by-nobody = nobody: no money is used

# Money by source and year (src/plot/money_by_period.rs).
chart-money-by-period-title = Money by source and year (EUR)

# Money by source and scenario (src/plot/money_by_source.rs).
chart-money-by-source-title = Money by source and scenario (EUR)
chart-money-by-source-subtitle = Whole plan period, all years together

# Use of each source against its budget (src/plot/source_use.rs).
chart-source-use-title = Use of each funding source against its budget (EUR)
chart-source-use-available = Budget available
chart-source-use-used = Money used (in the source's colour)
chart-source-use-off = switched off in this scenario
# $percent is a whole number of percent.
chart-source-use-share = { $percent }% used: { $used } of { $available }
chart-source-use-no-budget = { $used } used, no budget
chart-source-use-no-cap = { $used } used, no budget cap

# The funding matrix (src/plot/funding_matrix.rs).
chart-funding-matrix-title = Funding of each action by source (EUR)
chart-funding-matrix-subtitle = Scenario: { $scenario }. Funded actions only; amounts in thousand EUR (k)
chart-funding-matrix-total = Total
chart-funding-matrix-scale = EUR per action and source
chart-funding-matrix-none = No action is funded in this scenario.

# Indicators against their targets (src/plot/indicators.rs). $kind is the kind of target
# (target-hard or target-soft of report.ftl).
chart-indicators-title = Indicators reached in each scenario, against their targets
chart-indicators-subtitle = One panel per indicator; bars show what each scenario's plan reaches
chart-indicators-reached = Reached
chart-indicators-target = Target (minimum)
chart-indicators-below = (a value in red is below its target)
chart-indicator-with-target = { $indicator }: { $kind } target { $target }
chart-indicator-kind = { $indicator } ({ $kind } target)
chart-indicator-no-target = { $indicator } (no target)

# Actions funded in each scenario (src/plot/selection.rs).
chart-selection-title = Actions funded in each scenario
chart-selection-subtitle = Actions in plan order; one column per scenario
chart-selection-not-funded = Not funded
chart-selection-part = Partly funded (share in the cell)
chart-selection-full = Funded in full
chart-selection-no-plan = No plan

# The efficient frontier (src/plot/frontier/mod.rs). $money is whose money the frontier counts
# ("own money", a source's name, "all sources"); the axis titles are column headings of
# frontier.md too.
chart-frontier-title = What more { $money } buys – { $scenario }
chart-frontier-money-axis = { $money } used (EUR)
chart-frontier-impact-axis = Weighted impact (points)
chart-frontier-subtitle-exact = The most weighted impact any plan reaches for each amount of that money (traced exactly); every other rule of the scenario still holds
chart-frontier-subtitle-grid = The most weighted impact any plan reaches for each amount of that money (traced on a grid of amounts); every other rule of the scenario still holds
chart-frontier-caption-exact = How to read it: each dot is a plan that no other plan beats: none gets more impact for its money, none as much for less. Between two dots the money buys at least the lower dot's impact and at most { $step } points more. In the grey band left of point 1 no plan keeps every rule. Point numbers are those of frontier.csv and frontier.md.
chart-frontier-caption-grid = How to read it: each dot is a plan that no other plan beats: none gets more impact for its money, none as much for less. Between two dots the money buys at least the lower dot's impact. In the grey band left of point 1 no plan keeps every rule. Point numbers are those of frontier.csv and frontier.md.
chart-frontier-no-plan = No plan keeps every rule of this scenario
chart-frontier-legend-line = Most impact for the money; each dot is a plan
chart-frontier-legend-flat = More money buys nothing more
chart-frontier-legend-current = This plan: the scenario's own
chart-frontier-this-plan = this plan
chart-frontier-current-detail = { $money } EUR, { $impact } points
chart-core-index-title = How often each action is funded (core index)
chart-core-index-subtitle = { $samples } draws of which calls succeed; 100% = funded whatever happens
chart-targets-met-title = How often each target is met
chart-targets-met-subtitle = { $samples } draws; a draw without a plan counts as not met
chart-objective-title = The objective over the draws
chart-objective-subtitle = How many of the { $plans } draws with a plan (of { $samples }) reach each level
chart-objective-draws = draws

# The chart of solve --risk (src/plot/holds.rs).
chart-holds-title = The price of robustness
chart-holds-subtitle = Share of { $fresh } fresh draws of what pays out
chart-holds-target = Target { $indicator } met
chart-holds-impact = Impact kept (plain plan = 100%)

# When each funded action runs (src/plot/timeline.rs). $count is a number of years.
chart-timeline-title = When each funded action runs
chart-timeline-subtitle-owner = Scenario: { $scenario }. Grouped by who carries each action; each bar in the colour of its main payer
chart-timeline-subtitle-goal = Scenario: { $scenario }. Grouped by goal; each bar in the colour of its main payer
chart-timeline-subtitle-plain = Scenario: { $scenario }. Each bar in the colour of its main payer
chart-timeline-main-payer = Main payer:
chart-timeline-nobody-pays = nobody (staff hours only)
chart-timeline-written = Written start (the action moved later)
chart-timeline-deadline = Deadline
chart-timeline-later = { $count ->
    [one] +1 year
   *[other] +{ $count } years
}
chart-timeline-no-periods = no cost and no staff hours in any year

# Staff hours needed against the hours available (src/plot/workload.rs).
chart-workload-title = Staff hours needed against the hours available
chart-workload-subtitle = Scenario: { $scenario }. Hours the funded actions need from the staff each year, after the hours partners give
chart-workload-needed = Hours needed
chart-workload-full = Hours used in full
chart-workload-capacity = Hours available
chart-workload-unit = hours
chart-workload-used-of = { $used } of { $capacity }

## Burn-up chart of fundmix monitor (src/plot/burnup.rs)
chart-burnup-title = { $indicator }: planned and reached
chart-burnup-subtitle = Cumulative, at the end of each year; reached up to { $as_of }; the target is for the end of { $last }
chart-burnup-planned = Plan
chart-burnup-reached = Reached
chart-burnup-projected = Projected if the rest goes as planned
chart-burnup-target = Target
# $kind: target-hard or target-soft of report.ftl.
chart-burnup-target-label = target { $target } ({ $kind })
chart-burnup-start = start
chart-burnup-axis = end of year
chart-burnup-as-of = as of { $as_of }
