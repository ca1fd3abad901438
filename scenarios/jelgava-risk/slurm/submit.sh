#!/bin/bash
# Submits a sharded `fundmix robust` run to Slurm: an array of N tasks (robust.sbatch, one
# part each), then the merge (merge.sbatch), which starts only when every task has ended well
# (--dependency=afterok) and is cancelled if one fails. Run it from the folder the paths are
# relative to (the jobs start there). See docs/cluster.md.
#
#   scenarios/jelgava-risk/slurm/submit.sh [N] [options for the merge's sbatch, e.g. --wait]
#
# N (default 4) is the number of parts; the settings of robust.sbatch and merge.sbatch
# (FUNDMIX, SCENARIO, SAMPLES, SEED, PARTS, OUT) are taken from the environment. With --wait,
# the script returns when the merge has ended, with its exit code.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
n=${1:-4}
shift || true

export SHARDS=$n
array=$(sbatch --parsable --array="0-$((n - 1))" "$here/robust.sbatch")
array=${array%%;*}
echo "robust parts: job array $array (tasks 0-$((n - 1)))"
merge=$(sbatch --parsable --dependency="afterok:$array" --kill-on-invalid-dep=yes "$@" \
    "$here/merge.sbatch")
echo "merge: job ${merge%%;*}, after every task of $array has ended well"
