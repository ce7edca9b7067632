// Stage 5 of the text engine: number reading.

/// A number in the text, with what it counts.
public struct NumberMention: Sendable {
    public enum Kind: Sendable { case perDay, perSecond, perMonth, audience, messages, other }
    public var value: Double
    public var kind: Kind
    public var section: Int
    public var start: Int
    public var sentence: Int
}

/// Reads the numbers of a text and what each counts: per day, per second, per month,
/// an audience ("3,000 subscribers", 「会員3,000人」) or plain messages.
enum NumberReader {
    /// A period phrase ("a day", 「通/日」) names what a number counts when it follows within this
    /// many scalars ("4,000 order emails a day")…
    static let periodAfter = 25
    /// …or precedes it closely (「1日あたり300通」, "daily: 300").
    static let periodBefore = 8
    /// An audience noun follows its number after at most an adjective or two ("3,000 active subscribers").
    static let audienceAfter = 12
    /// A message noun or counter follows its number at once ("300 emails", 「300通」).
    static let messagesAfter = 6

    static func read(
        _ text: [Unicode.Scalar], section: Int, segments: TextSegments, matches: [[ConceptMatch]]
    ) -> [NumberMention] {
        let sentenceOf = segments.sentence(at:)
        var result: [NumberMention] = []
        var i = 0
        func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }
        while i < text.count {
            guard isDigit(text[i]), i == 0 || !(TextFolding.isWordScalar(text[i - 1]) || text[i - 1] == ".") else {
                i += 1
                continue
            }
            let start = i
            var digits = ""
            while i < text.count {
                let s = text[i]
                if isDigit(s) {
                    digits.unicodeScalars.append(s)
                } else if s == ",", i + 3 < text.count, (1...3).allSatisfy({ isDigit(text[i + $0]) }),
                          i + 4 >= text.count || !isDigit(text[i + 4]) {
                    // thousands separator
                } else if s == ".", i + 1 < text.count, isDigit(text[i + 1]) {
                    digits += "."
                } else {
                    break
                }
                i += 1
            }
            var value = Double(digits) ?? 0
            var end = i
            var j = i
            while j < text.count && text[j] == " " { j += 1 }
            if j < text.count {
                let s = text[j]
                if s == "k", j + 1 >= text.count || !TextFolding.isWordScalar(text[j + 1]) { value *= 1000; end = j + 1 }
                else if s == "万" { value *= 10_000; end = j + 1 }
                else if s == "千" { value *= 1000; end = j + 1 }
                else if s == "百", j + 1 < text.count, text[j + 1] == "万" { value *= 1_000_000; end = j + 2 }
                else if text[j...].starts(with: "million".unicodeScalars) { value *= 1_000_000; end = j + 7 }
            }
            // 「1日」「1か月」 name a period, not a quantity.
            if value == 1, end < text.count, text[end] == "日" || text[end] == "秒" || text[end] == "か" || text[end] == "ヶ" {
                i = end
                continue
            }
            var best: (distance: Int, kind: NumberMention.Kind)?
            func consider(_ concept: Concept, _ kind: NumberMention.Kind, after: Int, before: Int) {
                for m in matches[concept.rawValue] {
                    var distance: Int?
                    if m.start >= end && m.start - end <= after { distance = m.start - end }
                    if m.end <= start && start - m.end <= before { distance = min(distance ?? .max, start - m.end) }
                    if let d = distance, d < (best?.distance ?? .max) { best = (d, kind) }
                }
            }
            consider(.perSecond, .perSecond, after: periodAfter, before: periodBefore)
            consider(.perDay, .perDay, after: periodAfter, before: periodBefore)
            consider(.perMonth, .perMonth, after: periodAfter, before: periodBefore)
            if best == nil {
                consider(.audienceUnit, .audience, after: audienceAfter, before: 0)
                consider(.messageUnit, .messages, after: messagesAfter, before: 0)
            }
            result.append(NumberMention(
                value: value, kind: best?.kind ?? .other, section: section, start: start, sentence: sentenceOf(start)
            ))
            i = max(end, start + 1)
        }
        return result
    }
}
