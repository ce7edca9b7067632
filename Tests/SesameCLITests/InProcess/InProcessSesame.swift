@testable import sesame
import SesameAWS
import SesameCore
import Synchronization
import TestSupport

/// Runs `sesame` commands inside the test process through a `CommandContext` of scripted
/// input, captured output and (for AWS commands) a fake transport: the same parsing, commands
/// and exit statuses as the binary, in milliseconds.
struct InProcessSesame {
    /// The binary's test environment: no metadata service, empty AWS config files.
    var environment = CommandRunner.baseEnvironment
    var terminal = TerminalFacts.none
    var transport: (any HTTPTransport)?
    var homeDirectory = "/nonexistent-sesame-test-home"
    /// Standard output fails every write, like `/dev/full`.
    var failingOutput = false
    var fileSystem: any FileSystem = LocalFileSystem()

    /// A run against `aws` (a fake SES and Support) with static credentials from the environment.
    static func aws(_ aws: FakeSES) -> InProcessSesame {
        var sesame = InProcessSesame()
        sesame.transport = aws
        sesame.environment["AWS_ACCESS_KEY_ID"] = "AKIDINPROCESS"
        sesame.environment["AWS_SECRET_ACCESS_KEY"] = "in-process-secret"
        return sesame
    }

    /// Runs one command line with `input` as standard input.
    func run(_ arguments: [String], input: String = "") async -> InProcessResult {
        let output = CapturedText(failing: failingOutput)
        let error = CapturedText()
        let context = CommandContext(
            output: output, error: error, input: ScriptedInput(input), terminal: terminal,
            environment: environment, fileSystem: fileSystem, homeDirectory: homeDirectory, clock: { Date() },
            transport: transport, sleep: { _ in }, ownsProcess: false)
        let status = await Sesame.run(arguments, in: context)
        return InProcessResult(status: status, stdout: output.text, stderr: error.text)
    }
}

/// What an in-process run printed and how it would have exited.
struct InProcessResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// A writer that keeps what it is given; `failing` makes every write fail like `/dev/full`.
final class CapturedText: TextWriter {
    private let state = Mutex("")
    private let failing: Bool

    init(failing: Bool = false) {
        self.failing = failing
    }

    var text: String { state.withLock { $0 } }

    func write(_ text: String) {
        if !failing { state.withLock { $0 += text } }
    }

    func checkWritten() throws(WriteFailure) {
        if failing { throw WriteFailure(stream: DescriptorWriter.standardOutput.name, reason: "No space left on device") }
    }
}

/// Standard input from a string, a line at a time.
final class ScriptedInput: LineReader {
    private let lines: Mutex<[String]>

    init(_ text: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        self.lines = Mutex(lines)
    }

    func readLine() -> String? {
        lines.withLock { $0.isEmpty ? nil : $0.removeFirst() }
    }
}
