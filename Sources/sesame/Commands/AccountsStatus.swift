import SesameAWS
import SesameCore

/// `status --accounts FILE`: every account of the list through its role, every region of each,
/// as one table (account, region, access, quota, review) or one JSON document. The roles are
/// assumed first, all at once; then every (account, region) is read, `concurrentCalls` at a
/// time. An account whose role cannot be assumed is reported and the others go on.
struct AccountsStatus {
    let list: AccountList
    let regions: [String]

    static func load(_ path: String, in context: CommandContext) throws -> AccountList {
        do {
            return try AccountList.load(path: path, language: context.language(flag: nil))
        } catch {
            let reporter = TextReporter(colors: context.terminal.errorColors)
            for diagnostic in error.diagnostics { context.error.write(reporter.line(for: diagnostic) + "\n") }
            throw CommandFailure.reported(.unusableInput)
        }
    }

    /// One account's outcome: its role could not be assumed, or its regions' answers.
    enum Outcome: Sendable {
        case roleFailed(any Error)
        case regions([StatusReport.Row])
    }

    func run(session: AWSSession, format: TextOrJSON, in context: CommandContext) async throws {
        let sessions = list.accounts.map { session.assumingRole($0.roleArn, sessionName: AccountList.roleSessionName) }
        let assumed: [(any Error)?] = await concurrentMap(sessions) { roleSession in
            do {
                _ = try await roleSession.credentials.credentials()
                return nil
            } catch {
                return error
            }
        }
        var work: [(account: Int, region: String)] = []
        for (index, account) in list.accounts.enumerated() where assumed[index] == nil {
            let wanted = account.regions.isEmpty ? regions : account.regions
            work += wanted.map { (index, $0) }
        }
        let answers = await concurrentMap(work.map { Pair(account: $0.account, region: $0.region) }) { pair in
            await Sesame.Status.read(pair.region, with: sessions[pair.account])
        }
        var outcomes: [Outcome] = assumed.map { error in error.map(Outcome.roleFailed) ?? .regions([]) }
        for (pair, answer) in zip(work, answers) {
            if case let .regions(so) = outcomes[pair.account] { outcomes[pair.account] = .regions(so + [answer]) }
        }
        switch format {
        case .text: context.output.write(table(outcomes))
        case .json: context.writeJSON(json(outcomes))
        }
        var worst: FailureCategory?
        for (account, outcome) in zip(list.accounts, outcomes) {
            switch outcome {
            case let .roleFailed(error):
                context.error.write("sesame: \(account.id): cannot assume \(account.roleArn): \(AWSFailure.message(for: error))\n")
                worst = max(worst ?? .inputProblem, AWSFailure.category(for: error))
            case let .regions(results):
                do {
                    try Sesame.Status.reportFailures(StatusReport(results), in: context, prefix: "\(account.id) ")
                } catch let failure as CommandFailure {
                    worst = max(worst ?? failure.category, failure.category)
                }
            }
        }
        if let worst { throw CommandFailure.reported(worst) }
    }

    private struct Pair: Sendable {
        var account: Int
        var region: String
    }

    private func table(_ outcomes: [Outcome]) -> String {
        var rows = [["ACCOUNT", "REGION", "ACCESS", "QUOTA/24H", "RATE/S", "REVIEW"]]
        for (account, outcome) in zip(list.accounts, outcomes) {
            switch outcome {
            case .roleFailed:
                rows.append([account.id, "—", "error", "", "", "role not assumed: see below"])
            case let .regions(results):
                for result in results {
                    switch result {
                    case let .account(region, status):
                        var review = status.review?.status?.name ?? "—"
                        if let caseID = status.review?.caseID { review += " (case \(caseID))" }
                        rows.append([account.id, region, status.productionAccess ? "production" : "sandbox",
                                     StatusReport.quota(status.max24HourSend), StatusReport.number(status.maxSendRate),
                                     TerminalText.sanitized(review)])
                    case let .notEnabled(region):
                        rows.append([account.id, region, "not enabled", "", "", "opt-in region"])
                    case let .failed(region, _):
                        rows.append([account.id, region, "error", "", "", "see below"])
                    }
                }
            }
        }
        return StatusReport.aligned(rows)
    }

    private func json(_ outcomes: [Outcome]) -> JSONValue {
        .object([("accounts", .array(zip(list.accounts, outcomes).map { account, outcome in
            var members: [(String, JSONValue)] = [("account", .string(account.id)), ("role", .string(account.roleArn))]
            switch outcome {
            case let .roleFailed(error):
                members.append(("error", .string(AWSFailure.message(for: error))))
            case let .regions(results):
                if case let .object(pairs) = StatusReport(results).json { members += pairs }
            }
            return .object(members)
        }))])
    }
}
