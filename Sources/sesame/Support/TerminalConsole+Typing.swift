import SesameCore

/// A line typed at the terminal in raw mode, so that keys act at once: ↑ on an empty line goes
/// back to the previous question (when the question allows it), ←/→, Home/End (Ctrl-A/Ctrl-E),
/// Backspace, Delete, Ctrl-U and Ctrl-W edit, Ctrl-C stops sesame as before, Ctrl-D on an empty
/// line ends the input, and Ctrl-Z suspends with the terminal put back. Wide characters take
/// two columns; a line longer than the terminal wraps and is still edited as one, and is laid
/// out again when the terminal is resized.
extension TerminalConsole {
    /// The typed line or `.back`; nil at the end of input; `.none` inside: raw mode failed, so
    /// the caller reads the line the ordinary way.
    func typeLine(allowingBack: Bool) -> LineReply?? {
        guard TerminalState.enterRawMode() else { return .none }
        defer { TerminalState.restore(output) }
        var line = LineEditor()
        var typing = Typing(prompt: promptLine, width: width ?? 80)
        while true {
            switch keys.next() {
            case let .character(character):
                line.insert(character)
                if line.cursorAtEnd {
                    write(typing.appended(character))
                    continue
                }
            case .enter:
                write(typing.moving(to: line.characters.count, in: line) + "\n")
                return .some(.line(line.text))
            case .up where line.isEmpty && allowingBack:
                write("\n")
                return .some(.back)
            case .backspace: guard line.deleteBackward() else { continue }
            case .delete: guard line.deleteForward() else { continue }
            case .eraseToStart: line.deleteToStart()
            case .eraseWord: line.deleteWordBackward()
            case .left: guard line.moveCursor(to: line.cursor - 1) else { continue }
            case .right: guard line.moveCursor(to: line.cursor + 1) else { continue }
            case .home: guard line.moveCursor(to: 0) else { continue }
            case .end: guard line.moveCursor(to: line.characters.count) else { continue }
            case .interrupt:
                TerminalState.interrupt()
            case .endOfTransmission:
                if line.isEmpty {
                    write("\n")
                    return .some(nil)
                }
                guard line.deleteForward() else { continue }
            case .closed:
                return .some(nil)
            case .suspend:
                TerminalState.suspend(output)
                typing.forgetScreen()
                fallthrough
            case .resize:
                typing.width = width ?? 80
            case .up, .down, .other:
                continue
            }
            write(typing.redrawn(line))
        }
    }
}

/// Where the prompt and the line being typed are on the screen, and the escape codes that
/// bring them up to date.
private struct Typing {
    /// The prompt as written (colours included) and as measured (without them).
    let prompt: String
    let visiblePrompt: String
    /// The width to lay the line out for: the next redraw starts from where the cursor was
    /// drawn at the old one (a terminal that does not rewrap keeps the rows where they were).
    var width: Int
    /// Where the terminal's cursor is, counted from the prompt's first cell; nil after a stop,
    /// when the shell has written its own lines: the next redraw starts on a new line.
    var cursor: LineEditor.Place?

    init(prompt: String, width: Int) {
        self.prompt = prompt
        visiblePrompt = prompt.replacing(/\u{1B}\[[0-9;?]*[A-Za-z]/, with: "")
        self.width = width
        cursor = LineEditor().place(after: 0, prompt: visiblePrompt, width: width)
    }

    /// Codes for a character typed at the end: the character, and a line end when it filled
    /// the row exactly (the terminal would otherwise wait at the last column).
    mutating func appended(_ character: Character) -> String {
        guard var place = cursor else { return "" }
        LineEditor.advance(&place, by: TerminalText.columns(String(character)), width: width)
        cursor = place
        return String(character) + (place.column == 0 ? "\r\n" : "")
    }

    mutating func forgetScreen() {
        cursor = nil
    }

    /// Codes that write the prompt and `line` again from the prompt's first cell, clear what an
    /// older, longer line left, and put the cursor back where the line's cursor is.
    mutating func redrawn(_ line: LineEditor) -> String {
        var codes = cursor.map { ($0.row > 0 ? "\u{1B}[\($0.row)A" : "") + "\r" } ?? "\r\n"
        codes += "\u{1B}[J" + prompt + line.text
        let end = line.place(after: line.characters.count, prompt: visiblePrompt, width: width)
        if end.column == 0, !line.isEmpty || !visiblePrompt.isEmpty { codes += "\r\n" }
        cursor = end
        return codes + moving(to: line.cursor, in: line)
    }

    /// Codes that move the cursor to before character `index` of `line`.
    mutating func moving(to index: Int, in line: LineEditor) -> String {
        guard let from = cursor else { return "" }
        let to = line.place(after: index, prompt: visiblePrompt, width: width)
        cursor = to
        guard from != to else { return "" }
        var codes = from.row > to.row ? "\u{1B}[\(from.row - to.row)A" : from.row < to.row ? "\u{1B}[\(to.row - from.row)B" : ""
        codes += "\r" + (to.column > 0 ? "\u{1B}[\(to.column)C" : "")
        return codes
    }
}
