/// The INI dialect of the AWS shared config and credentials files, as botocore reads it
/// with `RawConfigParser` plus `_parse_nested`:
/// - `[section]` headers (names kept verbatim); `key = value` or `key=value` lines, keys
///   lower-cased, values trimmed; no inline comments;
/// - lines starting with `#` or `;` are comments;
/// - a key with an empty value followed by indented `sub = value` lines is a nested map
///   (used by `[services x]` sections).
public struct INIFile: Sendable, Equatable {
    public struct Section: Sendable, Equatable {
        public var values: [String: String] = [:]
        public var nested: [String: [String: String]] = [:]
    }

    /// Sections by name. Repeated headers merge, later keys winning.
    public var sections: [String: Section]

    /// A malformed line, with its 1-based line number.
    public struct ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        public let line: Int
        public let text: String
        public var description: String { "line \(line): cannot parse \"\(text)\"" }
    }

    public init(sections: [String: Section] = [:]) {
        self.sections = sections
    }

    public init(parsing text: String) throws {
        var sections: [String: Section] = [:]
        var current: String?
        var nestedKey: String?
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(while: \.isWhitespace)
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix(";") { continue }
            let indented = rawLine.first == " " || rawLine.first == "\t"
            if indented, let section = current, let parent = nestedKey {
                guard let (key, value) = Self.keyValue(line) else {
                    throw ParseError(line: index + 1, text: String(rawLine))
                }
                sections[section, default: Section()].nested[parent, default: [:]][key] = value
                continue
            }
            nestedKey = nil
            if line.hasPrefix("[") && line.hasSuffix("]") {
                let name = String(line.dropFirst().dropLast()).trimmingCharacters(while: \.isWhitespace)
                current = name
                sections[name, default: Section()] = sections[name] ?? Section()
            } else if let section = current, let (key, value) = Self.keyValue(line) {
                if value.isEmpty { nestedKey = key }
                sections[section, default: Section()].values[key] = value
            } else {
                throw ParseError(line: index + 1, text: String(rawLine))
            }
        }
        self.sections = sections
    }

    private static func keyValue(_ line: String) -> (String, String)? {
        guard let equals = line.firstIndex(of: "=") else { return nil }
        let key = line[..<equals].trimmingCharacters(while: \.isWhitespace).lowercased()
        guard !key.isEmpty else { return nil }
        return (key, line[line.index(after: equals)...].trimmingCharacters(while: \.isWhitespace))
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
