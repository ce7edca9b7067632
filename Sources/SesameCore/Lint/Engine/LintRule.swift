/// A lint rule: a self-description and a pure function from a prepared document to findings.
public protocol LintRule: Sendable {
    static var description: RuleDescription { get }
    func findings(in document: PreparedDocument) -> [LintFinding]
}

extension LintRule {
    public var ruleDescription: RuleDescription { Self.description }
}

/// Where a finding belongs, before it becomes a file location.
public enum FindingPlace: Hashable, Sendable {
    /// A scalar offset in the original text of a section.
    case text(section: Int, offset: Int)
    /// The document as a whole: the anchor, or the start of the section answering `field` when there is one.
    case document(field: UseCaseField?)
    /// A scalar offset in the website URL.
    case website(offset: Int)
}

/// One finding of one rule, before settings and suppressions are applied.
public struct LintFinding: Hashable, Sendable {
    public var place: FindingPlace
    public var message: LocalizedText
    /// A severity for this finding when it differs from the rule's default (settings still win).
    public var severity: Severity?

    public init(place: FindingPlace, message: LocalizedText, severity: Severity? = nil) {
        self.place = place
        self.message = message
        self.severity = severity
    }
}
