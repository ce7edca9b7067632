import SesameCore
import Synchronization

/// Where a command's text goes. A write that fails is remembered, not ignored: `main` asks
/// `checkWritten()` at the end, and a report that did not reach its reader is exit status 2.
protocol TextWriter: Sendable {
    func write(_ text: String)
    /// Throws the first write failure, if any write failed.
    func checkWritten() throws(WriteFailure)
}

/// A write to standard output or error that failed (`/dev/full`, a closed pipe, a full disk).
struct WriteFailure: Error, Equatable {
    /// Which stream: standard output or standard error.
    var stream: LocalizedText
    /// The system's reason, e.g. `No space left on device`.
    var reason: String
}

/// A writer on a file descriptor: every byte is written (partial writes and EINTR retried),
/// and after the first failure nothing more is attempted.
final class DescriptorWriter: TextWriter {
    static let standardOutput = DescriptorWriter(descriptor: 1, name: LocalizedText(en: "standard output", ja: "標準出力"))
    static let standardError = DescriptorWriter(descriptor: 2, name: LocalizedText(en: "standard error", ja: "標準エラー出力"))

    private let descriptor: Int32
    /// The stream's name, for the message when a write fails.
    let name: LocalizedText
    private let failure = Mutex<WriteFailure?>(nil)

    init(descriptor: Int32, name: LocalizedText) {
        self.descriptor = descriptor
        self.name = name
    }

    func write(_ text: String) {
        failure.withLock { failure in
            guard failure == nil else { return }
            var text = text
            text.withUTF8 { bytes in
                var offset = 0
                while offset < bytes.count {
                    let written = SystemCall.retryingInterrupts {
                        Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                    }
                    guard written >= 0 else {
                        failure = WriteFailure(stream: name, reason: String(cString: strerror(errno)))
                        return
                    }
                    offset += written
                }
            }
        }
    }

    /// Writes are not buffered, so there is nothing left to flush: only the remembered failure.
    func checkWritten() throws(WriteFailure) {
        if let failed = failure.withLock({ $0 }) { throw failed }
    }
}

/// Where a command reads lines from.
protocol LineReader: Sendable {
    /// One line without its line ending (`\n` or `\r\n`), or nil at the end of input.
    func readLine() -> String?
}

/// Standard input, read a byte at a time so that nothing is read ahead of what a line needs:
/// the wizard switches the same descriptor to raw mode for pick lists.
struct StandardInput: LineReader {
    func readLine() -> String? {
        var bytes: [UInt8] = []
        while let byte = Self.readByte() {
            if byte == UInt8(ascii: "\n") { return Self.line(bytes) }
            bytes.append(byte)
        }
        return bytes.isEmpty ? nil : Self.line(bytes)
    }

    /// One byte of standard input, nil at its end or on an error.
    static func readByte() -> UInt8? {
        var byte: UInt8 = 0
        let count = SystemCall.retryingInterrupts { Glibc.read(0, &byte, 1) }
        return count == 1 ? byte : nil
    }

    private static func line(_ bytes: [UInt8]) -> String {
        String(decoding: bytes.last == UInt8(ascii: "\r") ? bytes.dropLast() : bytes[...], as: UTF8.self)
    }
}

/// What the process knows about its terminal: which streams are one, how wide it is, and
/// whether colours are allowed at all (`NO_COLOR` set to anything, or `TERM=dumb`, forbid them,
/// unless `--color always` asks for them).
struct TerminalFacts: Sendable, Equatable {
    var inputIsTerminal: Bool
    var outputIsTerminal: Bool
    var errorIsTerminal: Bool
    /// Columns of the terminal, when standard output is one (else `COLUMNS`, else nil).
    var width: Int?
    var colorsForbidden: Bool
    /// The `--color` option: `auto` leaves the choice to the two facts above.
    var colorChoice: ColorChoice = .auto

    /// Whether standard output may be coloured.
    var outputColors: Bool { colors(onTerminal: outputIsTerminal) }
    /// Whether standard error may be coloured.
    var errorColors: Bool { colors(onTerminal: errorIsTerminal) }

    private func colors(onTerminal isTerminal: Bool) -> Bool {
        switch colorChoice {
        case .always: true
        case .never: false
        case .auto: isTerminal && !colorsForbidden
        }
    }
    /// Whether a person can answer a question: standard input and error are both a terminal.
    var canAsk: Bool { inputIsTerminal && errorIsTerminal }

    /// The columns of the terminal on standard output now, nil when it is none.
    static func measuredWidth() -> Int? {
        var size = winsize()
        return ioctl(1, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) : nil
    }

    /// No terminal anywhere, colours allowed: what a pipe or a test sees.
    static let none = TerminalFacts(inputIsTerminal: false, outputIsTerminal: false, errorIsTerminal: false,
                                    width: nil, colorsForbidden: false)

    static func probe(environment: [String: String]) -> TerminalFacts {
        let columns = measuredWidth()
        return TerminalFacts(
            inputIsTerminal: isatty(0) == 1, outputIsTerminal: isatty(1) == 1, errorIsTerminal: isatty(2) == 1,
            width: columns ?? environment["COLUMNS"].flatMap { Int($0) },
            colorsForbidden: !(environment["NO_COLOR"] ?? "").isEmpty || environment["TERM"] == "dumb")
    }
}

/// Facts read from the process itself, once, by `CommandContext.standard()`.
enum ProcessFacts {
    static func environment() -> [String: String] {
        var variables: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            let text = String(cString: entry)
            if let equals = text.firstIndex(of: "=") {
                variables[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            pointer += 1
        }
        return variables
    }

    /// `HOME`, else the password database's home folder.
    static func homeDirectory(_ environment: [String: String]) -> String {
        if let home = environment["HOME"], !home.isEmpty { return home }
        if let entry = getpwuid(getuid()), let directory = entry.pointee.pw_dir { return String(cString: directory) }
        return "/"
    }

    /// This machine's name (for a lock file: who holds it), or `localhost` when unknown.
    static func hostName() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "localhost" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
