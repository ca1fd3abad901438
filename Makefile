# fundmix: the two set-up commands of the README.
#   make demo   installs missing build packages, builds, and solves the bundled example
#   make test   installs missing build packages and Chromium, builds, and runs every test
#   make slurm-test  installs a single-node Slurm (slurm-wlm, munge) when missing and runs the
#               cluster recipe of docs/cluster.md on it (as root; tests/slurm/run.sh)
#
# HiGHS (a solver) is compiled into fundmix; building it needs cmake, libclang and a C++
# compiler. CBC (the faster solver for the first stage, Debian's coinor-cbc) is a program
# fundmix runs. `deps` installs whichever of them is missing with apt-get (Debian/Ubuntu).
# The HTML report tests render pages in headless Chromium (`test-deps`).

CARGO ?= cargo
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: demo test deps test-deps lint slurm-deps slurm-test

deps:
	@missing=""; \
	command -v cmake >/dev/null 2>&1 || missing="$$missing cmake"; \
	command -v g++ >/dev/null 2>&1 || missing="$$missing g++"; \
	command -v cbc >/dev/null 2>&1 || missing="$$missing coinor-cbc"; \
	ls /usr/lib/llvm-*/lib/libclang.so /usr/lib/llvm-*/lib/libclang-[0-9]*.so* \
	   /usr/lib/*/libclang.so /usr/lib/*/libclang-[0-9]*.so* 2>/dev/null | grep -q . \
	   || missing="$$missing libclang-dev"; \
	if [ -n "$$missing" ]; then \
		echo "Installing build packages:$$missing"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

test-deps:
	@command -v chromium >/dev/null 2>&1 || { \
		echo "Installing chromium (for the HTML report tests)"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium; \
	}

demo: deps
	$(CARGO) run -- solve scenarios/jelgava/baseline.toml

test: deps test-deps
	$(CARGO) test

lint: deps
	$(CARGO) fmt --check
	$(CARGO) clippy --all-targets -- -D warnings

# Debian's Slurm and munge, for the Slurm test (without the recommended extra plugins).
slurm-deps:
	@missing=""; \
	command -v slurmctld >/dev/null 2>&1 || missing="$$missing slurm-wlm"; \
	command -v munged >/dev/null 2>&1 || missing="$$missing munge"; \
	if [ -n "$$missing" ]; then \
		echo "Installing a single-node Slurm for the Slurm test:$$missing"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

# A job array of `fundmix robust --shard` parts and the merge on a real Slurm started on this
# machine, compared with a single run byte for byte. Uses the debug build (`make test` has
# built it already; `cargo build` is then a no-op).
slurm-test: deps slurm-deps
	$(CARGO) build
	tests/slurm/run.sh
