// Stage 2 of the text engine: sentences.

/// Splits folded text into sentences: at 。！？!? and ．, at a full stop followed by a space or by
/// Japanese, at a blank line, and at a line break that ends a short line, precedes a bullet or
/// follows a closing mark.
enum SentenceSplitter {
    /// A line break after a line shorter than this ends a sentence: short lines are headings,
    /// list items and signature lines ("Volume", 「6. 送信量」, "Best regards,"). A longer line broken
    /// without punctuation is usually a paragraph the writer's editor wrapped, so it goes on.
    static let shortLine = 40

    /// The scalars that start a bulleted or quoted line.
    private static let bullets = Set("-*•・■●◆□○#>".unicodeScalars)
    /// The scalars after which a line break ends the sentence however long the line: full stops,
    /// colons, closing brackets, and す (です・ます written without 。).
    private static let lineEnders = Set(".。!?:：)）」』す".unicodeScalars)

    /// The sentence ranges of `text`, in order, without the white space between them.
    static func sentences(in text: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        var lineStart = 0
        func close(_ end: Int) {
            var s = start
            while s < end && TextFolding.isSpace(text[s]) { s += 1 }
            if s < end { result.append(s..<end) }
            start = end
        }
        var i = 0
        while i < text.count {
            switch text[i] {
            case "。", "！", "？", "!", "?", "．":
                close(i + 1)
            case ".":
                let stops = i + 1 == text.count || TextFolding.isSpace(text[i + 1]) || Language.isJapanese(text[i + 1])
                if stops && !endsListNumber(text, dot: i, lineStart: lineStart) { close(i + 1) }
            case TextFolding.paragraph:
                close(i)
                lineStart = i + 1
            case "\n":
                let previous = i > 0 ? text[i - 1] : " "
                if startsListItem(text, at: i + 1) || lineEnders.contains(previous) || i - lineStart < shortLine { close(i) }
                lineStart = i + 1
            default:
                break
            }
            i += 1
        }
        close(text.count)
        return result
    }

    /// Whether the dot at `dot` closes a list number that starts its line ("6. 送信量", "2. We…"):
    /// the item goes on after it.
    static func endsListNumber(_ text: [Unicode.Scalar], dot: Int, lineStart: Int) -> Bool {
        var i = dot
        while i > lineStart, text[i - 1].value >= 0x30 && text[i - 1].value <= 0x39 { i -= 1 }
        guard (1...3).contains(dot - i) else { return false }
        while i > lineStart, TextFolding.isSpace(text[i - 1]) { i -= 1 }
        return i == lineStart
    }

    /// Whether a bullet (`-`, `・`, …) or a list number (`1.`, `2)`) starts at `position`.
    static func startsListItem(_ text: [Unicode.Scalar], at position: Int) -> Bool {
        guard position < text.count else { return false }
        let first = text[position]
        if bullets.contains(first) { return true }
        return first.value >= 0x30 && first.value <= 0x39 && position + 1 < text.count && ".)".unicodeScalars.contains(text[position + 1])
    }
}
