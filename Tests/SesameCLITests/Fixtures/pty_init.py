#!/usr/bin/env python3
"""Drives `sesame init` on a real pseudo-terminal, as a person would, and reports what happened.

Usage: pty_init.py SESAME OUTPUT_PATH
First run: a lone ESC, then picks MARKETING with the arrow keys, answers a few questions, goes
back one with :b, then presses Ctrl-C while typing. Second run: resumes the draft, rewrites an
answer the reviewer's advice objects to, opens the editor on a half-typed answer, answers the
rest, edits an answer from the final screen and writes. Third run: Ctrl-C inside a raw-mode pick
list before any answer. Fourth run: `--from` a profile with one invalid and one missing answer
asks only those two. Fifth run: Japanese on a 60-column terminal. Sixth run: Cancel on the
final screen.
Prints one JSON object with the facts the Swift test asserts.
"""
import fcntl, json, os, pty, re, select, signal, struct, subprocess, sys, termios, time, unicodedata

SESAME, OUTPUT = sys.argv[1], sys.argv[2]
DEADLINE = 20.0


FOLDER = os.path.dirname(os.path.abspath(OUTPUT))
EDITOR = os.path.join(FOLDER, "fake-editor.sh")
EDITOR_FACTS = os.path.join(FOLDER, "editor-facts.txt")
EDITOR_START = os.path.join(FOLDER, "editor-start.txt")
# The fake editor records the modes of its file and folder, the file's path and what it starts
# with, says it is ready, survives a Ctrl-C (recording it), leaves a backup file beside the
# answer, then writes the answer.
with open(EDITOR, "w") as script:
    script.write(f"""#!/bin/sh
stat -c '%a' "$1" "$(dirname "$1")" > '{EDITOR_FACTS}'
echo "$1" >> '{EDITOR_FACTS}'
cp "$1" '{EDITOR_START}'
trap 'echo interrupted >> "{EDITOR_FACTS}"' INT
echo editor-ready
i=0
while [ $i -lt 100 ] && ! grep -q interrupted '{EDITOR_FACTS}'; do sleep 0.05; i=$((i + 1)); done
cp "$1" "$1~"
printf '4,300 subscribers get a newsletter every two weeks, plus order emails; 5,000 a day leaves a year of growth.\\n# a comment the wizard drops\\n' > "$1"
""")
os.chmod(EDITOR, 0o755)


def spawn(arguments=("init", "--output", OUTPUT, "--lang", "en"), columns=None):
    master, slave = pty.openpty()
    if columns:
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
    def controlling_tty():
        os.setsid()
        fcntl.ioctl(0, termios.TIOCSCTTY, 0)
    env = {"PATH": "/usr/bin:/bin", "HOME": "/nonexistent", "TERM": "xterm", "LANG": "C.UTF-8", "NO_COLOR": "1", "EDITOR": EDITOR}
    # A sanitized sesame (scripts/test-sanitized) runs under the suite's sanitizer options.
    env.update({name: value for name, value in os.environ.items() if name.endswith("SAN_OPTIONS")})
    proc = subprocess.Popen([SESAME, *arguments], stdin=slave, stdout=slave,
                            stderr=slave, preexec_fn=controlling_tty, env=env, close_fds=True)
    return proc, master, slave


class Screen:
    def __init__(self, master):
        self.master, self.text = master, ""

    def wait_for(self, needle):
        end = time.time() + DEADLINE
        while needle not in self.text:
            if time.time() > end:
                raise SystemExit(f"timed out waiting for {needle!r}; screen so far:\n{self.text[-2000:]}")
            ready, _, _ = select.select([self.master], [], [], 0.1)
            if ready:
                try:
                    self.text += os.read(self.master, 65536).decode("utf-8", "replace")
                except OSError:
                    break
        consumed = self.text.index(needle) + len(needle)
        seen, self.text = self.text[:consumed], self.text[consumed:]
        return seen

    def answer(self, text, next_marker):
        """Types a multi-line answer, keeps it if the reviewer's advice asks, waits for the next question."""
        self.send(text + "\r\r")
        end = time.time() + DEADLINE
        while next_marker not in self.text and "Press Enter to keep" not in self.text:
            if time.time() > end:
                raise SystemExit(f"timed out after answering {text!r}; screen:\n{self.text[-2000:]}")
            ready, _, _ = select.select([self.master], [], [], 0.1)
            if ready:
                self.text += os.read(self.master, 65536).decode("utf-8", "replace")
        if "Press Enter to keep" in self.text.split(next_marker)[0]:
            self.wait_for("Press Enter to keep")
            self.send("\r")
        self.wait_for(next_marker)

    def send(self, keys):
        os.write(self.master, keys.encode())
        time.sleep(0.05)


