import SesameCore

/// The wizard's console on a command's context. On a terminal, pick lists use raw-mode
/// arrow keys and `:e` opens `$VISUAL`/`$EDITOR`; with piped input every answer is one line.
/// The terminal mode is restored on every exit path, signals included.
final class TerminalConsole: Console {
    let isInteractive: Bool
    let colors: Bool
    let width: Int?
    private let environment: [String: String]
    private let output: any TextWriter
    private let input: any LineReader
    /// A byte read after a lone ESC, to be read again as the start of the next key.
    private var pending: UInt8?

    init(context: CommandContext) {
        environment = context.environment
        output = context.output
        input = context.input
        isInteractive = context.terminal.inputIsTerminal && context.terminal.outputIsTerminal
        colors = context.terminal.outputColors
        width = context.terminal.width
        if context.ownsProcess { TerminalState.installSignalHandlers() }
    }

    func write(_ text: String) {
        output.write(text)
    }

    func readLine() -> String? {
        let line = input.readLine()
        // With piped input nothing echoes the answer: print it, so that the transcript reads well.
        if !isInteractive { write((line ?? "") + "\n") }
        return line
    }

    func setInterruptNotice(_ text: String) {
        TerminalState.interruptMessage = Array("\n\(text)\n".utf8)
    }

    /// A raw-mode list: ↑/↓ (or k/j) move, a digit jumps, Enter chooses, ← goes back.
    func pick(options: [String], initial: Int) -> PickReply? {
        var current = initial
        // Raw mode first, so that a key pressed as soon as the list shows is read as a key.
        guard TerminalState.enterRawMode(output) else { return nil }
        defer { TerminalState.restore(output) }
        draw(options, current: current, redraw: false)
        while true {
            switch readKey() {
            case .up: current = (current + options.count - 1) % options.count
            case .down: current = (current + 1) % options.count
            case let .digit(number) where number >= 1 && number <= options.count: current = number - 1
            case .enter:
                write("\r\n")
                return .option(current)
            case .left:
                write("\r\n")
                return .back
            case .interrupt:
                TerminalState.interrupt()
            case .endOfInput: return nil
            default: continue
            }
            draw(options, current: current, redraw: true)
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
        let status = TerminalState.ignoringInterrupts { (try? shell.runBlocking())?.status }
        guard status == 0, let bytes = try? FileIO.read(path) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("#") }
            .joined(separator: "\n")
    }

    // MARK: Keys

    private func draw(_ options: [String], current: Int, redraw: Bool) {
        var text = redraw ? "\u{1B}[\(options.count)A" : ""
        for (index, option) in options.enumerated() {
            let line = index == current ? "❯ \(option)" : "  \(option)"
            text += "\r\u{1B}[2K  " + (index == current && colors ? "\u{1B}[1;36m\(line)\u{1B}[0m" : line) + "\r\n"
        }
        write(text)
    }

    private enum Key { case up, down, left, enter, digit(Int), interrupt, endOfInput, other }

    private func readKey() -> Key {
        guard let byte = readByte() else { return .endOfInput }
        switch byte {
        case 0x03: return .interrupt
        case 0x04: return .endOfInput
        case 0x0D, 0x0A: return .enter
        case UInt8(ascii: "k"): return .up
        case UInt8(ascii: "j"): return .down
        case UInt8(ascii: "1")...UInt8(ascii: "9"): return .digit(Int(byte - UInt8(ascii: "0")))
        case 0x1B: return escapeSequence()
        default: return .other
        }
    }

    /// The key an ESC starts. As readline does, a byte that does not follow within 50 ms means
    /// the ESC key itself (ignored); a byte that cannot continue a sequence is kept for the next
    /// key, so that ESC and an arrow typed after it do not make one unknown sequence.
    private func escapeSequence() -> Key {
        guard TerminalState.waitForInput(milliseconds: 50), let introducer = readByte() else { return .other }
        guard introducer == UInt8(ascii: "[") || introducer == UInt8(ascii: "O") else {
            pending = introducer
            return .other
        }
        // CSI parameters (`1;5` in ESC [ 1 ; 5 A), then the final byte.
        var final = readByte()
        while let byte = final, (0x30...0x3F).contains(byte) { final = readByte() }
        switch final {
        case UInt8(ascii: "A"): return .up
        case UInt8(ascii: "B"): return .down
        case UInt8(ascii: "D"): return .left
        default: return .other
        }
    }

    private func readByte() -> UInt8? {
        if let byte = pending {
            pending = nil
            return byte
        }
        return TerminalState.readByte()
    }
}
