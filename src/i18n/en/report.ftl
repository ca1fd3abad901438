# The words every format shares (src/view.rs): the check, the aim, the status, targets.

check-passed = the plan keeps every rule
aim-min-own-cost = least municipal money (plus penalties for missed soft targets)
aim-max-impact = most weighted impact (less penalties for missed soft targets)
status-optimal = best possible plan found (proven optimal)
status-within-gap = good plan found, at most { $gap }% below the best possible (within the allowed --mip-gap)
status-time-limit-plan = time limit reached: the plan below may be up to { $gap }% below the best possible
status-time-limit-no-plan = time limit reached before any plan was found
status-infeasible-diagnosed = no plan can satisfy every rule (why, and what would change that, below)
status-infeasible = no plan can satisfy every rule (check must-actions, hard targets, budgets and staff capacity)
status-unbounded = the objective has no limit (please report this)
target-hard = hard
target-soft = soft

# The terminal summary of `fundmix solve` (src/report/text.rs). The labels are padded to one
# width in code.
term-scenario = Scenario
term-status = Status
term-checked = Checked
term-checked-line = { $check } (independent check)
term-funded = Funded
term-funded-line = { $funded } of { $total } actions, total cost { $cost }
term-money = Money
term-money-line = own { $own } + external { $external } (leverage { $leverage } EUR per own EUR)
term-objective-own = Objective ({ $kind }): { $value } EUR own money (+ penalties)
term-objective-impact = Objective ({ $kind }): { $value } weighted impact points
term-target-hard = { $kind } target { $target }
term-target-soft = { $kind } target { $target }, short by { $shortfall }
term-why = Why
term-fix = Fix
fix-or = Or
term-limits = Limits
term-limits-heading = What limits this plan (most valuable first):
term-limits-rest = { $rest }; see report.md.
term-solved-in = Solved in { $seconds } s

# What limits the plan, and why there is no plan (src/report/limits.rs).
unit-hours = hours
limits-caveat = These values hold with the current set of funded actions; a different selection may be worth more — see { $explain } and { $frontier }.
limits-more-binding = { $count ->
    [one] 1 more limit is fully used
   *[other] { $count } more limits are fully used
}
limits-others-room-left = { $count ->
    [one] 1 other limit has room left
   *[other] { $count } other limits have room left
}
limits-room-left = { $count } have room left
limits-and = { $first } and { $second }
limits-none-binding = No budget, partner offer, staff capacity or target is fully used: { $count ->
    [one] the one limit there is has room left
   *[other] all { $count } have room left
}. What keeps other actions out is something else — co-financing rates, grant sizes, links between actions — or every action is funded already.
limits-at-most = at most { $size }
limits-adds-impact = adds { $size } impact points
limits-takes-impact = takes away { $size } impact points
limits-saves-own = saves { $size } EUR of own money
limits-costs-own = costs { $size } EUR more own money
limits-same-impact = at the same impact
limits-same-own = at the same own money
limits-step-target = Lowering the target by 1
limits-holds-at = holds only at { $at } { $unit }
limits-holds-between = holds between { $from } and { $to } { $unit }
limits-holds-from = holds from { $from } { $unit } up
limits-holds-up-to = holds up to { $to } { $unit }
limits-target-used = { $reached } reached, target { $target }
limits-used = { $used } of { $limit } { $unit }
limits-target-worth-nothing = reached exactly, but a lower target would not change the plan
limits-worth-nothing = fully used, but one more unit would not change the plan
limits-none-fully-used = No limit is fully used.
fix-and = ; and
no-plan-one-limit = This limit cannot be met, whatever the budgets, offers and staff time:
no-plan-limits = These limits cannot all hold together (any one of them could give way):
no-plan-smallest-set = Smallest set of changes that gives a plan
no-plan-smallest-change = Smallest change that gives a plan
no-plan-no-fix = No change to budgets, offers, staff time, targets or must actions alone gives a plan: check the links between actions (requires, excludes) and the co-financing rates.

# Kinds of funding source (English: as sources.csv writes them).
kind-own = own
kind-eu = eu
kind-national = national
kind-grant = grant
kind-private = private
kind-other = other

