internal import CYAML

/// Writes a tree of values as YAML through libyaml's emitter, so that quoting and
/// escaping are always right, whatever the answers contain.
public enum YAMLWriter {
    /// Why libyaml's emitter refused the tree.
    public struct EmitError: Error, Hashable, Sendable {
        public var problem: String
    }

    /// YAML text for `value` (objects keep their key order; strings that would read back as
    /// another type are quoted; multi-line text is written as a literal block), after `header`
    /// comment lines.
    public static func emit(_ value: JSONValue, header: [String] = []) throws(EmitError) -> String {
        var emitter = yaml_emitter_t()
        guard yaml_emitter_initialize(&emitter) == 1 else { throw EmitError(problem: "the YAML emitter could not start") }
        defer { yaml_emitter_delete(&emitter) }
        let sink = Sink()
        let context = Unmanaged.passUnretained(sink).toOpaque()
        yaml_emitter_set_output(&emitter, { context, buffer, size in
            guard let context, let buffer else { return 0 }
            Unmanaged<Sink>.fromOpaque(context).takeUnretainedValue().bytes.append(contentsOf: UnsafeBufferPointer(start: buffer, count: size))
            return 1
        }, context)
        yaml_emitter_set_unicode(&emitter, 1)
        yaml_emitter_set_width(&emitter, -1) // never fold an answer across lines
        yaml_emitter_set_indent(&emitter, 2)

        var writer = EventWriter(emitter: emitter)
        try writer.stream(value)
        emitter = writer.emitter
        let body = String(decoding: sink.bytes, as: UTF8.self)
        return header.map { "# \($0)\n" }.joined() + body
    }

    private final class Sink {
        var bytes: [UInt8] = []
    }

    private struct EventWriter {
        var emitter: yaml_emitter_t

        mutating func stream(_ value: JSONValue) throws(EmitError) {
            var event = yaml_event_t()
            yaml_stream_start_event_initialize(&event, YAML_UTF8_ENCODING)
            try emit(&event)
            yaml_document_start_event_initialize(&event, nil, nil, nil, 1)
            try emit(&event)
            try node(value)
            yaml_document_end_event_initialize(&event, 1)
            try emit(&event)
            yaml_stream_end_event_initialize(&event)
            try emit(&event)
        }

        private mutating func emit(_ event: inout yaml_event_t) throws(EmitError) {
            guard yaml_emitter_emit(&emitter, &event) == 1 else {
                throw EmitError(problem: emitter.problem.map { String(cString: $0) } ?? "the YAML emitter failed")
            }
        }

        private mutating func node(_ value: JSONValue) throws(EmitError) {
            var event = yaml_event_t()
            switch value {
            case .null:
                try scalar("null", style: YAML_PLAIN_SCALAR_STYLE)
            case let .bool(flag):
                try scalar(flag ? "true" : "false", style: YAML_PLAIN_SCALAR_STYLE)
            case let .int(number):
                try scalar(String(number), style: YAML_PLAIN_SCALAR_STYLE)
            case let .double(number):
                try scalar(String(number), style: YAML_PLAIN_SCALAR_STYLE)
            case let .string(text):
                try scalar(text, style: Self.style(for: text))
            case let .array(items):
                let flow = items.allSatisfy { if case let .string(text) = $0 { !text.contains("\n") } else { false } }
                yaml_sequence_start_event_initialize(&event, nil, nil, 1, flow ? YAML_FLOW_SEQUENCE_STYLE : YAML_BLOCK_SEQUENCE_STYLE)
                try emit(&event)
                for item in items { try node(item) }
                yaml_sequence_end_event_initialize(&event)
                try emit(&event)
            case let .object(members):
                yaml_mapping_start_event_initialize(&event, nil, nil, 1, YAML_BLOCK_MAPPING_STYLE)
                try emit(&event)
                for (key, member) in members {
                    try scalar(key, style: YAML_PLAIN_SCALAR_STYLE)
                    try node(member)
                }
                yaml_mapping_end_event_initialize(&event)
                try emit(&event)
            }
        }

        private mutating func scalar(_ text: String, style: yaml_scalar_style_t) throws(EmitError) {
            var event = yaml_event_t()
            var bytes = Array(text.utf8)
            let plainAllowed: Int32 = style == YAML_DOUBLE_QUOTED_SCALAR_STYLE ? 0 : 1
            let ok = bytes.withUnsafeMutableBufferPointer { buffer in
                yaml_scalar_event_initialize(
                    &event, nil, nil, buffer.baseAddress, Int32(buffer.count), plainAllowed, 1, style
                )
            }
            guard ok == 1 else { throw EmitError(problem: "the YAML emitter refused a value") }
            try emit(&event)
        }

        /// Text that would read back as a number, boolean or null is quoted; text with line
        /// breaks is a literal block; anything else is left to libyaml (plain when safe).
        private static func style(for text: String) -> yaml_scalar_style_t {
            let lowered = text.lowercased()
            let ambiguous = text.isEmpty || YAMLNode.integerValue(text) != nil || Double(text) != nil
                || ["~", "null", "true", "false", "yes", "no", "on", "off", "y", "n"].contains(lowered)
                || lowered.hasPrefix("0x") || lowered.hasPrefix("0o") || lowered.hasPrefix(".")
            if ambiguous { return YAML_DOUBLE_QUOTED_SCALAR_STYLE }
            let trailingSpace = text.last.map { $0 == " " || $0 == "\t" } ?? false
            if text.contains("\n"), !trailingSpace, !text.hasPrefix(" ") { return YAML_LITERAL_SCALAR_STYLE }
            return YAML_ANY_SCALAR_STYLE
        }
    }
}
