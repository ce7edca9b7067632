import Foundation
import Synchronization

/// A loopback HTTP server run as a subprocess. It must print `listening http://HOST:PORT`
/// as its first line on standard output; the process is killed by `stop()` or when the
/// value is released.
public final class ServerProcess: @unchecked Sendable {
    /// The base URL the server printed, e.g. `http://127.0.0.1:40123`.
    public let baseURL: String
    private let pid: pid_t
    /// The subprocess when this process started it (Foundation reaps it); nil for a forked emulator.
    private let process: Process?
    /// Set once the server has been killed, so that its PID is never signalled twice.
    private let stopped = Mutex(false)

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
        pid = process.processIdentifier

        let text = try Self.firstLine(of: output.fileHandleForReading)
        guard text.hasPrefix("listening ") else {
            process.terminate()
            throw ServerProcessError(message: "server did not start: \(text)")
        }
        baseURL = String(text.dropFirst("listening ".count))
    }

    /// The SES emulator, forked by this test process's `EmulatorForkServer` with `arguments`
    /// (the emulator's own options, without the script).
    public init(emulatorArguments arguments: [String]) throws {
        (pid, baseURL) = try EmulatorForkServer.shared.get().start(arguments)
        process = nil
    }

    /// One line read from `handle`, without its newline, byte by byte so nothing after it is consumed.
    static func firstLine(of handle: FileHandle) throws -> String {
        var line = [UInt8]()
        while let byte = try handle.read(upToCount: 1)?.first, byte != UInt8(ascii: "\n") {
            line.append(byte)
        }
        return String(decoding: line, as: UTF8.self)
    }

    /// Starts a threading HTTP server whose Python source `handler` defines a
    /// `BaseHTTPRequestHandler` subclass named `Handler` (and imports `ThreadingHTTPServer`);
    /// the serving loop and the `listening` line are added here. The script goes to a temporary
    /// file named after `name`.
    public convenience init(handler: String, named name: String) throws {
        let script = FileManager.default.temporaryDirectory.appendingPathComponent("sesame-\(name)-\(UUID().uuidString).py")
        try (handler + Self.servingLoop).write(to: script, atomically: true, encoding: .utf8)
        try self.init(pythonArguments: [script.path])
    }

    private static let servingLoop = """


        class Server(ThreadingHTTPServer):
            daemon_threads = True


        if __name__ == "__main__":
            server = Server(("127.0.0.1", 0), Handler)
            print(f"listening http://127.0.0.1:{server.server_address[1]}", flush=True)
            server.serve_forever()

        """

    /// Kills the server. SIGKILL, because a child of the test runner inherits its blocked
    /// signal mask and would ignore SIGTERM; and not awaited, because Foundation's
    /// `waitUntilExit` can hang when called from a task thread on Linux.
    public func stop() {
        let first = stopped.withLock { stopped in
            defer { stopped = true }
            return !stopped
        }
        if first, process?.isRunning ?? true { kill(pid, SIGKILL) }
    }

    deinit { stop() }
}

/// A server subprocess could not be started.
public struct ServerProcessError: Error, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}
