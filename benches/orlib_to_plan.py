#!/usr/bin/env python3
"""Write OR-Library multi-dimensional knapsack problems as fundmix plan folders.

Usage: benches/orlib_to_plan.py FILE FIRST LAST OUTDIR
Writes OUTDIR/<stem>-<k>/{actions,sources}.csv for problems FIRST..LAST (0-based): one period
per constraint, one `own` source whose per-period budget is the right-hand side, the profit as
the only impact. The same construction as tests/orlib.rs.
"""
import pathlib
import sys


def problems(text):
    tokens = iter(text.split())
    count = int(next(tokens))
    for _ in range(count):
        n, m, opt = int(next(tokens)), int(next(tokens)), next(tokens)
        profits = [next(tokens) for _ in range(n)]
        weights = [[next(tokens) for _ in range(n)] for _ in range(m)]
        capacities = [next(tokens) for _ in range(m)]
        yield profits, weights, capacities, opt


def main():
    path, first, last, out = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), pathlib.Path(sys.argv[4])
    stem = pathlib.Path(path).stem
    for k, (profits, weights, capacities, _) in enumerate(problems(open(path).read())):
        if not first <= k <= last:
            continue
        folder = out / f"{stem}-{k:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        periods = [f"c{i}" for i in range(len(capacities))]
        with open(folder / "actions.csv", "w") as f:
            f.write("id," + ",".join(f"cost_{p}" for p in periods) + ",impact_profit\n")
            for j, profit in enumerate(profits):
                f.write(f"item{j}," + ",".join(row[j] for row in weights) + f",{profit}\n")
        with open(folder / "sources.csv", "w") as f:
            f.write("id,kind," + ",".join(f"budget_{p}" for p in periods) + "\n")
            f.write("budget,own," + ",".join(capacities) + "\n")
        print(folder)


if __name__ == "__main__":
    main()
