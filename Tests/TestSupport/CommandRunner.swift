import Foundation

/// What a finished process printed and how it exited.
public struct CommandResult: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
}

/// Runs a program to completion with a clean, explicit environment, feeding standard input,
/// and kills it if it outlives its time limit (a hang is a test failure, not a stuck suite).
public enum CommandRunner {
    /// The variables every run gets, so that nothing from the developer's shell leaks in.
    public static let baseEnvironment: [String: String] = [
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": "/nonexistent-sesame-test-home",
        "LANG": "C.UTF-8",
        "AWS_EC2_METADATA_DISABLED": "true",
        "AWS_CONFIG_FILE": "/nonexistent-sesame-test-home/config",
        "AWS_SHARED_CREDENTIALS_FILE": "/nonexistent-sesame-test-home/credentials",
    ]

    /// The sanitizer settings of the test process (`scripts/test-sanitized`), passed on so that a
    /// sanitized `sesame` runs under the same options (no LeakSanitizer false positives).
    public static let sanitizerEnvironment: [String: String] = ProcessInfo.processInfo.environment.filter {
        ["ASAN_OPTIONS", "TSAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS"].contains($0.key)
    }

    /// `stdoutPath`, when given, is opened for writing as standard output instead of a pipe
    /// (`/dev/full` to test write errors); `stdout` is then empty.
    public static func run(
        _ executable: URL, _ arguments: [String], environment: [String: String] = [:], stdin: String? = nil,
        currentDirectory: URL? = nil, timeout: TimeInterval = 60, stdoutPath: String? = nil
    ) throws -> CommandResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = baseEnvironment.merging(sanitizerEnvironment) { _, new in new }
            .merging(environment) { _, new in new }
        process.currentDirectoryURL = currentDirectory ?? TestPaths.packageRoot
        let output = Pipe()
        let errors = Pipe()
        let input = Pipe()
        if let stdoutPath {
            guard let file = FileHandle(forWritingAtPath: stdoutPath) else { throw CannotOpen(path: stdoutPath) }
            process.standardOutput = file
        } else {
            process.standardOutput = output
        }
        process.standardError = errors
        process.standardInput = input
        try process.run()
        let outputData = stdoutPath == nil ? Reader(output.fileHandleForReading) : nil
        let errorData = Reader(errors.fileHandleForReading)
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try? input.fileHandleForWriting.close()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(5_000) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            throw TimedOut(arguments: arguments, seconds: timeout)
        }
        process.waitUntilExit()
        return CommandResult(status: process.terminationStatus, stdout: outputData?.text() ?? "", stderr: errorData.text())
    }

    /// Runs the built `sesame` binary.
    public static func sesame(
        _ arguments: [String], environment: [String: String] = [:], stdin: String? = nil,
        currentDirectory: URL? = nil, timeout: TimeInterval = 60, stdoutPath: String? = nil
    ) throws -> CommandResult {
        try run(TestPaths.sesameBinary, arguments, environment: environment, stdin: stdin,
                currentDirectory: currentDirectory, timeout: timeout, stdoutPath: stdoutPath)
    }

    public struct CannotOpen: Error {
        public var path: String
    }

    public struct TimedOut: Error, CustomStringConvertible {
        public var arguments: [String]
        public var seconds: TimeInterval
        public var description: String { "\(arguments.joined(separator: " ")) did not finish within \(seconds) s" }
    }

    /// Drains a pipe on a background thread so that a chatty child never blocks on a full pipe.
    private final class Reader: @unchecked Sendable {
        private var data = Data()
        private let done = DispatchSemaphore(value: 0)

        init(_ handle: FileHandle) {
            Thread.detachNewThread { [self] in
                data = handle.readDataToEndOfFile()
                done.signal()
            }
        }

        func text() -> String {
            done.wait()
            return String(decoding: data, as: UTF8.self)
        }
    }
}
