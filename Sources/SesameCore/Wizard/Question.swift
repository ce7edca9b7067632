/// One question of the wizard: which answer it fills, how it is asked, why AWS asks it.
public struct Question: Sendable {
    public enum Kind: Sendable, Equatable {
        /// One of a few values, from a pick list.
        case choice([String])
        /// One line of text.
        case line
        /// Free text, possibly several lines.
        case text
        /// A positive whole number.
        case count
        /// A comma-separated list of values.
        case list
    }

    /// The profile key the answer goes to (`.optOut`).
    public var key: ProfileKey
    public var kind: Kind
    public var optional: Bool
    /// The title, why AWS asks, and an example answer, per language.
    public var text: [Language: Texts]

    public struct Texts: Sendable {
        public var title: String
        public var why: String
        public var example: String
    }

    /// The key path the answer goes to (`use_case.opt_out`).
    public var keyPath: String { key.path }

    /// The schema field the answer is checked against.
    public var field: SchemaField { key.field }
}
