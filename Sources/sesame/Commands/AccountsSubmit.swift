import SesameAWS
import SesameCore

/// `submit --accounts FILE`: the same request in every account of the list where it is still
/// needed. The roles are assumed first, all at once; every (account, region) is checked; then
/// the user is asked once for everything that is to be sent, and it is sent, `concurrentCalls`
/// calls at a time (`--via support`: one case for each account). One account's failure does
/// not stop the others; the exit status is the worst outcome.
struct AccountsSubmit {
    let list: AccountList
    let regions: [String]
    let via: SubmissionChannel
    let force: Bool
    /// The language failures are reported in.
    let language: Language
    /// Asks once, given the accounts and regions about to be sent; throws when the user declines.
    let confirm: ([(id: String, regions: [String])]) throws -> Void

    func run(_ request: SubmissionRequest, session: AWSSession, progress: SubmissionProgress) async throws -> AccountsReport<RegionOutcome> {
        let accounts = await AccountSessions.assume(list, from: session, language: language)
        let pairs = accounts.pairs(regions: regions)
        let senders = pairs.map { pair in
            var progress = progress
            progress.account = pair.id
            return SubmissionSender(session: pair.session, progress: progress)
        }
        var outcomes = await concurrentMap(Array(pairs.indices)) { [force] index in await senders[index].plan(pairs[index].region, force: force) }
        let toSend = pairs.indices.filter { outcomes[$0].action == .pending }
        if !toSend.isEmpty {
            try confirm(byAccount(toSend, pairs))
            switch via {
            case .ses:
                let planned = outcomes
                let sent = await concurrentMap(toSend) { index in
                    await senders[index].submitThroughSES(request, in: pairs[index].region, wasPending: planned[index].review?.status == .pending)
                }
                for (index, outcome) in zip(toSend, sent) { outcomes[index] = outcome }
            case .support:
                let cases = Dictionary(grouping: toSend) { pairs[$0].account }.values.map(Array.init)
                let opened = await concurrentMap(cases) { indices in
                    await senders[indices[0]].openSupportCase(request, regions: indices.map { pairs[$0].region })
                }
                for (indices, results) in zip(cases, opened) { for (index, outcome) in zip(indices, results) { outcomes[index] = outcome } }
            }
        }
        return AccountsReport(accounts: list.accounts, roles: accounts.roleFailures, answers: zip(pairs, outcomes).map { ($0.account, $1) })
    }

    /// The pairs at `indices`, grouped by account in the list's order.
    private func byAccount(_ indices: [Int], _ pairs: [AccountRegion]) -> [(id: String, regions: [String])] {
        var grouped: [(id: String, regions: [String])] = []
        for index in indices {
            if grouped.last?.id == pairs[index].id { grouped[grouped.count - 1].regions.append(pairs[index].region) }
            else { grouped.append((pairs[index].id, [pairs[index].region])) }
        }
        return grouped
    }
}
