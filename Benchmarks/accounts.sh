#!/usr/bin/env bash
# Wall time of `sesame status --accounts FILE` and `sesame submit --accounts FILE --yes` across many
# accounts and regions against the local SES emulator with a fixed latency on every AWS call
# (default 200 ms). status: AssumeRole in every account first, then GetAccount in every (account,
# region). submit: the same, then PutAccountDetails and GetAccount in every pair (each run starts
# from a fresh emulator, so every pair is submitted). Prints a Markdown table, one run per size.
# Usage: Benchmarks/accounts.sh [LATENCY_SECONDS]   (SESAME=path uses that binary instead of a release build)
set -euo pipefail
cd "$(dirname "$0")/.."
latency="${1:-0.2}"
work=$(mktemp -d)
trap 'kill ${emulator:-0} 2>/dev/null || true; rm -rf "$work"' EXIT

if [ -z "${SESAME:-}" ]; then
  make build SCRATCH=.build-release >/dev/null
  SESAME=.build-release/release/sesame
fi
python3 Tests/Emulator/emulator.py --port 0 > "$work/emulator.out" &
emulator=$!
for _ in $(seq 50); do [ -s "$work/emulator.out" ] && break; sleep 0.1; done
url=$(cut -d' ' -f2 < "$work/emulator.out")

regions=(us-east-1 us-east-2 us-west-1 us-west-2 ca-central-1 sa-east-1 eu-west-1 eu-west-2 eu-west-3 eu-central-1
         eu-north-1 ap-northeast-1 ap-northeast-2 ap-northeast-3 ap-south-1 ap-southeast-1 ap-southeast-2 il-central-1
         me-central-1 eu-central-2)
export AWS_ACCESS_KEY_ID=AKIAEMULATOR00000001 AWS_SECRET_ACCESS_KEY='emulator/secret/Key+1' AWS_ENDPOINT_URL="$url"
export AWS_REGION=us-east-1 AWS_EC2_METADATA_DISABLED=true AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null

settings="{\"latency_seconds\": $latency}"
seconds() { echo "$2 - $1" | bc; }

echo "| accounts | regions | status: AWS calls | status (s) | submit: AWS calls | submit (s) |"
echo "|---:|---:|---:|---:|---:|---:|"
for size in "1 1" "1 20" "5 20" "20 1" "10 20" "20 5" "20 20"; do
  read -r accounts count <<< "$size"
  list=$(IFS=,; echo "${regions[*]:0:$count}")
  : > "$work/accounts.yaml"
  for i in $(seq "$accounts"); do
    printf -- '- id: "%012d"\n  regions: [%s]\n' "$((100000000000 + i))" "$list" >> "$work/accounts.yaml"
  done
  pairs=$((accounts * count))
  curl -fsS -X POST "$url/_emulator/reset" >/dev/null
  curl -fsS -X PUT "$url/_emulator/settings" -d "$settings" >/dev/null
  start=$(date +%s.%N)
  "$SESAME" status --accounts "$work/accounts.yaml" --format json > "$work/status.json"
  end=$(date +%s.%N)
  status_time=$(seconds "$start" "$end")
  rows=$(python3 -c 'import json,sys; print(sum(len(a.get("regions",[])) for a in json.load(open(sys.argv[1]))["accounts"]))' "$work/status.json")
  [ "$rows" -eq "$pairs" ] || { echo "status: expected $pairs rows, got $rows" >&2; exit 1; }

  curl -fsS -X POST "$url/_emulator/reset" >/dev/null
  curl -fsS -X PUT "$url/_emulator/settings" -d "$settings" >/dev/null
  start=$(date +%s.%N)
  "$SESAME" submit examples/saas-transactional.yaml --accounts "$work/accounts.yaml" --yes --format json > "$work/submit.json"
  end=$(date +%s.%N)
  submit_time=$(seconds "$start" "$end")
  sent=$(python3 -c 'import json,sys; print(sum(r["action"] == "submitted" for a in json.load(open(sys.argv[1]))["accounts"] for r in a.get("results",[])))' "$work/submit.json")
  [ "$sent" -eq "$pairs" ] || { echo "submit: expected $pairs submitted, got $sent" >&2; exit 1; }
  printf '| %d | %d | %d | %.2f | %d | %.2f |\n' "$accounts" "$count" "$((accounts + pairs))" "$status_time" \
    "$((accounts + 3 * pairs))" "$submit_time"
done
