/// How serious a finding is. Errors make the command exit 1.
public enum Severity: String, Codable, CaseIterable, Comparable, Sendable {
    case error
    case warning
    case info

    private var rank: Int {
        switch self {
        case .error: 2
        case .warning: 1
        case .info: 0
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
