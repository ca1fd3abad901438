# validate: the problems found in the plan tables and the scenario settings (src/validate/**),
# and what `fundmix check` (src/check.rs) and `fundmix show` (src/show.rs) print.
# Ids, column names, keys and values the user writes stay as they are in every language.

## Cells of a table (src/validate/cells.rs)
val-fix-amount = enter an amount of 0 or more, digits only (e.g. 12500 or 12500.50)
val-negative = '{ $text }' is negative
val-range-between = between { $min } and { $max }
val-range-at-least = at least { $min }
val-out-of-range = '{ $text }' is out of range (it must be { $range })
val-fix-decimal-comma = write { $comma } (with a decimal comma)
val-decimal-point = '{ $text }' is not a number: it has a decimal point, but the file is { $how }, where '.' only separates thousands
val-not-a-number = '{ $text }' is not a number
val-column-missing = the column '{ $column }' is missing
val-fix-add-column = add a column '{ $column }' ({ $what }) to the header row

## Header names (src/validate/columns.rs)
val-column-misspelt = fundmix does not read a column '{ $column }', so its values would be ignored; did you mean '{ $suggestion }'?
val-fix-column-misspelt = rename the column to '{ $suggestion }' (names are lower case and spelt exactly), or give it a clearly different name if it only holds notes

## The plan folder, ids and links between actions (src/validate/mod.rs)
val-no-plan-folder = the plan folder does not exist
val-fix-no-plan-folder = give the folder that holds actions.csv and sources.csv (or run `fundmix init DIR` to start one)
val-no-actions = the plan has no actions
val-fix-no-actions = add one row per candidate action below the header
val-support-column-and-votes = actions.csv already has an 'impact_support' column, and the vote becomes the 'support' indicator
val-fix-support-column-and-votes = rename the 'impact_support' column in actions.csv, or remove votes.csv
val-no-sources = the plan has no funding sources
val-fix-no-sources = add one row per funding source below the header
# $what: action, source, partner or owner.
val-duplicate-id = the { $what } id '{ $id }' is used twice (first on row { $row })
val-fix-duplicate-id = give every { $what } its own id
val-lists-itself = action '{ $id }' lists itself
val-fix-lists-itself = remove '{ $id }' from its own '{ $column }' list
val-not-an-action = '{ $name }' is not an action id in actions.csv
val-fix-link = list existing action ids, separated by ';'
val-requires-cycle = the 'requires' links form a cycle: { $cycle }
val-fix-requires-cycle = remove one of these 'requires' links; actions that must go together can each require only the one before

## actions.csv (src/validate/actions.rs)
val-no-impact-column = no impact column: at least one 'impact_<indicator>' column is needed (e.g. 'impact_seniors_trained')
val-fix-no-impact-column = add a column 'impact_<indicator>' giving what each action achieves at full scale
val-what-action-id = a unique short name for each action
val-empty-id = the id is empty
# $what: action, source, partner or owner.
val-fix-empty-id = give every { $what } a unique id
val-plain-staff-hours = a plain 'staff_hours' column is present, but the plan has several periods
val-fix-plain-staff-hours = use one 'staff_hours_<period>' column per period, named like the 'cost_<period>' columns
val-fix-min-scale = enter a share above 0 and at most 1 (1 = all or nothing, 0.5 = may be funded at half scale)
val-min-scale-range = '{ $text }' is out of range (it must be above 0 and at most 1)
val-not-a-status = '{ $text }' is not a status
val-fix-status = write 'must' (must be funded), 'never' (must not be funded) or leave the cell empty

## Periods: the columns per period (src/validate/periods.rs)
val-both-columns = both a plain '{ $prefix }' column and '{ $prefix }_<period>' columns are present
val-fix-cost-both = keep either one 'cost' column (a single period) or one 'cost_<period>' column per year
val-no-cost-column = no cost column: neither 'cost' nor 'cost_<period>' (e.g. 'cost_2025')
val-fix-no-cost-column = add a 'cost' column, or one 'cost_<year>' column per year of the plan
# $columns: the column names, joined by "', '".
val-period-column-single-period = the column '{ $columns }' names a period, but the plan has a single period (actions.csv has a plain 'cost' column)
val-period-columns-single-period = the columns '{ $columns }' name periods, but the plan has a single period (actions.csv has a plain 'cost' column)
val-fix-period-columns-single-period = use one plain '{ $prefix }' column, or give actions.csv one 'cost_<period>' column per period
val-period-not-in-plan = the period '{ $period }' is not a period of the plan (the 'cost_<period>' columns of actions.csv give: { $periods })
val-fix-period-not-in-plan = rename or remove '{ $column }' so the periods match the 'cost_<period>' columns of actions.csv
val-period-column-missing = there is no column '{ $column }' although the plan has the period '{ $period }'
val-fix-period-column-missing = add a column '{ $column }' (leave its cells empty where there is nothing)

