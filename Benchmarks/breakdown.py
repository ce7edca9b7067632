#!/usr/bin/env python3
"""Where the instructions of one sesame run go, from callgrind: the whole run, then the inclusive
cost of each phase (the phases nest, so they do not add up to the total). Instruction counts do
not change with the load on the machine, unlike wall time.

Usage: Benchmarks/breakdown.py SESAME-UNSTRIPPED [ARGUMENTS...]
(`status` needs an endpoint: Benchmarks/run.sh --breakdown starts the stand-in and passes it.)
"""
import re
import subprocess
import sys
import tempfile

# (phase, a pattern matching the function whose inclusive cost is the phase's)
PHASES = [
    ("dynamic loader at process start (sesame's own libraries)", r"_dl_start \["),
    ("Swift runtime: protocol-conformance lookups", r"swift_conformsToProtocolMaybeInstantiateSuperclasses\(.*\) \["),
    ("Swift runtime: types looked up by mangled name", r"swift_getTypeByMangledName \["),
    ("argument parsing (swift-argument-parser)", r"ParsableCommandPAAE11parseAsRoot"),
    # A second thread, at the same time as the parse (sesame's StartupWarmUp): for status, the
    # libcrypto and libcurl loading below, now outside "the command itself".
    ("start-up warm-up (second thread, beside the parse)", r"StartupWarmUpO5start3for.*cfU_"),
    # The parsing thread's share of the warm-up, once the arguments parsed (warmAfterParse): while
    # the second thread is still loading, and before the command's task starts.
    ("start-up warm-up, parsing thread: OpenSSL's error strings", r"CurlTransportV20prepareBesideLoading"),
    ("start-up warm-up, parsing thread: one GetAccount decoding (runtime caches)", r"SESAccountV15prepareDecoding"),
    # Local commands (validate, lint, render, schema) run on the main thread, AWS ones on a pool thread.
    ("the command itself (run)", r"LocalCommandPAAE4work.*U_|__swift_run_job"),
    ("  loading a profile (libyaml + validation)", r"ProfileLoader(V|O)4load"),
    ("  linting", r"SesameCore6LinterV4lint"),
    ("    preparing the text (tokens, the phrase automaton)", r"SesameCore16PreparedDocumentV_"),
    ("  the use-case description (template, variables, normalising)", r"RequestRendererO18useCaseDescription"),
    ("    rendering the template", r"MustacheTemplateV6render"),
    ("  credential chain", r"CredentialChain.*resolve|CredentialChain.*credentials"),
    ("  SigV4 signing", r"SigV4Signer"),
    ("  loading libcrypto (dlopen, on the first digest)", r"CryptoLibrary\.c:load \["),
    # CurlLibrary.load, not dlopen: callgrind adds up every call of a function, and libcrypto's
    # dlopen (the phase above) would be counted again.
    ("  loading libcurl (dlopen, its ~30 libraries; curl_global_init)", r"SesameAWS11CurlLibraryV4load"),
    ("    curl_global_init (OpenSSL: openssl.cnf, error strings)", r"curl_global_init \["),
    ("  the HTTP exchange (curl_easy_perform)", r"curl_easy_perform \["),
]


def phases(command, env=None):
    """(total, {phase: inclusive instructions}) of one run of `command` under callgrind."""
    with tempfile.NamedTemporaryFile(suffix=".callgrind") as out:
        run = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out.name}"] + command,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
        total = int(re.search(r"Collected : (\d+)", run.stderr).group(1))
        annotated = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", out.name],
                                   capture_output=True, text=True).stdout
    costs = []
    for line in annotated.splitlines():
        found = re.match(r"\s*([\d,]+) \([ \d.]+%\)\s+(.*)", line)
        if found:
            costs.append((int(found.group(1).replace(",", "")), found.group(2)))
    found = {}
    for phase, pattern in PHASES:
        matching = [cost for cost, name in costs if re.search(pattern, name)]
        if matching:
            found[phase] = max(matching)
    return total, found


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    total, found = phases(sys.argv[1:])
    print(f"`sesame {' '.join(sys.argv[2:])}`: {total / 1e6:.1f} M instructions\n")
    print("| phase | instructions | share |")
    print("|---|---:|---:|")
    for phase, cost in found.items():
        print(f"| {phase} | {cost / 1e6:.2f} M | {cost / total:.0%} |")


if __name__ == "__main__":
    main()
