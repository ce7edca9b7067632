/// What `status` found, region by region: an aligned table, or `{"regions": […]}` as JSON.
public struct StatusReport: Sendable {
    /// One region's account, or why it could not be read.
    public enum Row: Sendable {
        case account(String, AccountStatus)
        case failed(String, ReportedFailure)
        /// An opt-in region the account has not enabled (`--all-regions`): not an error.
        case notEnabled(String)

        /// The region of the row.
        public var region: String {
            switch self {
            case let .account(region, _), let .failed(region, _), let .notEnabled(region): region
            }
        }
    }

    public var rows: [Row]

    public init(_ rows: [Row]) {
        self.rows = rows
    }

    /// The regions that could not be read, with why.
    public var failures: [(region: String, failure: ReportedFailure)] {
        rows.compactMap { row in
            if case let .failed(region, failure) = row { return (region, failure) }
            return nil
        }
    }

    /// `{"regions":[…]}` as product.md describes it, every region with the same members.
    public var json: JSONValue {
        .object([("regions", .array(rows.map(Self.json)))])
    }

    /// One region as JSON: every row has the same members, so a script reads them all alike. A
    /// region that could not be read has `error` set and nulls for what it could not learn; an
    /// opt-in region the account has not enabled has `enabled: false`.
    private static func json(_ row: Row) -> JSONValue {
        var account: AccountStatus?
        var error: String?
        var enabled: Bool?
        switch row {
        case let .account(_, status): (account, enabled) = (status, true)
        case let .failed(_, failure): error = failure.message
        case .notEnabled: enabled = false
        }
        return .object([
            ("region", .string(row.region)),
            ("enabled", enabled.map(JSONValue.bool) ?? .null),
            ("production_access", account.map { .bool($0.productionAccess) } ?? .null),
            ("sending_enabled", account.map { .bool($0.sendingEnabled) } ?? .null),
            ("max_24_hour_send", account.map { .double($0.max24HourSend ?? 0) } ?? .null),
            ("max_send_rate", account.map { .double($0.maxSendRate ?? 0) } ?? .null),
            ("sent_last_24_hours", account.map { .double($0.sentLast24Hours ?? 0) } ?? .null),
            ("enforcement_status", account?.enforcementStatus.map(JSONValue.string) ?? .null),
            ("review", account?.review?.json ?? .null),
            ("error", error.map(JSONValue.string) ?? .null),
        ])
    }

    /// An aligned table, one row a region; text from AWS sanitised.
    public var table: String {
        var cells = [["REGION", "ACCESS", "SENDING", "QUOTA/24H", "RATE/S", "SENT/24H", "ENFORCEMENT", "REVIEW"]]
        for row in rows {
            switch row {
            case let .account(region, account):
                var review = account.review?.status?.name ?? "—"
                if let caseID = account.review?.caseID { review += " (case \(caseID))" }
                cells.append([
                    region, account.productionAccess ? "production" : "sandbox", account.sendingEnabled ? "enabled" : "PAUSED",
                    Self.quota(account.max24HourSend), Self.number(account.maxSendRate), Self.number(account.sentLast24Hours),
                    account.enforcementStatus ?? "—", review,
                ].map(TerminalText.sanitized))
            case let .failed(region, _):
                cells.append([region, "error", "", "", "", "", "", "see below"])
            case let .notEnabled(region):
                cells.append([region, "not enabled", "", "", "", "", "", "opt-in region"])
            }
        }
        return Self.aligned(cells)
    }

    /// Rows of cells as columns two spaces apart (the first row is the header).
    public static func aligned(_ cells: [[String]]) -> String {
        let widths = (0..<cells[0].count).map { column in cells.map { $0[column].count }.max() ?? 0 }
        return cells.map { row in
            zip(row, widths).map { cell, width in cell + String(repeating: " ", count: max(0, width - cell.count)) }
                .joined(separator: "  ").trimmed
        }.joined(separator: "\n") + "\n"
    }

    /// The daily quota as the table shows it: `unlimited` for the API's -1 (no daily limit, as
    /// doctor says), else as `number(_:)`.
    public static func quota(_ value: Double?) -> String {
        if let value, value < 0 { return "unlimited" }
        return number(value)
    }

    /// A count as the table shows it (`50,000`), `—` when unknown.
    public static func number(_ value: Double?) -> String {
        value.map { Language.en.format(count: $0) } ?? "—"
    }
}
