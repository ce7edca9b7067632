#!/usr/bin/env python3
"""Keys typed ahead and a resize in `sesame init` on a real pseudo-terminal; reports what a person
would see.

Usage: pty_terminal.py SESAME OUTPUT_PATH
Keys are typed before sesame starts (the terminal echoes them itself), then every answer is sent
as soon as its question shows, without waiting for raw mode, while a watcher reads the terminal's
mode every 0.2 ms. At [6/15] a line is typed at 60 columns and the terminal narrowed to 30, as a
window is (the kernel sends SIGWINCH); the line is finished and the next question read at 30
columns; a pick list is resized too. Ctrl-C ends the run.
Prints one JSON object with the facts the Swift test asserts.
"""
import fcntl, json, os, pty, re, struct, subprocess, sys, termios, threading, time, unicodedata
sys.dont_write_bytecode = True  # no __pycache__ beside the fixtures
from pty_screen import Session

SESAME, OUTPUT = sys.argv[1], sys.argv[2]
DEADLINE = 20.0

master, slave = pty.openpty()
fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 60, 0, 0))
session = Session(master, 60, DEADLINE)
screen, read_some, wait_for, settle = session.screen, session.read_some, session.wait_for, session.settle


def send(keys):
    os.write(master, keys.encode())
    time.sleep(0.05)


def columns(line):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 0 if unicodedata.combining(c) else 1 for c in line)


facts = {}
# Typed before sesame runs: the terminal is in its own mode and echoes the keys at once.
os.write(master, b"zz")
read_some(1.0)


def controlling_tty():
    os.setsid()
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


env = {"PATH": "/usr/bin:/bin", "HOME": "/nonexistent", "TERM": "xterm", "LANG": "C.UTF-8", "NO_COLOR": "1"}
env.update({name: value for name, value in os.environ.items() if name.endswith("SAN_OPTIONS")})
proc = subprocess.Popen([SESAME, "init", "--output", OUTPUT, "--lang", "en"], stdin=slave, stdout=slave, stderr=slave,
                        preexec_fn=controlling_tty, env=env, close_fds=True)

watching, canonical_seen = True, []


def watch():
    """Notes every moment the terminal is back in its own mode (line by line, echoing)."""
    while watching:
        mode = termios.tcgetattr(slave)[3]
        if mode & termios.ICANON or mode & termios.ECHO:
            canonical_seen.append(time.time())
        time.sleep(0.0002)


wait_for("\u276f TRANSACTIONAL")
facts["typed_ahead_rows"] = [screen.line(0), screen.line(1)[:len("sesame init writes")]]
watcher = threading.Thread(target=watch)
watcher.start()
send("\r")                                          # TRANSACTIONAL
wait_for("[2/15]")
send("https://harborlanebooks.co.uk\r")             # at once: the prompt may not be there yet
wait_for("\u276f EN")
send("\x1b[B")                                      # to JA
wait_for("\u276f JA")
fcntl.ioctl(master, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 50, 0, 0))
screen.resize(50)
settle()
facts["pick_rows_after_resize"] = [screen.line(row) for row in range(screen.row - 2, screen.row + 1)]
send("\x1b[A\r")                                    # back to EN, chosen
wait_for("[4/15]")
send("\r")                                          # no additional contacts
wait_for("[5/15]")
send("eu-west-2\r")
wait_for("[6/15]")
wait_for("> ")
settle()
send("Harbor Lane Books sells art books online")
settle()
watching = False
watcher.join()
facts["canonical_between_questions"] = len(canonical_seen)
fcntl.ioctl(master, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 30, 0, 0))
screen.resize(30)
settle()
facts["line_after_resize"] = [screen.line(row) for row in range(screen.row - 1, screen.row + 2)]
send(" from Bristol.")
settle()
facts["line_after_typing"] = [screen.line(row) for row in range(screen.row - 1, screen.row + 2)]
send("\r\r")
end = time.time() + DEADLINE
while "[7/15]" not in session.pending and "Press Enter to keep" not in session.pending and time.time() < end:
    read_some(0.1)
if "Press Enter to keep" in session.pending.split("[7/15]")[0]:   # the reviewer's advice: keep the answer
    wait_for("Press Enter to keep")
    send("\r")
wait_for("[7/15]")
seen = wait_for("> ")
lines = [re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", line) for line in ("[7/15]" + seen).replace("\r", "").split("\n")]
facts["next_question_widest"] = max(columns(line) for line in lines)
send("\x03")
end = time.time() + DEADLINE
while proc.poll() is None and time.time() < end:
    read_some(0.1)
facts["exit"] = proc.wait(timeout=DEADLINE)
facts["answer_shown"] = len(re.findall("https://harborlanebooks.co.uk", screen.raw))
facts["draft"] = open(OUTPUT + ".draft", encoding="utf-8").read() if os.path.exists(OUTPUT + ".draft") else ""
attrs = termios.tcgetattr(slave)
facts["canonical_after"] = bool(attrs[3] & termios.ICANON) and bool(attrs[3] & termios.ECHO)
os.close(master)
os.close(slave)
print(json.dumps(facts))
