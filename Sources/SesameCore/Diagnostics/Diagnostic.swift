/// One finding about one place in one file: from the YAML loader, the validator or a lint rule.
public struct Diagnostic: Hashable, Sendable {
    /// Where the problem is.
    public var location: SourceLocation
    public var severity: Severity
    /// A stable kebab-case identifier of the check that produced it (a lint rule id, or a validation check).
    public var rule: String
    public var topic: Topic
    /// One sentence saying what is wrong and, where it helps, how to fix it.
    public var message: String

    public init(location: SourceLocation, severity: Severity, rule: String, topic: Topic, message: String) {
        self.location = location
        self.severity = severity
        self.rule = rule
        self.topic = topic
        self.message = message
    }
}

extension Diagnostic: Comparable {
    /// Sorted by place, then by rule, so that output is stable.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        return lhs.rule < rhs.rule
    }
}

/// All findings for one file, in the order they are reported.
public struct FileReport: Hashable, Sendable {
    public var path: String
    public var diagnostics: [Diagnostic]
    /// Why the file could not be read or parsed at all, when it has no place in the file to be
    /// reported at (machine formats carry it; the text format leaves it to standard error).
    public var failure: String?
    /// The mail type (`MARKETING`, `TRANSACTIONAL`) lint inferred for a draft that declared none.
    public var inferredMailType: String?

    public init(path: String, diagnostics: [Diagnostic], failure: String? = nil, inferredMailType: String? = nil) {
        self.path = path
        self.diagnostics = diagnostics.sorted()
        self.failure = failure
        self.inferredMailType = inferredMailType
    }

    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }
}
