/// The INI dialect of the AWS shared config and credentials files, as botocore reads it with
/// Python's `RawConfigParser` plus `configloader._parse_nested`:
/// - `[section]` headers (the name between the first `[` and the last `]`, kept verbatim);
///   `[DEFAULT]` holds fallback values for every section;
/// - `key = value` or `key: value` (the first `=` or `:` splits), keys lower-cased, values trimmed;
///   no inline comments;
/// - lines whose first non-blank character is `#` or `;` are comments;
/// - a line indented deeper than the key line before it continues that key's value (joined with
///   a newline; blank lines and comments in between do not end it); a key with an empty value
///   continued by `sub = value` lines is a nested map (`s3 =` / `  addressing_style = path`).
///
/// Unlike botocore, one line that cannot be read spoils only its own section: it is kept as a
/// `Problem` of that section, and only a command that uses the section fails. A key before any
/// header spoils the whole file (botocore refuses it too). No problem ever repeats the line's
/// text: it may hold a secret.
public struct INIFile: Sendable, Equatable {
    public struct Section: Sendable, Equatable {
        public var values: [String: String] = [:]
        public var nested: [String: [String: String]] = [:]
        /// Lines of this section that could not be read, in file order.
        public var problems: [Problem] = []

        public init(values: [String: String] = [:], nested: [String: [String: String]] = [:], problems: [Problem] = []) {
            self.values = values
            self.nested = nested
            self.problems = problems
        }
    }

    /// Why a line could not be read: the line number and a reason that never quotes the line.
    public struct Problem: Error, Sendable, Equatable, CustomStringConvertible {
        public enum Reason: Sendable, Equatable {
            /// Neither a `[section]` header, a comment, nor `key = value` / `key: value`.
            case notKeyValue
            /// `= value` with nothing before the `=`.
            case emptyKey
            /// A key line before the first `[section]` header.
            case beforeAnySection
            /// A line of a nested block (under `key =`) that is not `name = value`.
            case nestedNotKeyValue(parent: String)
        }

        public let line: Int
        public let reason: Reason

        public init(line: Int, reason: Reason) {
            self.line = line
            self.reason = reason
        }

        public var description: String {
            switch reason {
            case .notKeyValue: "line \(line) is neither a [section] header nor `key = value`"
            case .emptyKey: "line \(line) has no key before its `=` or `:`"
            case .beforeAnySection: "line \(line) sets a key before any [section] header"
            case let .nestedNotKeyValue(parent):
                "line \(line), indented under `\(parent) =`, is not `name = value`"
            }
        }
    }

    /// Sections by name. Repeated headers merge, later keys winning.
    public var sections: [String: Section]

    public init(sections: [String: Section] = [:]) {
        self.sections = sections
    }

    /// Parses `text`; throws only for a problem that spoils the whole file (a key before any
    /// header). Problems inside a section are kept in that section's `problems`.
    public init(parsing text: String) throws(Problem) {
        var reader = Reader()
        for (index, line) in Self.lines(text).enumerated() {
            try reader.read(line, number: index + 1)
        }
        sections = reader.finish()
    }

    /// Lines split as Python's universal newlines do (`\n`, `\r\n`, `\r`).
    private static func lines(_ text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
    }

    /// The running state of `RawConfigParser._read`, one line at a time.
    private struct Reader {
        static let defaultSection = "DEFAULT"

        var sections: [String: Section] = [:]
        var current: String?
        /// The key whose value continuation lines extend, and its parts with their line numbers.
        var option: (key: String, parts: [(text: String, line: Int)])?
        /// Indent of the last line that was not a continuation; deeper lines continue `option`.
        var indentLevel = 0

        mutating func read(_ rawLine: Substring, number: Int) throws(Problem) {
            let line = rawLine.trimmingCharacters(while: \.isWhitespace)
            if line.hasPrefix("#") || line.hasPrefix(";") { return }
            if line.isEmpty {
                option?.parts.append(("", number))
                return
            }
            let indent = rawLine.prefix(while: \.isWhitespace).count
            if current != nil, option != nil, indent > indentLevel {
                option?.parts.append((line, number))
                return
            }
            indentLevel = indent
            if let header = Self.header(line) {
                store()
                current = header
                sections[header, default: Section()] = sections[header] ?? Section()
                return
            }
            guard let section = current else { throw Problem(line: number, reason: .beforeAnySection) }
            guard let delimiter = line.firstIndex(where: { $0 == "=" || $0 == ":" }) else {
                return sections[section, default: Section()].problems.append(Problem(line: number, reason: .notKeyValue))
            }
            let key = line[..<delimiter].trimmingCharacters(while: \.isWhitespace).lowercased()
            guard !key.isEmpty else {
                return sections[section, default: Section()].problems.append(Problem(line: number, reason: .emptyKey))
            }
            store()
            option = (key, [(line[line.index(after: delimiter)...].trimmingCharacters(while: \.isWhitespace), number)])
        }

        /// The header's name for `[name]` (text after the last `]` is ignored, as Python's
        /// `\[(?P<header>.+)\]` match does); nil for any other line.
        static func header(_ line: String) -> String? {
            guard line.hasPrefix("["), let close = line.lastIndex(of: "]"), close > line.index(after: line.startIndex) else {
                return nil
            }
            return String(line[line.index(after: line.startIndex)..<close])
        }

        /// Files the pending option's value (continuation lines joined) into its section.
        mutating func store() {
            defer { option = nil }
            guard let (key, parts) = option, let section = current else { return }
            let value = parts.map(\.text).joined(separator: "\n").trimmingCharacters(while: \.isWhitespace)
            // A value that starts on the line after its key is a nested block.
            guard parts.first?.text == "", !value.isEmpty else {
                sections[section, default: Section()].values[key] = value
                return
            }
            var nested: [String: String] = [:]
            for (part, line) in parts.dropFirst() where !part.isEmpty {
                guard let equals = part.firstIndex(of: "=") else {
                    sections[section, default: Section()].problems.append(Problem(line: line, reason: .nestedNotKeyValue(parent: key)))
                    continue
                }
                nested[part[..<equals].trimmingCharacters(while: \.isWhitespace)] =
                    part[part.index(after: equals)...].trimmingCharacters(while: \.isWhitespace)
            }
            sections[section, default: Section()].values[key] = ""
            sections[section, default: Section()].nested[key] = nested
        }

        /// The sections, each with the `[DEFAULT]` values it does not set itself.
        mutating func finish() -> [String: Section] {
            store()
            let defaults = sections.removeValue(forKey: Self.defaultSection) ?? Section()
            for name in sections.keys {
                sections[name]!.values.merge(defaults.values) { own, _ in own }
                sections[name]!.nested.merge(defaults.nested) { own, _ in own }
                sections[name]!.problems = (defaults.problems + sections[name]!.problems).sorted { $0.line < $1.line }
            }
            return sections
        }
    }
}

extension StringProtocol {
    /// The text without leading and trailing characters matching `predicate`.
    func trimmingCharacters(while predicate: (Character) -> Bool) -> String {
        guard let first = firstIndex(where: { !predicate($0) }),
              let last = lastIndex(where: { !predicate($0) }) else { return "" }
        return String(self[first...last])
    }
}
