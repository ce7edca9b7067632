#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program without a shell (`posix_spawn`), with a given environment, and collects
/// its standard output, standard error and exit status. Standard input is inherited, as
/// botocore's `ProcessProvider` leaves it, so a helper may prompt (e.g. for a PIN).
struct ChildProcess {
    struct Result: Sendable {
        var status: Int32
        var standardOutput: [UInt8]
        var standardError: [UInt8]
    }

    struct LaunchError: Error, CustomStringConvertible {
        let description: String
    }

    let arguments: [String]
    let environment: [String: String]

    /// Runs the program to completion on a dedicated thread.
    func run() async throws -> Result {
        let arguments = arguments, environment = environment
        let outcome = await DedicatedThread.run { () -> Swift.Result<Result, LaunchError> in
            Swift.Result { try ChildProcess(arguments: arguments, environment: environment).runBlocking() }
                .mapError { $0 as? LaunchError ?? LaunchError(description: "\($0)") }
        }
        guard let outcome else { throw LaunchError(description: "could not start a thread") }
        return try outcome.get()
    }

    /// The program path: as given when it contains `/`, else searched in the `PATH` of
    /// the child's environment.
    func executablePath() throws -> String {
        guard let program = arguments.first, !program.isEmpty else { throw LaunchError(description: "empty command") }
        if program.contains("/") { return program }
        let searchPath = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in searchPath.split(separator: ":") where access("\(directory)/\(program)", X_OK) == 0 {
            return "\(directory)/\(program)"
        }
        throw LaunchError(description: "\(program): command not found")
    }

    private func runBlocking() throws -> Result {
        let path = try executablePath()
        var outputPipe: [Int32] = [-1, -1], errorPipe: [Int32] = [-1, -1]
        guard pipe(&outputPipe) == 0, pipe(&errorPipe) == 0 else {
            throw LaunchError(description: "pipe failed: \(String(cString: strerror(errno)))")
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, outputPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errorPipe[1], 2)
        for descriptor in outputPipe + errorPipe { posix_spawn_file_actions_addclose(&actions, descriptor) }

        // Start the child with no blocked signals and default handlers, whatever the parent has.
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
        close(outputPipe[1])
        close(errorPipe[1])
        defer { close(outputPipe[0]); close(errorPipe[0]) }
        guard spawnStatus == 0 else {
            throw LaunchError(description: "\(path): \(String(cString: strerror(spawnStatus)))")
        }
        let (output, error) = Self.drain(outputPipe[0], errorPipe[0])
        var waitStatus: Int32 = 0
        while waitpid(pid, &waitStatus, 0) == -1 && errno == EINTR {}
        let exited = waitStatus & 0x7F == 0
        return Result(status: exited ? (waitStatus >> 8) & 0xFF : 128 + (waitStatus & 0x7F),
                      standardOutput: output, standardError: error)
    }

    /// Reads both pipes to their end together, so a child filling one cannot block.
    private static func drain(_ output: Int32, _ error: Int32) -> ([UInt8], [UInt8]) {
        var collected: [[UInt8]] = [[], []]
        var open = [output, error]
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while open.contains(where: { $0 >= 0 }) {
            var descriptors = open.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            guard poll(&descriptors, nfds_t(descriptors.count), -1) >= 0 else {
                if errno == EINTR { continue }
                break
            }
            for index in 0..<2 where open[index] >= 0 && descriptors[index].revents != 0 {
                let count = read(open[index], &buffer, buffer.count)
                if count > 0 {
                    collected[index] += buffer[0..<count]
                } else if count == 0 || errno != EINTR {
                    open[index] = -1
                }
            }
        }
        return (collected[0], collected[1])
    }
}
