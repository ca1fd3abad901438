#!/usr/bin/env bash
# Times `fundmix solve` on OR-Library mknapcb1 problems 0-2 (100 items, 5 budgets each), the
# capital-budgeting benchmark whose best-known values tests/orlib.rs checks.
# Usage: benches/mknapcb_times.sh [path/to/fundmix]   (default: target/release/fundmix)
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${1:-target/release/fundmix}"
[ -x "$bin" ] || cargo build --release
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 benches/orlib_to_plan.py tests/data/orlib/mknapcb1.txt 0 2 "$work/plans" >/dev/null
for plan in "$work"/plans/*; do
  start=$(date +%s.%N)
  "$bin" solve "$plan" --no-timings --out "$work/out" >/dev/null
  end=$(date +%s.%N)
  objective=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['objective'])" "$work/out/summary.json")
  printf '%s  objective %s  %.2f s\n' "$(basename "$plan")" "$objective" "$(python3 -c "print($end - $start)")"
done
