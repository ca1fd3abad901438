#!/usr/bin/env bash
# What choosing when actions start (latest_start) and checking each owner's hours (owners.csv)
# cost the solve: the bundled example as it is, against the same example with every action
# held to its written start and no owners.csv, solved alternately in one run (times on a
# shared machine vary; the ratio is what to read).
#
#   benches/timing_overhead.sh [RUNS] [SCENARIO]      (default: 5 runs of esf_rejected)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
scenario=${2:-esf_rejected}
cargo build --release --quiet
bin=target/release/fundmix
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r scenarios/jelgava "$work/fixed"
rm -f "$work/fixed/plan/owners.csv"
# Empty the latest_start and deadline cells: every action runs as written.
python3 - "$work/fixed/plan/actions.csv" <<'PY'
import csv, sys
path = sys.argv[1]
rows = list(csv.reader(open(path, newline="")))
head = rows[0]
for column in ("latest_start", "deadline"):
    i = head.index(column)
    for row in rows[1:]:
        row[i] = ""
csv.writer(open(path, "w", newline=""), lineterminator="\n").writerows(rows)
PY
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
: > "$work/with" ; : > "$work/without"
for _ in $(seq "$runs"); do
  for variant in with without; do
    case $variant in
      with) file=scenarios/jelgava/$scenario.toml ;;
      without) file=$work/fixed/$scenario.toml ;;
    esac
    start=$(date +%s.%N)
    "$bin" solve "$file" --out "$work/out-$variant" > /dev/null
    end=$(date +%s.%N)
    echo "$end - $start" | bc >> "$work/$variant"
  done
done
with=$(median < "$work/with")
without=$(median < "$work/without")
echo "scenario $scenario, $runs runs each, median seconds:"
echo "  starts chosen, owners checked: $with"
echo "  as written, total staff only:  $without"
echo "  ratio: $(echo "scale=2; $with / $without" | bc)"
