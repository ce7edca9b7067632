/// Just enough XML reading for the flat, well-known STS documents: the text of the first
/// element with a given name, entities decoded. Not a general XML parser.
enum XMLText {
    /// The text of the first `<name>…</name>` element (no attributes), entities decoded.
    static func firstElement(_ name: String, in document: String) -> String? {
        guard let open = document.range(ofTag: "<\(name)>"),
              let close = document[open.upperBound...].range(ofTag: "</\(name)>") else { return nil }
        return decodeEntities(String(document[open.upperBound..<close.lowerBound]))
    }

    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = ""
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "&", let semicolon = text[index...].firstIndex(of: ";") {
                let entity = text[text.index(after: index)..<semicolon]
                if let decoded = decodeEntity(entity) {
                    result.append(decoded)
                    index = text.index(after: semicolon)
                    continue
                }
            }
            result.append(text[index])
            index = text.index(after: index)
        }
        return result
    }

    private static func decodeEntity(_ entity: Substring) -> Character? {
        switch entity {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        default:
            let number = entity.hasPrefix("#x") ? UInt32(entity.dropFirst(2), radix: 16)
                : entity.hasPrefix("#") ? UInt32(entity.dropFirst()) : nil
            return number.flatMap(Unicode.Scalar.init).map(Character.init)
        }
    }
}

extension StringProtocol {
    /// The range of the first occurrence of `tag` (plain substring search).
    func range(ofTag tag: String) -> Range<Index>? {
        let needle = Array(tag)
        guard !needle.isEmpty else { return nil }
        var start = startIndex
        while start < endIndex {
            if self[start] == needle[0] {
                var cursor = start
                var matched = 0
                while matched < needle.count, cursor < endIndex, self[cursor] == needle[matched] {
                    cursor = index(after: cursor)
                    matched += 1
                }
                if matched == needle.count { return start..<cursor }
            }
            start = index(after: start)
        }
        return nil
    }
}
