/// A value a Mustache template can show or test: what `TemplateVariables` provides. A closed set
/// of cases rather than `Any`, so that rendering needs no dynamic casts (each first cast of a type
/// scans every protocol conformance in the binary).
public enum TemplateValue: Equatable, Sendable {
    case string(String)
    case int(Int)
    case bool(Bool)
    case list([TemplateValue])
    case object([String: TemplateValue])

    /// The text a variable tag prints: numbers in decimal, booleans as `true`/`false`, lists and
    /// objects as Swift prints them (keys sorted, so that the output is stable).
    var text: String {
        switch self {
        case let .string(value): value
        case let .int(value): String(value)
        case let .bool(value): value ? "true" : "false"
        case let .list(items): "[" + items.map(\.quoted).joined(separator: ", ") + "]"
        case let .object(members):
            members.isEmpty ? "[:]" : "[" + members.sorted { $0.key < $1.key }.map { "\"\($0.key)\": \($0.value.quoted)" }.joined(separator: ", ") + "]"
        }
    }

    private var quoted: String {
        if case let .string(value) = self { return value.debugDescription }
        return text
    }

    /// The member `name` of an object, if this is an object that has it.
    func member(_ name: String) -> TemplateValue? {
        if case let .object(members) = self { return members[name] }
        return nil
    }

    /// A named transform, `{{uppercased(name)}}`: the ones swift-mustache offered, for the kinds
    /// of value sesame provides. Nil when the transform does not apply to this value.
    func transformed(by name: String) -> TemplateValue? {
        switch (self, name) {
        case let (.string(value), "uppercased"): .string(value.uppercased())
        case let (.string(value), "lowercased"): .string(value.lowercased())
        case let (.string(value), "capitalized"): .string(Self.capitalized(value))
        case let (.string(value), "reversed"): .string(String(value.reversed()))
        case let (.string(value), "empty"): .bool(value.isEmpty)
        case let (.list(items), "first"): items.first
        case let (.list(items), "last"): items.last
        case let (.list(items), "reversed"): .list(items.reversed())
        case let (.list(items), "count"): .int(items.count)
        case let (.list(items), "empty"): .bool(items.isEmpty)
        case let (.list(items), "sorted"): .list(items.sorted { $0.text < $1.text })
        case let (.object(members), "count"): .int(members.count)
        case let (.object(members), "empty"): .bool(members.isEmpty)
        case let (.int(value), "equalzero"): .bool(value == 0)
        case let (.int(value), "plusone"): .int(value &+ 1)
        case let (.int(value), "minusone"): .int(value &- 1)
        case let (.int(value), "even"): .bool(value % 2 == 0)
        case let (.int(value), "odd"): .bool(value % 2 != 0)
        default: nil
        }
    }

    /// Each word's first letter upper case and the rest lower case.
    private static func capitalized(_ text: String) -> String {
        var out = ""
        var atWordStart = true
        for character in text {
            out += atWordStart ? character.uppercased() : character.lowercased()
            atWordStart = character.isWhitespace
        }
        return out
    }
}
