import Synchronization

/// Where a blocking libcurl transfer runs. The only exchange of the process in flight runs on
/// the calling thread, and every other one, while it runs, on a thread of its own
/// (`DedicatedThread`), so that exchanges to several regions still run in parallel and never
/// wait for a free thread of Swift's cooperative pool. `status` of one region thus starts and
/// hands over to no thread for its request. On a single processor the pool has one thread,
/// which a blocking exchange would hold while other tasks wait to start theirs: there every
/// exchange gets a thread of its own.
enum ExchangeThread {
    /// Exchanges being performed now, in this process.
    private static let inFlight = Atomic<Int>(0)
    /// Processors online: the width of the cooperative pool.
    private static let processors = sysconf(Int32(_SC_NPROCESSORS_ONLN))

    /// Runs `work` and returns its result; nil when it needed a thread and the system refused one.
    static func perform<Value: Sendable>(_ work: @escaping @Sendable () -> Value) async -> Value? {
        let others = inFlight.add(1, ordering: .relaxed).oldValue
        defer { inFlight.subtract(1, ordering: .relaxed) }
        if others == 0 && processors > 1 { return work() }
        return await DedicatedThread.run(work)
    }
}
