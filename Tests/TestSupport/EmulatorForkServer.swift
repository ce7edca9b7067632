import Foundation
import Synchronization

/// `Tests/Emulator/forkserver.py`, started once per test process: it loads botocore and the
/// service models once and forks a fresh emulator for each `start`, instead of every test
/// paying about 0.6 s of CPU to load them again. Its input is closed when the test process
/// exits, and it then kills the emulators still running.
final class EmulatorForkServer: Sendable {
    /// The fork server of this test process, started on first use.
    static let shared = Result { try EmulatorForkServer() }

    private let process: Process
    /// Requests out and answers in, one line each, one exchange at a time.
    private let channel: Mutex<(requests: FileHandle, answers: FileHandle)>

    private init() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", TestPaths.packageRoot.appendingPathComponent("Tests/Emulator/forkserver.py").path]
        let requests = Pipe(), answers = Pipe()
        process.standardInput = requests
        process.standardOutput = answers
        process.standardError = FileHandle.standardError
        try process.run()
        self.process = process
        channel = Mutex((requests.fileHandleForWriting, answers.fileHandleForReading))
    }

    /// Forks an emulator with these command-line arguments; returns its PID and the base URL
    /// it printed.
    func start(_ arguments: [String]) throws -> (pid: pid_t, baseURL: String) {
        let request = try JSONSerialization.data(withJSONObject: arguments) + Data("\n".utf8)
        let answer = try channel.withLock { channel in
            try channel.requests.write(contentsOf: request)
            return try ServerProcess.firstLine(of: channel.answers)
        }
        let words = answer.split(separator: " ", maxSplits: 2)
        guard words.count == 3, words[1] == "listening", let pid = pid_t(words[0]) else {
            throw ServerProcessError(message: "emulator did not start: \(answer)")
        }
        return (pid, String(words[2]))
    }
}
