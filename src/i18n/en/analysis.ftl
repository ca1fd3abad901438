# analysis: the words of the decision analyses (src/analyse/) and of their texts:
# `fundmix explain` (src/report/explain.rs) and `fundmix frontier` (src/report/frontier.rs,
# src/cmd/frontier.rs).
#
# Where a message takes `$aim`, it is `impact` (the scenario gets the most impact) or `own`
# (the scenario spends the least own money): the unit of the objective is chosen with it, so
# that a language can give the unit the case its sentence needs.

# The rules of the model in a finance officer's words (src/analyse/mod.rs). They name limits in
# "What limits this plan", "Why there is no plan" and `fundmix explain`. `$when` is empty, or
# one of the two messages after this comment (with its leading space or comma).
an-when-period = {" "}for { $period }
an-when-whole = {" "}(whole plan)
an-budget-of = { $source } budget
an-rule-scale = the funded scale of { $action }
an-rule-covered = the full cost of { $action }{ $when } is covered
an-rule-source-total = { $source } total budget
an-rule-source-total-budget = { $source }, total
an-rule-share = { $source } pays at most { $share }% of { $action }
an-rule-grant-size = { $source } grant size limits for { $action }
an-rule-partner-joins = { $partner } gives only to actions it joins ({ $action })
an-rule-partner-hours-needed = partners' hours on { $action } fit what it needs{ $when }
an-rule-partner-cash = { $partner } cash offer{ $when }
an-rule-partner-hours = { $partner } staff-hour offer{ $when }
an-rule-partner-actions = { $partner } joins at most { $count } actions
an-rule-staff = municipal staff time{ $when }
an-rule-owner-staff = the staff time of { $owner }{ $when }
an-rule-start = when "{ $action }" may start
an-rule-past = the money already spent on { $action }{ $when }
an-rule-requires = { $action } requires { $other }
an-rule-excludes = { $action } and { $other } exclude each other
an-rule-must = { $action } must be funded
an-rule-never = { $action } is never funded
an-rule-target = target { $indicator } of at least { $min }

# A limit counted in actions, after a number (src/analyse/diagnose.rs).
an-unit-actions = actions

# The smallest changes that give a plan (src/analyse/diagnose.rs), each a clause after
# "Smallest change that gives a plan:".
an-fix-target = lower the target { $indicator } from { $from } to { $to } (at most { $to } can be reached)
an-fix-must = leave out "{ $action }" (it is marked must, but cannot be funded)
an-fix-partner-actions = let { $partner } join { $by } more action(s) (at most { $limit } now)
an-fix-add = add { $by } { $unit } to the { $what } (from { $from } to { $to })

