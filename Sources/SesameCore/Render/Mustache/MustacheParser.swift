/// Turns template source into `MustacheNode`s in one pass over its UTF-8 bytes. A section,
/// inverted section, closing, comment, set-delimiter or pragma tag alone on its line is
/// "standalone": the line's indentation and line break go with it, as the Mustache spec says.
///
/// Bytes, not scalars: every sigil, space and line break is ASCII, and a delimiter's UTF-8 can
/// only match where its scalars do (no scalar's encoding begins with a continuation byte). Text
/// between tags is copied a run at a time rather than appended scalar by scalar (which cost
/// about 1.5 M instructions for the built-in use-case template, on every `render` and `lint`
/// of a profile).
struct MustacheParser {
    private let source: [UInt8]
    private var index = 0
    private var opening: [UInt8] = Array("{{".utf8)
    private var closing: [UInt8] = Array("}}".utf8)
    private var escapesHTML: Bool

    private struct OpenSection {
        var name: String
        var inverted: Bool
        var start: Int
        var outer: [MustacheNode]
    }

    init(source: String, escapesHTML: Bool) {
        self.source = Array(source.utf8)
        self.escapesHTML = escapesHTML
    }

    mutating func parse() throws(MustacheSyntaxError) -> [MustacheNode] {
        var nodes: [MustacheNode] = []
        var sections: [OpenSection] = []
        var text: [UInt8] = []

        func flush() {
            if !text.isEmpty { nodes.append(.text(String(decoding: text, as: UTF8.self))) }
            text = []
        }

        while index < source.count {
            guard let start = firstIndex(of: opening, from: index) else {
                text.append(contentsOf: source[index...])
                index = source.count
                break
            }
            text.append(contentsOf: source[index..<start])
            index = start
            let tag = try readTag()
            if tag.canStandAlone, let resume = standaloneEnd(tagStart: start, tagEnd: index) {
                while let last = text.last, last == space || last == tab { text.removeLast() }
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
        var sigil = Unicode.Scalar(source[position])
        if "#^/!=%{&><$".unicodeScalars.contains(sigil) {
            position += 1
        } else {
            sigil = " "
        }
        // `{{{name}}}` ends with `}` before the closing delimiter, `{{=<% %>=}}` with `=`.
        let terminator: [UInt8] = switch sigil {
        case "{": [UInt8(ascii: "}")] + closing
        case "=": [UInt8(ascii: "=")] + closing
        default: closing
        }
        guard let end = firstIndex(of: terminator, from: position) else { throw error(.unclosedTag, at: start) }
        index = end + terminator.count
        return Tag(sigil: sigil, content: String(decoding: source[position..<end], as: UTF8.self).trimmed)
    }

    /// Where parsing resumes when the tag from `tagStart` to `tagEnd` stands alone on its line
    /// (after the line break), or nil when something else shares the line.
    private func standaloneEnd(tagStart: Int, tagEnd: Int) -> Int? {
        var before = tagStart - 1
        while before >= 0, source[before] == space || source[before] == tab { before -= 1 }
        guard before < 0 || source[before] == lineFeed else { return nil }
        var after = tagEnd
        while after < source.count, source[after] == space || source[after] == tab { after += 1 }
        if after == source.count { return after }
        if source[after] == lineFeed { return after + 1 }
        if source[after] == UInt8(ascii: "\r"), after + 1 < source.count, source[after + 1] == lineFeed { return after + 2 }
        return nil
    }

    private mutating func setDelimiters(_ content: String, at start: Int) throws(MustacheSyntaxError) {
        let parts = content.unicodeScalars.split { $0 == " " || $0 == "\t" }
        guard parts.count == 2, !parts.contains(where: { $0.contains("=") }) else { throw error(.invalidSetDelimiter, at: start) }
        opening = Array(String(parts[0]).utf8)
        closing = Array(String(parts[1]).utf8)
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

    private func starts(with needle: [UInt8], at position: Int) -> Bool {
        guard position + needle.count <= source.count else { return false }
        for offset in needle.indices where source[position + offset] != needle[offset] { return false }
        return true
    }

    private func firstIndex(of needle: [UInt8], from position: Int) -> Int? {
        var candidate = position
        while candidate + needle.count <= source.count {
            if starts(with: needle, at: candidate) { return candidate }
            candidate += 1
        }
        return nil
    }

    /// The error `kind` at the byte offset `position`, as a line and a column counted in scalars.
    private func error(_ kind: MustacheSyntaxError.Kind, at position: Int) -> MustacheSyntaxError {
        var line = 1
        var column = 1
        // A UTF-8 continuation byte (10xxxxxx) does not begin a scalar.
        for byte in source[..<min(position, source.count)] where byte & 0xC0 != 0x80 {
            if byte == lineFeed { line += 1; column = 1 } else { column += 1 }
        }
        return MustacheSyntaxError(kind: kind, line: line, column: column)
    }
}

private let space = UInt8(ascii: " ")
private let tab = UInt8(ascii: "\t")
private let lineFeed = UInt8(ascii: "\n")
