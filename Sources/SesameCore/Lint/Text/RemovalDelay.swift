// Stage 6 of the text engine, for the opt-out answer: an unsubscribe's delay read as a duration.

/// How long an unsubscribe takes, when a text gives it as a duration: "within 10 business days",
/// "may take up to a week", "processed after a few days", 「10営業日以内に反映」「数日後に停止」
/// 「1週間ほどで反映されます」. The digits, kanji and written numbers are read as the number reader
/// reads them.
enum RemovalDelay {
    /// Gmail and Yahoo expect an unsubscribe honoured within two days (review criteria, opt-out):
    /// a longer stated delay is a delayed removal, however lawful (CAN-SPAM allows ten business days).
    static let promptDays: Double = 2
    /// A business day is a calendar day and a bit: five of them take a week.
    static let businessDay: Double = 7.0 / 5.0

    /// English words before a duration that say it is how long the removal takes.
    private static let englishLeads = ["within", "up to", "takes", "take", "taking", "after", "in about", "over"]
    /// Japanese words after a duration that say the same (「3日以内」「数日後」「1週間ほどで」).
    private static let japaneseTails = ["以内", "後", "ほどで", "ほど", "程度", "程で", "かけて", "かかり", "までに", "で反映", "で停止"]
    private static let englishUnits: [(String, Double)] = [
        ("hours", 1.0 / 24), ("hour", 1.0 / 24), ("days", 1), ("day", 1), ("weeks", 7), ("week", 7), ("months", 30), ("month", 30),
    ]
    private static let japaneseUnits: [(String, Double)] = [
        ("営業日", businessDay), ("時間", 1.0 / 24), ("日間", 1), ("日", 1), ("週間", 7), ("か月", 30), ("ヶ月", 30), ("カ月", 30),
        ("ヵ月", 30), ("ケ月", 30), ("箇月", 30),
    ]

    /// The durations of `sentence` longer than `promptDays`, as folded ranges (lead and duration).
    static func slowDurations(in text: [Unicode.Scalar], sentence: Range<Int>) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var i = sentence.lowerBound
        while i < sentence.upperBound {
            if let (days, end) = englishDuration(text, leadAt: i, limit: sentence.upperBound) ?? japaneseDuration(text, at: i, sentence: sentence) {
                if days > promptDays { found.append(i..<end) }
                i = end
            } else {
                i += 1
            }
        }
        return found
    }

    /// "within 10 business days", "up to a week": a lead at `i`, a count, "business" or "working", a unit.
    private static func englishDuration(_ text: [Unicode.Scalar], leadAt i: Int, limit: Int) -> (Double, Int)? {
        // Every lead is an English word: only the start of an ASCII word can begin one.
        guard text[i].isASCII, i == 0 || !TextFolding.isWordScalar(text[i - 1]),
              let lead = englishLeads.first(where: { text.hasWord($0, at: i) }) else { return nil }
        var p = skip(text, i + lead.unicodeScalars.count, limit)
        guard let (count, countEnd) = count(text, at: p) else { return nil }
        p = skip(text, countEnd, limit)
        var scale = 1.0
        for business in ["business", "working"] where text.hasWord(business, at: p) {
            scale = businessDay
            p = skip(text, p + business.unicodeScalars.count, limit)
        }
        guard let (unit, days) = englishUnits.first(where: { text.hasWord($0.0, at: p) }) else { return nil }
        return (count * days * (days >= 1 && days < 7 ? scale : 1), p + unit.unicodeScalars.count)
    }

    /// 「10営業日以内」「数日後」「1週間ほどで」: a count at `i`, a unit, a tail that makes it a delay.
    private static func japaneseDuration(_ text: [Unicode.Scalar], at i: Int, sentence: Range<Int>) -> (Double, Int)? {
        // A Japanese count is digits or kanji (「10」「十」「数」): no other scalar can begin one, and
        // trying the English number words at every scalar of the sentence would cost more than the rest of lint.
        guard isDigit(text[i]) || KanjiNumerals.starts(text[i]),
              i == sentence.lowerBound || !KanjiNumerals.isPart(text[i - 1]), let (count, countEnd) = count(text, at: i) else { return nil }
        guard let (unit, days) = japaneseUnits.first(where: { text.has($0.0, at: countEnd) }) else { return nil }
        let unitEnd = countEnd + unit.unicodeScalars.count
        guard let tail = japaneseTails.first(where: { text.has($0, at: unitEnd) }) else { return nil }
        return (count * days, min(unitEnd + tail.unicodeScalars.count, sentence.upperBound))
    }

    /// A count at `i`: digits, kanji (「十」「数」), or words ("ten", "a few", "several", "a", "a couple of").
    private static func count(_ text: [Unicode.Scalar], at i: Int) -> (Double, Int)? {
        guard i < text.count else { return nil }
        if isDigit(text[i]), let (value, end) = NumberReader.digits(in: text, at: i) {
            // "3-5 business days", 「3〜5日」: the longer end.
            if end + 1 < text.count, "-~〜".unicodeScalars.contains(text[end]), isDigit(text[end + 1]),
               let (upper, upperEnd) = NumberReader.digits(in: text, at: end + 1) {
                return (max(value, upper), upperEnd)
            }
            return (value, end)
        }
        if KanjiNumerals.starts(text[i]) {
            if text[i] == "数" || text[i] == "何" { return (NumberReader.few, i + 1) }
            if let numeral = KanjiNumerals.read(text, at: i) { return (numeral.value, numeral.end) }
        }
        for (word, value) in [("a few", NumberReader.few), ("a couple of", 2.0), ("several", NumberReader.few), ("a", 1.0), ("one", 1.0)]
        where text.hasWord(word, at: i) {
            return (value, i + word.unicodeScalars.count)
        }
        if let numeral = WrittenNumbers.read(text, at: i) { return (numeral.value, numeral.end) }
        return nil
    }

    private static func skip(_ text: [Unicode.Scalar], _ position: Int, _ limit: Int) -> Int {
        var p = position
        while p < limit, text[p] == " " { p += 1 }
        return p
    }
}
