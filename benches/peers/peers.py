#!/usr/bin/env python3
"""Side-by-side benchmark of fundmix against the tools a user would otherwise pick.

For every case it times, in one run:

* fundmix end to end: ``fundmix solve SCENARIO --out DIR --no-timings`` as a subprocess (wall
  time of the whole command: reading, solving, tie-breaks, verification, reports);
* PuLP + CBC: an independent PuLP model of the same plan, written from the column meanings in
  the project README (not from fundmix's model code), solved with CBC at gap 0 on one thread;
  the time is model building + solve, measured with time.perf_counter inside Python;
* raw HiGHS: stage 1's exact model as fundmix exports it (``--export-model``), read and solved
  by highspy at gap 0 on one thread (time of readModel + run).

and checks that the objectives agree. See benches/peers/README.md.

Usage (through run.sh, which provides PuLP and highspy):
  benches/peers/run.sh --sizes 30,100 --seeds 1,2
  benches/peers/run.sh --orlib 3
  benches/peers/run.sh --plan scenarios/jelgava/baseline.toml
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import pathlib
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import tomllib

REPO = pathlib.Path(__file__).resolve().parents[2]
ORLIB_FILE = REPO / "tests" / "data" / "orlib" / "mknapcb1.txt"
ORLIB_RESULTS = REPO / "tests" / "data" / "orlib" / "mkcbres.txt"
ORLIB_TO_PLAN = REPO / "benches" / "orlib_to_plan.py"
REL_TOL = 1e-6
ABS_TOL = 1e-4
# How partner hours relieve an action's municipal staff hours (see README.md here):
# "joint": all partners on an action together at most its hours (the documented meaning);
# "each": every partner on its own up to the action's hours (what fundmix accepted when written).
PARTNER_RELIEF = "joint"


class Unsupported(Exception):
    """The plan uses something this independent model does not cover."""


# --------------------------------------------------------------------------------------------
# Reading a plan (CSV tables) and a scenario (TOML) as README.md documents them
# --------------------------------------------------------------------------------------------


def read_table(path: pathlib.Path):
    """A CSV table as (header, rows of dicts). Plain comma CSV with dot decimals only."""
    with open(path, newline="", encoding="utf-8-sig") as f:
        text = f.read()
    first = text.splitlines()[0] if text else ""
    if first.count(";") > first.count(","):
        raise Unsupported(f"{path}: semicolon-separated (European Excel) CSV is not read here")
    rows = list(csv.reader(text.splitlines()))
    header = [h.strip() for h in rows[0]]
    out = []
    for r in rows[1:]:
        if not any(c.strip() for c in r):
            continue  # blank rows are ignored
        out.append({h: (r[i].strip() if i < len(r) else "") for i, h in enumerate(header)})
    return header, out


def num(cell: str, default: float | None = 0.0) -> float | None:
    """A number cell; an empty cell takes the default."""
    cell = (cell or "").strip()
    if cell == "":
        return default
    return float(cell)


def id_list(cell: str) -> list[str]:
    """A list inside a cell: ids separated by ';' (or ',' inside quotes)."""
    cell = (cell or "").replace(",", ";")
    return [p.strip() for p in cell.split(";") if p.strip()]


def truthy(cell: str, default: bool) -> bool:
    cell = (cell or "").strip().lower()
    if cell == "":
        return default
    if cell in ("true", "yes", "1", "y"):
        return True
    if cell in ("false", "no", "0", "n"):
        return False
    raise ValueError(f"not a true/false value: {cell!r}")


def periods_of(header: list[str]) -> list[str]:
    """Periods from the actions table: cost_<period> columns, or [''] for a plain cost column."""
    periods = [h[len("cost_"):] for h in header if h.startswith("cost_")]
    if periods:
        return periods
    if "cost" in header:
        return [""]
    raise Unsupported("actions.csv has neither cost nor cost_<period> columns")


def per_period(row: dict, header: list[str], base: str, periods: list[str]):
    """(per-period values or None for empty cells, plain-column value or None)."""
    values = {}
    for p in periods:
        col = f"{base}_{p}" if p else base
        values[p] = num(row.get(col, ""), None) if col in header else None
    plain = num(row.get(base, ""), None) if (base in header and periods != [""]) else None
    return values, plain


def load_plan(folder: pathlib.Path) -> dict:
    """The plan folder's tables as plain Python data (before scenario overrides)."""
    if folder.suffix.lower() in (".xlsx", ".xlsm", ".xls", ".ods"):
        raise Unsupported(f"{folder}: workbook plans are not read by the PuLP model")
    ah, arows = read_table(folder / "actions.csv")
    periods = periods_of(ah)
    indicators = [h[len("impact_"):] for h in ah if h.startswith("impact_")]
    actions = {}
    for r in arows:
        cost, _ = per_period(r, ah, "cost", periods)
        hours, plain_hours = per_period(r, ah, "staff_hours", periods)
        if plain_hours is not None:
            raise Unsupported("a plain staff_hours column in actions.csv with several periods")
        actions[r["id"]] = {
            "category": set(id_list(r.get("category", ""))),
            "cost": {p: (v or 0.0) for p, v in cost.items()},
            "hours": {p: (v or 0.0) for p, v in hours.items()},
            "min_scale": num(r.get("min_scale", ""), 1.0),
            "impact": {i: num(r.get(f"impact_{i}", ""), 0.0) for i in indicators},
            "requires": id_list(r.get("requires", "")),
            "excludes": id_list(r.get("excludes", "")),
            "status": (r.get("status", "") or "").strip().lower(),
        }

    sh, srows = read_table(folder / "sources.csv")
    sources = {}
    for r in srows:
        caps, _ = per_period(r, sh, "budget", periods)
        total = num(r.get("budget", ""), None) if "budget" in sh else None
        sources[r["id"]] = {
            "kind": (r.get("kind", "") or "other").strip().lower(),
            "total": total,
            "caps": caps,
            "max_share": num(r.get("max_share", ""), 1.0),
            "eligible": set(id_list(r.get("eligible", ""))),
            "min_grant": num(r.get("min_grant", ""), None),
            "max_grant": num(r.get("max_grant", ""), None),
            "enabled": True,
        }

    partners = {}
    if (folder / "partners.csv").exists():
        ph, prows = read_table(folder / "partners.csv")
        for r in prows:
            cash, cash_total = per_period(r, ph, "cash", periods)
            hours, hours_total = per_period(r, ph, "staff_hours", periods)
            partners[r["id"]] = {
                # A plain cash / staff_hours column is one amount for the whole plan.
                "cash": {p: (v or 0.0) for p, v in cash.items()},
                "cash_total": cash_total,
                "hours": {p: (v or 0.0) for p, v in hours.items()},
                "hours_total": hours_total,
                "eligible": set(id_list(r.get("eligible", ""))),
                "max_actions": num(r.get("max_actions", ""), None),
                "enabled": True,
            }

    targets = {}
    if (folder / "targets.csv").exists():
        _, trows = read_table(folder / "targets.csv")
        for r in trows:
            targets[r["indicator"]] = {
                "min": num(r.get("min", ""), 0.0),
                "hard": truthy(r.get("hard", ""), True),
                "penalty": num(r.get("penalty", ""), 0.0),
            }

    if (folder / "votes.csv").exists():
        _, vrows = read_table(folder / "votes.csv")
        if "support" not in indicators:
            indicators.append("support")
            for a in actions.values():
                a["impact"]["support"] = 0.0
        for r in vrows:
            actions[r["action"]]["impact"]["support"] += num(r.get("points", ""), 1.0)

    return {
        "periods": periods,
        "indicators": indicators,
        "actions": actions,
        "sources": sources,
        "partners": partners,
        "targets": targets,
        "has_votes": (folder / "votes.csv").exists(),
    }


def scenario_chain(path: pathlib.Path) -> list[tuple[pathlib.Path, dict]]:
    """The scenario files from the first base to this one."""
    chain = []
    seen = set()
    while True:
        path = path.resolve()
        if path in seen:
            raise Unsupported(f"{path}: extends loops")
        seen.add(path)
        if path.suffix.lower() != ".toml":
            raise Unsupported(f"{path}: only TOML scenario files are read by the PuLP model")
        with open(path, "rb") as f:
            data = tomllib.load(f)
        chain.append((path, data))
        if "extends" not in data:
            break
        path = path.parent / data["extends"]
    chain.reverse()
    return chain


def load_scenario(path: pathlib.Path) -> dict:
    """A scenario file (with extends and every override) or a plan folder, as one plan."""
    path = pathlib.Path(path)
    settings = {"objective": "max-impact", "weights": {}, "support": "sum"}
    staff: dict[str, float] | None = None
    budget_factor, bf_file = 1.0, -1
    cost_factor = 1.0
    src_over: dict[str, dict[str, tuple[object, int]]] = {}
    act_over: dict[str, dict] = {}
    par_over: dict[str, dict] = {}
    tgt_over: dict[str, dict] = {}
    if path.is_dir():
        plan_dir = path
        if (path / "scenario.toml").exists() and not (path / "actions.csv").exists():
            return load_scenario(path / "scenario.toml")
    else:
        plan_dir = None
        for idx, (file, data) in enumerate(scenario_chain(path)):
            for key, value in data.items():
                if key == "plan":
                    plan_dir = file.parent / value
                elif key in ("name", "extends"):
                    pass
                elif key == "objective":
                    settings["objective"] = value
                elif key == "support":
                    settings["support"] = value
                elif key == "weights":
                    settings["weights"].update(value)
                elif key == "staff_capacity":
                    if isinstance(value, dict):
                        staff = dict(staff or {})
                        staff.update({str(k): float(v) for k, v in value.items()})
                    else:  # one number sets every period
                        staff = {"*": float(value)}
                elif key == "budget_factor":
                    budget_factor, bf_file = float(value), idx
                elif key == "cost_factor":
                    cost_factor = float(value)
                elif key == "sources":
                    for sid, table in value.items():
                        for k, v in table.items():
                            src_over.setdefault(sid, {})[k] = (v, idx)
                elif key == "actions":
                    for aid, table in value.items():
                        act_over.setdefault(aid, {}).update(table)
                elif key == "partners":
                    for pid, table in value.items():
                        par_over.setdefault(pid, {}).update(table)
                elif key == "targets":
                    for ind, table in value.items():
                        tgt_over.setdefault(ind, {}).update(table)
                else:
                    raise Unsupported(f"{file}: scenario key {key!r} is not covered")
        if plan_dir is None:
            raise Unsupported(f"{path}: no plan folder (plan = ...) in the scenario chain")
    plan = load_plan(plan_dir)
    periods = plan["periods"]
    if plan["has_votes"] and settings["support"] != "sum":
        raise Unsupported("support = 'equal-shares' is not covered by the PuLP model")

    # Sources: the plan's budgets times budget_factor; an override is final when written in the
    # same file as the factor or later, and scaled when an earlier file wrote it.
    for sid, s in plan["sources"].items():
        s["total"] = None if s["total"] is None else s["total"] * budget_factor
        s["caps"] = {p: (None if v is None else v * budget_factor) for p, v in s["caps"].items()}
        for k, (v, idx) in src_over.get(sid, {}).items():
            scaled = lambda x: float(x) * (budget_factor if idx < bf_file else 1.0)  # noqa: E731
            if k == "enabled":
                s["enabled"] = bool(v)
            elif k == "max_share":
                s["max_share"] = float(v)
            elif k == "budget":
                s["total"] = scaled(v)
            elif k.startswith("budget_") and k[len("budget_"):] in periods:
                s["caps"][k[len("budget_"):]] = scaled(v)
            else:
                raise Unsupported(f"source override {sid}.{k} is not covered")
    for aid, a in plan["actions"].items():
        factor = cost_factor
        for k, v in act_over.get(aid, {}).items():
            if k == "status":
                a["status"] = "" if v == "free" else v
            elif k == "cost_factor":
                factor *= float(v)
            else:
                raise Unsupported(f"action override {aid}.{k} is not covered")
        a["cost"] = {p: c * factor for p, c in a["cost"].items()}
    for pid, over in par_over.items():
        k = plan["partners"][pid]
        for key, v in over.items():
            if key == "enabled":
                k["enabled"] = bool(v)
            elif key in ("cash", "staff_hours"):
                field = "cash" if key == "cash" else "hours"
                if isinstance(v, dict):  # a table per period replaces the offer
                    k[field] = {p: float(v.get(p, 0.0)) for p in periods}
                    k[f"{field}_total"] = None
                else:  # one number for the whole plan
                    k[field] = {p: 0.0 for p in periods}
                    k[f"{field}_total"] = float(v)
            else:
                raise Unsupported(f"partner override {pid}.{key} is not covered")
    for ind, over in tgt_over.items():
        t = plan["targets"].setdefault(ind, {"min": 0.0, "hard": True, "penalty": 0.0})
        for key, v in over.items():
            if key == "min":
                t["min"] = float(v)
            elif key == "hard":
                t["hard"] = bool(v)
            elif key == "penalty":
                t["penalty"] = float(v)
            else:
                raise Unsupported(f"target override {ind}.{key} is not covered")
    capacity = {}
    for p in periods:
        cap = None
        if staff is not None:
            cap = staff.get(p, staff.get("*"))
        capacity[p] = cap
    plan["capacity"] = capacity
    plan["objective"] = settings["objective"]
    plan["weights"] = {i: float(settings["weights"].get(i, 1.0)) for i in plan["indicators"]}
    return plan


# --------------------------------------------------------------------------------------------
# The PuLP model
# --------------------------------------------------------------------------------------------


def eligible(allowed: set[str], aid: str, action: dict) -> bool:
    """Empty = every action; otherwise a listed category of the action or its id."""
    return not allowed or aid in allowed or bool(action["category"] & allowed)


def build_plan_model(plan: dict):
    import pulp

    P = plan["periods"]
    A = plan["actions"]
    maximise = plan["objective"] == "max-impact"
    if plan["objective"] not in ("max-impact", "min-own-cost"):
        raise Unsupported(f"objective {plan['objective']!r}")
    prob = pulp.LpProblem("fundmix_peer", pulp.LpMaximize if maximise else pulp.LpMinimize)
    ids = list(A)
    ix = {a: i for i, a in enumerate(ids)}

    # Selection and scale: x 0/1; scale s in [min_scale*x, x] (s = x when all or nothing).
    x, s = {}, {}
    for a in ids:
        act = A[a]
        x[a] = pulp.LpVariable(f"x_{ix[a]}", cat="Binary")
        if act["status"] == "must":
            x[a].lowBound = 1
        elif act["status"] == "never":
            x[a].upBound = 0
        elif act["status"]:
            raise Unsupported(f"status {act['status']!r}")
        if act["min_scale"] >= 1:
            s[a] = x[a]
        else:
            s[a] = pulp.LpVariable(f"s_{ix[a]}", 0, 1)
            prob += s[a] <= x[a], f"scale_max_{ix[a]}"
            prob += s[a] >= act["min_scale"] * x[a], f"scale_min_{ix[a]}"

    # Money from sources: y[j, a, t] >= 0, only for enabled, eligible sources and costed periods.
    y = {}
    own = []
    src_ids = [j for j, src in plan["sources"].items() if src["enabled"]]
    for jn, j in enumerate(src_ids):
        src = plan["sources"][j]
        for a in ids:
            if not eligible(src["eligible"], a, A[a]):
                continue
            for tn, t in enumerate(P):
                if A[a]["cost"][t] > 0:
                    y[j, a, t] = pulp.LpVariable(f"y_{jn}_{ix[a]}_{tn}", 0)
                    if src["kind"] == "own":
                        own.append(y[j, a, t])

    # Partners: cash c[k, a, t], hours h[k, a, t], joins z[k, a] when max_actions limits them.
    cash, hrs, joins = {}, {}, {}
    par_ids = [k for k, p in plan["partners"].items() if p["enabled"]]
    for kn, k in enumerate(par_ids):
        par = plan["partners"][k]
        for a in ids:
            if not eligible(par["eligible"], a, A[a]):
                continue
            for tn, t in enumerate(P):
                if A[a]["cost"][t] > 0 and (par["cash"][t] > 0 or (par["cash_total"] or 0) > 0):
                    cash[k, a, t] = pulp.LpVariable(f"c_{kn}_{ix[a]}_{tn}", 0)
                if (
                    A[a]["hours"][t] > 0
                    and plan["capacity"][t] is not None
                    and (par["hours"][t] > 0 or (par["hours_total"] or 0) > 0)
                ):
                    hrs[k, a, t] = pulp.LpVariable(f"h_{kn}_{ix[a]}_{tn}", 0)
            if par["max_actions"] is not None and any(
                (k, a, t) in cash or (k, a, t) in hrs for t in P
            ):
                joins[k, a] = pulp.LpVariable(f"z_{kn}_{ix[a]}", cat="Binary")

    # Every funded action is paid in full, at its scale, in every period.
    for a in ids:
        for tn, t in enumerate(P):
            cost = A[a]["cost"][t]
            if cost <= 0:
                continue
            money = [y[j, a, t] for j in src_ids if (j, a, t) in y]
            money += [cash[k, a, t] for k in par_ids if (k, a, t) in cash]
            prob += pulp.lpSum(money) == cost * s[a], f"paid_{ix[a]}_{tn}"

    for jn, j in enumerate(src_ids):
        src = plan["sources"][j]
        # Budgets: per period (budget_<period>) and over the whole plan (budget).
        for tn, t in enumerate(P):
            cap = src["caps"][t]
            if cap is not None:
                prob += (
                    pulp.lpSum(y[j, a, t] for a in ids if (j, a, t) in y) <= cap,
                    f"budget_{jn}_{tn}",
                )
        if src["total"] is not None:
            prob += (
                pulp.lpSum(y[j, a, t] for a in ids for t in P if (j, a, t) in y) <= src["total"],
                f"total_{jn}",
            )
        for a in ids:
            flows = [y[j, a, t] for t in P if (j, a, t) in y]
            if not flows:
                continue
            total_cost = sum(A[a]["cost"][t] for t in P)
            # Co-financing: at most max_share of the action's total cost at its scale.
            if src["max_share"] < 1:
                prob += pulp.lpSum(flows) <= src["max_share"] * total_cost * s[a], f"share_{jn}_{ix[a]}"
            # Grant size: nothing, or between min_grant and max_grant.
            lo, hi = src["min_grant"], src["max_grant"]
            if lo is not None and lo > 0:
                g = pulp.LpVariable(f"g_{jn}_{ix[a]}", cat="Binary")
                upper = min(hi, total_cost) if hi is not None else total_cost
                prob += pulp.lpSum(flows) >= lo * g, f"grant_min_{jn}_{ix[a]}"
                prob += pulp.lpSum(flows) <= upper * g, f"grant_on_{jn}_{ix[a]}"
            elif hi is not None:
                prob += pulp.lpSum(flows) <= hi, f"grant_max_{jn}_{ix[a]}"

    for kn, k in enumerate(par_ids):
        par = plan["partners"][k]
        for tn, t in enumerate(P):
            if par["cash_total"] is None:
                prob += (
                    pulp.lpSum(cash[k, a, t] for a in ids if (k, a, t) in cash) <= par["cash"][t],
                    f"pcash_{kn}_{tn}",
                )
            if par["hours_total"] is None:
                prob += (
                    pulp.lpSum(hrs[k, a, t] for a in ids if (k, a, t) in hrs) <= par["hours"][t],
                    f"phours_{kn}_{tn}",
                )
        if par["cash_total"] is not None:
            prob += (
                pulp.lpSum(cash[k, a, t] for a in ids for t in P if (k, a, t) in cash)
                <= par["cash_total"],
                f"pcash_total_{kn}",
            )
        if par["hours_total"] is not None:
            prob += (
                pulp.lpSum(hrs[k, a, t] for a in ids for t in P if (k, a, t) in hrs)
                <= par["hours_total"],
                f"phours_total_{kn}",
            )
        if par["max_actions"] is not None:
            for a in ids:
                if (k, a) not in joins:
                    continue
                z = joins[k, a]
                prob += z <= x[a], f"join_funded_{kn}_{ix[a]}"
                for tn, t in enumerate(P):
                    if (k, a, t) in cash:
                        big = par["cash_total"] if par["cash_total"] is not None else par["cash"][t]
                        big = min(big, A[a]["cost"][t])
                        prob += cash[k, a, t] <= big * z, f"join_cash_{kn}_{ix[a]}_{tn}"
                    if (k, a, t) in hrs:
                        big = par["hours_total"] if par["hours_total"] is not None else par["hours"][t]
                        big = min(big, A[a]["hours"][t])
                        prob += hrs[k, a, t] <= big * z, f"join_hours_{kn}_{ix[a]}_{tn}"
            prob += (
                pulp.lpSum(joins[k, a] for a in ids if (k, a) in joins) <= par["max_actions"],
                f"max_actions_{kn}",
            )

    # Municipal staff hours, net of partner hours (which relieve the action's own hours only).
    for tn, t in enumerate(P):
        cap = plan["capacity"][t]
        if cap is None:
            continue
        prob += (
            pulp.lpSum(A[a]["hours"][t] * s[a] for a in ids if A[a]["hours"][t] > 0)
            - pulp.lpSum(hrs[k, a, t] for k in par_ids for a in ids if (k, a, t) in hrs)
            <= cap,
            f"staff_{tn}",
        )
        for a in ids:
            given = [(kn, hrs[k, a, t]) for kn, k in enumerate(par_ids) if (k, a, t) in hrs]
            if not given:
                continue
            if PARTNER_RELIEF == "joint":  # all partners together: at most the action's hours
                prob += (
                    pulp.lpSum(v for _, v in given) <= A[a]["hours"][t] * s[a],
                    f"relief_{ix[a]}_{tn}",
                )
            else:  # "each": every partner on its own up to the action's hours
                for kn, v in given:
                    prob += v <= A[a]["hours"][t] * s[a], f"relief_{kn}_{ix[a]}_{tn}"

    # Links between actions.
    for a in ids:
        for b in A[a]["requires"]:
            prob += x[a] <= x[b], f"requires_{ix[a]}_{ix[b]}"
        for b in A[a]["excludes"]:
            if ix[a] < ix[b] or a not in A[b]["excludes"]:
                prob += x[a] + x[b] <= 1, f"excludes_{ix[a]}_{ix[b]}"

    # Indicators and targets.
    level = {
        i: pulp.lpSum(A[a]["impact"][i] * s[a] for a in ids if A[a]["impact"][i])
        for i in plan["indicators"]
    }
    penalties = []
    for n, (ind, t) in enumerate(plan["targets"].items()):
        if ind not in level:
            raise Unsupported(f"target on unknown indicator {ind!r}")
        if t["hard"]:
            prob += level[ind] >= t["min"], f"target_{n}"
        elif t["penalty"] > 0:
            short = pulp.LpVariable(f"short_{n}", 0)
            prob += short >= t["min"] - level[ind], f"shortfall_{n}"
            penalties.append(t["penalty"] * short)

    if maximise:
        prob += pulp.lpSum(plan["weights"][i] * level[i] for i in level) - pulp.lpSum(penalties)
    else:
        prob += pulp.lpSum(own) + pulp.lpSum(penalties)
    return prob


def build_knapsack_model(profits, weights, capacities):
    import pulp

    prob = pulp.LpProblem("mknap", pulp.LpMaximize)
    x = [pulp.LpVariable(f"x_{j}", cat="Binary") for j in range(len(profits))]
    for i, row in enumerate(weights):
        prob += pulp.lpSum(w * v for w, v in zip(row, x) if w) <= capacities[i], f"c_{i}"
    prob += pulp.lpSum(p * v for p, v in zip(profits, x))
    return prob


def solve_with_cbc(prob, timeout: float):
    import pulp

    solver = pulp.PULP_CBC_CMD(msg=False, gapRel=0, threads=1, timeLimit=timeout)
    prob.solve(solver)
    status = pulp.LpStatus[prob.status]
    sol = pulp.LpSolution[prob.sol_status]
    if prob.status == pulp.LpStatusOptimal and prob.sol_status != pulp.LpSolutionOptimal:
        status = "timeout"  # CBC stopped on its time limit with a plan, not proven best
    elif prob.status == pulp.LpStatusNotSolved:
        status = "timeout"
    objective = pulp.value(prob.objective) if status == "Optimal" else None
    return status, sol, objective


# --------------------------------------------------------------------------------------------
# OR-Library mknapcb
# --------------------------------------------------------------------------------------------