def drain_and_wait(proc, screen):
    end = time.time() + DEADLINE
    while time.time() < end:
        if proc.poll() is not None and not select.select([screen.master], [], [], 0.2)[0]:
            break
        ready, _, _ = select.select([screen.master], [], [], 0.1)
        if ready:
            try:
                screen.text += os.read(screen.master, 65536).decode("utf-8", "replace")
            except OSError:
                break
    if proc.poll() is None:
        proc.kill()
    return proc.wait()


facts = {}
proc, master, slave = spawn()
screen = Screen(master)
screen.wait_for("[1/15]")
screen.wait_for("\u276f TRANSACTIONAL")
screen.send("\x1b")            # a lone ESC: ignored, and it does not swallow the arrow after it
time.sleep(0.3)
screen.send("\x1b[B")          # arrow down: MARKETING
screen.send("\r")
screen.wait_for("[2/15]")
screen.send("https://harborlanebooks.co.uk\r")
screen.wait_for("[3/15]")
screen.wait_for("\u276f EN")
screen.send("\r")              # the default, EN
screen.wait_for("[4/15]")
screen.send("\r")              # no additional contacts
screen.wait_for("[5/15]")
screen.send("eu-west-2\r")
screen.wait_for("[6/15]")
screen.send(":b\r")            # back to the previous question, its answer the default
seen = screen.wait_for("[Enter for eu-west-2]")
facts["back_reasked"] = "[5/15]" in seen
screen.send("\r")
screen.wait_for("[6/15]")
screen.send("Harbor Lane Books is a two-person online shop in Bristol selling art books.\r")
screen.answer("About 6,000 customers since 2019.", "[7/15]")   # multi-line answer ends with an empty line
# A second `init` on the same output while this one runs: refused, naming this run as the holder.
second = subprocess.run([SESAME, "init", "--output", OUTPUT, "--lang", "en"], stdin=subprocess.DEVNULL,
                        capture_output=True, text=True, env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}, timeout=DEADLINE)
facts["second_init_exit"] = second.returncode
facts["second_init_names_holder"] = f"is held by process {proc.pid} on {os.uname().nodename} since " in second.stderr
facts["second_init_stderr"] = second.stderr
screen.send("\x03")            # Ctrl-C in the middle of typing an answer
facts["first_exit"] = drain_and_wait(proc, screen)
facts["lock_left_after_interrupt"] = os.path.exists(OUTPUT + ".lock")
facts["first_output_tail"] = screen.text[-300:]
facts["first_interrupt_says_resume"] = f"sesame: stopped; your answers are saved in {OUTPUT}.draft. Run `sesame init --output {OUTPUT} --lang en` to resume." in screen.text
attrs = termios.tcgetattr(slave)
facts["canonical_after_interrupt"] = bool(attrs[3] & termios.ICANON) and bool(attrs[3] & termios.ECHO)
facts["draft_exists"] = os.path.exists(OUTPUT + ".draft")
facts["draft"] = open(OUTPUT + ".draft", encoding="utf-8").read() if facts["draft_exists"] else ""
os.close(master); os.close(slave)

