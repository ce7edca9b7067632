import SesameCore

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

    /// One byte of the terminal; nil at the end of input.
    static func readByte() -> UInt8? {
        StandardInput.readByte()
    }

    /// Whether a byte can be read within `milliseconds`.
    static func waitForInput(milliseconds: Int32) -> Bool {
        var descriptor = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
        return SystemCall.retryingInterrupts { poll(&descriptor, 1, milliseconds) } > 0
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

