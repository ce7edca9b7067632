/// What a report needs to know about a check besides its findings: SARIF's `tool.driver.rules`.
///
/// A plain value, so that reporters do not depend on the linter's rule descriptions.
public struct RuleMetadata: Hashable, Sendable {
    /// The stable id findings carry in `Diagnostic.rule`.
    public var id: String
    public var topic: Topic
    public var defaultSeverity: Severity
    /// One line: what the check looks for.
    public var summary: String
    /// Why it matters, for the user.
    public var rationale: String

    public init(id: String, topic: Topic, defaultSeverity: Severity, summary: String, rationale: String) {
        self.id = id
        self.topic = topic
        self.defaultSeverity = defaultSeverity
        self.summary = summary
        self.rationale = rationale
    }
}
