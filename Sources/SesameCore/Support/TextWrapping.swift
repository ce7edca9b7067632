/// Text laid out for a terminal `width` columns wide (measured by `TerminalText.columns`, so a
/// kanji takes two): lines break at spaces, and between Japanese characters with the usual
/// line-break rules (禁則処理): no line starts with a closing bracket, 、。 or a small kana, and
/// none ends with an opening bracket. A word longer than a line is cut between characters,
/// never inside one. The text's own line breaks are kept.
public enum TextWrapping {
    /// The lines of `text` wrapped to `width` columns: the first starts with `indent`, the
    /// following ones with `hanging` (the same as `indent` unless given). With no width
    /// (not a terminal) every line of `text` is kept whole, behind its indent.
    public static func lines(_ text: String, width: Int?, indent: String = "", hanging: String? = nil) -> [String] {
        let rest = hanging ?? indent
        var lines: [String] = []
        for (number, paragraph) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let first = number == 0 ? indent : rest
            guard let width else {
                lines.append(first + paragraph)
                continue
            }
            lines += wrap(Array(paragraph), width: width, first: first, rest: rest)
        }
        return lines
    }

    /// `lines(_:width:indent:hanging:)` joined, each line ended by a line feed.
    public static func wrapped(_ text: String, width: Int?, indent: String = "", hanging: String? = nil) -> String {
        lines(text, width: width, indent: indent, hanging: hanging).map { $0 + "\n" }.joined()
    }

    /// `text` cut to one line of at most `width` columns, ending with `…` when something was left
    /// out; cut at a break opportunity when there is one in the second half of the line.
    public static func truncated(_ text: String, width: Int) -> String {
        guard TerminalText.columns(text) > width else { return text }
        var kept: [Character] = []
        var columns = 0
        var lastBreak: Int?
        for character in text {
            let next = TerminalText.columns(String(character))
            if columns + next > width - 1 { break }
            if let previous = kept.last, canBreak(between: previous, and: character) { lastBreak = kept.count }
            kept.append(character)
            columns += next
        }
        if let lastBreak, lastBreak * 2 >= kept.count { kept.removeSubrange(lastBreak...) }
        return String(kept).trimmingTrailingSpaces + "…"
    }

    private static func wrap(_ characters: [Character], width: Int, first: String, rest: String) -> [String] {
        var lines: [String] = []
        var prefix = first
        var line: [Character] = []
        var lastBreak: Int?
        for character in characters {
            if let previous = line.last, canBreak(between: previous, and: character) { lastBreak = line.count }
            line.append(character)
            while line.count > 1, TerminalText.columns(prefix) + visibleColumns(line) > width {
                let cut = lastBreak ?? line.count - 1
                lines.append(prefix + String(line[..<cut]).trimmingTrailingSpaces)
                line = Array(line[cut...].drop { $0 == " " })
                prefix = rest
                lastBreak = nil
            }
        }
        lines.append(prefix + String(line).trimmingTrailingSpaces)
        return lines
    }

    /// The columns of `line` without its trailing spaces (they vanish at a break).
    private static func visibleColumns(_ line: [Character]) -> Int {
        TerminalText.columns(String(line).trimmingTrailingSpaces)
    }

    /// Whether a line may end after `before` and the next start with `after`.
    static func canBreak(between before: Character, and after: Character) -> Bool {
        if after == " " || noLineStart.contains(after) || noLineEnd.contains(before) { return false }
        if before == " " { return true }
        guard isWide(before) || isWide(after) else { return false }
        // 3000通, AWSの: a number or a Latin word stays with the kanji or kana it touches
        // (after 、 or a closing bracket it may start a line).
        return !(isLatin(before) && isWide(after) && !after.isPunctuation) && !(isLatin(after) && isWide(before) && !before.isPunctuation)
    }

    private static func isLatin(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber)
    }

    private static func isWide(_ character: Character) -> Bool {
        TerminalText.columns(String(character)) == 2
    }

    /// Characters a line must not start with (行頭禁則): closing brackets and quotes, 、。 and
    /// other punctuation, the prolonged sound mark, iteration marks and small kana.
    private static let noLineStart = Set("、。，．・：；？！゛゜ヽヾゝゞ々〻ー）］｝」』】〕〉》〙〗〟’”｠»ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ…‥〜～)]},.;:!?%")
    /// Characters a line must not end with (行末禁則): opening brackets and quotes.
    private static let noLineEnd = Set("「『（［｛〔〈《【〘〖〝‘“｟«([{")
}

extension String {
    fileprivate var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