# Second run: Ctrl-C inside a pick list must restore the terminal too; then a third run finishes.
proc, master, slave = spawn()
screen = Screen(master)
screen.wait_for("Resume it? [Y/n]")
screen.send("\r")
screen.wait_for("[7/15]")
screen.answer("Subscribers who confirmed by double opt-in, and customers.", "[8/15]")
screen.answer("Double opt-in through a confirmation link; consent is recorded. We never buy lists.", "[9/15]")
screen.send("We retry bounced messages until they get through.\r\r")
screen.wait_for("type r to rewrite it: ")
screen.send("r\r")            # the reviewer's advice: rewrite
screen.answer("SNS notifications; hard bounces are removed immediately and never mailed again.", "[10/15]")
screen.answer("Complaints arrive over SNS; the person is unsubscribed at once.", "[11/15]")
screen.answer("One-click unsubscribe link and List-Unsubscribe headers; no login; immediate.", "[12/15]")
screen.send("5000\r")
screen.wait_for("[13/15]")
screen.send("0\r")             # a bad answer is re-asked
screen.wait_for("must be at least 1")
screen.send("5\r")
screen.wait_for("[14/15]")
screen.send("About 4,300 subscribers.\r")
screen.send(":e\r")            # the rationale comes from $EDITOR, which starts from the line typed
screen.wait_for("editor-ready")
screen.send("\x03")            # Ctrl-C while the editor runs: the editor's, not sesame's
screen.wait_for("[15/15]")
editor_facts = open(EDITOR_FACTS, encoding="utf-8").read().split("\n")
facts["editor_file_mode"], facts["editor_folder_mode"] = editor_facts[0], editor_facts[1]
facts["editor_saw_interrupt"] = "interrupted" in editor_facts
facts["editor_folder_removed"] = not os.path.exists(os.path.dirname(editor_facts[2]))
facts["editor_start"] = open(EDITOR_START, encoding="utf-8").read()
screen.send("\r")              # skip the optional content
screen.wait_for("What next?")
screen.wait_for("\u276f Write the profile")
screen.send("\x1b[B\r")        # Edit an answer
screen.wait_for("Which answer do you want to edit?")
screen.wait_for("\u276f 1. What kind of mail")
screen.send("2\r")             # 2. the website
seen = screen.wait_for("[Enter for https://harborlanebooks.co.uk]")
facts["final_edit_reasked"] = "[2/15] What is the address of your website?" in seen
screen.send("\r")              # keep it; back to the final screen
screen.wait_for("What next?")
screen.wait_for("\u276f Write the profile")
screen.send("\r")
facts["second_exit"] = drain_and_wait(proc, screen)
facts["second_output_tail"] = screen.text[-400:]
facts["profile"] = open(OUTPUT, encoding="utf-8").read() if os.path.exists(OUTPUT) else ""
facts["draft_left"] = os.path.exists(OUTPUT + ".draft")
os.close(master); os.close(slave)

# Third run: the output exists; Ctrl-C at a raw-mode pick list after agreeing to overwrite.
os.remove(OUTPUT + ".draft") if os.path.exists(OUTPUT + ".draft") else None
proc, master, slave = spawn()
screen = Screen(master)
screen.wait_for("Overwrite it at the end? [y/N]")
screen.send("y\r")
screen.wait_for("[1/15]")
screen.wait_for("\u276f TRANSACTIONAL")
screen.send("\x03")
facts["pick_interrupt_exit"] = drain_and_wait(proc, screen)
attrs = termios.tcgetattr(slave)
facts["canonical_after_pick_interrupt"] = bool(attrs[3] & termios.ICANON) and bool(attrs[3] & termios.ECHO)
facts["cursor_shown_after_pick_interrupt"] = "\x1b[?25h" in screen.text
facts["profile_untouched"] = open(OUTPUT, encoding="utf-8").read() == facts["profile"]
facts["pick_interrupt_says_nothing_saved"] = "sesame: stopped before any answer was given; nothing was saved." in screen.text
facts["pick_interrupt_left_no_draft"] = not os.path.exists(OUTPUT + ".draft")
os.close(master); os.close(slave)
# Fourth run: --from a profile with an invalid website and no peak rate asks only those two.
ANSWERS = OUTPUT + ".partial.yaml"
FROM_OUTPUT = OUTPUT + ".from.yaml"
with open(ANSWERS, "w", encoding="utf-8") as partial:
    lines = facts["profile"].splitlines(keepends=True)
    partial.write("".join("website_url: harborlanebooks.co.uk\n" if line.startswith("website_url:") else line
                          for line in lines if "peak_per_second:" not in line))
