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
