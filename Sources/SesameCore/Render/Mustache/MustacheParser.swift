/// Turns template source into `MustacheNode`s in one pass over its Unicode scalars. A section,
/// inverted section, closing, comment, set-delimiter or pragma tag alone on its line is
/// "standalone": the line's indentation and line break go with it, as the Mustache spec says.
struct MustacheParser {
    private let source: [Unicode.Scalar]
    private var index = 0
    private var opening: [Unicode.Scalar] = ["{", "{"]
    private var closing: [Unicode.Scalar] = ["}", "}"]
    private var escapesHTML: Bool

    private struct OpenSection {
        var name: String
        var inverted: Bool
        var start: Int
        var outer: [MustacheNode]
    }

    init(source: String, escapesHTML: Bool) {
        self.source = Array(source.unicodeScalars)
        self.escapesHTML = escapesHTML
    }

    mutating func parse() throws(MustacheSyntaxError) -> [MustacheNode] {
        var nodes: [MustacheNode] = []
        var sections: [OpenSection] = []
        var text = String.UnicodeScalarView()

        func flush() {
            if !text.isEmpty { nodes.append(.text(String(text))) }
            text = String.UnicodeScalarView()
        }

        while index < source.count {
            guard starts(with: opening, at: index) else {
                text.append(source[index])
                index += 1
                continue
            }
            let start = index
            let tag = try readTag()
            if tag.canStandAlone, let resume = standaloneEnd(tagStart: start, tagEnd: index) {
                while let last = text.last, last == " " || last == "\t" { text.removeLast() }
                index = resume
            }
            switch tag.sigil {
            case "!":
                break
            case "=":
                try setDelimiters(tag.content, at: start)
            case "%":
                try applyPragma(tag.content, at: start)
            case ">", "<", "$":
                throw error(.partial, at: start)
            case "#", "^":
                flush()
                sections.append(OpenSection(name: tag.content, inverted: tag.sigil == "^", start: start, outer: nodes))
                nodes = []
            case "/":
                flush()
                guard let section = sections.popLast(), section.name == tag.content else {
                    throw error(.sectionCloseNameIncorrect, at: start)
                }
                let children = nodes
                nodes = section.outer
                nodes.append(.section(MustacheName(section.name), inverted: section.inverted, children))
            case "{", "&":
                flush()
                nodes.append(.variable(MustacheName(tag.content), escaped: false))
            default:
                flush()
                nodes.append(.variable(MustacheName(tag.content), escaped: escapesHTML))
            }
        }
        if let unclosed = sections.last { throw error(.expectedSectionEnd, at: unclosed.start) }
        flush()
        return nodes
    }

    private struct Tag {
        /// `#`, `^`, `/`, `!`, `=`, `%`, `{`, `&`, `>`, `<`, `$`, or a space for a plain variable.
        var sigil: Unicode.Scalar
        /// What is between the sigil and the closing delimiter, trimmed.
        var content: String

        var canStandAlone: Bool { "#^/!=%".unicodeScalars.contains(sigil) }
    }

    /// Reads the tag at `index` (at its opening delimiter) and moves past it.
    private mutating func readTag() throws(MustacheSyntaxError) -> Tag {
        let start = index
        var position = index + opening.count
        guard position < source.count else { throw error(.unclosedTag, at: start) }
        var sigil = source[position]
        if "#^/!=%{&><$".unicodeScalars.contains(sigil) {
            position += 1
        } else {
            sigil = " "
        }
        // `{{{name}}}` ends with `}` before the closing delimiter, `{{=<% %>=}}` with `=`.
        let terminator: [Unicode.Scalar] = switch sigil {
        case "{": ["}"] + closing
        case "=": ["="] + closing
        default: closing
        }
        guard let end = firstIndex(of: terminator, from: position) else { throw error(.unclosedTag, at: start) }
        index = end + terminator.count
        return Tag(sigil: sigil, content: String(String.UnicodeScalarView(source[position..<end])).trimmed)
    }

    /// Where parsing resumes when the tag from `tagStart` to `tagEnd` stands alone on its line
    /// (after the line break), or nil when something else shares the line.
    private func standaloneEnd(tagStart: Int, tagEnd: Int) -> Int? {
        var before = tagStart - 1
        while before >= 0, source[before] == " " || source[before] == "\t" { before -= 1 }
        guard before < 0 || source[before] == "\n" else { return nil }
        var after = tagEnd
        while after < source.count, source[after] == " " || source[after] == "\t" { after += 1 }
        if after == source.count { return after }
        if source[after] == "\n" { return after + 1 }
        if source[after] == "\r", after + 1 < source.count, source[after + 1] == "\n" { return after + 2 }
        return nil
    }

    private mutating func setDelimiters(_ content: String, at start: Int) throws(MustacheSyntaxError) {
        let parts = content.unicodeScalars.split { $0 == " " || $0 == "\t" }
        guard parts.count == 2, !parts.contains(where: { $0.contains("=") }) else { throw error(.invalidSetDelimiter, at: start) }
        opening = Array(parts[0])
        closing = Array(parts[1])
    }

    private mutating func applyPragma(_ content: String, at start: Int) throws(MustacheSyntaxError) {
        let parts = content.split(separator: ":", maxSplits: 1).map { String($0).trimmed }
        guard parts.count == 2, parts[0] == "CONTENT_TYPE" else { throw error(.unrecognisedPragma, at: start) }
        switch parts[1] {
        case "TEXT": escapesHTML = false
        case "HTML": escapesHTML = true
        default: throw error(.unrecognisedPragma, at: start)
        }
    }

    private func starts(with needle: [Unicode.Scalar], at position: Int) -> Bool {
        guard position + needle.count <= source.count else { return false }
        for offset in needle.indices where source[position + offset] != needle[offset] { return false }
        return true
    }

    private func firstIndex(of needle: [Unicode.Scalar], from position: Int) -> Int? {
        var candidate = position
        while candidate + needle.count <= source.count {
            if starts(with: needle, at: candidate) { return candidate }
            candidate += 1
        }
        return nil
    }

    /// The error `kind` at the scalar offset `position`, as a line and column.
    private func error(_ kind: MustacheSyntaxError.Kind, at position: Int) -> MustacheSyntaxError {
        var line = 1
        var column = 1
        for scalar in source[..<min(position, source.count)] {
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return MustacheSyntaxError(kind: kind, line: line, column: column)
    }
}
