#!/usr/bin/env bash
# How `fundmix solve --risk` grows with the number of draws: the two-stage model's size
# (distinct draws, variables, constraints) and the time to build and solve it.
#
# The bundled example (scenarios/jelgava-risk) has only three uncertain inputs (ESF+, the
# community fund, the telecom partner): its draws come out in at most 8 different ways, whatever
# the number of samples. So that every draw differs, this script copies the example's plan into
# a temporary folder and gives three actions a cost range (95-140% of the most likely total, the
# figures of docs/risk.md) and one an impact range, then solves it with 10, 25, 50 and 100 draws
# (or the numbers given as arguments), both measures.
#
#   benches/risk_growth.sh            # release build, 10 25 50 100 draws
#   benches/risk_growth.sh 10 25      # other numbers of draws
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin="${CARGO_TARGET_DIR:-target}/release/fundmix"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r scenarios/jelgava/plan "$work/plan"
python3 - "$work/plan/actions.csv" <<'PY'
import csv, sys
path = sys.argv[1]
rows = list(csv.reader(open(path, newline="")))
head = rows[0]
cost = {"seniors_courses_north": (93100, 137200), "digi_bus": (152000, 224000),
        "library_access_upgrade": (90250, 133000)}
impact = {"seniors_courses_north": (250, 340)}
c = head.index("cost_2027") + 1
i = head.index("impact_seniors_trained") + 3  # after the two cost columns added first
out = []
for n, row in enumerate(rows):
    row = row[:c] + (["cost_low", "cost_high"] if n == 0 else [str(v) for v in cost.get(row[0], ("", ""))]) + row[c:]
    row = row[:i] + (["impact_seniors_trained_low", "impact_seniors_trained_high"] if n == 0 else [str(v) for v in impact.get(row[0], ("", ""))]) + row[i:]
    out.append(row)
csv.writer(open(path, "w", newline="")).writerows(out)
PY
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(10 25 50 100)
printf "%-9s %6s %9s %10s %12s %9s\n" measure draws distinct variables constraints seconds
for measure in expected cvar; do
  for n in "${counts[@]}"; do
    cat > "$work/s$n.toml" <<TOML
extends = "$PWD/scenarios/jelgava-risk/baseline.toml"
name = "Growth $n"
plan = "plan"
[risk]
samples = $n
TOML
    start=$(date +%s.%N)
    "$bin" solve "$work/s$n.toml" --risk "$measure" --no-timings --out "$work/out$n" >/dev/null
    end=$(date +%s.%N)
    python3 - "$work/out$n/robustness.json" "$measure" "$n" "$start" "$end" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
print("%-9s %6s %9d %10d %12d %9.1f" % (sys.argv[2], sys.argv[3], d["distinct_draws"],
      d["variables"], d["constraints"], float(sys.argv[5]) - float(sys.argv[4])))
PY
  done
done