## Ranges of uncertain costs and impacts in actions.csv (src/validate/ranges.rs)
# $of: the value column, as 'cost_2025', or val-range-total-of.
val-range-without-column = '{ $column }' is an end of a range of '{ $of }', but there is no column '{ $of }' (a column name ending in _low or _high is always an end of a range)
val-fix-range-period = for the cost of one period write cost_<period>_low and cost_<period>_high (periods: { $periods }); for the total cost, cost_low and cost_high
val-fix-range-single = the plan has a single period (a plain 'cost' column): write the range of the cost in cost_low and cost_high
val-fix-range-indicator = write impact_<indicator>_low and impact_<indicator>_high for an indicator of the plan ({ $indicators }); an indicator's own name may not end in _low or _high
val-range-end-missing = the column '{ $column }' has no partner column '{ $other }'
val-fix-range-end-missing = add a column '{ $other }': a range needs its lowest and its highest value
val-range-total-and-periods = both cost_low/cost_high (the range of the total cost) and cost_<period>_low/cost_<period>_high columns are present
val-fix-range-total-and-periods = give either the range of the total cost (cost_low, cost_high) or one range per period (cost_<period>_low, cost_<period>_high), not both
val-range-half = '{ $given }' is filled in, but '{ $column }' is empty
val-fix-range-half = fill in both ends of the range, or leave both empty for a certain value (an end may equal the most likely value: a cost that can only overrun has its most likely cost as its lowest)
val-range-total-of = the total of '{ $columns }'
# $end: low or high.
val-range-end-wrong = { $end ->
    [low] the lowest value { $given } is above
   *[high] the highest value { $given } is below
} the most likely value { $value } ({ $of })
val-fix-range-end = { $end ->
    [low] write at most { $value } in '{ $column }': the lowest value cannot be above
   *[high] write at least { $value } in '{ $column }': the highest value cannot be below
} the most likely one ({ $of })

