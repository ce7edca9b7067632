#!/bin/sh
# Builds the lint benchmark in release mode and prints the median CPU time per lint
# of a 5000-character English and a 5000-character Japanese draft.
set -eu
cd "$(dirname "$0")/../.."
swift build -c release --product LintBenchmark
.build/release/LintBenchmark Tests/SesameCoreTests/Fixtures/drafts "${1:-1000}"