proc, master, slave = spawn(["init", "--from", ANSWERS, "--output", FROM_OUTPUT, "--lang", "en"])
screen = Screen(master)
seen = screen.wait_for("[Enter for harborlanebooks.co.uk]")
facts["from_default_shown"] = True
with open(FROM_OUTPUT, "w", encoding="utf-8") as theirs:
    theirs.write("theirs: true\n")   # another program writes the output while the questions are asked
screen.send("https://harborlanebooks.co.uk\r")
seen += screen.wait_for("[13/15]")
screen.send("5\r")
screen.wait_for("What next?")
screen.wait_for("\u276f Write the profile")
screen.send("\r")
screen.wait_for("appeared while the questions were asked")
screen.wait_for("Overwrite it? [y/N] ")
facts["from_asked_before_replacing"] = open(FROM_OUTPUT, encoding="utf-8").read() == "theirs: true\n"
screen.send("y\r")
facts["from_exit"] = drain_and_wait(proc, screen)
facts["from_questions"] = re.findall(r"\[\d+/15\]", seen + screen.text)
facts["from_profile"] = open(FROM_OUTPUT, encoding="utf-8").read() if os.path.exists(FROM_OUTPUT) else ""
os.close(master); os.close(slave)

# Sixth run: --from the complete profile asks nothing; Cancel on the final screen writes nothing
# and keeps the answers in the draft.
CANCEL_OUTPUT = OUTPUT + ".cancel.yaml"
with open(ANSWERS, "w", encoding="utf-8") as complete:
    complete.write(facts["profile"])
proc, master, slave = spawn(["init", "--from", ANSWERS, "--output", CANCEL_OUTPUT, "--lang", "en"])
screen = Screen(master)
screen.wait_for("What next?")
screen.wait_for("\u276f Write the profile")
screen.send("\x1b[B\x1b[B")
screen.wait_for("\u276f Cancel")
screen.send("\r")
facts["cancel_exit"] = drain_and_wait(proc, screen)
facts["cancel_message"] = re.sub(r"\s+", " ", screen.text.replace("\x1b[?25h", "")).strip()
facts["cancel_wrote_nothing"] = not os.path.exists(CANCEL_OUTPUT)
facts["cancel_draft"] = open(CANCEL_OUTPUT + ".draft", encoding="utf-8").read() if os.path.exists(CANCEL_OUTPUT + ".draft") else ""
facts["cancel_lock_left"] = os.path.exists(CANCEL_OUTPUT + ".lock")
os.close(master); os.close(slave)


def columns(line):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 0 if unicodedata.combining(c) else 1 for c in line)


# Fifth run: Japanese on a 60-column terminal: every line fits, none starts with 、。」).
JA_OUTPUT = OUTPUT + ".ja.yaml"
proc, master, slave = spawn(["init", "--output", JA_OUTPUT, "--lang", "ja"], columns=60)
screen = Screen(master)
seen = screen.wait_for("\u276f TRANSACTIONAL")
screen.send("\r")
seen += screen.wait_for("[2/15]")
seen += screen.wait_for("回答例")
screen.send("\x03")
drain_and_wait(proc, screen)
facts["ja_interrupt_message"] = f"sesame: 中断しました。回答は {JA_OUTPUT}.draft に保存されています。`sesame init --output {JA_OUTPUT} --lang ja` を実行すると再開できます。" in screen.text
lines = [re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", line) for line in seen.replace("\r", "").split("\n")]
facts["ja_widest_line"] = max(columns(line) for line in lines)
facts["ja_lines_starting_with_closers"] = [line for line in lines if line.strip() and line.strip()[0] in "、。」）)"]
facts["ja_wrapped_line"] = "  す。TRANSACTIONAL(トランザクション)は取引やアカウントに伴" in lines
os.close(master); os.close(slave)
print(json.dumps(facts))
