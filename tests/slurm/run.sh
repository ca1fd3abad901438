#!/usr/bin/env bash
# The Slurm recipe of docs/cluster.md, tested for real: a single-node Slurm on this machine
# (Debian's slurm-wlm and munge; `make slurm-test` installs them when missing), started here
# with a minimal configuration in a temporary folder, runs scenarios/jelgava-risk/slurm/
# submit.sh — a job array of `fundmix robust --shard I/N` parts, then `fundmix merge` once all
# have ended well — and the merged reports must equal a single run's, byte for byte. The
# daemons are stopped whatever happens.
#
#   tests/slurm/run.sh            (as root: the daemons run as root, as the jobs do)
#
# FUNDMIX names the program to test [the debug build of `cargo test` / `make test`: under
# $CARGO_TARGET_DIR or target/]; SAMPLES and PARTS size the run [12 draws in 4 parts].
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
fundmix=${FUNDMIX:-${CARGO_TARGET_DIR:-$root/target}/debug/fundmix}
samples=${SAMPLES:-12}
parts=${PARTS:-4}
started=$(date +%s)

fail() {
    echo "slurm test: $*" >&2
    echo "slurm: 0 passed, 1 failed"
    exit 1
}

[ "$(id -u)" = 0 ] || fail "run it as root (the Slurm daemons and the jobs run as root): sudo -E make slurm-test"
[ -x "$fundmix" ] || fail "no fundmix program at $fundmix (build it first: cargo build)"
fundmix=$(cd "$(dirname "$fundmix")" && pwd)/$(basename "$fundmix")
for program in munged slurmctld slurmd sbatch sinfo squeue scontrol; do
    command -v "$program" >/dev/null || fail "$program is missing (make slurm-test installs it)"
done

work=$(mktemp -d /tmp/fundmix-slurm.XXXXXX)
chmod 755 "$work"

stop() {
    local pid
    for pidfile in "$work/slurmd.pid" "$work/slurmctld.pid" "$work/munge/munged.pid"; do
        if [ -s "$pidfile" ]; then
            pid=$(cat "$pidfile")
            kill "$pid" 2>/dev/null || true
            for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
            kill -9 "$pid" 2>/dev/null || true
        fi
    done
}

show_logs() {
    for log in "$work"/slurmctld.log "$work"/slurmd.log "$work"/run/slurm-*.out; do
        [ -f "$log" ] || continue
        echo "----- $log (last lines)" >&2
        tail -n 25 "$log" >&2
    done
}

finish() {
    local status=$?
    if [ "$status" != 0 ]; then show_logs; fi
    stop
    if [ -z "${KEEP:-}" ]; then rm -rf "$work"; else echo "kept $work" >&2; fi
    exit "$status"
}
trap finish EXIT
trap 'exit 130' INT TERM

# munge: a key of our own and a socket in the temporary folder.
mkdir -m 700 "$work/munge"
dd if=/dev/urandom of="$work/munge/munge.key" bs=1024 count=1 status=none
chmod 400 "$work/munge/munge.key"
munged --force \
    --key-file="$work/munge/munge.key" \
    --socket="$work/munge/munge.socket" \
    --pid-file="$work/munge/munged.pid" \
    --log-file="$work/munge/munged.log" \
    --seed-file="$work/munge/munged.seed" ||
    fail "munged did not start"

# Slurm: one node, this machine, 2 CPUs; no cgroups, no accounting.
host=$(hostname -s)
mkdir -p "$work/state" "$work/spool" "$work/run"
cat >"$work/slurm.conf" <<EOF
ClusterName=fundmix-test
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=16817
SlurmdPort=16818
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
AuthInfo=socket=$work/munge/munge.socket
CredType=cred/munge
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/slurmctld.pid
SlurmdPidFile=$work/slurmd.pid
SlurmctldLogFile=$work/slurmctld.log
SlurmdLogFile=$work/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
MpiDefault=none
MailProg=/bin/true
ReturnToService=2
SlurmctldTimeout=30
SlurmdTimeout=30
NodeName=$host NodeAddr=127.0.0.1 CPUs=2 State=UNKNOWN
PartitionName=test Nodes=$host Default=YES MaxTime=INFINITE State=UP
EOF
export SLURM_CONF="$work/slurm.conf"
slurmctld -i || fail "slurmctld did not start"
slurmd || fail "slurmd did not start"

# Wait (at most a minute) for the node to be ready for jobs.
ready=""
for _ in $(seq 120); do
    state=$(sinfo --noheader --nodes="$host" --format=%t 2>/dev/null || true)
    case "$state" in
        idle*|mix*|alloc*) ready=yes; break ;;
    esac
    sleep 0.5
done
[ -n "$ready" ] || fail "the Slurm node did not become ready (state: ${state:-none})"
echo "Slurm $(sinfo --version | awk '{print $2}') on $host: ready"

# The recipe: the array of parts and the merge after it, from the submission folder.
cd "$work/run"
scenario="$root/scenarios/jelgava-risk/baseline.toml"
export FUNDMIX="$fundmix" SCENARIO="$scenario" SAMPLES="$samples" SEED=1
export PARTS="$work/run/parts" OUT="$work/run/merged"
"$root/scenarios/jelgava-risk/slurm/submit.sh" "$parts" | tee submitted.txt
merge=$(sed -n 's/^merge: job \([0-9]*\),.*/\1/p' submitted.txt)
[ -n "$merge" ] || fail "submit.sh did not say the merge job"
# Wait (at most ten minutes) for the merge job to leave the queue, then read how it ended.
for _ in $(seq 1200); do
    [ -z "$(squeue --noheader --jobs="$merge" 2>/dev/null)" ] && break
    sleep 0.5
done
ended=$(scontrol show job "$merge" | tr ' ' '\n' | grep -E '^(JobState|ExitCode)=' | tr '\n' ' ')
echo "merge job $merge: $ended"
case "$ended" in
    *JobState=COMPLETED*ExitCode=0:0*) ;;
    *) fail "the merge job did not end well: $ended" ;;
esac
for i in $(seq "$parts"); do
    [ -f "parts/$i/partial.json" ] || fail "part $i wrote no partial result"
done

# The same run in one go must give the same files, byte for byte.
"$fundmix" robust "$scenario" --samples "$samples" --seed 1 --out single >/dev/null
diff -r single merged >&2 || fail "the merged reports differ from a single run's"
files=$(find merged -type f | wc -l)
echo "$parts parts of $samples draws on Slurm, merged: the same $files files as a single run," \
    "byte for byte ($(($(date +%s) - started)) s)"
echo "slurm: 1 passed, 0 failed"
