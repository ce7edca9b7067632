import SesameAWS

/// Asks for an MFA code the way the AWS CLI's `getpass` does: the prompt on standard error,
/// the code typed on the terminal without echo. Exists only when standard input is a
/// terminal, so piped or scripted runs get the "MFA needs a terminal" error instead of a hang.
struct TerminalCodeReader: MFACodeReader {
    /// Where the prompt goes (standard error).
    let prompts: any TextWriter

    /// A reader when standard input is a terminal, else nil.
    init?(terminal: TerminalFacts, prompts: any TextWriter) {
        guard terminal.inputIsTerminal else { return nil }
        self.prompts = prompts
    }

    func readCode(prompt: String) async throws -> String? {
        // Allocated, not Swift variables: Swift's `termios` is shorter than the C struct (see TerminalState).
        let mode = UnsafeMutablePointer<termios>.allocate(capacity: 2)
        defer { mode.deallocate() }
        mode.initialize(repeating: termios(), count: 2)
        let hidden = tcgetattr(0, mode) == 0
        if hidden {
            mode[1] = mode[0]
            mode[1].c_lflag &= ~tcflag_t(ECHO)
            tcsetattr(0, TCSANOW, mode + 1)
        }
        prompts.write(prompt)  // after echo is off, so an early answer is not shown
        defer {
            if hidden { tcsetattr(0, TCSANOW, mode) }
            prompts.write("\n")
        }
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while true {
            let count = SystemCall.retryingInterrupts { read(0, &byte, 1) }
            if count <= 0 { return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self) }
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { return String(decoding: bytes, as: UTF8.self) }
            bytes.append(byte)
        }
    }
}
