import SesameCore

/// The wizard's console on a command's context. On a terminal, pick lists use raw-mode
/// arrow keys and `:e` opens `$VISUAL`/`$EDITOR`; with piped input every answer is one line.
/// The terminal mode is restored on every exit path, signals included.
final class TerminalConsole: Console {
    let isInteractive: Bool
    let colors: Bool
    private let environment: [String: String]
    private let output: any TextWriter
    private let input: any LineReader

    init(context: CommandContext) {
        environment = context.environment
        output = context.output
        input = context.input
        isInteractive = context.terminal.inputIsTerminal && context.terminal.outputIsTerminal
        colors = context.terminal.outputColors
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

    func pick(options: [String], initial: Int) -> Int? {
        guard isInteractive else { return pickByLine(options: options, initial: initial) }
        var current = initial
        // Raw mode first, so that a key pressed as soon as the list shows is read as a key.
        guard TerminalState.enterRawMode(output) else { return pickByLine(options: options, initial: initial) }
        defer { TerminalState.restore(output) }
        draw(options, current: current, redraw: false)
        while true {
            guard let key = readKey() else { return nil }
            switch key {
            case .up: current = (current + options.count - 1) % options.count
            case .down: current = (current + 1) % options.count
            case let .digit(number) where number >= 1 && number <= options.count: current = number - 1
            case .enter:
                write("\r\n")
                return current
            case .interrupt:
                TerminalState.interrupt()
            case .endOfInput: return nil
            default: continue
            }
            draw(options, current: current, redraw: true)
        }
    }

    /// Opens `$VISUAL`/`$EDITOR` on the answer so far, in a file of a private scratch folder
    /// (`0700`, the file `0600`: an answer is nobody else's business) that is removed on every
    /// way out, a signal included. Ctrl-C belongs to the editor meanwhile: sesame ignores
    /// SIGINT and SIGQUIT while it runs, as git does, and takes them back after.
    func edit(_ text: String) -> String? {
        let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isBlank } ?? "vi"
        let temporary = environment["TMPDIR"].flatMap { $0.isBlank ? nil : $0 } ?? "/tmp"
        guard let scratch = ScratchFolder(in: temporary, file: "answer.txt") else { return nil }
        defer { scratch.remove() }
        let path = scratch.file
        let hint = "\n# Write the answer above. Lines starting with # are ignored; save and quit to continue.\n"
        guard (try? FileIO.createExclusively(Array((text + hint).utf8), at: path, mode: 0o600)) != nil else { return nil }
        // `exec`: the shell becomes the editor, so a Ctrl-C reaches only the editor.
        let shell = ChildProcess(arguments: ["/bin/sh", "-c", "exec \(editor) \"$1\"", "sh", path], environment: environment, output: .inherited)
        let status = TerminalState.ignoringInterrupts { (try? shell.runBlocking())?.status }
        guard status == 0, let bytes = try? FileIO.read(path) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("#") }
            .joined(separator: "\n")
    }

    // MARK: Pick lists

    private func pickByLine(options: [String], initial: Int) -> Int? {
        for (index, option) in options.enumerated() {
            write("  \(index + 1)) \(option)\(index == initial ? " *" : "")\n")
        }
        while true {
            write("> ")
            guard let line = readLine() else { return nil }
            let text = line.trimmed
            if text.isEmpty { return initial }
            if let number = Int(text), number >= 1, number <= options.count { return number - 1 }
            if let index = options.firstIndex(where: { $0.lowercased() == text.lowercased() }) { return index }
            write("  1–\(options.count), or one of \(options.joined(separator: ", "))\n")
        }
    }

    private func draw(_ options: [String], current: Int, redraw: Bool) {
        var text = redraw ? "\u{1B}[\(options.count)A" : ""
        for (index, option) in options.enumerated() {
            let line = index == current ? "❯ \(option)" : "  \(option)"
            text += "\r\u{1B}[2K  " + (index == current && colors ? "\u{1B}[1;36m\(line)\u{1B}[0m" : line) + "\r\n"
        }
        write(text)
    }

    private enum Key { case up, down, enter, digit(Int), interrupt, endOfInput, other }

    private func readKey() -> Key? {
        guard let byte = readByte() else { return .endOfInput }
        switch byte {
        case 0x03: return .interrupt
        case 0x04: return .endOfInput
        case 0x0D, 0x0A: return .enter
        case UInt8(ascii: "k"): return .up
        case UInt8(ascii: "j"): return .down
        case UInt8(ascii: "1")...UInt8(ascii: "9"): return .digit(Int(byte - UInt8(ascii: "0")))
        case 0x1B:
            guard readByte() == UInt8(ascii: "[") else { return .other }
            switch readByte() {
            case UInt8(ascii: "A"): return .up
            case UInt8(ascii: "B"): return .down
            default: return .other
            }
        default: return .other
        }
    }

    private func readByte() -> UInt8? {
        StandardInput.readByte()
    }
}

