#!/usr/bin/env python3
"""Runs sesame on a pseudo-terminal and answers every PROMPT it shows (an MFA code, a `[y/N] `).

Usage: pty_answer.py PROMPT ANSWER SESAME ARGS...   (the environment is passed on to sesame)
Prints one JSON object: {"prompts", "exit", "screen"} (the screen with CR LF as LF).
"""
import fcntl, json, os, pty, select, subprocess, sys, termios, time

PROMPT, ANSWER, COMMAND = sys.argv[1], sys.argv[2], sys.argv[3:]
master, slave = pty.openpty()


def controlling_tty():
    os.setsid()
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


proc = subprocess.Popen(COMMAND, stdin=slave, stdout=slave, stderr=slave, preexec_fn=controlling_tty, close_fds=True)
os.close(slave)
screen, answered, end = "", 0, time.time() + 60
while time.time() < end:
    ready, _, _ = select.select([master], [], [], 0.1)
    if ready:
        try:
            chunk = os.read(master, 65536).decode("utf-8", "replace")
        except OSError:
            break
        if not chunk:
            break
        screen += chunk
    if screen.count(PROMPT) > answered:
        answered += 1
        os.write(master, (ANSWER + "\r").encode())
    if proc.poll() is not None and not select.select([master], [], [], 0.2)[0]:
        break
status = proc.wait(timeout=10)
print(json.dumps({"prompts": screen.count(PROMPT), "exit": status, "screen": screen.replace("\r\n", "\n")}))
