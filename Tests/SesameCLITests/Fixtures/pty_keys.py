#!/usr/bin/env python3
"""Ctrl-Z and line editing in `sesame init` under real job control, and reports what happened.

Usage: pty_keys.py SESAME OUTPUT_PATH
A small job-control "shell" (a session leader owning the pseudo-terminal) runs sesame as its
foreground job in its own process group, as a shell does, so that SIGTSTP really stops it (a
process group without such a parent is orphaned and the kernel ignores SIGTSTP for it). Each time
the job stops, the shell records the terminal's mode, prints a line as bash does, and continues the
job in the foreground (what `fg` does).

The driver presses Ctrl-Z in the mail-type list, sends SIGTSTP from outside while the list waits,
picks MARKETING with an arrow key, presses Ctrl-Z while typing the website, finishes it, goes back
from the contacts question with ↑ on an empty line, edits the regions with Ctrl-W, Home, ←/→ and
Backspace, types wide characters and deletes one, and pastes a long answer, and ends the input with Ctrl-D. A tiny screen model (enough
VT100 for what sesame writes) keeps what a person would see.
Prints one JSON object with the facts the Swift test asserts.
"""
import fcntl, json, os, pty, signal, struct, sys, termios, time
sys.dont_write_bytecode = True  # no __pycache__ beside the fixtures
from pty_screen import Session

SESAME, OUTPUT = sys.argv[1], sys.argv[2]
REPORT = OUTPUT + ".jobs"
DEADLINE = 20.0
COLUMNS = 40

master, slave = pty.openpty()
fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, COLUMNS, 0, 0))
shell = os.fork()
if shell == 0:
    os.close(master)
    os.setsid()
    fcntl.ioctl(slave, termios.TIOCSCTTY, 0)
    signal.signal(signal.SIGTTOU, signal.SIG_IGN)
    job = os.fork()
    if job == 0:
        os.setpgid(0, 0)
        signal.signal(signal.SIGTTOU, signal.SIG_DFL)
        for descriptor in (0, 1, 2):
            os.dup2(slave, descriptor)
        env = {"PATH": "/usr/bin:/bin", "HOME": "/nonexistent", "TERM": "xterm", "LANG": "C.UTF-8", "NO_COLOR": "1"}
        env.update({name: value for name, value in os.environ.items() if name.endswith("SAN_OPTIONS")})
        os.execve(SESAME, [SESAME, "init", "--output", OUTPUT, "--lang", "en"], env)
    os.setpgid(job, job)
    os.tcsetpgrp(slave, job)
    with open(REPORT, "w", buffering=1) as report:
        report.write(f"job {job}\n")
        while True:
            _, status = os.waitpid(job, os.WUNTRACED)
            if os.WIFSTOPPED(status):
                mode = termios.tcgetattr(slave)[3]
                canonical = int(bool(mode & termios.ICANON) and bool(mode & termios.ECHO))
                report.write(f"stopped by {signal.Signals(os.WSTOPSIG(status)).name} canonical={canonical}\n")
                os.write(slave, b"\r\n[1]+  Stopped    sesame init\r\n")
                time.sleep(0.2)
                os.tcsetpgrp(slave, job)
                os.kill(-job, signal.SIGCONT)
            else:
                report.write(f"exit {os.waitstatus_to_exitcode(status)}\n")
                os._exit(0)


session = Session(master, COLUMNS, DEADLINE)
screen, wait_for, settle = session.screen, session.wait_for, session.settle


def wait_for_either(first, second):
    end = time.time() + DEADLINE
    while first not in session.pending and second not in session.pending and time.time() < end:
        time.sleep(0.05)
        settle()
    return wait_for(first if first in session.pending else second)


def wait_raw():
    """Waits until sesame has the terminal in raw mode: a prompt is written just before, and keys
    typed in between would be echoed by the terminal itself (and Ctrl-Z be its own SIGTSTP)."""
    end = time.time() + DEADLINE
    while termios.tcgetattr(slave)[3] & termios.ICANON:
        if time.time() > end:
            raise SystemExit("the terminal never left canonical mode")
        time.sleep(0.02)


def send(keys, pause=0.05):
    os.write(master, keys.encode())
    time.sleep(pause)


