#!/usr/bin/env bash
# Every row of issue #19 in one go: builds the release binary, installs it the way `make install`
# does (stripped) into a temporary prefix, and compares it with curl and the AWS CLI on a loopback
# stand-in for SES (Benchmarks/compare.py), with lint's in-process CPU time (Benchmarks/lint,
# built with the same flags into the same build folder) as the last rows. Needs curl; the AWS CLI
# row needs `aws` (pip install awscli). With valgrind installed it also counts instructions
# (callgrind) and prints where they go (Benchmarks/breakdown.py).
# Usage: Benchmarks/run.sh [RUNS] [--update-readme]   (--update-readme rewrites the README's tables)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-30}"
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
make -s build SCRATCH=.build-release >/dev/null
make -s build SCRATCH=.build-release PRODUCT=LintBenchmark >/dev/null
make -s install-files PREFIX="$prefix" BINARY=.build-release/release/sesame >/dev/null
update=()
if [ "${2:-}" = "--update-readme" ]; then update=(--update-readme README.md); fi
counting=()
if command -v valgrind >/dev/null; then counting=(--instructions --breakdown .build-release/release/sesame); fi
python3 Benchmarks/compare.py "$prefix/bin/sesame" --runs "$runs" --lint-benchmark .build-release/release/LintBenchmark \
  "${counting[@]}" "${update[@]}"
