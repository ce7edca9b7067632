import SesameCore

/// The wizard's console on a command's context. On a terminal, pick lists use raw-mode
/// arrow keys and `:e` opens `$VISUAL`/`$EDITOR`; with piped input every answer is one line.
/// On a terminal, raw mode lasts from the wizard's first line to its last (`holdingTerminal`),
/// and is restored on every exit path, signals included. A resize is read as it happens.
final class TerminalConsole: Console {
    let isInteractive: Bool
    let colors: Bool
    /// The width at the start (or `COLUMNS`), for a console that is not a terminal.
    private let startWidth: Int?
    private let environment: [String: String]
    let output: any TextWriter
    private let input: any LineReader
    let keys = TerminalKeys()
    /// What was written since the last line end: the prompt a typed line follows.
    private(set) var promptLine = ""

    init(context: CommandContext) {
        environment = context.environment
        output = context.output
        input = context.input
        isInteractive = context.terminal.inputIsTerminal && context.terminal.outputIsTerminal
        colors = context.terminal.outputColors
        startWidth = context.terminal.width
        if context.ownsProcess { TerminalState.installSignalHandlers() }
    }

    /// Runs `body` (the whole wizard) in raw mode on a terminal, so that the terminal never
    /// echoes a key by itself between two questions (a key typed while the wizard checks an
    /// answer or writes the next question would show there and again at the prompt). Keys
    /// typed before sesame could take the terminal were echoed already, where the cursor was:
    /// they are kept, and read as typed at the first prompt, and the wizard starts on the row
    /// below them, not after them on the same one.
    func holdingTerminal<Value>(_ body: () throws -> Value) rethrows -> Value {
        guard isInteractive, TerminalState.enterRawMode() else { return try body() }
        defer { TerminalState.restore(output) }
        if TerminalState.typedAheadWasEchoed { write("\n") }
        return try body()
    }

    /// The terminal's width now, read at every use: what is written after a resize is laid out
    /// for the new width.
    var width: Int? {
        isInteractive ? TerminalFacts.measuredWidth() ?? startWidth : startWidth
    }

    func write(_ text: String) {
        output.write(text)
        if let end = text.lastIndex(of: "\n") {
            promptLine = String(text[text.index(after: end)...])
        } else {
            promptLine += text
        }
    }

    /// On a terminal, a line typed into `LineEditor` in raw mode (see `TerminalConsole+Typing`);
    /// else one line of input, as it comes.
    func readLine(allowingBack: Bool) -> LineReply? {
        if isInteractive, let reply = typeLine(allowingBack: allowingBack) { return reply }
        let line = input.readLine()
        // With piped input nothing echoes the answer: print it, so that the transcript reads well.
        if !isInteractive { write((line ?? "") + "\n") }
        return line.map(LineReply.line)
    }

    func setInterruptNotice(_ text: String) {
        TerminalState.interruptMessage = Array("\n\(text)\n".utf8)
    }

    /// A raw-mode list: ↑/↓ (or k/j) move, a digit jumps, Enter chooses, ← goes back. Ctrl-Z
    /// stops sesame with the terminal put back, and the list is drawn again when it continues;
    /// after a resize it is drawn again in place, cut to the new width.
    func pick(options: [String], initial: Int) -> PickReply? {
        var current = initial
        // Raw mode first, so that a key pressed as soon as the list shows is read as a key.
        guard TerminalState.enterRawMode() else { return nil }
        TerminalState.hideCursor(output)
        defer {
            TerminalState.showCursor(output)
            TerminalState.restore(output)
        }
        draw(options, current: current, redraw: false)
        while true {
            var redraw = true
            switch keys.next() {
            case .up, .character("k"): current = (current + options.count - 1) % options.count
            case .down, .character("j"): current = (current + 1) % options.count
            case let .character(digit) where digit.isASCII && (1...options.count).contains(digit.wholeNumberValue ?? 0):
                current = digit.wholeNumberValue! - 1
            case .enter:
                write("\r\n")
                return .option(current)
            case .left:
                write("\r\n")
                return .back
            case .interrupt:
                TerminalState.interrupt()
            case .suspend:
                TerminalState.suspend(output)
                redraw = false
            case .resize: break
            case .endOfTransmission, .closed: return nil
            default: continue
            }
            draw(options, current: current, redraw: redraw)
        }
    }

    /// Opens `$VISUAL`/`$EDITOR` on the answer so far and `comments` as `#` lines, in a file of a
    /// private scratch folder (`0700`, the file `0600`: an answer is nobody else's business) that
    /// is removed on every way out, a signal included. Ctrl-C belongs to the editor meanwhile:
    /// sesame ignores SIGINT and SIGQUIT while it runs, as git does, and takes them back after.
    func edit(_ text: String, comments: [String]) -> String? {
        let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isBlank } ?? "vi"
        let temporary = environment["TMPDIR"].flatMap { $0.isBlank ? nil : $0 } ?? "/tmp"
        guard let scratch = ScratchFolder(in: temporary, file: "answer.txt") else { return nil }
        defer { scratch.remove() }
        let path = scratch.file
        let file = text + "\n\n" + comments.map { $0.isEmpty ? "#\n" : "# \($0)\n" }.joined()
        guard (try? FileIO.createExclusively(Array(file.utf8), at: path, mode: 0o600)) != nil else { return nil }
        // `exec`: the shell becomes the editor, so a Ctrl-C reaches only the editor.
        let shell = ChildProcess(arguments: ["/bin/sh", "-c", "exec \(editor) \"$1\"", "sh", path], environment: environment, output: .inherited)
        let status = TerminalState.lendingTerminal { TerminalState.ignoringInterrupts { (try? shell.runBlocking())?.status } }
        guard status == 0, let bytes = try? FileIO.read(path) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("#") }
            .joined(separator: "\n")
    }

    // MARK: Pick lists

    /// The list, one row per option (cut to the width), or over the rows drawn last (`redraw`:
    /// the cursor is on the row below them), clearing whatever a wider drawing left.
    private func draw(_ options: [String], current: Int, redraw: Bool) {
        var text = redraw ? "\u{1B}[\(options.count)A\r\u{1B}[J" : ""
        for (index, option) in options.enumerated() {
            let shown = TextWrapping.truncated(option, width: max((width ?? 80) - 4, 1))
            let line = index == current ? "❯ \(shown)" : "  \(shown)"
            text += "\r\u{1B}[2K  " + (index == current && colors ? "\u{1B}[1;36m\(line)\u{1B}[0m" : line) + "\r\n"
        }
        write(text)
    }
}
