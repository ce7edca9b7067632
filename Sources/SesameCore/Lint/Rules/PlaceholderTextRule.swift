// MARK: placeholder-text

struct PlaceholderTextRule: LintRule {
    static let description = RuleDescription(
        id: "placeholder-text", topic: .clarity, defaultSeverity: .error, languages: [.en, .ja],
        summary: LocalizedText(
            en: "Template residue: TODO, TBD, XXX, lorem ipsum, [Company Name], <insert …>, {{…}}, 「〇〇」, ××, example.com.",
            ja: "テンプレートの書きかけが残っています(TODO、TBD、XXX、lorem ipsum、[Company Name]、<insert …>、{{…}}、〇〇、××、example.com)。"),
        rationale: """
            A placeholder shows the request was sent unfinished; reviewers deny or ask again, which \
            costs days. Fill in every placeholder.
            """,
        triggeringExamples: [
            RuleExample("↓[Company Name] sends account emails. ↓TBD: volumes."),
            RuleExample("We send about ↓XXX emails per day from ↓example.com."),
            RuleExample("Hello ↓{{first_name}}, your order shipped."),
            RuleExample("株式会社↓〇〇です。詳細は↓後日記入します。"),
        ],
        nonTriggeringExamples: [
            RuleExample("Harbor Lane Books sends account emails; about 300 a day."),
            RuleExample("The subject reads \"Fax from 03-xxxx-xxxx received\", with the sender's real number."),
            RuleExample("二〇〇〇年創業の書店です。"),
        ]
    )

    func findings(in document: PreparedDocument) -> [LintFinding] {
        var result: [LintFinding] = []
        for section in document.sections {
            let text = section.folded.scalars
            var hits: [(start: Int, end: Int)] = section.matches(.placeholder)
                .filter { !Self.isMaskedDigits(text, start: $0.start, end: $0.end) }.map { ($0.start, $0.end) }
            hits.append(contentsOf: Self.circleRuns(section.folded.scalars))
            hits.sort { ($0.start, -$0.end) < ($1.start, -$1.end) }
            var coveredUntil = -1
            for found in hits where found.start >= coveredUntil {
                let hit = (start: found.start, end: Self.wholePlaceholderEnd(section.folded.scalars, start: found.start, end: found.end))
                coveredUntil = hit.end
                let offset = section.originalOffset(hit.start)
                let end = hit.end < section.folded.origin.count - 1 ? section.originalOffset(hit.end - 1) + 1 : section.original.count
                var quote = String.UnicodeScalarView()
                quote.append(contentsOf: section.original[offset..<max(offset, end)])
                let q = String(quote)
                result.append(LintFinding(place: .text(section: section.index, offset: offset), message: LocalizedText(
                    en: "'\(q)' is a placeholder left in the text; replace it with the real detail before submitting",
                    ja: "「\(q)」はプレースホルダーのままです。申請前に実際の内容に置き換えてください。"
                )))
            }
        }
        return result
    }

    /// The longest placeholder can hold a few words (`[Your Company Name]`); beyond this the
    /// bracket is taken for unclosed and the quote stops at the end of the word.
    static let bracketReach = 60

    /// Where a placeholder found from its start (`[your`, `{{`, `todo`) really ends: at its closing
    /// bracket when it opened one on the same line, else at the end of its word. A quote never
    /// stops inside a token ('[Your' for `[Your Name]`).
    static func wholePlaceholderEnd(_ text: [Unicode.Scalar], start: Int, end: Int) -> Int {
        let closers: [Unicode.Scalar: [Unicode.Scalar]] = ["[": ["]"], "<": [">"], "{": ["}", "}"]]
        if let closer = closers[text[start]] {
            var i = end
            while i < text.count, i - start <= bracketReach, text[i] != "\n", text[i] != TextFolding.paragraph {
                if text[i] == closer[0] {
                    var j = i + 1
                    if closer.count == 2, j < text.count, text[j] == closer[1] { j += 1 }
                    return j
                }
                i += 1
            }
        }
        var i = end
        while i < text.count, TextFolding.isWordScalar(text[i - 1]), TextFolding.isWordScalar(text[i]) { i += 1 }
        return i
    }

    /// Whether the x's from `start` to `end` mask digits of a number shown as a format
    /// ("03-xxxx-xxxx", "card ending ****-1234", "090-XXXX-XXXX"): a hyphen joins them to digits or
    /// to another masked group, and the number is meant to be hidden, not filled in.
    static func isMaskedDigits(_ text: [Unicode.Scalar], start: Int, end: Int) -> Bool {
        guard text[start..<end].allSatisfy({ $0 == "x" }) else { return false }
        let numberish = { (s: Unicode.Scalar) in s == "x" || (s.value >= 0x30 && s.value <= 0x39) }
        let joinedBefore = start >= 2 && text[start - 1] == "-" && numberish(text[start - 2])
        let joinedAfter = end + 1 < text.count && text[end] == "-" && numberish(text[end + 1])
        return joinedBefore || joinedAfter
    }

    /// Runs of two or more 〇/○/◯ that are not part of a kanji numeral (二〇〇〇年).
    static func circleRuns(_ text: [Unicode.Scalar]) -> [(start: Int, end: Int)] {
        // Compared as scalars, not hashed: this runs over every scalar of the text.
        let circles = Array("〇○◯".unicodeScalars)
        let numerals = Array("一二三四五六七八九十百千万億年月日".unicodeScalars)
        var result: [(Int, Int)] = []
        var i = 0
        while i < text.count {
            guard text[i].value >= 0x25CB, circles.contains(text[i]) else { i += 1; continue }
            var j = i
            while j < text.count && circles.contains(text[j]) { j += 1 }
            let numeral = (i > 0 && numerals.contains(text[i - 1])) || (j < text.count && numerals.contains(text[j]))
            if j - i >= 2 && !numeral { result.append((i, j)) }
            i = j
        }
        return result
    }
}