def report_lines(count):
    lines = []
    end = time.time() + DEADLINE
    while time.time() < end:
        lines = open(REPORT).read().splitlines() if os.path.exists(REPORT) else []
        if len(lines) >= count:
            return lines
        time.sleep(0.05)
    raise SystemExit(f"the job-control shell reported only {lines}")


facts = {}
wait_for("\u276f TRANSACTIONAL")
send("\x1a")                                   # Ctrl-Z: the key, read in raw mode
seen = wait_for("\u276f TRANSACTIONAL")        # drawn again once continued
facts["cursor_shown_before_stop"] = "\x1b[?25h" in seen
facts["cursor_hidden_after"] = "\x1b[?25l" in seen.split("Stopped")[-1]
job = int(report_lines(2)[0].split()[1])
os.kill(job, signal.SIGTSTP)                   # SIGTSTP from outside, while a key is awaited
wait_for("Stopped")
wait_for("\u276f TRANSACTIONAL")
send("\x1b[B")                                 # raw mode again: an arrow key moves
wait_for("\u276f MARKETING")
send("\r")
wait_for("[2/15]")
wait_for("> ")
wait_raw()
send("https://harbor")
send("\x1a")                                   # Ctrl-Z while typing a line
wait_for("Stopped")
wait_for("> https://harbor")                   # the prompt and the text so far, again
send("lanebooks.co.uk\r")
wait_for("[3/15]")
wait_for("\u276f EN")
send("\r")
wait_for("[4/15]")
wait_for("> ")
wait_raw()
send("ops@harborlanebooks.co.uk")
send("\x1b[A")                                 # ↑ on a line with text: nothing happens
settle()
facts["up_on_text_kept_line"] = screen.cursor_line() == "> ops@harborlanebooks.co.uk" and "[3/15]" not in session.pending
send("\x15")                                   # Ctrl-U: the line is empty again
send("\x1b[A")                                 # ↑ on an empty line: back to [3/15] at once, no Enter
seen = wait_for("\u276f EN")
facts["up_went_back"] = "[3/15]" in seen
send("\r")
wait_for("[4/15]")
wait_for("> ")
wait_raw()
send("\r")                                     # no additional contacts
wait_for("[5/15]")
wait_for("> ")
wait_raw()
send("eu-west-2 us-est-1")
send("\x17")                                   # Ctrl-W: the misspelt word goes
send("\x01")                                   # Home (Ctrl-A)
send("us-east-1 ")
send("\x1b[C\x1b[D")                           # → then ←: the cursor ends where it was
settle()
facts["regions_line"] = screen.cursor_line()
send("\r")
wait_for("[6/15]")
wait_for("> ")
wait_raw()
send("Aハーバーレーン書店書")
send("\x7f")                                   # Backspace removes the last wide character
send("は書籍の店です。" * 3)                     # wraps at 40 columns; the wide character that does not fit moves whole
settle()
facts["wide_rows"] = [screen.line(row) for row in range(screen.row - 1, screen.row + 1)]
send("\x7f" * 16)                              # back across the row boundary
settle()
facts["wide_after_backspaces"] = [screen.cursor_line(), screen.line(screen.row + 1)]
send("\r\r")
if "Press Enter" in wait_for_either("Press Enter to keep", "[7/15]"):   # the reviewer's advice: keep
    send("\r")
    wait_for("[7/15]")
wait_for("> ")
wait_raw()
PASTED = " ".join(f"reader{number}" for number in range(400))
os.write(master, (PASTED + "\r\r").encode())    # a long paste in one write, its line ends included
if "Press Enter" in wait_for_either("Press Enter to keep", "[8/15]"):
    send("\r")
    wait_for("[8/15]")
wait_for("> ")
wait_raw()
send("\x04")                                   # Ctrl-D on an empty line: the end of input, as before
wait_for("Stopped. Your answers are saved in")
facts["end_exit"] = report_lines(5)[-1]
report_lines(5)
time.sleep(0.2)                                # a second stop would be reported by now
facts["jobs"] = open(REPORT).read().splitlines()[1:]
facts["paste_kept"] = f"  recipients: {PASTED}\n" in open(OUTPUT + ".draft", encoding="utf-8").read()
facts["draft"] = open(OUTPUT + ".draft", encoding="utf-8").read() if os.path.exists(OUTPUT + ".draft") else ""
os.waitpid(shell, 0)
print(json.dumps(facts, ensure_ascii=False))
