import SesameAWS
import SesameCore

/// The accounts of an `--accounts` list, each with its role assumed from the current session
/// (session name `sesame`), all at once: what `status`, `status --watch` and `submit` run across.
struct AccountSessions: Sendable {
    let list: AccountList
    /// Account by account, in the list's order: its session, or why its role could not be assumed.
    let sessions: [Result<AWSSession, ReportedFailure>]

    /// Reads the list at `path`; its problems are reported at their places (exit 2).
    static func load(_ path: String, in context: CommandContext) throws -> AccountList {
        do {
            return try AccountList.load(path: path, language: context.language(flag: nil))
        } catch {
            let reporter = TextReporter(colors: context.terminal.errorColors)
            for diagnostic in error.diagnostics { context.error.write(reporter.line(for: diagnostic) + "\n") }
            throw CommandFailure.reported(.unusableInput)
        }
    }

    /// Assumes every account's role from `session`, all at once (one round trip); a role that
    /// fails is reported in `language`.
    static func assume(_ list: AccountList, from session: AWSSession, language: Language) async -> AccountSessions {
        let sessions = await concurrentMap(list.accounts) { account -> Result<AWSSession, ReportedFailure> in
            let assumed = session.assumingRole(account.roleArn, sessionName: AccountList.roleSessionName)
            do {
                _ = try await assumed.credentials.credentials()
                return .success(assumed)
            } catch {
                return .failure(AWSFailure.reported(error, in: language))
            }
        }
        return AccountSessions(list: list, sessions: sessions)
    }

    /// Why each account's role failed (nil where it was assumed), for `AccountsReport`.
    var roleFailures: [ReportedFailure?] {
        sessions.map { if case let .failure(failure) = $0 { failure } else { nil } }
    }

    /// Every (account, region) to read: the account's own regions, else `regions`; only the
    /// accounts whose role was assumed.
    func pairs(regions: [String]) -> [AccountRegion] {
        zip(list.accounts, sessions).enumerated().flatMap { index, element -> [AccountRegion] in
            guard case let .success(session) = element.1 else { return [] }
            let wanted = element.0.regions.isEmpty ? regions : element.0.regions
            return wanted.map { AccountRegion(account: index, id: element.0.id, region: $0, session: session) }
        }
    }
}

/// One region of one account of the list, with the session that reaches it.
struct AccountRegion: Sendable {
    /// The account's index in the list.
    var account: Int
    var id: String
    var region: String
    var session: AWSSession
}
