# fundmix robust (src/report/robust.rs): the plan against funding risk.
risk-title = Funding risk: { $scenario }
risk-intro = { $samples } draws of which sources pay out and which partners keep their word (seed { $seed }); { $plans } of them have a plan that keeps every rule.
risk-spread = mean { $mean } (5% of draws below { $p5 }, median { $p50 }, 5% above { $p95 })
risk-objective = Objective
risk-own-money = Own money (EUR)
risk-core-heading = Core index: how often each action is funded
risk-core-hint = 100% = funded whatever happens; 0% = never funded; in between: it depends on which calls succeed.
risk-col-core = Funded in
risk-targets-heading = How often each target is met
risk-col-met = Met in
risk-sources-heading = What each source is expected to give
risk-col-chance = Chance it pays
risk-col-expected = Expected (EUR)
risk-indicators-heading = Indicators over the draws
risk-col-spread = Reached
risk-files = Every draw is in samples.csv; all figures in robust.json.
risk-core-line = { $always } actions funded in every draw, { $never } in none, { $luck } depend on luck:
risk-target-line = target { $indicator } met in { $share } of the draws
# Uncertain costs and impacts (cost_low/cost_high, impact_<indicator>_low/_high).
risk-intro-ranges = Drawn too: uncertain costs ({ $costs }) and uncertain impacts ({ $impacts }), each between its lowest and highest value, most often near the most likely one.
risk-plan-cost = Cost of the plan (EUR)
risk-costs-heading = Uncertain costs
risk-ranges-hint = Each action's total cost over the periods at full scale. A draw takes a value between the lowest and the highest, most often near the most likely one (a triangular distribution); the periods of one action overrun together.
risk-impacts-heading = Uncertain impacts
risk-col-low = Lowest
risk-col-most-likely = Most likely
risk-col-high = Highest
risk-col-mean-drawn = Mean of the draws

# fundmix solve --risk (src/view/holds.rs, src/report/holds.rs): a plan that holds.
holds-title = A plan that holds: { $scenario }
holds-plan-name = { $scenario }, a plan that holds ({ $measure })
holds-measure-expected = best on average over the draws
holds-measure-cvar = best over the worst { $alpha } of the draws
holds-intro = Made to hold over { $samples } draws of which sources pay out and which partners keep their word (seed { $seed }; { $distinct } came out differently), { $measure }. The plan in this folder is the plan as applied for: every source paying, every partner keeping its word. Both plans were then taken through { $fresh } fresh draws (seed { $fresh_seed }).
holds-price-impact = The plan that holds gives up { $share } of the impact ({ $plain } → { $holding } points when every committed euro is found)
holds-price-own = Own money on average over the draws: { $plain } EUR with the plain plan, { $holding } EUR with the plan that holds
holds-price-gap = { $direction ->
    [falls] , and the chance of money that nobody gives falls from { $plain } to { $holding } of the draws.
    [rises] , and the chance of money that nobody gives rises from { $plain } to { $holding } of the draws.
   *[same] ; the chance of money that nobody gives stays at { $holding } of the draws.
}
holds-price-heading = The price of robustness
holds-col-plain = Plain plan
holds-col-holding = Plan that holds
holds-row-actions = Actions funded
holds-row-cost = Cost when every source pays (EUR)
holds-row-objective = Objective if every committed euro is found (average)
holds-row-secured = Impact of the actions financed in full (average)
holds-row-gap = Chance of money that nobody gives
holds-row-unfinanced = Money that nobody gives, on average (EUR)
holds-row-hours = Chance staff hours exceed capacity
holds-row-own = Own money, on average (EUR)
holds-row-target = Target { $indicator } met by the actions financed in full
holds-changes-heading = What changes
holds-changes-none = Both plans fund the same actions at the same scale.
holds-model-heading = How the plan was made
holds-weight-impact = An unfinanced euro weighs as much as the impact the plan's best euro buys: { $points } points per 1 000 EUR (an hour over staff capacity: { $hour } points).
holds-weight-own = An unfinanced euro weighs { $factor } times a euro of own money, so the municipality's budget covers a gap before it is left open (an hour over staff capacity: { $hour } EUR).
holds-model-size = The model: { $distinct } different draws, { $variables } variables, { $constraints } constraints.
holds-model-time = Solved in { $seconds } s.
holds-files = All figures are in robustness.json; the plan's own report is report.md.
holds-terminal = A plan that holds ({ $measure }), compared with the plain plan on { $fresh } fresh draws:
