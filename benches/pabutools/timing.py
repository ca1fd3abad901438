#!/usr/bin/env python3
"""How long pabutools 1.2.3 takes to read the largest shared Pabulib files and to run each rule.

The same work as fundmix's criterion bench `benches/pb_rules.rs` (same files, same calls as
benches/pabutools/reference.py):

- parse:        parse_pabulib(path)
- greedy:       greedy_utilitarian_welfare(instance, profile, sat_class=Cost_Sat)
- utilitarian:  max_additive_utilitarian_welfare(instance, profile, sat_class=S_util)
- equal_shares: method_of_equal_shares(instance, profile, sat_class=S_mes,
                                       voter_budget_increment=1)

Each step is timed `--repeat` times (wall clock, time.perf_counter) and the median is printed;
equal shares, which takes minutes on the Warsaw files, is timed `--mes-repeat` times (default 1).

Usage:
    /tmp/pbenv/bin/python benches/pabutools/timing.py [--repeat 5] [--mes-repeat 1] [--json OUT]
"""

from __future__ import annotations

import argparse
import importlib.metadata as metadata
import json
import platform
import statistics
import time
from pathlib import Path

from pabutools.election import Cost_Sat, parse_pabulib
from pabutools.rules import (
    greedy_utilitarian_welfare,
    max_additive_utilitarian_welfare,
    method_of_equal_shares,
)

from reference import DATA, satisfactions

FILES = [
    "Poland_Warszawa_2021_Bielany.pb",
    "Poland_Warszawa_2020_Wawer.pb",
    "Poland_Krakow_2019_Nowa_Huta.pb",
    "Poland_Wroclaw_2016_Rejon_nr_1_250.pb",
]

def timed(repeat: int, step) -> float:
    """The median wall-clock seconds of `repeat` calls of `step`."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        step()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--mes-repeat", type=int, default=1)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    results = {}
    print(f"pabutools {metadata.version('pabutools')}, Python {platform.python_version()}")
    print(f"{'file':40} {'parse s':>9} {'greedy s':>9} {'utilit. s':>9} {'eq.shares s':>11}")
    for name in FILES:
        path = str(DATA / name)
        instance, profile = parse_pabulib(path)
        util_sat, mes_sat = satisfactions(instance.meta["vote_type"])
        row = {
            "parse": timed(args.repeat, lambda: parse_pabulib(path)),
            "greedy": timed(
                args.repeat,
                lambda: greedy_utilitarian_welfare(instance, profile, sat_class=Cost_Sat),
            ),
            "utilitarian": timed(
                args.repeat,
                lambda: max_additive_utilitarian_welfare(instance, profile, sat_class=util_sat),
            ),
            "equal_shares": timed(
                args.mes_repeat,
                lambda: method_of_equal_shares(
                    instance, profile, sat_class=mes_sat, voter_budget_increment=1
                ),
            ),
        }
        results[name] = row
        print(
            f"{name[:40]:40} {row['parse']:9.3f} {row['greedy']:9.3f} "
            f"{row['utilitarian']:9.3f} {row['equal_shares']:11.1f}",
            flush=True,
        )
    if args.json:
        doc = {
            "pabutools": metadata.version("pabutools"),
            "python": platform.python_version(),
            "seconds_median": results,
        }
        args.json.write_text(json.dumps(doc, indent=1) + "\n")


if __name__ == "__main__":
    main()
