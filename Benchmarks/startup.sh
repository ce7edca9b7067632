#!/usr/bin/env bash
# Start-up and end-to-end timings, one run: every command that touches no network against a C
# program that only starts and exits (the process floor), and `sesame status` against
# `aws sesv2 get-account` on the local SES emulator. Needs hyperfine (apt-get install hyperfine)
# and, for the second part, the AWS CLI (pip install awscli). Prints a Markdown table of medians
# and ratios. Usage: Benchmarks/startup.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-50}"
work=$(mktemp -d)
trap 'kill ${emulator:-0} 2>/dev/null || true; rm -rf "$work"' EXIT

make build SCRATCH=.build-release >/dev/null
sesame=.build-release/release/sesame
printf 'int main(void) { return 0; }\n' > "$work/noop.c"
cc -O2 -o "$work/noop" "$work/noop.c"
# A 5000-character English draft: good drafts from the lint corpus, joined and cut.
python3 - "$work/draft.txt" <<'PY'
import glob, sys
text = "\n\n".join(open(p, encoding="utf-8").read() for p in sorted(glob.glob("Tests/SesameCoreTests/Fixtures/drafts/en-good-*.txt")))
open(sys.argv[1], "w", encoding="utf-8").write(text[:5000])
PY

hyperfine -N -i --warmup 5 --runs "$runs" --export-json "$work/offline.json" \
  -n "C program that only exits" "$work/noop" \
  -n "sesame --version" "$sesame --version" \
  -n "sesame --help" "$sesame --help" \
  -n "sesame schema" "$sesame schema" \
  -n "sesame validate (example profile)" "$sesame validate examples/saas-transactional.yaml" \
  -n "sesame render (example profile)" "$sesame render examples/saas-transactional.yaml" \
  -n "sesame lint (example profile)" "$sesame lint examples/saas-transactional.yaml" \
  -n "sesame lint (5000-character draft)" "$sesame lint $work/draft.txt --mail-type TRANSACTIONAL" \
  >/dev/null

python3 Tests/Emulator/emulator.py --port 0 >"$work/emulator.log" 2>&1 &
emulator=$!
for _ in $(seq 1 100); do grep -q '^listening ' "$work/emulator.log" && break; sleep 0.1; done
url=$(sed -n 's/^listening //p' "$work/emulator.log")
export AWS_ACCESS_KEY_ID=AKIAEMULATOR00000001 AWS_SECRET_ACCESS_KEY='emulator/secret/Key+1' AWS_REGION=us-east-1
export AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null AWS_EC2_METADATA_DISABLED=true
if command -v aws >/dev/null; then
  hyperfine -N --warmup 3 --runs "$runs" --export-json "$work/online.json" \
    -n "sesame status" "$sesame status --endpoint-url $url --region us-east-1" \
    -n "aws sesv2 get-account" "aws sesv2 get-account --endpoint-url $url --region us-east-1" \
    >/dev/null
fi

python3 - "$work" <<'PY'
import json, os, sys
work = sys.argv[1]
def table(path, baseline_name, title):
    results = json.load(open(path))["results"]
    base = next(r for r in results if r["command"] == baseline_name)["median"]
    print(f"\n{title}\n")
    print("| command | median | ratio |")
    print("|---|---:|---:|")
    for r in results:
        print(f"| {r['command']} | {r['median'] * 1000:.1f} ms | {r['median'] / base:.1f}× |")
table(os.path.join(work, "offline.json"), "C program that only exits", "Start-up (ratio to a C program that only exits):")
if os.path.exists(os.path.join(work, "online.json")):
    table(os.path.join(work, "online.json"), "sesame status", "End to end against the local SES emulator (ratio to sesame status):")
PY
