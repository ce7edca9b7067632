"""What the pseudo-terminal drivers share: a tiny screen model (enough VT100 for what sesame
writes) and the reading of the terminal's master side."""
import os
import re
import select
import time
import unicodedata


class Screen:
    """What a terminal `columns` wide shows: rows of cells, a cursor, deferred wrap, wide
    characters. `resize` narrows or widens it as xterm does, without rewrapping: each row keeps
    its place, cut to the new width."""

    def __init__(self, columns):
        self.columns = columns
        self.rows, self.row, self.column, self.wrap, self.raw = [[]], 0, 0, False, ""

    def resize(self, columns):
        self.columns = columns
        self.rows = [line[:columns] for line in self.rows]
        self.column, self.wrap = min(self.column, columns - 1), False

    def cells(self, row):
        while len(self.rows) <= row:
            self.rows.append([])
        line = self.rows[row]
        while len(line) < self.columns:
            line.append(" ")
        return line

    def put(self, character):
        width = 2 if unicodedata.east_asian_width(character) in "WF" else 1
        if self.wrap or self.column + width > self.columns:
            self.row, self.column, self.wrap = self.row + 1, 0, False
        line = self.cells(self.row)
        line[self.column] = character
        if width == 2:
            line[self.column + 1] = ""
        self.column += width
        if self.column >= self.columns:
            self.column, self.wrap = self.columns - 1, True

    def feed(self, text):
        self.raw += text
        for match in re.finditer(r"\x1b\[([0-9;?]*)([A-Za-z])|([\s\S])", text):
            parameters, final, character = match.groups()
            count = int(parameters) if parameters and parameters.isdigit() else 1
            if character == "\r":
                self.column, self.wrap = 0, False
            elif character == "\n":
                self.row, self.wrap = self.row + 1, False
                self.cells(self.row)
            elif character == "\b":
                self.column, self.wrap = max(self.column - 1, 0), False
            elif character is not None and character >= " ":
                self.put(character)
            elif final == "A":
                self.row, self.wrap = max(self.row - count, 0), False
            elif final == "B":
                self.row, self.wrap = self.row + count, False
            elif final == "C":
                self.column, self.wrap = min(self.column + count, self.columns - 1), False
            elif final == "J":
                self.cells(self.row)[self.column:] = [" "] * (self.columns - self.column)
                del self.rows[self.row + 1:]
            elif final == "K" and parameters == "2":
                self.rows[self.row] = []

    def line(self, row):
        return "".join(self.cells(row)).rstrip()

    def cursor_line(self):
        return self.line(self.row)


class Session:
    """The master side of a pseudo-terminal as a person reads it: the screen, and the text that
    came since the last `wait_for`."""

    def __init__(self, master, columns, deadline=20.0):
        self.master, self.screen, self.pending, self.deadline = master, Screen(columns), "", deadline

    def read_some(self, timeout):
        """Reads what sesame wrote within `timeout` seconds; False when nothing came."""
        if not select.select([self.master], [], [], timeout)[0]:
            return False
        try:
            text = os.read(self.master, 65536).decode("utf-8", "replace")
        except OSError:
            return False
        self.screen.feed(text)
        self.pending += text
        return True

    def wait_for(self, needle):
        """Reads until `needle` has come; returns the text up to it and keeps the rest."""
        end = time.time() + self.deadline
        while needle not in self.pending:
            if time.time() > end:
                raise SystemExit(f"timed out waiting for {needle!r}; output so far:\n{self.pending[-2000:]}")
            self.read_some(0.1)
        cut = self.pending.index(needle) + len(needle)
        seen, self.pending = self.pending[:cut], self.pending[cut:]
        return seen

    def settle(self):
        """Reads until sesame has written nothing for 0.3 s."""
        while self.read_some(0.3):
            pass
