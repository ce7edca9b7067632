/// GitLab's Code Quality report (`artifacts:reports:codequality`): a JSON array of issues in the
/// subset of the Code Climate format that GitLab reads — `description`, `check_name`,
/// `fingerprint`, `severity` and `location.path` / `location.lines.begin`.
public enum GitLabReporter {
    public static func render(_ reports: [FileReport]) -> String {
        value(for: reports).serialized(pretty: true) + "\n"
    }

    public static func value(for reports: [FileReport]) -> JSONValue {
        var issues: [JSONValue] = []
        for report in reports {
            var occurrences: [String: Int] = [:]
            for diagnostic in report.diagnostics {
                let path = relativePath(diagnostic.location.path)
                let identity = "\(path)\u{0}\(diagnostic.rule)\u{0}\(diagnostic.message)"
                let occurrence = occurrences[identity, default: 0]
                occurrences[identity] = occurrence + 1
                issues.append(.object([
                    ("description", .string(diagnostic.message)),
                    ("check_name", .string(diagnostic.rule)),
                    ("fingerprint", .string(fingerprint("\(identity)\u{0}\(occurrence)"))),
                    ("severity", .string(severity(diagnostic.severity))),
                    ("location", .object([
                        ("path", .string(path)),
                        ("lines", .object([("begin", .int(max(1, diagnostic.location.line)))])),
                    ])),
                ]))
            }
        }
        return .array(issues)
    }

    /// GitLab's scale is info, minor, major, critical, blocker; errors rank above warnings.
    static func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: "major"
        case .warning: "minor"
        case .info: "info"
        }
    }

    /// GitLab matches paths against the repository's files, which are never written `./x`.
    static func relativePath(_ path: String) -> String {
        var path = Substring(path)
        while path.hasPrefix("./") { path = path.dropFirst(2) }
        return String(path)
    }

    /// A stable identifier of a finding across pipelines: the 64-bit FNV-1a hash of its file,
    /// rule, message and how many identical findings precede it, in hexadecimal. The line is left
    /// out, so that a finding moved by an edit above it is not reported as fixed and new again.
    static func fingerprint(_ identity: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in identity.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return hex(hash)
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
