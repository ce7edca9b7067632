import Foundation

/// A loopback HTTP server run as a subprocess. It must print `listening http://HOST:PORT`
/// as its first line on standard output; the process is terminated by `stop()` or when the
/// value is released.
public final class ServerProcess: @unchecked Sendable {
    /// The base URL the server printed, e.g. `http://127.0.0.1:40123`.
    public let baseURL: String
    private let process: Process

    /// Starts the Python script `arguments[0]` (with `python3` from `PATH`, which is
    /// where botocore is installed) and waits for its `listening` line.
    public init(pythonArguments arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.standardError
        try process.run()
        self.process = process

        var line = [UInt8]()
        let reader = output.fileHandleForReading
        while let byte = try reader.read(upToCount: 1)?.first, byte != UInt8(ascii: "\n") {
            line.append(byte)
        }
        let text = String(decoding: line, as: UTF8.self)
        guard text.hasPrefix("listening ") else {
            process.terminate()
            throw ServerProcessError(message: "server did not start: \(text)")
        }
        baseURL = String(text.dropFirst("listening ".count))
    }

    /// Kills the server. SIGKILL, because a child of the test runner inherits its blocked
    /// signal mask and would ignore SIGTERM; and not awaited, because Foundation's
    /// `waitUntilExit` can hang when called from a task thread on Linux.
    public func stop() {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }

    deinit { stop() }
}

/// A server subprocess could not be started.
public struct ServerProcessError: Error, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}
