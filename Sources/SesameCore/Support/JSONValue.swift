/// A JSON value whose objects keep their keys in the order written, so that every
/// JSON output of the tool is stable and reads in a sensible order.
public enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case let (.bool(a), .bool(b)): a == b
        case let (.int(a), .int(b)): a == b
        case let (.double(a), .double(b)): a == b
        case let (.string(a), .string(b)): a == b
        case let (.array(a), .array(b)): a == b
        case let (.object(a), .object(b)): a.map(\.0) == b.map(\.0) && a.map(\.1) == b.map(\.1)
        default: false
        }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(serialized())
    }

    /// The value as JSON text: compact, or indented by two spaces when `pretty`.
    public func serialized(pretty: Bool = false) -> String {
        var out = ""
        write(to: &out, pretty: pretty, indent: 0)
        return out
    }

    private func write(to out: inout String, pretty: Bool, indent: Int) {
        switch self {
        case .null: out += "null"
        case let .bool(value): out += value ? "true" : "false"
        case let .int(value): out += String(value)
        case let .double(value):
            if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
                out += String(Int(value))
            } else if value.isFinite {
                out += String(value)
            } else {
                out += "null"
            }
        case let .string(value): JSONValue.writeString(value, to: &out)
        case let .array(items):
            writeContainer(open: "[", close: "]", count: items.count, to: &out, pretty: pretty, indent: indent) { index, out in
                items[index].write(to: &out, pretty: pretty, indent: indent + 1)
            }
        case let .object(members):
            writeContainer(open: "{", close: "}", count: members.count, to: &out, pretty: pretty, indent: indent) { index, out in
                JSONValue.writeString(members[index].0, to: &out)
                out += pretty ? ": " : ":"
                members[index].1.write(to: &out, pretty: pretty, indent: indent + 1)
            }
        }
    }

    private func writeContainer(
        open: String, close: String, count: Int, to out: inout String, pretty: Bool, indent: Int,
        element: (Int, inout String) -> Void
    ) {
        out += open
        guard count > 0 else { out += close; return }
        let inner = String(repeating: "  ", count: indent + 1)
        for index in 0..<count {
            if index > 0 { out += "," }
            if pretty { out += "\n" + inner }
            element(index, &out)
        }
        if pretty { out += "\n" + String(repeating: "  ", count: indent) }
        out += close
    }

    private static func writeString(_ value: String, to out: inout String) {
        out += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