## sources.csv, partners.csv, targets.csv (src/validate/funders.rs)
val-eligible-typo = '{ $token }' is neither an action id nor a category in actions.csv, but '{ $meant }' is: most likely a typo
val-fix-eligible-typo = write '{ $meant }' if that is what you meant; a name meant to be different must differ from '{ $meant }' by more than a letter or two
val-eligible-unused-source = '{ $token }' names no action or category of this plan, so this source funds nothing through it
val-eligible-unused-partner = '{ $token }' names no action or category of this plan, so this partner joins nothing through it
val-fix-eligible-source = list the categories or action ids this source may fund, separated by ';' (empty = all actions)
val-fix-eligible-partner = list the categories or action ids this partner may join, separated by ';' (empty = all actions)
val-what-source-id = a unique short name for each source
val-what-partner-id = a unique short name for each partner
val-no-budget-column = no budget column: neither 'budget' nor 'budget_<period>'
val-fix-no-budget-column = add a 'budget' column (total over the plan) and/or one 'budget_<period>' column per period
val-not-a-kind = '{ $text }' is not a kind of source
val-fix-kind = write one of: own (the municipality's budget), eu, national, grant, private, other
val-no-budget = source '{ $id }' has no total budget and no budget for every period
val-fix-no-budget = enter its total budget in 'budget', or a budget for each period in the 'budget_<period>' columns
val-fix-probability = enter a chance between 0 and 1 (0.6 = a 60% chance; empty: 1, certain)
val-fix-max-share = enter the co-financing rate as a share between 0 and 1 (85% = 0.85)
val-min-above-max-grant = min_grant { $min } is larger than max_grant { $max }
val-fix-min-above-max-grant = make min_grant at most max_grant (or swap the two values)
val-fix-money = enter an amount in EUR of 0 or more, digits only (e.g. 150000), or leave it empty
val-fix-partner-both-columns = keep either '{ $prefix }' (one amount for the whole plan) or the '{ $prefix }_<period>' columns
val-fix-max-actions = enter a whole number of actions, 0 or more
val-not-whole = '{ $value }' is not a whole number
val-fix-whole-actions = enter a whole number of actions
val-what-indicator = the indicator name, as after 'impact_' in actions.csv
val-what-min = the level to reach
val-empty-indicator = the indicator is empty
val-fix-empty-indicator = name the indicator this target is for
val-not-an-indicator = '{ $name }' is not an indicator: actions.csv has no column 'impact_{ $name }'
val-fix-use-one-of = use one of: { $list }
val-second-target = a second target for '{ $name }' (the first is on row { $row })
val-fix-second-target = keep one target per indicator
val-fix-target-min = enter the level to reach, 0 or more
val-empty-target-min = the target level is empty
val-not-true-or-false = '{ $text }' is not true or false
val-fix-hard = write true (must be met) or false (a shortfall costs the penalty)

## votes.csv (src/validate/votes.rs)
val-what-voter = who voted: a name, number or code
val-what-vote-action = the id of the action voted for, as in actions.csv
val-fix-points = enter the points as a number of 0 or more (leave it empty for 1 point)
val-empty-voter = the voter is empty
val-fix-empty-voter = give every row the voter's name, number or code
val-empty-vote-action = the action is empty
val-fix-empty-vote-action = give the id of the action voted for, as in actions.csv
val-second-vote = voter '{ $voter }' votes for '{ $action }' a second time (first on row { $row })
val-fix-second-vote = give each voter one row per action, with all their points for it

## Scenario settings (src/validate/scenario.rs)
val-table-not-scenario = this is a table, not a scenario file or a plan folder
val-fix-table-not-scenario = give the plan folder that holds the tables ('{ $folder }'), a scenario file (.toml) that points to it, or a workbook (.xlsx) with one sheet per table
val-plan-workbook-missing = the workbook '{ $path }' does not exist
val-fix-plan-workbook-missing = set `plan` to the workbook holding the sheets actions and sources (or to a plan folder), relative to this scenario file
val-plan-folder-missing = the plan folder '{ $path }' does not exist
val-fix-plan-folder-missing = set `plan` to the folder holding actions.csv and sources.csv, relative to this scenario file
val-not-an-objective = '{ $value }' is not an objective
val-fix-objective = write "max-impact" (most weighted impact within the money) or "min-own-cost" (least municipal money)
val-not-a-support-rule = '{ $value }' is not a way to count the vote
val-fix-support = write "sum" (each action's points add up) or "equal-shares" (only the actions the Method of Equal Shares funds keep their points)
val-not-a-lang = '{ $value }' is not a report language: write en or lv
val-fix-lang = write lang = "en" (English reports) or lang = "lv" (Latvian reports)
val-weight-not-an-indicator = '{ $name }' is not an indicator of the plan: actions.csv has no column 'impact_{ $name }'
val-fix-weight-not-an-indicator = use one of: { $list } (or remove this line)
val-bad-weight = the weight { $value } is not a number of 0 or more
val-fix-weight = write a number such as 1 or 2.5
val-empty-name = the scenario name is empty
val-fix-empty-name = write a short name, e.g. name = "Baseline"
val-equal-shares-without-votes = support = "equal-shares" needs a workshop vote, and the plan has no votes.csv
val-fix-equal-shares-without-votes = add votes.csv (voter, action, points) to the plan folder, or remove the 'support' setting
val-fix-staff-capacity = write hours per period as a number (staff_capacity = 4000) or a table per period (staff_capacity = {"{"} "2025" = 1200, "2026" = 1300 {"}"})
val-staff-negative = { $hours } hours is negative
val-fix-staff-negative = write the staff hours available per period, 0 or more (leave staff_capacity out for no limit)
val-staff-not-a-number = { $value } is not a number of hours
val-not-a-period-single = '{ $period }' is not a period of the plan: it has a single period (actions.csv has a plain 'cost' column)
val-fix-staff-single-period = write one number of hours: staff_capacity = 600
val-not-a-period-of = '{ $period }' is not a period of the plan (the 'cost_<period>' columns of actions.csv give: { $periods })
val-staff-bad-hours = { $value } is not a number of hours, 0 or more
val-staff-period-missing = no capacity is given for the period '{ $period }'
val-fix-staff-period-missing = add "{ $period }" = <hours> to the staff_capacity table, or give one number for every period

## What-if overrides in a scenario file (src/validate/overrides.rs)
val-fix-budget-single-period = write the budget as budget = <EUR>
val-not-a-period = '{ $period }' is not a period of the plan
val-fix-budget-period = write budget_<period> for one of the periods: { $periods }
val-source-settings = budget, budget_<period> (a period of the plan), max_share, enabled, award_probability
# The amount a factor makes too large ($what of val-factor-too-large).
val-source-budget = the budget of source '{ $id }'
val-action-cost = the cost of action '{ $id }'
val-factor-too-large = { $factor } makes { $what } more than fundmix accepts (10^15 EUR)
val-fix-factor-too-large = write a factor that keeps every amount at most 10^15 EUR, such as 0.9 (10% less) or 1.15 (15% more)
val-above-max-eur = { $value } EUR is more than fundmix accepts (10^15 EUR)
val-fix-above-max-eur = write the amount in EUR, at most 10^15 EUR (1 000 000 000 000 000)
val-fix-status-override = write "must", "never" or "free" (the optimiser decides)
val-not-a-source = '{ $name }' is not a source id in sources.csv
val-not-a-partner = '{ $name }' is not a partner id in partners.csv
val-not-an-indicator-of-plan = '{ $name }' is not an indicator of the plan (an 'impact_<indicator>' column of actions.csv)
val-not-a-setting = '{ $key }' is not a setting here
val-not-allowed = { $value } is not allowed here
val-not-a-share = { $value } is not a share between 0 and 1 (85% = 0.85)
val-fix-share = write a share between 0 and 1 (85% = 0.85)
val-not-an-amount = { $value } is not an amount of 0 or more
val-fix-amount-override = write an amount of 0 or more
val-not-a-factor = { $value } is not a factor of 0 or more (0.9 = 10% less, 1.15 = 15% more)
val-fix-factor = write a factor of 0 or more (0.9 = 10% less, 1.15 = 15% more)
val-fix-true-or-false = write true or false
val-fix-offer = write one amount for the whole plan, or a table per period: {"{"} "2025" = 5000, "2026" = 5000 {"}"}
val-fix-use-periods = use the periods: { $periods }
val-fix-amounts = write amounts of 0 or more

## What `fundmix check` prints (src/check.rs). Row labels are padded to 34 characters in code:
## keep them shorter.
chk-valid = The input is valid. Scenario '{ $name }' ({ $objective }), plan { $plan }:
chk-counts = { $actions } actions, { $sources } funding sources, { $partners } partners, { $targets } targets; periods: { $periods }
chk-units = EUR / hours
chk-cost-all = Cost of all actions
chk-cost-must = of which 'must' actions
chk-cost-lowest = at the lowest costs
chk-cost-highest = at the highest costs
chk-source = Source { $id } ({ $kind })
chk-partner-cash = Partner { $id } cash
chk-money = All actions together cost { $cost } EUR; sources and partners offer at most { $offer } EUR ({ $percent }% of the cost).
chk-money-note = Co-financing rates, eligibility and grant sizes limit this further; `fundmix solve` finds the best use.
chk-staff-hours = Staff hours, all actions
chk-staff-capacity = Staff capacity
chk-no-staff-limit = Staff capacity: no limit set in the scenario
chk-partner-hours = Partner { $id } hours
chk-targets = Targets (what all actions together would reach at full scale):
# $kind: target-soft of report.ftl.
chk-soft-penalty = { $kind }, penalty { $penalty }
chk-target = { $indicator } >= { $min } ({ $kind }): at most { $reachable }
chk-unreachable = cannot be reached even with every action

## What `fundmix show` prints (src/show.rs). The labels of the first lines are padded to one
## width in code.
show-scenario = Scenario
show-file = File
show-plan = Plan
show-objective = Objective
show-lang = Reports in
show-periods = Periods
show-staff-capacity = Staff capacity
show-weights = Weights
show-vote = Vote
show-none = none
show-whole-plan = { $amount } for the whole plan
show-hours = { $hours } hours
show-vote-line = { $voters } voters, { $votes } votes; support: { $how }
show-support-sum = each action's points add up
show-support-equal-shares = equal shares: only the actions the Method of Equal Shares funds keep their points
show-sources = Sources (budget per period; total; max share; eligible actions):
show-source = { $budgets }; total { $total }; max share { $share }; { $eligible } of { $actions } actions
show-source-disabled = disabled: funds nothing
show-actions = Actions (cost per period, EUR; status):
show-status-must = must
show-status-never = never
show-range-line = uncertain: { $ranges }
show-range-cost = cost { $low } to { $high } EUR over the plan (most likely { $value })
show-range-impact = { $indicator } { $low } to { $high } (most likely { $value })
show-partners = Partners (cash EUR; staff hours; eligible actions):
show-partner = cash { $cash }; hours { $hours }; { $eligible } actions
show-partner-disabled = disabled: joins nothing
show-targets = Targets:
# $kind: target-soft of report.ftl.
show-soft-penalty = { $kind }, penalty { $penalty } per unit short
val-risk-samples = { $value } is not a number of draws
val-fix-risk-samples = write a whole number from 1 to 100000, e.g. samples = 200
val-risk-seed = { $value } is not a seed
val-fix-risk-seed = write a whole number of 0 or more, e.g. seed = 7
val-risk-measure = { $value } is not a risk measure
val-fix-risk-measure = write measure = "expected" (the plan that is best on average over the draws) or measure = "cvar" (the plan whose worst draws are best)
val-risk-alpha = { $value } is not a share of the draws
val-fix-risk-alpha = write a number above 0 and at most 1, e.g. alpha = 0.2 (the worst fifth of the draws)
show-risk-expected = ; solve --risk: best on average
show-risk-cvar = ; solve --risk: best over the worst { $alpha } of draws
show-risk = Risk draws
show-risk-line = { $samples } draws, seed { $seed }
show-risk-default = default
val-cell-not-a-period = '{ $text }' is not a period of the plan ({ $periods })
val-fix-period = write one of the plan's periods: { $periods }
val-latest-start-early = latest_start { $latest } is before { $start }, the first period in which the action costs money or needs staff hours
val-fix-latest-start-early = write { $start } or a later period (the action's costs and hours may then move later, whole, up to that start), or leave the cell empty: it then runs as written
val-deadline-early = the action as written runs until { $end }, after its deadline { $deadline }
val-fix-deadline-early = write { $end } or a later period as its deadline, or move its costs and hours earlier
val-what-owner-id = the id that the owner column of actions.csv uses for this department
val-fix-owner-both-columns = keep either 'hours' (the same hours in every period) or the 'hours_<period>' columns
val-owner-no-hours = owners.csv has no staff hours: neither an 'hours' column nor 'hours_<period>' columns
val-fix-owner-no-hours = add the hours each owner has per period (hours_2025, hours_2026, ...), or one 'hours' column for the same hours in every period
val-not-an-owner = '{ $name }' is neither an owner in owners.csv nor a partner in partners.csv
val-fix-owner = write one of the owners ({ $ids }) or a partner's id, or add a row for '{ $name }' to owners.csv

## The actuals of `fundmix monitor`: actuals.csv, progress.csv, stopped.csv (src/validate/actuals.rs)
val-as-of-not-a-period = '{ $text }' is not a period of the plan ({ $periods })
val-fix-as-of = give the last period that has ended, as one of the plan's periods: { $periods }
val-no-actuals-folder = the actuals folder does not exist
val-fix-no-actuals-folder = give the folder that holds actuals.csv and progress.csv (and, if any action was stopped, stopped.csv), or a workbook (.xlsx) with the sheets actuals, progress and stopped; docs/monitor.md shows the columns
val-actuals-file-missing = the file is missing
# $columns: the column names, separated by commas.
val-fix-actuals-file-missing = put { $file } in the actuals folder, with the header row { $columns } (the header row alone is fine while there is nothing to record)
val-what-actuals-action = the id of the action the money was spent on, as in actions.csv
val-what-actuals-source = who paid: a source id from sources.csv, or a partner id from partners.csv for a partner's cash
val-what-period = the period, as in the plan (e.g. 2025)
val-what-spent = the EUR spent
val-what-progress-indicator = the indicator, as after 'impact_' in actions.csv
val-what-progress-value = what the indicator reached in that period alone (not the running total)
val-what-stopped-action = the id of the action that was stopped, as in actions.csv
val-actuals-empty = the '{ $column }' cell is empty
val-fix-actuals-empty = write { $what }, or delete the row
val-not-a-payer = '{ $name }' is neither a source id in sources.csv nor a partner id in partners.csv
val-fix-payer = write a source id ({ $sources }) or, for money a partner paid itself, a partner id ({ $partners })
val-fix-payer-no-partners = write a source id: { $sources } (the plan has no partners)
val-period-after-as-of = { $period } is after --as-of { $as_of }: nothing can have been spent or reached in a period that has not ended
val-fix-period-after-as-of = remove the row (or correct its period), or run fundmix monitor with --as-of { $period } or later
val-fix-spent = enter the EUR spent, 0 or more, digits only (e.g. 12500 or 12500.50); a refund is taken off the period's amount, not written as a negative row
val-fix-progress-value = enter what the indicator reached in that period alone, 0 or more (e.g. 120); a correction is made in the period's own row
