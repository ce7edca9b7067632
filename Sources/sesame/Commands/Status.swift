import ArgumentParser
import SesameAWS
import SesameCore

extension Sesame {
    struct Status: SesameCommand {
        static let configuration = CommandConfiguration(
            commandName: "status",
            abstract: "Show sandbox, quota and review status, region by region.",
            discussion: """
            Reads GetAccount in every region at once. Regions: --region (repeatable), else the
            configured region (AWS_REGION, AWS_DEFAULT_REGION, the profile).

            Examples:
              sesame status --region us-east-1 --region eu-west-1
              sesame status --profile prod --format json
            """
        )

        @Option(name: .customLong("region"), help: ArgumentHelp("A region to show (repeatable).", valueName: "region"))
        var regions: [String] = []

        @Option(help: "Output format.")
        var format: TextOrJSON = .text

        @OptionGroup var aws: AWSOptions

        func run(in context: CommandContext) async throws {
            let session = try aws.session(in: context, region: regions.first)
            let chosen = try AWSOptions.regions(regions, session: session)
            let results = await forEachRegion(chosen) { region -> RegionStatus in
                do {
                    return .account(region, try await session.sesv2(region: region).getAccount())
                } catch {
                    return .failed(region, error)
                }
            }
            switch format {
            case .json: context.output.write(RegionStatus.json(results).serialized(pretty: true) + "\n")
            case .text: context.output.write(RegionStatus.table(results))
            }
            let failures = results.compactMap(\.error)
            if let worst = failures.map(AWSFailure.category(for:)).max() {
                for case let .failed(region, error) in results {
                    context.error.write("sesame: \(region): \(AWSFailure.message(for: error))\n")
                }
                throw CommandFailure.reported(worst)
            }
        }
    }
}

/// One region's answer to GetAccount, or why there is none.
enum RegionStatus: Sendable {
    case account(String, SESAccount)
    case failed(String, any Error)

    var error: (any Error)? {
        if case let .failed(_, error) = self { return error }
        return nil
    }

    /// `{"regions":[…]}` as product.md describes it; a failed region carries `"error"`.
    static func json(_ results: [RegionStatus]) -> JSONValue {
        .object([("regions", .array(results.map { result in
            switch result {
            case let .account(region, account):
                let quota = account.sendQuota
                return .object([
                    ("region", .string(region)),
                    ("production_access", .bool(account.productionAccessEnabled)),
                    ("sending_enabled", .bool(account.sendingEnabled)),
                    ("max_24_hour_send", .double(quota?.max24HourSend ?? 0)),
                    ("max_send_rate", .double(quota?.maxSendRate ?? 0)),
                    ("sent_last_24_hours", .double(quota?.sentLast24Hours ?? 0)),
                    ("enforcement_status", account.enforcementStatus.map(JSONValue.string) ?? .null),
                    ("review", review(account)),
                ])
            case let .failed(region, error):
                return .object([("region", .string(region)), ("error", .string(AWSFailure.message(for: error)))])
            }
        }))])
    }

    static func review(_ account: SESAccount) -> JSONValue {
        guard let review = account.details?.review, review.status != nil || review.caseId != nil else { return .null }
        return .object([
            ("status", review.status.map(JSONValue.string) ?? .null),
            ("case_id", review.caseId.map(JSONValue.string) ?? .null),
        ])
    }

    /// An aligned table, one row a region.
    static func table(_ results: [RegionStatus]) -> String {
        var rows = [["REGION", "ACCESS", "SENDING", "QUOTA/24H", "RATE/S", "SENT/24H", "ENFORCEMENT", "REVIEW"]]
        for result in results {
            switch result {
            case let .account(region, account):
                let quota = account.sendQuota
                var review = account.details?.review?.status ?? "—"
                if let caseId = account.details?.review?.caseId { review += " (case \(caseId))" }
                // Statuses and the case id come from the endpoint: shown with control characters escaped.
                rows.append([
                    region, account.productionAccessEnabled ? "production" : "sandbox", account.sendingEnabled ? "enabled" : "PAUSED",
                    number(quota?.max24HourSend), number(quota?.maxSendRate), number(quota?.sentLast24Hours),
                    account.enforcementStatus ?? "—", review,
                ].map(TerminalText.sanitized))
            case let .failed(region, _):
                rows.append([region, "error", "", "", "", "", "", "see below"])
            }
        }
        let widths = (0..<rows[0].count).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            zip(row, widths).map { $0.padding(toLength: $1) }.joined(separator: "  ").trimmed
        }.joined(separator: "\n") + "\n"
    }

    private static func number(_ value: Double?) -> String {
        guard let value else { return "—" }
        return Language.en.format(count: value)
    }
}

extension String {
    /// The string padded with spaces to `length` characters.
    func padding(toLength length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }
}