def orlib_problems(path: pathlib.Path):
    tokens = iter(path.read_text().split())
    for _ in range(int(next(tokens))):
        n, m, _opt = int(next(tokens)), int(next(tokens)), next(tokens)
        profits = [int(next(tokens)) for _ in range(n)]
        weights = [[int(next(tokens)) for _ in range(n)] for _ in range(m)]
        capacities = [int(next(tokens)) for _ in range(m)]
        yield profits, weights, capacities


def orlib_best_known(path: pathlib.Path) -> dict[int, float]:
    """Best feasible values of problems 5.100-kk (the first table of mkcbres.txt)."""
    best = {}
    for line in path.read_text().splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[0].startswith("5.100-") and int(parts[0][6:]) not in best:
            best[int(parts[0][6:])] = float(parts[1])
    return best


# --------------------------------------------------------------------------------------------
# Workers: run in a child process (own process group, so a timeout kills CBC too); each prints
# one JSON line with its own perf_counter timings.
# --------------------------------------------------------------------------------------------


def worker_pulp(args) -> dict:
    import pulp  # noqa: F401  (imported before the clock starts: start-up is not timed)

    t0 = time.perf_counter()
    if args.orlib_index is not None:
        profits, weights, caps = list(orlib_problems(ORLIB_FILE))[args.orlib_index]
        read_s = time.perf_counter() - t0
        t1 = time.perf_counter()
        prob = build_knapsack_model(profits, weights, caps)
    else:
        plan = load_scenario(pathlib.Path(args.input))
        read_s = time.perf_counter() - t0
        t1 = time.perf_counter()
        prob = build_plan_model(plan)
    t2 = time.perf_counter()
    status, sol, objective = solve_with_cbc(prob, args.timeout)
    t3 = time.perf_counter()
    return {
        "status": status,
        "solution": sol,
        "objective": objective,
        "read_s": read_s,
        "build_s": t2 - t1,
        "solve_s": t3 - t2,
        "seconds": t3 - t1,
        "variables": len(prob.variables()),
        "constraints": len(prob.constraints),
    }


