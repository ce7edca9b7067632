#!/usr/bin/env bash
# Every row of issue #19 in one go: builds the release binary, installs it the way `make install`
# does (stripped) into a temporary prefix, and compares it with curl and the AWS CLI on a loopback
# stand-in for SES (Benchmarks/compare.py), then prints lint's in-process CPU time
# (Benchmarks/lint/run.sh). Needs curl; the AWS CLI row needs `aws` (pip install awscli).
# Usage: Benchmarks/run.sh [RUNS] [--update-readme]   (the README's Performance table)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-30}"
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
make -s build SCRATCH=.build-release >/dev/null
make -s install-files PREFIX="$prefix" BINARY=.build-release/release/sesame >/dev/null
update=()
if [ "${2:-}" = "--update-readme" ]; then update=(--update-readme README.md); fi
python3 Benchmarks/compare.py "$prefix/bin/sesame" --runs "$runs" "${update[@]}"
echo
Benchmarks/lint/run.sh 1000
