import Dispatch
import Foundation
import SesameAWS
import SesameCore

/// `status --watch`: reads each region until its review leaves PENDING, one line a region,
/// rewritten in place on a terminal and printed when it changes in a log.
struct StatusWatch {
    let session: AWSSession
    let regions: [String]
    let schedule: PollSchedule
    let timeout: Double?
    let language: Language
    let context: CommandContext
    /// False for JSON: nothing is printed while waiting.
    let shows: Bool

    /// Waits, prints, and returns the last answer of each region and how each stands.
    func run() async -> (accounts: [String: AccountStatus], waits: [RegionWait], stopped: Stop?) {
        let board = Board(regions: regions, live: context.terminal.outputIsTerminal, shows: shows, language: language, output: context.output)
        let stop = StopSignal()
        let interruption = ownsInterrupt ? InterruptWatch(stop: stop) : nil
        defer { interruption?.cancel() }
        await withTaskGroup(of: Bool.self) { group in  // true: a region's task ended
            for region in regions {
                group.addTask { await watch(region, board: board); return true }
            }
            group.addTask { await stop.wait(timeout: timeout); return false }
            var remaining = regions.count
            while let regionEnded = await group.next() {
                guard regionEnded else { break }  // the timeout, or Ctrl-C
                remaining -= 1
                if remaining == 0 {
                    await stop.stop(.settled)
                    break
                }
            }
            group.cancelAll()
        }
        let reason = await stop.reason
        return (await board.accounts, await board.waits, reason == .settled ? nil : reason)
    }

    private var ownsInterrupt: Bool { context.ownsProcess }

    /// Reads one region until it settles (or the task is cancelled).
    private func watch(_ region: String, board: Board) async {
        var throttled = 0
        var generator = SystemRandomNumberGenerator()
        while !Task.isCancelled {
            do {
                let account = try await session.sesv2(region: region).accountStatus()
                throttled = 0
                let wait = RegionWait(productionAccess: account.productionAccess, reviewStatus: account.review?.status?.name,
                                      caseID: account.review?.caseID)
                await board.update(region, wait, account: account)
                if wait.isSettled { return }
            } catch let error as AWSServiceError where RetryPolicy.throttlingCodes.contains(error.code) {
                throttled += 1
            } catch is CancellationError {
                return
            } catch {
                let isAWS = AWSFailure.category(for: error) == .aws
                await board.update(region, .unavailable(message: AWSFailure.message(for: error), isAWS: isAWS), account: nil)
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

/// The lines on screen: one a region, in the order given.
private actor Board {
    let regions: [String]
    let live: Bool
    let shows: Bool
    let language: Language
    let output: any TextWriter
    private(set) var waits: [RegionWait]
    private(set) var accounts: [String: AccountStatus] = [:]
    private var drawn = false
    private var seen: Set<String> = []

    init(regions: [String], live: Bool, shows: Bool, language: Language, output: any TextWriter) {
        self.regions = regions
        self.live = live
        self.shows = shows
        self.language = language
        self.output = output
        self.waits = regions.map { _ in .pending(caseID: nil) }
    }

    func update(_ region: String, _ wait: RegionWait, account: AccountStatus?) {
        guard let index = regions.firstIndex(of: region) else { return }
        if let account { accounts[region] = account }
        let changed = seen.insert(region).inserted || waits[index] != wait
        waits[index] = wait
        if !shows {
            return
        } else if live {
            redraw()
        } else if changed {
            output.write(TerminalText.sanitized(wait.line(region: region, profile: nil, language: language)) + "\n")
        }
    }

    /// Rewrites every line in place: up to the first line, then each line cleared and written.
    private func redraw() {
        var text = drawn ? "\u{1B}[\(regions.count)A" : ""
        for (region, wait) in zip(regions, waits) {
            text += "\r\u{1B}[2K" + TerminalText.sanitized(wait.line(region: region, profile: nil, language: language)) + "\n"
        }
        drawn = true
        output.write(text)
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

/// Ctrl-C (SIGINT) or SIGTERM during the wait: stop cleanly instead of dying mid-line.
private final class InterruptWatch {
    private let sources: [DispatchSourceSignal]

    init(stop: StopSignal) {
        sources = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { Task { await stop.stop(.interrupted) } }
            source.resume()
            return source
        }
    }

    func cancel() {
        for source in sources { source.cancel() }
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}
