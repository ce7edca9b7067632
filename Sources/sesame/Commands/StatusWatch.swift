import SesameAWS
import SesameCore

/// `status --watch`: reads each region (of each account) until its review leaves PENDING; what
/// is shown is `WatchBoard`'s to say.
struct StatusWatch {
    /// The regions to watch, each with the session that reads it.
    let targets: [(target: WatchBoard.Target, session: AWSSession)]
    let schedule: PollSchedule
    let timeout: Double?
    let language: Language
    let context: CommandContext
    /// False for JSON: nothing is printed while waiting.
    let shows: Bool

    /// Waits, prints, and returns the last answer of each target and how each stands.
    func run() async -> (accounts: [AccountStatus?], waits: [RegionWait], stopped: Stop?) {
        guard !targets.isEmpty else { return ([], [], nil) }  // every role failed: nothing to wait for
        let board = Board(WatchBoard(targets: targets.map(\.target), live: context.terminal.outputIsTerminal, language: language),
                          output: shows ? context.output : nil)
        let stop = StopSignal()
        let interruption = context.ownsProcess ? InterruptWatch { Task { await stop.stop(.interrupted) } } : nil
        defer { interruption?.cancel() }
        await withTaskGroup(of: Bool.self) { group in  // true: a target's task ended
            for (index, target) in targets.enumerated() {
                group.addTask { await watch(target.target.region, with: target.session, index: index, board: board); return true }
            }
            group.addTask { await stop.wait(timeout: timeout); return false }
            var remaining = targets.count
            while let targetEnded = await group.next() {
                guard targetEnded else { break }  // the timeout, or Ctrl-C
                remaining -= 1
                if remaining == 0 {
                    await stop.stop(.settled)
                    break
                }
            }
            group.cancelAll()
        }
        let reason = await stop.reason
        return (await board.accounts, await board.board.waits, reason == .settled ? nil : reason)
    }

    /// Reads one region until it settles (or the task is cancelled).
    private func watch(_ region: String, with session: AWSSession, index: Int, board: Board) async {
        var throttled = 0
        var generator = SystemRandomNumberGenerator()
        while !Task.isCancelled {
            do {
                let account = try await session.sesv2(region: region).accountStatus()
                throttled = 0
                let wait = RegionWait(account)
                await board.update(index, wait, account: account)
                if wait.isSettled { return }
            } catch let error as AWSServiceError where RetryPolicy.throttlingCodes.contains(error.code) {
                throttled += 1
            } catch is CancellationError {
                return
            } catch {
                let isAWS = AWSFailure.category(for: error) == .aws
                await board.update(index, .unavailable(message: AWSFailure.message(for: error, in: language), isAWS: isAWS), account: nil)
                return
            }
            let delay = schedule.delay(afterThrottledReads: throttled, random: Double.random(in: 0..<1, using: &generator))
            do {
                try await Task.sleep(nanoseconds: UInt64(delay * 1_000_000_000))
            } catch {
                return
            }
        }
    }

    /// Why the wait ended before every region settled.
    enum Stop: Sendable, Equatable {
        case settled, timedOut, interrupted
    }
}

/// The board and the last answer of each target, written to `output` as they change.
private actor Board {
    private(set) var board: WatchBoard
    private(set) var accounts: [AccountStatus?]
    let output: (any TextWriter)?

    init(_ board: WatchBoard, output: (any TextWriter)?) {
        self.board = board
        self.output = output
        accounts = board.targets.map { _ in nil }
    }

    func update(_ index: Int, _ wait: RegionWait, account: AccountStatus?) {
        if let account { accounts[index] = account }
        if let text = board.update(index, wait) { output?.write(text) }
    }
}

/// Ends the wait: the timeout, Ctrl-C, or every region settled.
private actor StopSignal {
    private(set) var reason: StatusWatch.Stop?
    private var waiter: CheckedContinuation<Void, Never>?

    func stop(_ why: StatusWatch.Stop) {
        guard reason == nil else { return }
        reason = why
        waiter?.resume()
        waiter = nil
    }

    /// Returns when stopped, or after `timeout` seconds (then the reason is `timedOut`), or when cancelled.
    func wait(timeout: Double?) async {
        if let timeout {
            do {
                try await Task.sleep(nanoseconds: UInt64(timeout * 1_000_000_000))
                stop(.timedOut)
            } catch {}
            return
        }
        await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                if reason != nil { continuation.resume() } else { waiter = continuation }
            }
        } onCancel: {
            Task { await self.stop(.settled) }
        }
    }
}