# `fundmix explain` (src/report/explain.rs). The labels are padded to one width in code.
an-label-action = Action:
an-label-status = Status:
an-label-plan = The plan:
an-label-paid-by = Paid by:
an-status-left-out = left out of the plan
an-status-scaled = funded at { $percent }% of its full scale
an-status-full = funded in full
an-plan-value = { $value } { $aim ->
    [impact] impact points
   *[own] EUR of own money
}
an-if-left-out = If it were left out:
an-if-forced-in = If it were forced in:
an-better = the plan would be better by { $by } { $aim ->
    [impact] impact points
   *[own] EUR of own money
} ({ $value } instead of { $now }): { $why }.
an-why-must = it is funded because the scenario marks it as must
an-why-never = it is left out because the scenario marks it as never
an-why-tie = a tie-break chose this plan
an-tie = the plan would be just as good ({ $value } { $aim ->
    [impact] impact points
   *[own] EUR of own money
}): it is a tie.
an-worse = the plan would be worse by { $by } { $aim ->
    [impact] impact points
   *[own] EUR of own money
} ({ $value } instead of { $now }, { $change }%).
an-also-left-out = Actions that would also be left out: { $actions }
an-funded-instead = Actions that would be funded instead: { $actions }
an-left-out-for-room = Actions that would be left out to make room: { $actions }
an-funded-as-well = Actions that would be funded as well: { $actions }
an-no-actions = nothing
an-cannot-left-out = It cannot be left out: the scenario would have no plan.
an-cannot-forced-in = It cannot be forced in: the scenario would have no plan.
an-smallest-change-allow = Smallest change that would allow it
an-would-enter = It would enter the plan on its own:
an-enter-cost = if its cost fell from { $cost } EUR to { $at } EUR or less (-{ $cut }%);
an-enter-never = not even at no cost: another rule keeps it out (see above);
an-enter-impact = or if its weighted impact rose from { $now } to more than { $needed } points.
an-enter-no-impact = nor with any more impact: the rules above keep it out.
an-enter-impact-not-worked-out = (a change of impact alone is not worked out for this scenario's aim).
an-top-limits = What holds the whole plan back most (fully used limits; values hold with the funded actions kept):
an-step-one = +1 { $unit }
an-step-one-hour = +1 hours
an-limit-worth = { $aim ->
    [impact] adds { $objective } impact points, saves { $tiebreak } EUR of own money
   *[own] saves { $objective } EUR of own money, adds { $tiebreak } impact points
}
an-no-plan-explain = This scenario has no plan that keeps every rule, so no action can be explained yet.

# Whose money a frontier counts (src/analyse/frontier.rs); a source counts under its name.
an-money-own = own money
an-money-all = all sources

# `fundmix frontier`: frontier.md and the terminal text (src/report/frontier.rs).
an-frontier-same-actions = the same actions, some at a larger scale
an-frontier-no-own-plan = The scenario has no plan of its own to compare.
an-frontier-this-plan = This plan uses { $money } EUR of { $label } for { $points } points
an-frontier-below-all = { $this }, less than any point of the frontier.
an-frontier-next-none = no amount of extra { $label } buys more impact
an-frontier-next = { $money } EUR more would buy { $points } more points (point { $point })
an-frontier-at-point = { $this }: it is point { $point } of the frontier, and { $next }.
an-frontier-same-impact = { $this }: point { $point } gets the same impact with { $less } EUR less, and { $next }.
an-frontier-more-impact = { $this }: point { $point } gets { $points } more points with no more money ({ $money } EUR).
an-frontier-missed = { $this }: more than point { $point }, the best the frontier shows for that money (a point between the amounts traced was missed).
an-frontier-md-empty = No plan keeps every rule of this scenario, so there is nothing to trace. Loosen a rule and try again: a `must` action, a hard target, a budget or the staff capacity.
an-frontier-md-intro = Each row is a plan that gets the most weighted impact for its amount of { $label }: no plan gets more impact from that money, and none gets as much with less. Every other rule of the scenario still holds (budgets, co-financing shares, staff hours, targets).
an-frontier-md-money = Money counted:
an-frontier-md-money-line = { $label } (sources: { $sources })
an-frontier-md-method = How it was traced:
an-frontier-md-grid = on a grid of evenly spaced amounts; a better plan between two rows may be missed
an-frontier-md-exact = exactly; for any amount between two rows, the best plan gets at most { $step } points more than the lower row
an-frontier-md-stands = Where this plan stands:
an-frontier-col-point = Point
an-frontier-col-extra-money = Extra money (EUR)
an-frontier-col-extra-impact = Extra impact (points)
an-frontier-col-per-1000 = Points per 1 000 EUR extra
an-frontier-col-added = Actions added
an-frontier-col-dropped = Actions dropped
an-frontier-md-first = { $count } actions (the least { $label } any plan needs)
an-frontier-md-first-funds = Point 1 funds: { $actions }.
an-frontier-md-span = From point 1 to point { $point }, { $money } EUR more { $label } buys { $points } more points.
an-frontier-md-span-rate = From point 1 to point { $point }, { $money } EUR more { $label } buys { $points } more points ({ $rate } per 1 000 EUR).
an-frontier-md-best = The best value for money is the step to point { $point }: { $rate } points per 1 000 EUR.
an-frontier-md-files = The actions funded at every point are listed in `frontier.csv`; the chart is `charts/frontier.png`.
an-frontier-term-title = { $title } (traced { $method ->
    [grid] on a grid
   *[exact] exactly
}, { $count } points)
an-frontier-term-empty = No plan keeps every rule of this scenario.
an-frontier-col-impact = Impact (points)
an-frontier-col-changes = Actions added (+) or dropped (-)
an-frontier-term-first = { $count } actions (the cheapest plan)
an-frontier-term-more = { $changes } and { $count } more
# The last line of `fundmix frontier` on the terminal (src/cmd/frontier.rs).
an-frontier-files = Files

# `fundmix explain` on a funded action in a plan over several periods: when it runs, and why it
# starts later than written (src/report/explain.rs). $from is the period it was written to start
# in; $periods the periods in which, as written, it would need more money or staff hours.
an-label-runs = Runs:
an-why-later = Why it starts later than written:
an-later-worse = held to its written start ({ $from }), the plan would be worse by { $by } { $aim ->
    [impact] impact points
   *[own] EUR of own money
} ({ $value } instead of { $now }, { $change }%).
an-later-tie = held to its written start ({ $from }), the plan would be just as good ({ $value } { $aim ->
    [impact] impact points
   *[own] EUR of own money
}): the later start is a tie-break's choice.
an-later-cannot = It cannot start as written ({ $from }): the scenario would have no plan.
an-later-full = Already fully used in { $periods }, where it would need them as written:
an-later-full-item = { $what }: { $used } of { $limit } { $unit }
an-later-none-full = No budget, offer or staff time it could draw on is fully used in { $periods }: what keeps it from its written start is something else (a co-financing rate, a grant size, a source's spend_by, the links between actions).
