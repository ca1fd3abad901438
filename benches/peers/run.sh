#!/usr/bin/env bash
# Side-by-side benchmark of fundmix against PuLP + CBC and raw HiGHS (see README.md here).
# Usage: benches/peers/run.sh [peers.py options]
#   e.g. benches/peers/run.sh --sizes 30,100 --seeds 1,2
#        benches/peers/run.sh --orlib 3 --plan scenarios/jelgava/baseline.toml
# Environment: PEERS_VENV (default target/peers-venv) for the Python environment, created once
# and reused; FUNDMIX to use that binary instead of building target/release/fundmix; PYTHON for
# the interpreter the environment is made from (3.11 or newer, default python3).
set -euo pipefail
cd "$(dirname "$0")/../.."

PULP_VERSION=3.3.2
HIGHSPY_VERSION=1.16.0
venv="${PEERS_VENV:-target/peers-venv}"
python="${PYTHON:-python3}"

venv_ok() {
  [ -x "$venv/bin/python" ] && "$venv/bin/python" - "$PULP_VERSION" "$HIGHSPY_VERSION" <<'EOF' 2>/dev/null
import importlib.metadata as md, sys
ok = sys.version_info >= (3, 11) and md.version("pulp") == sys.argv[1] and md.version("highspy") == sys.argv[2]
sys.exit(0 if ok else 1)
EOF
}

if ! venv_ok; then
  "$python" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "peers.py needs Python 3.11 or newer (tomllib); set PYTHON")'
  echo "Setting up $venv with pulp==$PULP_VERSION and highspy==$HIGHSPY_VERSION" >&2
  "$python" -m venv "$venv"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check \
    "pulp==$PULP_VERSION" "highspy==$HIGHSPY_VERSION"
  venv_ok || { echo "could not set up $venv" >&2; exit 1; }
fi

if [ -z "${FUNDMIX:-}" ]; then
  cargo build --release --quiet
  FUNDMIX="$PWD/target/release/fundmix"
fi
export FUNDMIX

exec "$venv/bin/python" benches/peers/peers.py "$@"
