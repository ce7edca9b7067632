extension String {
    /// The text without the single spaces that YAML line folding leaves between two
    /// Japanese characters (`です。 生徒`): Japanese is written without spaces between words.
    public var removingSpacesBetweenJapanese: String {
        // Only a space beside a Japanese scalar or punctuation mark goes, and none of those is ASCII.
        if utf8.allSatisfy({ $0 < 0x80 }) { return self }
        let scalars = Array(unicodeScalars)
        var result = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            if scalar == " ", index > 0, index + 1 < scalars.count {
                let before = scalars[index - 1]
                let after = scalars[index + 1]
                if (Language.isJapanese(before) && Language.isJapanese(after)) || before.isJapanesePunctuation || after.isJapanesePunctuation {
                    continue
                }
            }
            result.append(scalar)
        }
        return String(result)
    }
}

extension Unicode.Scalar {
    /// Ideographic punctuation and brackets (、。「」『』（）！？ …), which never take a space beside them.
    var isJapanesePunctuation: Bool {
        switch value {
        case 0x3000...0x303F, 0xFF01, 0xFF08, 0xFF09, 0xFF0C, 0xFF0E, 0xFF1A, 0xFF1B, 0xFF1F, 0xFF3B, 0xFF3D, 0xFF5B, 0xFF5D: true
        default: false
        }
    }
}

extension String {
    /// The text with line breaks in the middle of a Japanese sentence removed (`メールを\n送ります`
    /// → `メールを送ります`), as a Japanese writer means a wrapped line. A break after 。！？」 or
    /// before a list mark (・※●■◆【 and digits) stays, and so do blank lines (paragraphs).
    public var joiningBrokenJapaneseLines: String {
        guard contains("\n") else { return self }
        let lines = split(separator: "\n", omittingEmptySubsequences: false)
        var result = String(lines[0])
        for line in lines.dropFirst() {
            let before = result.unicodeScalars.last
            let after = line.unicodeScalars.first
            if let before, let after, Language.isJapanese(before), Language.isJapanese(after),
               !"。！？」』）".unicodeScalars.contains(before), !"・※●■◆【".unicodeScalars.contains(after) {
                result += line
            } else {
                result += "\n" + line
            }
        }
        return result
    }
}
