import SesameAWS
import SesameCore

/// `status --accounts FILE`: every account of the list through its role, every region of each,
/// as one table (account, region, access, quota, review) or one JSON document. The roles are
/// assumed first, all at once; then every (account, region) is read, `concurrentCalls` at a
/// time. An account whose role cannot be assumed is reported and the others go on.
struct AccountsStatus {
    let list: AccountList
    let regions: [String]

    func run(session: AWSSession, format: TextOrJSON, language: Language, in context: CommandContext) async throws {
        let accounts = await AccountSessions.assume(list, from: session, language: language)
        let pairs = accounts.pairs(regions: regions)
        let rows = await concurrentMap(pairs) { pair in await Sesame.Status.read(pair.region, with: pair.session, language: language) }
        let report = AccountsReport(accounts: list.accounts, roles: accounts.roleFailures,
                                    answers: zip(pairs, rows).map { ($0.account, $1) })
        switch format {
        case .text: context.output.write(report.table(in: language))
        case .json: context.writeJSON(report.json)
        }
        let (lines, worst) = report.problems(in: language)
        for line in lines { context.error.write("sesame: \(line)\n") }
        if let worst { throw CommandFailure.reported(worst) }
    }
}
