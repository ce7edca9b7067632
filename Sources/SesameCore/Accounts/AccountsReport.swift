/// What a command found in each account of an `--accounts` list, in the list's order: the role
/// could not be assumed, or one row for each region it read (`StatusReport.Row` for `status`,
/// `RegionOutcome` for `submit`).
public struct AccountsReport<Row: Sendable>: Sendable {
    /// One account's outcome.
    public enum Outcome: Sendable {
        /// The role could not be assumed: nothing was read in the account.
        case roleFailed(ReportedFailure)
        case regions([Row])
    }

    public var accounts: [AccountTarget]
    public var outcomes: [Outcome]

    /// The outcomes of `accounts`: `roles[i]` is why account `i`'s role failed (nil: assumed),
    /// and each answer belongs to the account at its index, in the order the regions were read.
    public init(accounts: [AccountTarget], roles: [ReportedFailure?], answers: [(account: Int, row: Row)]) {
        var rows: [[Row]] = accounts.map { _ in [] }
        for answer in answers { rows[answer.account].append(answer.row) }
        self.accounts = accounts
        outcomes = zip(roles, rows).map { role, rows in role.map(Outcome.roleFailed) ?? .regions(rows) }
    }

    /// The accounts whose role could not be assumed, with why.
    public var roleFailures: [(account: AccountTarget, failure: ReportedFailure)] {
        zip(accounts, outcomes).compactMap { account, outcome in
            if case let .roleFailed(failure) = outcome { return (account, failure) }
            return nil
        }
    }

    /// `{"accounts":[{"account","role", …}]}`: the members `rows` gives for an account's
    /// regions, or `"error"` when its role could not be assumed.
    public func json(_ rows: ([Row]) -> [(String, JSONValue)]) -> JSONValue {
        .object([("accounts", .array(zip(accounts, outcomes).map { account, outcome in
            var members: [(String, JSONValue)] = [("account", .string(account.id)), ("role", .string(account.roleArn))]
            switch outcome {
            case let .roleFailed(failure): members.append(("error", .string(failure.message)))
            case let .regions(regions): members += rows(regions)
            }
            return .object(members)
        }))])
    }

    /// Why a role could not be assumed, as `sesame:` prints it: `ID: cannot assume ARN: why`.
    public static func roleFailureLine(_ account: AccountTarget, _ failure: ReportedFailure, in language: Language) -> String {
        TerminalText.sanitized("\(account.id): " + AccountListMessages.cannotAssume(account.roleArn, failure.message).text(in: language))
    }
}

extension AccountsReport where Row == StatusReport.Row {
    /// One table for every account and region: account, region, access, quota, rate, review,
    /// in `language` (values from AWS stay as AWS sends them).
    public func table(in language: Language) -> String {
        let say = { (text: LocalizedText) in text.text(in: language) }
        let headings = SubmissionMessages.statusHeadings.map(say)
        var cells = [[say(AccountListMessages.accountHeading)] + headings[0...1] + headings[3...4] + [headings[7]]]
        for (account, outcome) in zip(accounts, outcomes) {
            guard case let .regions(rows) = outcome else {
                cells.append([account.id, "—", say(SubmissionMessages.readFailed), "", "", say(AccountListMessages.roleNotAssumed)])
                continue
            }
            for row in rows {
                let region = SESRegions.label(row.region, in: language)
                switch row {
                case let .account(_, status):
                    cells.append([account.id, region, StatusReport.access(status, in: language),
                                  StatusReport.quota(status.max24HourSend, in: language), StatusReport.number(status.maxSendRate),
                                  TerminalText.sanitized(StatusReport.review(status, in: language))])
                case .notEnabled:
                    cells.append([account.id, region, say(SubmissionMessages.notEnabled), "", "", say(SubmissionMessages.optInRegion)])
                case .failed:
                    cells.append([account.id, region, say(SubmissionMessages.readFailed), "", "", say(SubmissionMessages.seeBelow)])
                }
            }
        }
        return StatusReport.aligned(cells)
    }

    /// `{"accounts":[{"account","role","regions":[…]|"error"}]}`.
    public var json: JSONValue {
        json { rows in
            guard case let .object(members) = StatusReport(rows).json else { return [] }
            return members
        }
    }

    /// Every problem for standard error, in the list's order: roles not assumed, regions not
    /// read; and the worst category among them (nil: none).
    public func problems(in language: Language) -> (lines: [String], worst: FailureCategory?) {
        var lines: [String] = []
        var worst: FailureCategory?
        for (account, outcome) in zip(accounts, outcomes) {
            switch outcome {
            case let .roleFailed(failure):
                lines.append(Self.roleFailureLine(account, failure, in: language))
                worst = max(worst ?? failure.category, failure.category)
            case let .regions(rows):
                for (region, failure) in StatusReport(rows).failures {
                    lines.append(TerminalText.sanitized("\(account.id) \(region): \(failure.message)"))
                    worst = max(worst ?? failure.category, failure.category)
                }
            }
        }
        return (lines, worst)
    }
}

extension AccountsReport where Row == RegionOutcome {
    /// `ACCOUNT REGION: action — reason` a line, and `ACCOUNT: failed — cannot assume …` for a role.
    public func text(in language: Language) -> String {
        zip(accounts, outcomes).map { account, outcome in
            switch outcome {
            case let .roleFailed(failure):
                let why = AccountListMessages.cannotAssume(account.roleArn, failure.message).text(in: language)
                return TerminalText.sanitized("\(account.id): \(SubmissionMessages.action(.failed, in: language)) — \(why)") + "\n"
            case let .regions(rows):
                return SubmissionReport(rows).text(in: language).split(separator: "\n").map { "\(account.id) \($0)\n" }.joined()
            }
        }.joined()
    }

    /// `{"accounts":[{"account","role","results":[…]|"error"}]}`.
    public var json: JSONValue {
        json { rows in
            guard case let .object(members) = SubmissionReport(rows).json else { return [] }
            return members
        }
    }

    /// The worst failure among the accounts and their regions, which decides the exit status.
    public var worstFailure: FailureCategory? {
        outcomes.compactMap { outcome in
            switch outcome {
            case let .roleFailed(failure): failure.category
            case let .regions(rows): SubmissionReport(rows).worstFailure
            }
        }.max()
    }
}
