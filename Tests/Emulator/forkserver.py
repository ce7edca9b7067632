#!/usr/bin/env python3
"""Starts emulators by forking one process that has already loaded botocore (see README.md).

    python3 Tests/Emulator/forkserver.py

Loading botocore and the service models costs about 0.6 s of CPU; a test suite that starts
sixty emulators pays that sixty times. This process pays it once: it imports the emulator,
warms the models and endpoint rules, then reads one request per line on standard input, a
JSON list of the emulator's command-line arguments, and forks a fresh emulator for each.
Each child is the same server `emulator.py` runs, with its own state, port and threads.

For each request it answers one line on standard output: `PID listening URL` once the child
listens, or `PID failed` when it exited first (its reason went to standard error). Stop an
emulator with SIGKILL to its PID. Children are reaped only between requests, so a PID stays
theirs until then. At the end of its input it kills the children still running and exits; a
child also dies with this process (PR_SET_PDEATHSIG).
"""

import ctypes
import json
import os
import signal
import sys

from sesemu import hosts, server

PR_SET_PDEATHSIG = 1


def warm():
    """Everything an emulator loads lazily and every test would load again."""
    for service in hosts.MODELS:
        for region in ("us-east-1", "eu-west-1"):
            hosts.endpoints(service, region)


def child(arguments, notify):
    """In the forked child: die with the fork server, print `listening` into `notify`, serve."""
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    os.dup2(notify, 1)
    os.close(notify)
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    os.close(devnull)
    sys.stdout = os.fdopen(1, "w", buffering=1)
    try:
        code = server.main(arguments)
    except SystemExit as stop:
        code = stop.code if isinstance(stop.code, int) else 2
    sys.stdout.flush()
    os._exit(code or 0)


def start(arguments):
    """Forks an emulator; returns its PID and its `listening` line, or None when it exited."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_end)
        child(arguments, write_end)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as notices:
        line = notices.readline().decode("utf-8", "replace").strip()
    return pid, (line if line.startswith("listening ") else None)


def reap(running):
    """Forgets the children that have exited (collecting them), so their PIDs are never killed."""
    while running:
        pid, _ = os.waitpid(-1, os.WNOHANG)
        if pid == 0:
            return
        running.discard(pid)


def main():
    warm()
    running = set()
    while request := sys.stdin.readline():
        reap(running)
        pid, line = start(json.loads(request))
        running.add(pid)
        print(f"{pid} {line or 'failed'}", flush=True)
    reap(running)
    for pid in running:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