def worker_highs(args) -> dict:
    import highspy

    h = highspy.Highs()  # created before the clock starts, like the interpreter itself
    h.setOptionValue("output_flag", False)
    h.setOptionValue("mip_rel_gap", 0)
    h.setOptionValue("threads", 1)
    h.setOptionValue("time_limit", float(args.timeout))
    t0 = time.perf_counter()
    h.readModel(args.input)
    h.run()
    t1 = time.perf_counter()
    status = h.modelStatusToString(h.getModelStatus())
    info = h.getInfo()
    objective = info.objective_function_value if status == "Optimal" else None
    return {
        "status": status,
        "objective": objective,
        "seconds": t1 - t0,
        "mip_gap": info.mip_gap,
        "variables": h.getNumCol(),
        "constraints": h.getNumRow(),
    }


def run_worker(args) -> int:
    global PARTNER_RELIEF
    PARTNER_RELIEF = args.partner_relief
    try:
        out = worker_pulp(args) if args.worker == "pulp" else worker_highs(args)
    except Unsupported as e:
        out = {"status": "unsupported", "note": str(e)}
    print("PEERS-RESULT " + json.dumps(out))
    return 0


# --------------------------------------------------------------------------------------------
# Driver
# --------------------------------------------------------------------------------------------


def run_timed(cmd: list[str], timeout: float, cwd=None):
    """Run cmd in its own process group; (returncode or None on timeout, seconds, stdout, stderr)."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        start_new_session=True,
    )
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        out, err = proc.communicate()
        return None, time.perf_counter() - start, out, err
    return proc.returncode, time.perf_counter() - start, out, err


def run_child_worker(kind: str, input_: str | None, timeout: float, orlib_index=None) -> dict:
    cmd = [sys.executable, str(pathlib.Path(__file__).resolve()), "--worker", kind,
           "--timeout", str(timeout), "--partner-relief", PARTNER_RELIEF]
    if input_ is not None:
        cmd += ["--input", str(input_)]
    if orlib_index is not None:
        cmd += ["--orlib-index", str(orlib_index)]
    # Some slack for the interpreter and imports, which the worker's own timing leaves out.
    rc, _, out, err = run_timed(cmd, timeout + 10)
    if rc is None:
        return {"status": "timeout"}
    for line in out.splitlines():
        if line.startswith("PEERS-RESULT "):
            res = json.loads(line[len("PEERS-RESULT "):])
            if res.get("seconds") is not None and res["seconds"] > timeout:
                res["status"] = "timeout"
            elif res.get("status") == "Time limit reached":
                res["status"] = "timeout"
            return res
    lines = (err or out).strip().splitlines()
    return {"status": "error", "note": lines[-1] if lines else f"no output (exit {rc})"}


def fundmix_has(fundmix: str, args: list[str], needle: str) -> bool:
    try:
        out = subprocess.run([fundmix, *args], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return needle in out.stdout + out.stderr


def run_fundmix(fundmix: str, scenario: str, work: pathlib.Path, timeout: float) -> dict:
    out = work / "fundmix-out"
    shutil.rmtree(out, ignore_errors=True)
    rc, seconds, stdout, stderr = run_timed(
        [fundmix, "solve", str(scenario), "--out", str(out), "--no-timings"], timeout
    )
    if rc is None:
        return {"status": "timeout", "seconds": None}
    res = {"exit_code": rc, "seconds": seconds, "objective": None}
    summary = out / "summary.json"
    if rc in (0, 3) and summary.exists():
        data = json.loads(summary.read_text())
        res["objective"] = data.get("objective")
        res["objective_kind"] = data.get("objective_kind")
        res["status"] = data.get("status") or ("optimal" if rc == 0 else "no plan")
        if isinstance(res["status"], dict):
            res["status"] = json.dumps(res["status"])
    else:
        res["status"] = f"exit {rc}"
        res["note"] = (stderr or stdout).strip()[-300:]
    return res


def run_highs(fundmix: str, scenario: str, work: pathlib.Path, timeout: float, full: bool) -> dict:
    """Export stage 1's model with fundmix, then time highspy on it.

    `--export-model` writes the model before solving, so unless `full` the export run gets
    `--time-limit 1`: the file is the same (checked byte for byte on generated plans) and the
    benchmark does not pay for a second full fundmix run."""
    out = work / "export-out"
    model = work / "model.mps"
    shutil.rmtree(out, ignore_errors=True)
    if model.exists():
        model.unlink()
    cmd = [fundmix, "solve", str(scenario), "--out", str(out), "--no-timings",
           "--export-model", str(model)]
    if not full:
        cmd += ["--time-limit", "1"]
    rc, _, stdout, stderr = run_timed(cmd, timeout)
    if rc is None:
        return {"status": "timeout", "note": "fundmix --export-model timed out"}
    if not model.exists():
        return {"status": "error", "note": f"no model written (exit {rc}): {(stderr or stdout).strip()[-200:]}"}
    res = run_child_worker("highs", str(model), timeout)
    unit = re.search(r"money in units of ([0-9.]+) EUR", stdout)
    res["money_unit_eur"] = float(unit.group(1)) if unit else None
    return res


def agree(a, b) -> bool:
    """Within 1e-6 relative; summary.json rounds the objective to 4 decimals, hence the 1e-4 floor."""
    if a is None or b is None:
        return False
    return abs(a - b) <= max(REL_TOL * max(abs(a), abs(b)), ABS_TOL)


def fmt_time(res: dict | None, timeout: float) -> str:
    if res is None:
        return "-"
    if res.get("status") == "timeout":
        return f">{timeout:g}"
    if not answered(res):
        return "failed"
    return f"{res['seconds']:.3f}"


def answered(res: dict | None) -> bool:
    """The tool finished (with a plan or a proof that there is none) within the time limit."""
    if res is None or res.get("seconds") is None:
        return False
    status = str(res.get("status"))
    return not (status in ("timeout", "unsupported", "error") or status.startswith("exit"))


def fmt_ratio(a: dict, b: dict | None, timeout: float) -> str:
    if b is None:
        return "-"
    ta = a.get("seconds") if answered(a) else None
    tb = b.get("seconds") if answered(b) else None
    if ta is not None and tb is not None and tb > 0:
        return f"{ta / tb:.3g}"
    if ta is None and tb is not None and tb > 0 and a.get("status") == "timeout":
        return f">{timeout / tb:.3g}"
    if tb is None and ta is not None and b.get("status") == "timeout":
        return f"<{ta / timeout:.3g}"
    return "-"


def fmt_obj(v) -> str:
    if v is None:
        return "-"
    return f"{v:.6g}" if abs(v) < 1e6 else f"{v:.10g}"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", help="numbers of actions of generated plans, e.g. 30,100,300")
    ap.add_argument("--seeds", default="1,2,3", help="seeds of generated plans (default 1,2,3)")
    ap.add_argument("--sources", default="auto",
                    help="sources of generated plans (auto: 6 up to 30 actions, 8 up to 300, else 12)")
    ap.add_argument("--periods", type=int, default=3, help="periods of generated plans")
    ap.add_argument("--partners", type=int, default=4, help="partners of generated plans")
    ap.add_argument("--orlib", type=int, default=0, metavar="N",
                    help="also run OR-Library mknapcb1 problems 0..N-1")
    ap.add_argument("--plan", action="append", default=[], metavar="DIR_OR_SCENARIO",
                    help="also run this scenario file or plan folder (repeatable)")
    ap.add_argument("--timeout", type=float, default=600, help="seconds per tool per case")
    ap.add_argument("--json", metavar="FILE", help="write the rows as JSON to FILE")
    ap.add_argument("--fundmix", default=os.environ.get("FUNDMIX", str(REPO / "target/release/fundmix")))
    ap.add_argument("--workdir", help="keep generated plans and outputs here (default: a temp dir)")
    ap.add_argument("--no-highs", action="store_true", help="skip the raw HiGHS column")
    ap.add_argument("--export-full", action="store_true",
                    help="let the export run of fundmix solve in full (default: --time-limit 1, "
                         "since the model is written before the solve)")
    ap.add_argument("--partner-relief", choices=["joint", "each"], default="joint",
                    help="partner hours on one action: together at most its hours (joint, the "
                         "README's meaning) or each partner up to its hours (each)")
    # Internal: worker mode (one tool on one case, in a child process).
    ap.add_argument("--worker", choices=["pulp", "highs"], help=argparse.SUPPRESS)
    ap.add_argument("--input", help=argparse.SUPPRESS)
    ap.add_argument("--orlib-index", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.worker:
        return run_worker(args)
    global PARTNER_RELIEF
    PARTNER_RELIEF = args.partner_relief

    fundmix = args.fundmix
    if not (os.path.isfile(fundmix) and os.access(fundmix, os.X_OK)):
        print(f"fundmix binary not found at {fundmix} (build it or set FUNDMIX)", file=sys.stderr)
        return 1
    if not (args.sizes or args.orlib or args.plan):
        ap.error("nothing to run: give --sizes, --orlib N and/or --plan")

    keep = args.workdir is not None
    root = pathlib.Path(args.workdir or tempfile.mkdtemp(prefix="fundmix-peers-")).resolve()
    root.mkdir(parents=True, exist_ok=True)
    notes: list[str] = []

    has_export = not args.no_highs and fundmix_has(fundmix, ["solve", "--help"], "--export-model")
    if not args.no_highs and not has_export:
        notes.append("raw HiGHS skipped: this fundmix has no `solve --export-model` flag yet")

    # Cases: (name, scenario or plan path, orlib index or None)
    cases: list[tuple[str, str, int | None]] = []
    if args.sizes:
        if not fundmix_has(fundmix, ["--help"], "generate"):
            notes.append("generated cases skipped: this fundmix has no `generate` subcommand yet")
        else:
            for n in [int(v) for v in args.sizes.split(",") if v]:
                if args.sources == "auto":
                    n_src = 6 if n <= 30 else 8 if n <= 300 else 12
                else:
                    n_src = int(args.sources)
                for seed in [int(v) for v in args.seeds.split(",") if v]:
                    name = f"gen-a{n}-s{n_src}-t{args.periods}-k{args.partners}-x{seed}"
                    folder = root / "generated" / name
                    if not (folder / "scenario.toml").exists():
                        shutil.rmtree(folder, ignore_errors=True)
                        folder.parent.mkdir(parents=True, exist_ok=True)
                        gen = subprocess.run(
                            [fundmix, "generate", "--actions", str(n), "--sources", str(n_src),
                             "--periods", str(args.periods), "--partners", str(args.partners),
                             "--seed", str(seed), "--out", str(folder)],
                            capture_output=True, text=True,
                        )
                        if gen.returncode != 0:
                            notes.append(f"{name}: generate failed: {gen.stderr.strip()[-200:]}")
                            continue
                    cases.append((name, str(folder / "scenario.toml"), None))
    best_known = {}
    if args.orlib:
        best_known = orlib_best_known(ORLIB_RESULTS)
        plans = root / "orlib"
        plans.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [sys.executable, str(ORLIB_TO_PLAN), str(ORLIB_FILE), "0", str(args.orlib - 1), str(plans)],
            check=True, capture_output=True,
        )
        for k in range(args.orlib):
            cases.append((f"mknapcb1-{k:02d}", str(plans / f"mknapcb1-{k:02d}"), k))
    for p in args.plan:
        path = pathlib.Path(p).resolve()
        name = path.stem if path.suffix.lower() in (".toml", ".xlsx") else path.name
        if path.is_dir() and not (path / "actions.csv").exists() and (path / "scenario.toml").exists():
            path = path / "scenario.toml"  # a folder as `fundmix generate` or `import` writes it
        cases.append((name, str(path), None))

    rows = []
    header = ["case", "fundmix s", "PuLP+CBC s", "raw HiGHS s", "fundmix/PuLP", "fundmix/HiGHS",
              "agree", "fundmix obj", "PuLP obj", "HiGHS obj"]
    widths = [max(len(h), 10) for h in header]
    widths[0] = max([len(c[0]) for c in cases] + [len(header[0])])

    def line(cells):
        return "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths)))

    print(f"fundmix: {fundmix}; timeout {args.timeout:g} s per tool per case; "
          f"PuLP partner relief: {PARTNER_RELIEF}; work: {root}")
    for n in notes:
        print(f"note: {n}")
    print(line(header))
    sys.stdout.flush()
    for name, scenario, orlib_index in cases:
        work = root / "runs" / name
        work.mkdir(parents=True, exist_ok=True)
        fm = run_fundmix(fundmix, scenario, work, args.timeout)
        pl = run_child_worker("pulp", None if orlib_index is not None else scenario, args.timeout,
                              orlib_index)
        hs = (run_highs(fundmix, scenario, work, args.timeout, args.export_full)
              if has_export else None)
        row_notes = []
        if orlib_index is not None:
            known = best_known.get(orlib_index)
            checks = [fm.get("objective"), pl.get("objective")]
            if hs is not None:
                checks.append(hs.get("objective"))
            ok = known is not None and all(agree(v, known) for v in checks)
            row_notes.append(f"best known {known:g}" if known is not None else "best known missing")
        else:
            no_plan_f = fm.get("objective") is None and fm.get("exit_code") == 3
            no_plan_p = pl.get("status") == "Infeasible"
            if no_plan_f and no_plan_p:
                ok = True
                row_notes.append("both: no plan possible")
            else:
                ok = agree(fm.get("objective"), pl.get("objective"))
        if hs is not None and hs.get("objective") is not None and fm.get("objective") is not None:
            # Informational only: stage 1's objective, in the model's money unit for min-own-cost.
            unit = hs.get("money_unit_eur") or 1.0
            scaled = hs["objective"] * (unit if fm.get("objective_kind") == "min-own-cost" else 1.0)
            hs["objective_in_report_units"] = scaled
            if not agree(scaled, fm["objective"]):
                row_notes.append("HiGHS stage-1 objective differs from fundmix's (not flagged)")
        for tool, res in (("fundmix", fm), ("PuLP", pl), ("HiGHS", hs)):
            if res is None:
                continue
            if res.get("note"):
                note = " ".join(str(res["note"]).split())
                row_notes.append(f"{tool}: {note if len(note) <= 160 else note[:157] + '...'}")
            elif res.get("status") not in (None, "optimal", "Optimal", "timeout"):
                row_notes.append(f"{tool}: {res.get('status')}")
        agree_txt = "yes" if ok else "NO"
        compared = [fm, pl] + ([hs] if (hs is not None and orlib_index is not None) else [])
        if not ok and any(
            r.get("status") in ("timeout", "unsupported", "error") or r.get("status", "").startswith("exit")
            for r in compared
        ):
            agree_txt = "n/a"  # a tool gave no answer to compare
        cells = [
            name, fmt_time(fm, args.timeout), fmt_time(pl, args.timeout),
            fmt_time(hs, args.timeout) if hs is not None else "skipped",
            fmt_ratio(fm, pl, args.timeout), fmt_ratio(fm, hs, args.timeout), agree_txt,
            fmt_obj(fm.get("objective")), fmt_obj(pl.get("objective")),
            fmt_obj(hs.get("objective")) if hs is not None else "-",
        ]
        print(line(cells) + ("   # " + "; ".join(row_notes) if row_notes else ""))
        sys.stdout.flush()
        rows.append({
            "case": name,
            "input": scenario,
            "fundmix": fm,
            "pulp_cbc": pl,
            "raw_highs": hs,
            "fundmix_over_pulp": fmt_ratio(fm, pl, args.timeout),
            "fundmix_over_highs": fmt_ratio(fm, hs, args.timeout),
            "objectives_agree": agree_txt,
            "best_known": best_known.get(orlib_index) if orlib_index is not None else None,
            "notes": row_notes,
        })
    if args.json:
        meta = {"fundmix": fundmix, "timeout_s": args.timeout, "notes": notes,
                "partner_relief": PARTNER_RELIEF,
                "python": sys.version.split()[0]}
        try:
            import importlib.metadata as md
            meta["pulp"] = md.version("pulp")
            meta["highspy"] = md.version("highspy")
        except Exception:  # noqa: BLE001
            pass
        pathlib.Path(args.json).write_text(json.dumps({"meta": meta, "rows": rows}, indent=2) + "\n")
    if not keep:
        shutil.rmtree(root, ignore_errors=True)
    bad = [r["case"] for r in rows if r["objectives_agree"] == "NO"]
    if bad:
        print(f"objectives disagree: {', '.join(bad)}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
