// Stage 1 of the text engine: decoding a draft's bytes and reading its suppression lines.

/// Reading a plain-text draft: UTF-8 text with no NUL, as for profiles, without a byte-order mark.
public enum DraftText {
    public static func decode(_ bytes: [UInt8], path: String) throws(YAMLError) -> String {
        var text = try YAMLLoader.decodeUTF8(bytes, path: path)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }
}

/// Inline `sesame-lint: disable …` lines of a plain draft.
enum Suppression {
    struct Directive: Hashable {
        var line: Int
        var ruleIDs: [String]
    }

    static func directives(in text: String) -> [Directive] {
        guard mentionsDirective(text) else { return [] }
        var result: [Directive] = []
        var line = 0
        let lines = text.split(omittingEmptySubsequences: false) { (c: Character) in c == "\n" || c == "\r\n" || c == "\r" }
        for raw in lines {
            line += 1
            guard let range = raw.firstRange(of: "sesame-lint:") else { continue }
            var rest: Substring = raw[range.upperBound...].drop { $0 == " " || $0 == "\t" }
            guard rest.hasPrefix("disable") else { continue }
            rest = rest.dropFirst("disable".count)
            if let end = rest.firstRange(of: "-->") { rest = rest[..<end.lowerBound] }
            let ids = rest.split { (c: Character) in c == "," || c == " " || c == "\t" }.map(String.init)
            result.append(Directive(line: line, ruleIDs: ids))
        }
        return result
    }

    /// Whether the bytes of `text` contain `sesame-lint:` anywhere: a scan of the UTF-8, far
    /// cheaper than a `Character` search, and true wherever such a search would find it.
    static func mentionsDirective(_ text: String) -> Bool {
        let marker = Array("sesame-lint:".utf8)
        let bytes = Array(text.utf8)
        guard bytes.count >= marker.count else { return false }
        for start in 0...(bytes.count - marker.count) where bytes[start] == marker[0] {
            if bytes[start..<(start + marker.count)].elementsEqual(marker) { return true }
        }
        return false
    }
}

extension Suppression {
    /// `scalars` with the given 1-based lines turned to spaces, line breaks kept (so offsets and
    /// line numbers stay those of the file), and how many scalars were blanked, breaks included:
    /// a suppression line is neither read by the rules nor counted towards the text's length.
    static func blanking(lines: Set<Int>, in scalars: [Unicode.Scalar]) -> (scalars: [Unicode.Scalar], count: Int) {
        guard !lines.isEmpty else { return (scalars, 0) }
        var result = scalars
        var blanked = 0
        var line = 1
        var i = 0
        while i < result.count {
            let s = result[i]
            let blanking = lines.contains(line)
            if s == "\r" || s == "\n" {
                if blanking { blanked += 1 }
                if s == "\r", i + 1 < result.count, result[i + 1] == "\n" {
                    i += 1
                    if blanking { blanked += 1 }
                }
                line += 1
            } else if blanking {
                result[i] = " "
                blanked += 1
            }
            i += 1
        }
        return (result, blanked)
    }
}