# report.md (src/report/markdown.rs).
md-no-plan-undiagnosed = No funding plan can be written for this scenario. Loosen a rule and solve again: a `must` action, a hard target, a budget or the staff capacity.
md-aim = Aim
md-funded = Funded
md-funded-line = { $funded } of { $total } actions, { $cost }
md-money = Money
md-money-line = own { $own }, external { $external } (of which partners' cash { $partners }); leverage { $leverage } EUR external per EUR own
md-money-by-source = Money by source (EUR)
md-files = The year-by-year flows are in { $allocation }; all figures in { $summary }.
md-no-choice = No choice of actions, sources and years keeps every rule of this scenario at once.
md-limits-rest = { $rest }; all are in { $summary }.

# Statuses in tables (English: as summary.json writes them).
status-short-optimal = optimal
status-short-within-gap = within_gap
status-short-time-limit = time_limit
status-short-infeasible = infeasible
status-short-unbounded = unbounded

# comparison.md and the terminal table of `fundmix compare` (src/report/comparison.rs,
# src/cmd/compare.rs).
cmp-partners-cash = partners' cash
cmp-indicators = Indicators (reached / target)
cmp-folders = Each scenario's full report is in its own folder; { $selection } shows which actions each funds.
cmp-what-limits = What limits each scenario
cmp-what-limits-intro = For a plan, its most valuable fully used limit and what one unit more is worth; for a scenario without a plan, the smallest change that gives one.
cmp-term-actions = Actions
cmp-term-total = Total EUR
cmp-term-own = Own EUR
term-reports = Reports
term-model = Model
term-model-line = { $file } (money in units of { $unit } EUR)

# Problems in the user's input (src/error.rs), in the language of --lang (or the scenario's
# lang). The messages themselves are in input.ftl.
err-problems = the input has { $count ->
    [one] { $count } problem
   *[other] { $count } problems
} (nothing was written):
err-line = line { $line }
err-row = row { $row }
err-key = key '{ $key }'
err-column = column '{ $column }'
err-how-to-fix = how to fix
err-prefix = Error
err-if-not-meant = if this is not what you meant
note-prefix = Note

# Where the time went (`solve --timings`, src/timings.rs) and the progress line of a long
# solve (src/solve/progress.rs). summary.json keeps the steps' English names.
step-heading = Where the time went:
step-total = total
step-read = read and check the input
step-export = export the model
step-build = build the model
step-most-impact = solve: most impact
step-least-own = solve: least own money
step-tie-least-own = solve: tie-break, least own money
step-tie-most-impact = solve: tie-break, most impact
step-tie-partnerships = solve: tie-break, fewest partnerships
step-settle-cbc = solve: settle the money of CBC's plan
step-highs-after-cbc = solve: first stage by HiGHS (CBC found no plan)
step-best-value = solve: best value
step-check = check the plan independently
step-limits = analyse: what limits the plan
step-diagnose = analyse: why no plan is possible
step-frontier = analyse: own-money frontier
step-charts = draw the charts
step-write = write the reports
progress-line = { $step }: { $seconds } s, best plan so far { $best }, best possible { $bound }, at most { $gap } away
progress-no-plan = { $step }: { $seconds } s, no plan found yet
progress-gap-unknown = unknown

# Table columns and section headings shared by the report formats (report.md, report.html,
# the workbooks, the comparison): one wording for each.
col-action = Action
col-name = Name
col-goal = Goal
col-scale = Scale
col-cost-eur = Cost (EUR)
col-source = Source
col-kind = Kind
col-total = Total
col-budget = Budget
col-used = Used
col-partner = Partner
col-joins = Joins
col-cash-eur = Cash (EUR)
col-hours = Hours
col-needed = Needed
col-given-by-partners = Given by partners
col-municipal-staff = Municipal staff
col-capacity = Capacity
col-indicator = Indicator
col-weight = Weight
col-reached = Reached
col-target = Target
col-shortfall = Shortfall
col-limit = Limit
col-used-available = Used / available
col-worth = What one more unit is worth
no-cap = no cap
no-limit = no limit
sec-title = Funding plan: { $scenario }
sec-check = Independent check
sec-funded-actions = Funded actions
sec-not-funded = Not funded
sec-partners = Partners
sec-staff-hours = Staff hours
sec-indicators = Indicators and targets
sec-why-no-plan = Why there is no plan
sec-make-a-change = Make one of these changes in the scenario file and solve again.
sec-limits = What limits this plan
sec-limits-intro = The limits this plan uses in full, most valuable first, and what one unit more of each is worth (one unit less, for a target).
col-status = Status
col-scenario = Scenario
cmp-title = Scenario comparison
cmp-actions-funded = Actions funded
cmp-own-money = Own money
cmp-leverage = Leverage
cmp-must-not-funded = Must actions not funded
source-switched-off = { $name } (switched off in this scenario)
all-sources = All sources
col-year = Year
col-result = Result
verdict-met = met
verdict-no-target = no target
verdict-short-by = short by { $shortfall }
sec-sources = Money by source and year (EUR)
sec-matrix = Funding matrix (EUR, all years)
replan-added = added
replan-dropped = dropped
replan-delayed = moved from { $from } to { $to }
replan-stopped = stopped; the money spent stays spent
replan-why-stopped = you stopped it in stopped.csv
replan-why-start-passed = it had not started, and its latest start or deadline leaves no later start
replan-why-not-started = it had not started when planned, so it starts after the periods that have passed
replan-why-money-left = the money and staff time left after what was spent go further on other actions
replan-why-money-freed = money or staff time freed by the other changes pays for it
replan-col-change = What changes
replan-col-why = Why
replan-col-planned = Planned ahead (EUR)
replan-col-replanned = Re-planned ahead (EUR)
replan-col-difference = Difference (EUR)

# The timeline of the funded actions: report.md and report.html (src/view/timeline.rs), and the
# terminal summary. $count is the number of periods (years) an action starts later than written.
sec-timeline = Timeline
sec-timeline-intro = When each funded action runs, who carries it and who pays for it (largest share first). An action with a latest_start may start later than written, its costs and staff hours moving with it, when that lets the plan fund more.
col-owner = Owner
col-runs = Runs
col-start = Start
col-paid-by = Paid by
timeline-as-written = as written
timeline-moved-later = moved from { $from } to { $to }, { $count ->
    [one] 1 year later
   *[other] { $count } years later
}
timeline-no-owner = No owner given
timeline-no-goal = No goal given
timeline-none-moved = Every funded action runs as written.
timeline-some-moved = { $count ->
    [one] 1 funded action starts later than written
   *[other] { $count } funded actions start later than written
}: { $actions }.
term-timing = Timing
md-timeline-files = The timeline is also in { $file }, one row per funded action.
# The staff workload chart's panel for all the municipality's staff (src/view/workload.rs).
workload-all-staff = All municipal staff

## fundmix monitor: the plan as adopted against what happened (src/view/monitor.rs, src/report/monitor.rs)
mon-title = Monitoring – { $scenario }, up to and including { $as_of }
mon-intro = Up to and including { $as_of }, { $spent } was spent against { $planned } planned ({ $share }); { $warnings ->
    [0] nothing needs attention.
    [one] one finding needs attention.
   *[other] { $warnings } findings need attention.
}
mon-spent-label = Spent up to { $as_of }
mon-spent-of-planned = { $spent } of { $planned } planned; variance { $variance }
mon-plan-label = The plan as adopted
mon-plan-total = { $total } over all years, up to { $last }
mon-attention-heading = What needs attention
mon-nothing-to-flag = Nothing needs attention: no money at risk, no overrun, no delayed action, every target still reachable.
mon-urgent = Urgent:
mon-urgent-pill = urgent
mon-check-pill = check
mon-no-plan = The scenario has no plan to compare the actuals with ({ $status }). Run fundmix solve on it to see why, and monitor the scenario of the plan that was adopted.
# $amount: an amount with its unit, e.g. 42 000 EUR; $spend_by: a period.
mon-warn-at-risk = { $name }: { $amount } is not yet spent and not planned in the periods left: it must be spent by { $spend_by }, or it is lost.
mon-warn-lost = { $name }: { $amount } was not spent by { $spend_by }, the last period its money could be spent in: it is lost unless the programme extends the deadline.
mon-warn-after-deadline = { $name }: the plan pays { $amount } from it after { $spend_by }, the last period its money may be spent in; move that spending earlier or to another source.
mon-warn-slow-eu = { $name }: { $amount } planned up to { $as_of } is not yet spent. EU money has a spending deadline (n+2/n+3): give it in the spend_by column of sources.csv to see what is at risk.
mon-warn-target = { $indicator }: the target { $target } is out of reach if the rest goes as planned (projected { $projected } by the end).
mon-warn-overrun = { $action }: { $spent } spent, { $over } more than the { $planned } planned up to { $as_of }.
mon-warn-not-in-plan = { $action }: { $spent } spent, but the plan does not fund this action.
mon-warn-payer-not-in-plan = { $action }: { $payer } paid { $spent }, but the plan gives this action nothing from { $payer }.
mon-warn-not-started = { $action }: nothing spent, although the plan had { $planned } for it up to { $as_of }: delayed.
mon-state-on-plan = on plan
mon-state-over = over plan
mon-state-behind = behind plan
mon-state-not-started = not started (delayed)
mon-state-not-due = starts later
mon-state-not-in-plan = not in the plan
mon-state-stopped = stopped
mon-state-stopped-because = stopped: { $reason }
mon-col-state = State
mon-col-payer = Paid by
mon-col-planned = Planned
mon-col-planned-total = Planned, all years
mon-col-planned-to-date = Planned up to { $as_of }
mon-col-spent = Spent
mon-col-variance = Variance
mon-col-variance-share = Variance %
mon-kind-partner = partner (cash)
mon-col-reached = Reached up to { $as_of }
mon-col-planned-by = Planned by { $period }
mon-col-still-expected = Still expected
mon-col-projected = Projected by { $period }
mon-col-target-verdict = Outlook
mon-reachable = reachable
mon-out-of-reach = out of reach (short by { $short })
mon-col-spend-by = Spend by
mon-no-deadline = no deadline
mon-col-committed = Committed
mon-col-absorbed = Absorbed
mon-col-remaining = Remaining
mon-col-still-planned = Still planned by the deadline
mon-col-at-risk = At risk
mon-actions-heading = Actions: planned against spent
mon-actions-hint = Money in EUR up to and including { $as_of }. Variance is spent less planned: above 0 the action spent more than planned, below 0 less; as a percentage, of the amount planned.
mon-payers-heading = Who paid: planned against spent per source and partner
mon-indicators-heading = Indicators: reached against the plan and the target
mon-indicators-hint = Reached is the sum of progress.csv so far. The plan expects each funded action's impact in step with its spending: the share of its cost planned by the end of a year, times its impact. Projected adds to what was reached what the plan still expects after the monitoring date (without stopped actions); the target is reachable when the projection reaches it.
mon-absorption-heading = Absorption: committed, spent and at risk per source
mon-absorption-hint = Committed is what the plan pays from the source over all years. Absorbed is spent as a share of what was planned so far. At risk, for a source with a spend_by deadline, is committed less spent less what the plan still pays from it before the deadline: money that is lost unless it is spent faster than planned.
mon-periods-heading = Money per action, payer and year
mon-files = How each figure is computed: docs/monitor.md. Files: monitor.json (everything), variance.csv, indicators.csv, absorption.csv, charts/burnup_<indicator>.png and .svg.
replan-heading = Re-plan of { $periods }
replan-no-plan = No re-plan is possible ({ $status }): what was spent, and the actions that must go on, leave no plan within the rules; replan/report.md says why and what would make one possible.
# $status: empty, or " (within the gap)" and the like.
replan-summary = The periods after { $as_of } planned again with what is left, what was spent kept as it was{ $status }: { $objective } against { $adopted } in the plan as adopted; { $changes ->
    [0] no action changes.
    [one] 1 action changes.
   *[other] { $changes } actions change.
} The whole re-plan (funding matrix, timeline, charts, checked like any plan, the past included) is in replan/report.md.
replan-money-heading = Money ahead per source
replan-name = { $scenario }, re-planned after { $as_of }
replan-why-spent-already = money was already spent on it, although the plan as adopted did not fund it: it goes on
replan-why-fits-later = it was not due to start yet; the money and staff time left fit it better in a later year
replan-advanced = moved earlier, from { $from } to { $to }
