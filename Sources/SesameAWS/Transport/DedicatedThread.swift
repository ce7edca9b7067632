/// Runs blocking work on a thread of its own, so that it never occupies one of the few
/// threads of Swift's cooperative pool (two on a two-core machine).
enum DedicatedThread {
    /// Runs `work` on a new detached thread and returns its result to the awaiting task.
    /// Returns nil when the system refuses to create a thread.
    static func run<Value: Sendable>(_ work: @escaping @Sendable () -> Value) async -> Value? {
        await withCheckedContinuation { (continuation: CheckedContinuation<Value?, Never>) in
            guard let thread = SystemThread.start({ continuation.resume(returning: work()) }) else {
                return continuation.resume(returning: nil)
            }
            thread.detach()
        }
    }
}
