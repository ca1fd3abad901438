#!/usr/bin/env python3
"""Reference outcomes from pabutools for every shared Pabulib file.

For each .pb file under tests/data/pabulib/ (and its pabutools_tests/ folder) this runs three
rules with pabutools and writes tests/data/pabulib/pabutools_outcomes.json, which
tests/pabulib_reference.rs compares fundmix against:

- greedy:       greedy_utilitarian_welfare(instance, profile, sat_class=Cost_Sat)
                Cost_Sat makes a project's satisfaction per unit of cost equal to the number of
                ballots listing it, so this is greedy by approval count; ties go to the smaller
                project id as text (pabutools' default lexico_tie_breaking).
- utilitarian:  max_additive_utilitarian_welfare(instance, profile, sat_class=S)
                with S = Cardinality_Sat (1 per listed project) for approval, choose-1 and ordinal
                ballots and S = Additive_Cardinal_Sat (the points) for cumulative and scoring
                ballots. Default inner algorithm (exact primal/dual branch and bound in
                fractions). The optimum is then checked with an integer programme (PuLP + CBC),
                and solved again with a cut that forbids exactly the found set: when that second
                optimum has the same welfare, the optimum is not unique and the test compares
                welfare only.
- equal_shares: method_of_equal_shares(instance, profile, sat_class=S, voter_budget_increment=1)
                with S = Cost_Sat for approval, choose-1 and ordinal ballots and
                S = Additive_Cardinal_Sat for cumulative and scoring ballots: the "add1"
                completion (each voter's budget grows by 1 currency unit per step while the
                outcome stays within the budget and is not exhaustive), no further completion.
                This is Pabulib's "equalshares/add1" and reproduces Assen 2024's selection.

A rule pabutools cannot compute on a file (see SKIP) is recorded as {"skipped": reason}.

Every rule records the selected project ids (in file order), their total cost (exact, as text,
and in cents) and the welfare: the total utilitarian satisfaction S of the utilitarian rule
(number of ballots listing a selected project, or points for cumulative/scoring ballots).

Usage (pabutools 1.2.3 from PyPI):
    python3 -m venv /tmp/pbenv && /tmp/pbenv/bin/pip install pabutools==1.2.3 pulp
    /tmp/pbenv/bin/python benches/pabutools/reference.py            # all files
    /tmp/pbenv/bin/python benches/pabutools/reference.py NAME.pb    # redo one file, keep others
"""

from __future__ import annotations

import argparse
import importlib.metadata as metadata
import json
import platform
import sys
from fractions import Fraction
from pathlib import Path

import pulp
from pabutools.election import (
    Additive_Cardinal_Sat,
    Cardinality_Sat,
    Cost_Sat,
    parse_pabulib,
)
from pabutools.rules import (
    greedy_utilitarian_welfare,
    max_additive_utilitarian_welfare,
    method_of_equal_shares,
)

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "pabulib"
OUT = ROOT / "tests" / "data" / "pabulib" / "pabutools_outcomes.json"

POINTS = {"cumulative", "scoring"}

# Rules pabutools cannot compute here, with the reason. They are recorded as skipped.
SKIP = {
    ("Hungary_Budapest_2022_VIII_Jozsefvaros.pb", "equal_shares"): (
        "add1 raises each of the 520 voters' share (235769.23 HUF) by 1 HUF per run and needs "
        "153146 runs of MES before one overspends (counted with fundmix, which answers in 5 s); "
        "one pabutools 1.2.3 run takes 24 ms here, and its per-voter cache grows with every run "
        "(16 GB after 7 minutes on this 24 GB machine), so it cannot finish"
    ),
}

CALLS = {
    "parse": "instance, profile = parse_pabulib(path)",
    "greedy": "greedy_utilitarian_welfare(instance, profile, sat_class=Cost_Sat)",
    "utilitarian": "max_additive_utilitarian_welfare(instance, profile, sat_class=S_util)",
    "utilitarian_check": (
        "PuLP + CBC: max sum(score[p] x[p]) s.t. sum(cost_cents[p] x[p]) <= budget_cents, "
        "x binary, score[p] = profile.as_sat_profile(S_util).total_satisfaction_project(p); "
        "solved once (must equal the welfare above) and once more with the cut "
        "sum(1 - x[p] for p in found) + sum(x[p] for p not in found) >= 1"
    ),
    "equal_shares": (
        "method_of_equal_shares(instance, profile, sat_class=S_mes, voter_budget_increment=1)"
    ),
    "S_util": "Cardinality_Sat for approval, choose-1, ordinal; Additive_Cardinal_Sat for "
    "cumulative, scoring",
    "S_mes": "Cost_Sat for approval, choose-1, ordinal; Additive_Cardinal_Sat for cumulative, "
    "scoring",
    "welfare": "profile.as_sat_profile(S_util).total_satisfaction(selected)",
}


def satisfactions(vote_type: str):
    """The satisfaction classes (S_util, S_mes) for a Pabulib vote type."""
    if vote_type in POINTS:
        return Additive_Cardinal_Sat, Additive_Cardinal_Sat
    return Cardinality_Sat, Cost_Sat


def files() -> list[str]:
    names = sorted(p.name for p in DATA.glob("*.pb"))
    names += sorted("pabutools_tests/" + p.name for p in (DATA / "pabutools_tests").glob("*.pb"))
    return names


