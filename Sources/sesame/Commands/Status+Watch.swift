import ArgumentParser
import SesameAWS
import SesameCore

extension Sesame.Status {
    /// `status --watch`: every region (of every account of `accounts`, through its role) until
    /// none is pending; then the last status as JSON with `--format json`, and the exit status by
    /// the outcome (a role that cannot be assumed counts as a region that cannot be read).
    func runWatch(session: AWSSession, regions: [String], accounts list: AccountList?, in context: CommandContext) async throws {
        let language = lang.resolve(in: context)
        var targets = regions.map { (target: WatchBoard.Target(region: $0), session: session, account: 0) }
        var roles: [ReportedFailure?] = []
        if let list {
            let sessions = await AccountSessions.assume(list, from: session, language: language)
            roles = sessions.roleFailures
            targets = sessions.pairs(regions: regions).map { (WatchBoard.Target(account: $0.id, region: $0.region), $0.session, $0.account) }
        }
        let watcher = StatusWatch(targets: targets.map { ($0.target, $0.session) },
                                  schedule: PollSchedule(interval: interval ?? PollSchedule.defaultInterval)!,
                                  timeout: timeout, language: language, context: context, shows: format == .text)
        let (accounts, waits, stopped) = await watcher.run()
        let rows = targets.indices.map { StatusReport.Row.watched(targets[$0].target.region, account: accounts[$0], wait: waits[$0]) }
        let report = list.map { AccountsReport(accounts: $0.accounts, roles: roles, answers: zip(targets, rows).map { ($0.account, $1) }) }
        if format == .json {
            context.writeJSON(report?.json ?? StatusReport(rows).json)
        }
        for (account, failure) in report?.roleFailures ?? [] {
            context.error.write("sesame: \(AccountsReport<StatusReport.Row>.roleFailureLine(account, failure, in: language))\n")
        }
        switch stopped {
        case .timedOut?: context.error.write("sesame: \(WatchMessages.timedOut(Language.en.format(count: timeout ?? 0)).text(in: language))\n")
        case .interrupted?:
            context.error.write("sesame: \(WatchMessages.interrupted.text(in: language))\n")
            throw CommandFailure.reported(.interrupted)
        case .settled?, nil: break
        }
        let waitWorst: FailureCategory? = switch RegionWait.exitStatus(waits) {
        case 0: nil
        case 3: .aws
        default: .inputProblem
        }
        if let worst = ([waitWorst] + roles.map { $0?.category }).compactMap({ $0 }).max() { throw CommandFailure.reported(worst) }
    }
}
