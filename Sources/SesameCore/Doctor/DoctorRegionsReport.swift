/// What `doctor --all-regions` found: each region's report, in the partition's order, or that
/// the region is an opt-in region the account has not enabled (not an error), or why it could
/// not be read.
public struct DoctorRegionsReport: Sendable {
    /// One region's result.
    public enum Region: Sendable {
        case diagnosed(DoctorReport)
        case notEnabled(String)
        case failed(String, ReportedFailure)
    }

    public var regions: [Region]

    public init(_ regions: [Region]) {
        self.regions = regions
    }

    /// True when a check failed in some region (exit status 1).
    public var hasFailure: Bool {
        regions.contains { if case let .diagnosed(report) = $0 { report.hasFailure } else { false } }
    }

    /// The regions that could not be read, with why; the worst decides the exit status.
    public var failures: [(region: String, failure: ReportedFailure)] {
        regions.compactMap { if case let .failed(region, failure) = $0 { (region, failure) } else { nil } }
    }

    /// `{"regions":[{"region","checks"} | {"region","enabled":false} | {"region","error"}]}`.
    public var json: JSONValue {
        .object([("regions", .array(regions.map { region in
            switch region {
            case let .diagnosed(report): report.json
            case let .notEnabled(name): .object([("region", .string(name)), ("enabled", .bool(false))])
            case let .failed(name, failure): .object([("region", .string(name)), ("error", .string(failure.message))])
            }
        }))])
    }

    /// Each region's block, a blank line between them.
    public func text(colors: Bool, language: Language) -> String {
        regions.map { region in
            switch region {
            case let .diagnosed(report): report.text(colors: colors)
            case let .notEnabled(name): heading(name, language) + DoctorMessages.regionNotEnabled.text(in: language) + "\n"
            case let .failed(name, failure): heading(name, language) + TerminalText.sanitized(failure.message) + "\n"
            }
        }.joined(separator: "\n")
    }

    /// A region's first line, as a diagnosed region's, and the indentation of the line under it.
    private func heading(_ region: String, _ language: Language) -> String {
        DoctorMessages.heading(SESRegions.label(TerminalText.sanitized(region), in: language)).text(in: language) + "\n  "
    }
}

extension DoctorMessages {
    /// An opt-in region the account has not enabled, in `doctor --all-regions`.
    static let regionNotEnabled = LocalizedText(
        en: "not enabled: an opt-in region this account has not enabled, so SES is not used here; nothing to check",
        ja: "未有効: このアカウントで有効にしていないオプトインリージョンのため、ここでは SES を使っていません。確認する項目はありません")
}
