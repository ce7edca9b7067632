/// A YAML node with the place it was written, as the loader builds it from libyaml's events.
public struct YAMLNode: Sendable {
    public enum ScalarStyle: Sendable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    public enum Kind: Sendable {
        case scalar(String, ScalarStyle)
        case sequence([YAMLNode])
        /// Pairs in the order written; duplicates are kept so that the decoder can report them.
        case mapping([(key: YAMLNode, value: YAMLNode)])
    }

    public var kind: Kind
    /// Where the node starts (1-based line and column, in Unicode scalars).
    public var start: SourceLocation
    /// Where the node ends.
    public var end: SourceLocation
    /// For scalars: how each scalar of the value maps back to the file.
    public var locator: TextLocator?

    public init(kind: Kind, start: SourceLocation, end: SourceLocation, locator: TextLocator? = nil) {
        self.kind = kind
        self.start = start
        self.end = end
        self.locator = locator
    }

    /// The scalar text, or nil for a collection.
    public var scalar: String? {
        if case let .scalar(value, _) = kind { return value }
        return nil
    }

    /// True for a scalar written without quotes or block indicators.
    public var isPlain: Bool {
        if case .scalar(_, .plain) = kind { return true }
        return false
    }

    /// True for `~`, `null`, `Null`, `NULL` and the empty plain scalar.
    public var isNull: Bool {
        guard case let .scalar(value, .plain) = kind else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(value)
    }

    /// A short name of the node's type, for messages ("a string", "a list", "a mapping").
    public var typeDescription: LocalizedText {
        switch kind {
        case let .scalar(value, style):
            if isNull { return LocalizedText(en: "nothing (null)", ja: "空 (null)") }
            if style == .plain, YAMLNode.integerValue(value) != nil { return LocalizedText(en: "a number", ja: "数値") }
            if style == .plain, ["true", "false", "yes", "no", "on", "off"].contains(value.lowercased()) {
                return LocalizedText(en: "a boolean", ja: "真偽値")
            }
            return LocalizedText(en: "a string", ja: "文字列")
        case .sequence: return LocalizedText(en: "a list", ja: "リスト")
        case .mapping: return LocalizedText(en: "a mapping", ja: "マッピング")
        }
    }

    /// The value of a plain scalar written as a decimal integer (`5000`, `+5`, `5_000`).
    public static func integerValue(_ text: String) -> Int? {
        var digits = Substring(text)
        var sign = 1
        if let first = digits.first, first == "+" || first == "-" {
            sign = first == "-" ? -1 : 1
            digits = digits.dropFirst()
        }
        guard let first = digits.first, first.isASCII, first.isNumber else { return nil }
        guard digits.allSatisfy({ ($0.isASCII && $0.isNumber) || $0 == "_" }) else { return nil }
        return Int(digits.filter { $0 != "_" }).map { $0 * sign }
    }
}
