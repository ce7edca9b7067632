/// Runs a program without a shell (`posix_spawn`) and waits for it: the one way sesame starts
/// another program (`credential_process`, the wizard's `$EDITOR` through `/bin/sh`).
///
/// The child starts with no blocked signals and every signal at its default action, whatever
/// the parent has set: sesame ignores SIGINT while the editor runs, and the editor must still
/// get it. Standard input is always inherited, as botocore's `ProcessProvider` leaves it, so a
/// helper may prompt (e.g. for a PIN).
public struct ChildProcess: Sendable {
    /// What became of the child.
    public struct Result: Sendable {
        /// Its exit status, or 128 + the signal that ended it.
        public var status: Int32
        /// What it wrote, when the output is captured (empty when inherited).
        public var standardOutput: [UInt8]
        public var standardError: [UInt8]
    }

    /// Why the child could not be run (or was stopped).
    public struct LaunchError: Error, CustomStringConvertible, Sendable {
        public let description: String

        public init(description: String) {
            self.description = description
        }
    }

    /// Where the child's standard output and error go.
    public enum Output: Sendable {
        /// Collected, at most `limit` bytes per stream: past it the child is killed and the run
        /// fails, instead of memory filling up (3 GB of output aborted sesame) or a flood being
        /// printed.
        case captured(limit: Int)
        /// sesame's own (the terminal, for an editor).
        case inherited
    }

    public let arguments: [String]
    public let environment: [String: String]
    public var output: Output

    public init(arguments: [String], environment: [String: String], output: Output = .captured(limit: 4 << 20)) {
        self.arguments = arguments
        self.environment = environment
        self.output = output
    }

    /// The program path: as given when it contains `/`, else searched in the `PATH` of
    /// the child's environment.
    public func executablePath() throws(LaunchError) -> String {
        guard let program = arguments.first, !program.isEmpty else { throw LaunchError(description: "empty command") }
        if program.contains("/") { return program }
        let searchPath = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in searchPath.split(separator: ":") where access("\(directory)/\(program)", X_OK) == 0 {
            return "\(directory)/\(program)"
        }
        throw LaunchError(description: "\(program): command not found")
    }

    /// Runs the program to completion on the calling thread.
    public func runBlocking() throws(LaunchError) -> Result {
        let path = try executablePath()
        var outputPipe: [Int32] = [-1, -1], errorPipe: [Int32] = [-1, -1]
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if case .captured = output {
            guard pipe(&outputPipe) == 0, pipe(&errorPipe) == 0 else {
                throw LaunchError(description: "pipe failed: \(String(cString: strerror(errno)))")
            }
            posix_spawn_file_actions_adddup2(&actions, outputPipe[1], 1)
            posix_spawn_file_actions_adddup2(&actions, errorPipe[1], 2)
            for descriptor in outputPipe + errorPipe { posix_spawn_file_actions_addclose(&actions, descriptor) }
        }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t(), allSignals = sigset_t()
        sigemptyset(&noSignals)
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid = pid_t()
        // ETXTBSY: another thread's child briefly holds a write descriptor to the program
        // (it was just written); retry briefly, as Go's os/exec does.
        var spawnStatus = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
        for _ in 0..<20 where spawnStatus == ETXTBSY {
            usleep(20_000)
            spawnStatus = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
        }
        var collected: ([UInt8], [UInt8], overflowed: Int?) = ([], [], nil)
        if case let .captured(limit) = output {
            close(outputPipe[1])
            close(errorPipe[1])
            defer { close(outputPipe[0]); close(errorPipe[0]) }
            guard spawnStatus == 0 else { throw LaunchError(description: "\(path): \(String(cString: strerror(spawnStatus)))") }
            collected = Self.drain(outputPipe[0], errorPipe[0], limit: limit)
            if collected.overflowed != nil { kill(pid, SIGKILL) }
        }
        guard spawnStatus == 0 else { throw LaunchError(description: "\(path): \(String(cString: strerror(spawnStatus)))") }
        var waitStatus: Int32 = 0
        _ = SystemCall.retryingInterrupts { waitpid(pid, &waitStatus, 0) }
        if let overflowed = collected.overflowed, case let .captured(limit) = output {
            throw LaunchError(description: "it wrote more than \(limit >> 20) MiB to its \(overflowed == 0 ? "standard output" : "standard error"); it was stopped and its output ignored")
        }
        let exited = waitStatus & 0x7F == 0
        return Result(status: exited ? (waitStatus >> 8) & 0xFF : 128 + (waitStatus & 0x7F),
                      standardOutput: collected.0, standardError: collected.1)
    }

    /// Reads both pipes to their end together, so a child filling one cannot block; stops at the
    /// first pipe to pass `limit` bytes and says which (0 output, 1 error).
    private static func drain(_ output: Int32, _ error: Int32, limit: Int) -> ([UInt8], [UInt8], overflowed: Int?) {
        var collected: [[UInt8]] = [[], []]
        var open = [output, error]
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while open.contains(where: { $0 >= 0 }) {
            var descriptors = open.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            guard SystemCall.retryingInterrupts({ poll(&descriptors, nfds_t(descriptors.count), -1) }) >= 0 else { break }
            for index in 0..<2 where open[index] >= 0 && descriptors[index].revents != 0 {
                let count = SystemCall.retryingInterrupts { read(open[index], &buffer, buffer.count) }
                if count > 0 {
                    collected[index] += buffer[0..<count]
                    if collected[index].count > limit { return (collected[0], collected[1], index) }
                } else {
                    open[index] = -1
                }
            }
        }
        return (collected[0], collected[1], nil)
    }
}
