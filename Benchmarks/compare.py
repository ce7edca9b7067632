#!/usr/bin/env python3
"""Every row of issue #19 in one run: sesame against curl (and the AWS CLI) on the same loopback
stand-in for SES, in paired runs (sesame, then its baseline, then sesame...), so that load on the
machine falls on both sides alike. Prints a Markdown table of medians, ratios and targets.

With --instructions it also counts each command's instructions under callgrind (one run each):
unlike wall time, the count does not change with the load on the machine.

With --lint-benchmark it adds lint's in-process CPU time per 5000-character draft (Benchmarks/lint).

Usage: Benchmarks/compare.py SESAME [--runs N] [--instructions] [--breakdown UNSTRIPPED]
                             [--lint-benchmark LINTBENCHMARK] [--update-readme README.md]
(Benchmarks/run.sh builds and installs the release binary first and calls this.)
"""
import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "Benchmarks"))
import breakdown  # noqa: E402  (Benchmarks/breakdown.py)
ACCOUNT = json.dumps({
    "DedicatedIpAutoWarmupEnabled": False, "EnforcementStatus": "HEALTHY", "ProductionAccessEnabled": False,
    "SendQuota": {"Max24HourSend": 200.0, "MaxSendRate": 1.0, "SentLast24Hours": 0.0},
    "SendingEnabled": True, "SuppressionAttributes": {"SuppressedReasons": []},
}).encode()


def serve(latency):
    """A loopback HTTP server answering every request with a GetAccount body after `latency` s."""
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self):
            if latency:
                time.sleep(latency)
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(ACCOUNT)))
            self.send_header("x-amzn-RequestId", "00000000-0000-0000-0000-000000000000")
            self.end_headers()
            self.wfile.write(ACCOUNT)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}"


def run_once(command, env):
    """Wall time (s) and peak resident memory (KiB) of one run of `command`."""
    start = time.perf_counter()
    pid = os.posix_spawnp(command[0], command, env, file_actions=[
        (os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0), (os.POSIX_SPAWN_OPEN, 2, os.devnull, os.O_WRONLY, 0)])
    _, status, usage = os.wait4(pid, 0)
    elapsed = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.exit(f"benchmark: `{' '.join(command)}` exited {code}")
    return elapsed, usage.ru_maxrss


def paired(subject, baseline, env, runs):
    """Runs subject and baseline alternately; returns both medians, the median ratio, both peak memories."""
    for _ in range(3):
        run_once(subject, env), run_once(baseline, env)
    subject_times, baseline_times, ratios, subject_rss, baseline_rss = [], [], [], 0, 0
    for _ in range(runs):
        s, s_rss = run_once(subject, env)
        b, b_rss = run_once(baseline, env)
        subject_times.append(s)
        baseline_times.append(b)
        ratios.append(s / b)
        subject_rss, baseline_rss = max(subject_rss, s_rss), max(baseline_rss, b_rss)
    return statistics.median(subject_times), statistics.median(baseline_times), statistics.median(ratios), subject_rss, baseline_rss


def instructions(command, env):
    """Instructions one run of `command` executes, all threads, dynamic loading included (callgrind)."""
    result = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"] + command, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    found = re.search(r"Collected : (\d+)", result.stderr)
    return int(found.group(1)) if found else None


def lint_cpu(benchmark):
    """Lint's median in-process CPU time (ms) per 5000-character draft: {"English": ms, "Japanese": ms}."""
    output = subprocess.run([benchmark, os.path.join(ROOT, "Tests/SesameCoreTests/Fixtures/drafts"), "1000"],
                            capture_output=True, text=True, check=True).stdout
    medians = {}
    for language, code in [("English", "EN"), ("Japanese", "JA")]:
        found = re.search(rf"^{code} draft, .*?median ([\d.]+) ms", output, re.M)
        if found:
            medians[language] = float(found.group(1))
    return medians


