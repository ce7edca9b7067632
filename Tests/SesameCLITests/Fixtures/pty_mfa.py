#!/usr/bin/env python3
"""Runs sesame on a pseudo-terminal, answers the MFA prompt, and reports what happened.

Usage: pty_mfa.py CODE SESAME ARGS...   (the environment is passed on to sesame)
Prints one JSON object: {"prompted", "echoed", "exit", "screen"}.
"""
import fcntl, json, os, pty, select, subprocess, sys, termios, time

CODE, COMMAND = sys.argv[1], sys.argv[2:]
master, slave = pty.openpty()


def controlling_tty():
    os.setsid()
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


proc = subprocess.Popen(COMMAND, stdin=slave, stdout=slave, stderr=slave, preexec_fn=controlling_tty,
                        close_fds=True)
os.close(slave)
screen, prompted, end = "", False, time.time() + 30
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
    if not prompted and "Enter MFA code for " in screen:
        prompted = True
        os.write(master, (CODE + "\r").encode())
    if proc.poll() is not None and not select.select([master], [], [], 0.2)[0]:
        break
status = proc.wait(timeout=10)
after_prompt = screen.split("Enter MFA code for ", 1)[-1].split(": ", 1)[-1]
print(json.dumps({"prompted": prompted, "echoed": CODE in after_prompt, "exit": status, "screen": screen}))
