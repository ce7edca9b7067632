import ArgumentParser
import SesameAWS

/// Process-wide state that a command line is going to need, built on a second thread while the
/// main thread parses the arguments (the largest part of every start-up; the machine has more
/// than one core). It saves wall time, not instructions: the same work is done, beside the
/// parse rather than after it.
///
/// What is warmed must be safe to build early and report nothing: whatever it finds wrong is
/// reported by the code that needs it, at the same point and in the same words as without the
/// warm-up (the state's own once-per-process initialisation waits for the thread's result, as
/// `CurlTransport.loadLibraries()` does for libcrypto and libcurl).
enum StartupWarmUp: Equatable {
    /// libcrypto, libcurl and `curl_global_init`, for the commands that talk to AWS.
    case awsLibraries

    /// What to warm for `arguments` (the command line without `--color`), or nil: start no
    /// thread. A reading of the words alone, before ArgumentParser runs, so it is cheap and
    /// conservative: only a command that surely talks to AWS, and nothing for help, `--version`,
    /// a completion script, a dry run or a `reply` that is not sent. The local commands start no
    /// thread either.
    static func plan(for arguments: [String]) -> StartupWarmUp? {
        guard let command = arguments.first, !arguments.contains(where: answeredByArgumentParser) else { return nil }
        switch command {
        case Sesame.Status._commandName, Sesame.Doctor._commandName: return .awsLibraries
        case Sesame.Submit._commandName: return arguments.contains("--dry-run") ? nil : .awsLibraries
        case Sesame.Reply._commandName: return arguments.contains("--send") ? .awsLibraries : nil
        // A local command (validate, lint, render, schema) that has process-wide state worth
        // building beside the parse gets a case of its own here, and its call in `warm()`.
        default: return nil
        }
    }

    /// Builds the state on the calling thread.
    func warm() {
        switch self {
        case .awsLibraries: CurlTransport.loadLibraries()
        }
    }

    /// What the thread that parsed the arguments builds once they parsed, while the warm-up
    /// thread is still at work: a part of the same state that any thread may build, taken off
    /// the warm-up thread, which the command waits for (its loading is longer than the parse).
    func warmAfterParse() {
        switch self {
        case .awsLibraries:
            CurlTransport.prepareBesideLoading()
            // Every command that talks to AWS reads GetAccount.
            SESAccount.prepareDecoding()
        }
    }

    /// A warm-up under way: its thread, and the part the parsing thread adds.
    struct Started {
        let plan: StartupWarmUp
        let thread: SystemThread

        /// The arguments parsed into a command that is about to run: builds the parsing
        /// thread's part (`warmAfterParse`).
        func argumentsParsed() {
            plan.warmAfterParse()
        }

        /// Waits for the warm-up thread to end.
        func join() {
            thread.join()
        }
    }

    /// Starts the thread that warms what `arguments` needs; nil when there is nothing to warm
    /// (or the system refuses a thread: the state is then built where it is first needed).
    /// The caller joins the thread before the process exits, so that an early exit (a usage
    /// error) never unloads or frees what the thread is still building.
    static func start(for arguments: [String]) -> Started? {
        guard let plan = plan(for: arguments), let thread = SystemThread.start({ plan.warm() }) else { return nil }
        return Started(plan: plan, thread: thread)
    }

    /// Help, `--version`, completion scripts and dump-help: ArgumentParser answers them, and
    /// the command never runs.
    private static func answeredByArgumentParser(_ argument: String) -> Bool {
        argument == "-h" || argument == "--help" || argument == "--version"
            || argument.hasPrefix("--generate-completion-script") || argument.hasPrefix("--experimental-dump-help")
    }
}