def as_text(x) -> str:
    """An exact decimal as text: 76700, 106165.64."""
    f = Fraction(int(x.numerator), int(x.denominator)) if hasattr(x, "numerator") else Fraction(x)
    if f.denominator == 1:
        return str(f.numerator)
    cents = f * 100
    if cents.denominator != 1:
        raise ValueError(f"{x} is not a whole number of cents")
    sign = "-" if cents < 0 else ""
    c = abs(cents.numerator)
    return f"{sign}{c // 100}.{c % 100:02d}"


def cents(x) -> int:
    f = Fraction(int(x.numerator), int(x.denominator)) * 100
    if f.denominator != 1:
        raise ValueError(f"{x} is not a whole number of cents")
    return f.numerator


def outcome(order, selected, util_profile) -> dict:
    chosen = {p.name for p in selected}
    ids = [name for name in order if name in chosen]
    total = sum((p.cost for p in selected), 0)
    welfare = util_profile.total_satisfaction(list(selected))
    return {
        "selected": ids,
        "total_cost": as_text(total),
        "total_cost_cents": cents(total),
        "welfare": int(welfare),
    }


def ilp_best(instance, scores, budget_cents, forbid=None) -> int | None:
    """The most welfare within the budget (CBC), optionally forbidding exactly one set."""
    model = pulp.LpProblem("welfare", pulp.LpMaximize)
    projects = sorted(instance, key=lambda p: p.name)
    x = {p: pulp.LpVariable(f"x{i}", cat=pulp.LpBinary) for i, p in enumerate(projects)}
    model += pulp.lpSum(int(scores[p]) * x[p] for p in projects)
    model += pulp.lpSum(cents(p.cost) * x[p] for p in projects) <= budget_cents
    if forbid is not None:
        model += (
            pulp.lpSum(1 - x[p] for p in projects if p.name in forbid)
            + pulp.lpSum(x[p] for p in projects if p.name not in forbid)
            >= 1
        )
    model.solve(pulp.PULP_CBC_CMD(msg=False))
    if pulp.LpStatus[model.status] != "Optimal":
        return None
    found = [p for p in projects if x[p].varValue is not None and x[p].varValue > 0.5]
    if sum(cents(p.cost) for p in found) > budget_cents:
        raise RuntimeError("CBC returned a set over the budget")
    return int(sum(int(scores[p]) for p in found))


def reference(name: str) -> dict:
    instance, profile = parse_pabulib(str(DATA / name))
    vote_type = instance.meta["vote_type"]
    order = list(instance.project_meta.keys())
    order = [p.name for p in order]
    util_sat, mes_sat = satisfactions(vote_type)
    util_profile = profile.as_sat_profile(util_sat)
    budget_cents = cents(instance.budget_limit)

    greedy = greedy_utilitarian_welfare(instance, profile, sat_class=Cost_Sat)
    util = max_additive_utilitarian_welfare(instance, profile, sat_class=util_sat)
    rules = {
        "greedy": outcome(order, greedy, util_profile),
        "utilitarian": outcome(order, util, util_profile),
    }
    if (name, "equal_shares") in SKIP:
        rules["equal_shares"] = {"skipped": SKIP[(name, "equal_shares")]}
    else:
        mes = method_of_equal_shares(
            instance, profile, sat_class=mes_sat, voter_budget_increment=1
        )
        rules["equal_shares"] = outcome(order, mes, util_profile)
    scores = {p: util_profile.total_satisfaction_project(p) for p in instance}
    best = ilp_best(instance, scores, budget_cents)
    u = rules["utilitarian"]
    if best != u["welfare"]:
        raise RuntimeError(f"{name}: CBC optimum {best} != pabutools welfare {u['welfare']}")
    second = ilp_best(instance, scores, budget_cents, forbid=set(u["selected"]))
    u["unique"] = second is None or second < best
    u["second_best_welfare"] = second
    for rule in rules.values():
        if rule.get("total_cost_cents", 0) > budget_cents:
            raise RuntimeError(f"{name}: an outcome is over the budget")
    return {
        "vote_type": vote_type,
        "budget": as_text(instance.budget_limit),
        "budget_cents": budget_cents,
        "projects": len(instance),
        "ballots": profile.num_ballots(),
        "rule_in_file": instance.meta.get("rule"),
        "satisfaction": {
            "greedy": "Cost_Sat",
            "utilitarian": util_sat.__name__,
            "equal_shares": mes_sat.__name__,
        },
        "rules": rules,
    }


def header() -> dict:
    return {
        "generated_by": "benches/pabutools/reference.py",
        "python": platform.python_version(),
        "pabutools": metadata.version("pabutools"),
        "pulp": metadata.version("pulp"),
        "gmpy2": metadata.version("gmpy2"),
        "calls": CALLS,
        "data": "tests/data/pabulib/ (see its SOURCE.md)",
        "welfare": "total utilitarian satisfaction S_util of the selected projects: ballots "
        "listing them, or points for cumulative and scoring ballots",
        "skipped": {f"{name} {rule}": why for (name, rule), why in SKIP.items()},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", help="only these files (others are kept)")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    doc = {"header": header(), "files": {}}
    if args.files and args.out.exists():
        doc["files"] = json.loads(args.out.read_text()).get("files", {})
    for name in args.files or files():
        print(name, file=sys.stderr, flush=True)
        doc["files"][name] = reference(name)
    doc["files"] = dict(sorted(doc["files"].items()))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
