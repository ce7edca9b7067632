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
    /// How many `enterRawMode` calls are not yet matched by `restore`: the wizard holds raw
    /// mode for its whole run, and each pick list or typed line nests inside.
    nonisolated(unsafe) private static var rawDepth: Int32 = 0
    nonisolated(unsafe) private static var cursorHidden: Int32 = 0
    nonisolated(unsafe) static var interruptMessage: [UInt8] = Array("\nsesame: stopped.\n".utf8)

    private static func allocateTermios() -> UnsafeMutablePointer<termios> {
        let pointer = UnsafeMutablePointer<termios>.allocate(capacity: 1)
        pointer.initialize(to: termios())
        return pointer
    }

    /// Keys one at a time, unechoed, Ctrl-C and Ctrl-Z as bytes. Nested calls only count. While
    /// raw, a SIGTSTP or SIGWINCH is only noted (`signalNotices`) and acted on by the key
    /// reader, between two keys.
    ///
    /// `TCSANOW`, deliberately: echo stops at once, and the input queue is kept, so keys typed
    /// ahead are read as keys. `TCSAFLUSH` would throw them away (a paste begun before the
    /// prompt, as linenoise loses it); `TCSADRAIN` would only wait for output to drain, and
    /// nothing changed here (no output flag) affects output already written.
    static func enterRawMode() -> Bool {
        if rawDepth > 0 {
            rawDepth += 1
            return true
        }
        guard tcgetattr(0, saved) == 0 else { return false }
        raw.pointee = saved.pointee
        raw.pointee.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG)
        raw.pointee.c_cc.6 = 1 // VMIN
        raw.pointee.c_cc.5 = 0 // VTIME
        guard tcsetattr(0, TCSANOW, raw) == 0 else { return false }
        rawDepth = 1
        noteSignals()
        return true
    }

    /// Whether the keys waiting to be read were echoed by the terminal itself: typed in its own
    /// mode, before raw mode began, so they already show where the cursor was then.
    static var typedAheadWasEchoed: Bool {
        var waiting: Int32 = 0
        return saved.pointee.c_lflag & tcflag_t(ECHO) != 0 && ioctl(0, UInt(FIONREAD), &waiting) == 0 && waiting > 0
    }

    /// Ends one `enterRawMode`; the outermost puts the terminal back (`TCSANOW`: see there).
    static func restore(_ output: any TextWriter) {
        guard rawDepth > 0 else { return }
        rawDepth -= 1
        guard rawDepth == 0 else { return }
        signal(SIGTSTP, SIG_DFL)
        signal(SIGWINCH, SIG_DFL)
        tcsetattr(0, TCSANOW, saved)
        showCursor(output)
    }

    /// Hides the cursor (a pick list) until `showCursor`; shown again around a stop and on
    /// every way out.
    static func hideCursor(_ output: any TextWriter) {
        cursorHidden = 1
        output.write("\u{1B}[?25l")
    }

    static func showCursor(_ output: any TextWriter) {
        guard cursorHidden == 1 else { return }
        cursorHidden = 0
        output.write("\u{1B}[?25h")
    }

    // MARK: Ctrl-Z and resizes

    /// What a signal noted in raw mode asks for, read from `signalNotices`.
    enum Notice {
        case suspend, resize
    }

    /// The self-pipe that SIGTSTP and SIGWINCH handlers write their signal number to while raw
    /// mode is on; the key reader polls its reading end beside the terminal. Both ends are
    /// non-blocking. A handler does nothing else.
    nonisolated(unsafe) static var signalNotices: Int32 = -1
    nonisolated(unsafe) private static var signalNoticeWriter: Int32 = -1

    private static func noteSignals() {
        if signalNotices < 0 {
            var ends: [Int32] = [-1, -1]
            guard pipe(&ends) == 0 else { return }
            for end in ends {
                _ = fcntl(end, F_SETFL, O_NONBLOCK)
                _ = fcntl(end, F_SETFD, FD_CLOEXEC)
            }
            signalNotices = ends[0]
            signalNoticeWriter = ends[1]
        }
        for noted in [SIGTSTP, SIGWINCH] {
            signal(noted) { number in
                var byte = UInt8(truncatingIfNeeded: number)
                _ = Glibc.write(TerminalState.signalNoticeWriter, &byte, 1)
            }
        }
    }

    /// The next notice in `signalNotices`, nil when there is none.
    static func nextNotice() -> Notice? {
        var byte: UInt8 = 0
        while Glibc.read(signalNotices, &byte, 1) == 1 {
            if Int32(byte) == SIGTSTP { return .suspend }
            if Int32(byte) == SIGWINCH { return .resize }
        }
        return nil
    }

    /// Ctrl-Z while raw: the terminal put back, the process stopped by SIGTSTP's default action
    /// (a shell's `fg` continues it), then raw mode again. Called on the flow that reads keys,
    /// never from a handler. The signal is sent to this thread and unblocked only here (the
    /// concurrency runtime's threads block signals), so the stop happens before `raise` returns:
    /// exactly one stop, and nothing runs in raw mode while stopped. Notices still waiting are
    /// dropped: the caller draws everything again, at the width of the moment.
    static func suspend(_ output: any TextWriter) {
        guard rawDepth > 0 else { return }
        while nextNotice() != nil {}
        let hidden = cursorHidden == 1
        showCursor(output)
        lendingTerminal {
            var stop = sigset_t()
            var previous = sigset_t()
            sigemptyset(&stop)
            sigaddset(&stop, SIGTSTP)
            pthread_sigmask(SIG_BLOCK, &stop, &previous)
            raise(SIGTSTP)
            pthread_sigmask(SIG_UNBLOCK, &stop, nil)
            // Continued: the stop happened on the unblocking above.
            pthread_sigmask(SIG_SETMASK, &previous, nil)
        }
        if hidden { hideCursor(output) }
    }

    /// Runs `body` (the editor, or a stop) with the terminal in the mode sesame found it in and
    /// SIGTSTP and SIGWINCH at their default actions, then takes raw mode back.
    static func lendingTerminal<Value>(_ body: () -> Value) -> Value {
        guard rawDepth > 0 else { return body() }
        signal(SIGTSTP, SIG_DFL)
        signal(SIGWINCH, SIG_DFL)
        tcsetattr(0, TCSANOW, saved)
        defer {
            tcsetattr(0, TCSANOW, raw)
            noteSignals()
        }
        return body()
    }

    /// On SIGINT, SIGTERM and SIGHUP: put the terminal back, remove what `removeOnInterrupt`
    /// names, say where the draft is, exit 130.
    static func installSignalHandlers() {
        for signal in [SIGINT, SIGTERM, SIGHUP] {
            Glibc.signal(signal) { _ in TerminalState.interrupt() }
        }
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
        if rawDepth > 0 {
            tcsetattr(0, TCSANOW, saved)
            _ = Glibc.write(1, "\u{1B}[?25h", 6)
        }
        for slot in 0..<cleanupSlots { if let path = cleanup[slot] { unlink(path) } }
        for slot in 0..<cleanupSlots { if let path = cleanup[slot] { rmdir(path) } }
        interruptMessage.withUnsafeBytes { _ = Glibc.write(2, $0.baseAddress, $0.count) }
        _exit(130)
    }
}