/// The saved terminal mode, restored when raw mode ends and from the signal handlers. Global
/// because a signal handler can capture nothing; it is written only on the main flow.
enum TerminalState {
    /// Both modes live in allocations, not in Swift variables: the global emitted for a
    /// `termios` variable is 57 bytes, while tcgetattr writes sizeof(struct termios), 60, past
    /// its end into the next global (AddressSanitizer: global-buffer-overflow in enterRawMode).
    /// An allocation is the type's whole stride.
    nonisolated(unsafe) private static let saved = allocateTermios()
    nonisolated(unsafe) private static let raw = allocateTermios()
    nonisolated(unsafe) private static var isRaw: Int32 = 0
    nonisolated(unsafe) static var interruptMessage: [UInt8] = Array("\nsesame: stopped.\n".utf8)

    private static func allocateTermios() -> UnsafeMutablePointer<termios> {
        let pointer = UnsafeMutablePointer<termios>.allocate(capacity: 1)
        pointer.initialize(to: termios())
        return pointer
    }

    static func enterRawMode(_ output: any TextWriter) -> Bool {
        guard tcgetattr(0, saved) == 0 else { return false }
        raw.pointee = saved.pointee
        raw.pointee.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG)
        raw.pointee.c_cc.6 = 1 // VMIN
        raw.pointee.c_cc.5 = 0 // VTIME
        guard tcsetattr(0, TCSANOW, raw) == 0 else { return false }
        isRaw = 1
        output.write("\u{1B}[?25l")
        return true
    }

    static func restore(_ output: any TextWriter) {
        guard isRaw == 1 else { return }
        tcsetattr(0, TCSANOW, saved)
        isRaw = 0
        output.write("\u{1B}[?25h")
    }

    /// On SIGINT, SIGTERM and SIGHUP: put the terminal back, remove what `removeOnInterrupt`
    /// names, say where the draft is, exit 130.
    static func installSignalHandlers() {
        for signal in [SIGINT, SIGTERM, SIGHUP] {
            Glibc.signal(signal) { _ in TerminalState.interrupt() }
        }
    }

    /// Runs `body` with SIGINT and SIGQUIT ignored (a Ctrl-C then reaches only the editor, which
    /// starts with default handlers), then puts the previous handlers back.
    static func ignoringInterrupts<Value>(_ body: () -> Value) -> Value {
        let previousInterrupt = signal(SIGINT, SIG_IGN)
        let previousQuit = signal(SIGQUIT, SIG_IGN)
        defer {
            signal(SIGINT, previousInterrupt)
            signal(SIGQUIT, previousQuit)
        }
        return body()
    }

    /// Paths a signal must not leave behind (the init lock, the editor's scratch file and
    /// folder), as C strings made before any signal can need them: the handler only reads
    /// them and calls unlink(2) and rmdir(2). Folders are removed after files.
    private static let cleanupSlots = 8
    nonisolated(unsafe) private static let cleanup: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let slots = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: cleanupSlots)
        slots.initialize(repeating: nil, count: cleanupSlots)
        return slots
    }()

    /// Removes `path` (a file, or an empty folder) if a signal ends the process before
    /// `keepOnInterrupt(path)`.
    static func removeOnInterrupt(_ path: String) {
        guard let slot = (0..<cleanupSlots).first(where: { cleanup[$0] == nil }) else { return }
        cleanup[slot] = strdup(path)
    }

    /// Forgets `path` for the signal handler (it has been removed, or is to be kept).
    static func keepOnInterrupt(_ path: String) {
        for slot in 0..<cleanupSlots {
            guard let entry = cleanup[slot], String(cString: entry) == path else { continue }
            cleanup[slot] = nil
            free(entry)
        }
    }

    /// Ctrl-C, from a signal or read as a key in raw mode. Only async-signal-safe calls.
    static func interrupt() -> Never {
        if isRaw == 1 {
            tcsetattr(0, TCSANOW, saved)
            _ = Glibc.write(1, "\u{1B}[?25h", 6)
        }
        for slot in 0..<cleanupSlots { if let path = cleanup[slot] { unlink(path) } }
        for slot in 0..<cleanupSlots { if let path = cleanup[slot] { rmdir(path) } }
        interruptMessage.withUnsafeBytes { _ = Glibc.write(2, $0.baseAddress, $0.count) }
        _exit(130)
    }
}

