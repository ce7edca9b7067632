/// Runs blocking work on a thread of its own, so that it never occupies one of the few
/// threads of Swift's cooperative pool (two on a two-core machine).
enum DedicatedThread {
    private final class Entry {
        let work: @Sendable () -> Void
        init(_ work: @escaping @Sendable () -> Void) { self.work = work }
    }

    /// Runs `work` on a new detached thread and returns its result to the awaiting task.
    /// Returns nil when the system refuses to create a thread.
    static func run<Value: Sendable>(_ work: @escaping @Sendable () -> Value) async -> Value? {
        await withCheckedContinuation { (continuation: CheckedContinuation<Value?, Never>) in
            let started = spawn { continuation.resume(returning: work()) }
            if !started { continuation.resume(returning: nil) }
        }
    }

    private static func spawn(_ work: @escaping @Sendable () -> Void) -> Bool {
        let entry = Unmanaged.passRetained(Entry(work)).toOpaque()
        var thread = pthread_t()
        let status = pthread_create(&thread, nil, { argument in
            guard let argument else { return nil }
            Unmanaged<Entry>.fromOpaque(argument).takeRetainedValue().work()
            return nil
        }, entry)
        guard status == 0 else {
            Unmanaged<Entry>.fromOpaque(entry).release()
            return false
        }
        pthread_detach(thread)
        return true
    }
}
