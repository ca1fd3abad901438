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
