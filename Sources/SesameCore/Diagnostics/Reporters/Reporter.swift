/// The output formats for a set of file reports (`--format`), each a pure function to text.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text
    case json
    case sarif
    case github
    /// GitLab's Code Quality report (`artifacts:reports:codequality`).
    case gitlab
}

/// Counts across all files, for summaries and exit statuses.
public struct ReportSummary: Hashable, Sendable {
    public var errors: Int
    public var warnings: Int
    public var infos: Int

    public init(_ reports: [FileReport]) {
        let all = reports.flatMap(\.diagnostics)
        errors = all.count { $0.severity == .error }
        warnings = all.count { $0.severity == .warning }
        infos = all.count { $0.severity == .info }
    }
}

extension ReportFormat {
    /// `reports` as this format writes them; `rules` describes the checks for SARIF, `colors`
    /// colours the text format.
    public func render(_ reports: [FileReport], rules: [RuleMetadata], toolVersion: String, colors: Bool, language: Language = .en) -> String {
        switch self {
        case .text: TextReporter(colors: colors, language: language).render(reports)
        case .json: JSONReporter.render(reports)
        case .sarif: SARIFReporter.render(reports, rules: rules, toolVersion: toolVersion)
        case .github: GitHubReporter.render(reports)
        case .gitlab: GitLabReporter.render(reports)
        }
    }
}