def draft_of_5000_characters(folder):
    texts = []
    for name in sorted(os.listdir(os.path.join(ROOT, "Tests/SesameCoreTests/Fixtures/drafts"))):
        if name.startswith("en-good-") and name.endswith(".txt"):
            with open(os.path.join(ROOT, "Tests/SesameCoreTests/Fixtures/drafts", name), encoding="utf-8") as file:
                texts.append(file.read())
    path = os.path.join(folder, "draft.txt")
    with open(path, "w", encoding="utf-8") as file:
        file.write("\n\n".join(texts)[:5000])
    return path


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("sesame")
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--instructions", action="store_true")
    parser.add_argument("--breakdown", metavar="UNSTRIPPED", help="also print Benchmarks/breakdown.py for each command, run on this (unstripped) build")
    parser.add_argument("--lint-benchmark", metavar="LINTBENCHMARK", help="the release build of Benchmarks/lint")
    parser.add_argument("--update-readme")
    args = parser.parse_args()
    sesame, runs = os.path.abspath(args.sesame), args.runs
    folder = tempfile.mkdtemp()
    url = serve(0)
    slow_url = serve(1.0)
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": folder, "LANG": "C.UTF-8",
           "AWS_ACCESS_KEY_ID": "AKIAEXAMPLEBENCHMARK", "AWS_SECRET_ACCESS_KEY": "benchmark/secret/key",
           "AWS_REGION": "us-east-1", "AWS_EC2_METADATA_DISABLED": "true",
           "AWS_CONFIG_FILE": os.devnull, "AWS_SHARED_CREDENTIALS_FILE": os.devnull}
    profile = os.path.join(ROOT, "examples/saas-transactional.yaml")
    draft = draft_of_5000_characters(folder)
    account_url = f"{url}/v2/email/account"
    curl = ["curl", "-s", "-o", os.devnull, account_url]
    status = [sesame, "status", "--endpoint-url", url, "--region", "us-east-1"]

    rows = []  # (row, subject median, baseline median, ratio, target text, met)
    counted = []  # (row, subject instructions, baseline instructions)

    def compare(name, subject, baseline, baseline_name, target, at_least=False, pairs=runs):
        if args.instructions and baseline_name.startswith("`curl"):
            counted.append((name, instructions(subject, env), instructions(baseline, env)))
        s, b, ratio, s_rss, b_rss = paired(subject, baseline, env, pairs)
        met = ratio >= target if at_least else ratio <= target
        rows.append((f"{name} / {baseline_name}", s, b, ratio, ("≥ " if at_least else "≤ ") + f"{target}×", met))
        return s_rss, b_rss

    status_rss, curl_rss = compare("`sesame status`", status, curl, "`curl -s URL`", 1.3)
    for name, command in [("`sesame validate` (example)", [sesame, "validate", profile]),
                          ("`sesame render` (example)", [sesame, "render", profile]),
                          ("`sesame schema`", [sesame, "schema"]),
                          ("`sesame --help`", [sesame, "--help"])]:
        compare(name, command, curl, "`curl -s URL`", 0.5)
    for name, command in [("`sesame lint` (example profile)", [sesame, "lint", profile]),
                          ("`sesame lint` (5000-character draft)", [sesame, "lint", draft, "--mail-type", "TRANSACTIONAL"])]:
        compare(name, command, curl, "`curl -s URL`", 0.6)
    if shutil.which("aws"):
        aws = ["aws", "sesv2", "get-account", "--endpoint-url", url, "--region", "us-east-1"]
        # A second or more per AWS CLI run: ten pairs keep the whole script within five minutes.
        compare("`aws sesv2 get-account`", aws, status, "`sesame status`", 50, at_least=True, pairs=min(runs, 10))

    four = status[:2] + ["--endpoint-url", slow_url] + [a for r in ["us-east-1", "eu-west-1", "ap-northeast-1", "us-west-2"] for a in ("--region", r)]
    four_times = sorted(run_once(four, env)[0] for _ in range(5))
    four_median = statistics.median(four_times)

    size = os.path.getsize(sesame)
    memory_met = status_rss <= curl_rss + 8 * 1024

    out = [f"Medians of {runs} paired runs ({min(runs, 10)} for the AWS CLI; {time.strftime('%Y-%m-%d')}, `Benchmarks/run.sh`): each",
           "sesame run is followed by its baseline's, so load on the machine falls on both sides alike; the ratios are",
           "usable under load, the absolute times are not.", "",
           "| row | sesame | baseline | median ratio | target | met |", "|---|---:|---:|---:|---:|:-:|"]
    for name, s, b, ratio, target, met in rows:
        out.append(f"| {name} | {s * 1000:.1f} ms | {b * 1000:.1f} ms | {ratio:.2f}× | {target} | {'yes' if met else 'no'} |")
    out.append(f"| `sesame status`, 4 regions, 1 s server latency each | {four_median * 1000:.0f} ms | | | ≤ 1200 ms | {'yes' if four_median <= 1.2 else 'no'} |")
    out.append(f"| peak memory of `sesame status` / `curl` | {status_rss / 1024:.1f} MB | {curl_rss / 1024:.1f} MB | | ≤ curl + 8 MB | {'yes' if memory_met else 'no'} |")
    out.append(f"| installed binary (stripped) | {size / 1e6:.1f} MB | | | ≤ 30 MB | {'yes' if size <= 30e6 else 'no'} |")
    if args.lint_benchmark:
        for language, median in lint_cpu(args.lint_benchmark).items():
            out.append(f"| lint's in-process CPU, 5000-character {language} draft | {median:.2f} ms | | | < 2 ms | {'yes' if median < 2 else 'no'} |")
    if counted:
        out += ["", "Instructions per run (callgrind, everything the process executes, dynamic loading included):", "",
                "| command | instructions | `curl -s URL` | ratio |", "|---|---:|---:|---:|"]
        for name, subject, baseline in counted:
            out.append(f"| {name} | {subject / 1e6:.1f} M | {baseline / 1e6:.1f} M | {subject / baseline:.2f}× |")
    table = "\n".join(out)
    print(table)

    phases_table = None
    if args.breakdown:
        commands = [("`--help`", ["--help"]), ("`validate`", ["validate", profile]), ("`render`", ["render", profile]),
                    ("`lint` profile", ["lint", profile]), ("`status`", ["status", "--endpoint-url", url, "--region", "us-east-1"])]
        measured = [breakdown.phases([args.breakdown] + arguments, env) for _, arguments in commands]
        lines = ["| phase | " + " | ".join(name for name, _ in commands) + " |", "|---|" + "---:|" * len(commands)]
        lines.append("| whole process | " + " | ".join(f"{total / 1e6:.1f} M" for total, _ in measured) + " |")
        for phase, _ in breakdown.PHASES:
            cells = [f"{found[phase] / 1e6:.2f} M" if phase in found else "" for _, found in measured]
            if any(cells):
                lines.append(f"| {phase.strip()} | " + " | ".join(cells) + " |")
        phases_table = "\n".join(lines)
        print()
        print(phases_table)
    shutil.rmtree(folder, ignore_errors=True)

    if args.update_readme:
        with open(args.update_readme, encoding="utf-8") as file:
            readme = file.read()
        readme = replace_between(readme, "benchmark", table, args.update_readme)
        if phases_table:
            readme = replace_between(readme, "breakdown", phases_table, args.update_readme)
        with open(args.update_readme, "w", encoding="utf-8") as file:
            file.write(readme)


def replace_between(text, marker, content, path):
    """`text` with what stands between `<!-- MARKER:start -->` and `<!-- MARKER:end -->` replaced by `content`."""
    start, end = f"<!-- {marker}:start -->\n", f"<!-- {marker}:end -->"
    if start not in text or end not in text:
        sys.exit(f"benchmark: {path} has no {start.strip()} … {end} markers")
    return re.sub(re.escape(start) + ".*?" + re.escape(end), lambda _: start + content + "\n" + end, text, flags=re.S)


if __name__ == "__main__":
    main()
