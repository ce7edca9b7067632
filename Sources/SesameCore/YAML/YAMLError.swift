/// Why a file could not be loaded as YAML at all. The loader attaches the place.
public enum YAMLProblem: Hashable, Sendable {
    case tooLarge(bytes: Int, limit: Int)
    case binary
    case invalidUTF8
    case syntax(String)
    case multipleDocuments
    case emptyDocument
    case topLevelNotMapping(found: String)
    case tooDeep(limit: Int)
    case aliasBudgetExceeded(limit: Int)
    /// More values than `limit` with no alias involved: a long list, not an alias bomb.
    case tooManyNodes(limit: Int)
    /// A merge key (`<<`) whose value is not a mapping or a list of mappings.
    case invalidMerge
    case undefinedAlias(String)

    public var message: String {
        switch self {
        case let .tooLarge(_, limit):
            "file is over the \(limit)-byte limit for a profile"
        case .binary:
            "file contains NUL bytes; it looks binary, not a YAML profile"
        case .invalidUTF8:
            "file is not valid UTF-8; save it as UTF-8"
        case let .syntax(problem):
            "YAML syntax error: \(problem)"
        case .multipleDocuments:
            "more than one YAML document in the file; a profile is a single document (remove the `---`)"
        case .emptyDocument:
            "the file is empty; a profile is a mapping that starts with `version: 1`"
        case let .topLevelNotMapping(found):
            "the top level must be a mapping of keys (`version: 1`, `mail_type: …`), found \(found)"
        case let .tooDeep(limit):
            "nesting deeper than \(limit) levels; a profile is at most a few levels deep"
        case let .aliasBudgetExceeded(limit):
            "aliases expand to more than \(limit) nodes; refusing to expand them (a \"billion laughs\" file?)"
        case let .tooManyNodes(limit):
            "the file holds more than \(limit) values (keys, list items and answers); a profile holds a few dozen"
        case .invalidMerge:
            "a merge key `<<` takes a mapping or a list of mappings, such as `<<: *defaults`"
        case let .undefinedAlias(name):
            "alias *\(name) refers to an anchor that is not defined before it"
        }
    }
}

/// A YAML problem at a place in a file.
public struct YAMLError: Error, Hashable, Sendable {
    public var problem: YAMLProblem
    public var location: SourceLocation

    public init(_ problem: YAMLProblem, at location: SourceLocation) {
        self.problem = problem
        self.location = location
    }

    /// The problem as a diagnostic, for the shared printers.
    public var diagnostic: Diagnostic {
        Diagnostic(location: location, severity: .error, rule: "yaml", topic: .clarity, message: problem.message)
    }
}
