/// A POSIX thread that runs one closure: the one place sesame starts a thread of its own (the
/// exchanges that run beside another, `DedicatedThread`; the start-up warm-up, `StartupWarmUp`).
public struct SystemThread: Sendable {
    private final class Entry {
        let work: @Sendable () -> Void
        init(_ work: @escaping @Sendable () -> Void) { self.work = work }
    }

    private let thread: pthread_t

    /// Starts `work` on a new thread; nil when the system refuses to create one. The thread must
    /// then be either joined or detached, once.
    public static func start(_ work: @escaping @Sendable () -> Void) -> SystemThread? {
        let entry = Unmanaged.passRetained(Entry(work)).toOpaque()
        var thread = pthread_t()
        let status = pthread_create(&thread, nil, { argument in
            guard let argument else { return nil }
            Unmanaged<Entry>.fromOpaque(argument).takeRetainedValue().work()
            return nil
        }, entry)
        guard status == 0 else {
            Unmanaged<Entry>.fromOpaque(entry).release()
            return nil
        }
        return SystemThread(thread: thread)
    }

    /// Waits until the work has returned.
    public func join() {
        pthread_join(thread, nil)
    }

    /// Lets the thread end on its own, with nobody waiting for it.
    public func detach() {
        pthread_detach(thread)
    }
}
