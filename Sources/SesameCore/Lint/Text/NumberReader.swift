// Stage 5 of the text engine: number reading.

/// A figure in the text and what it counts: how many, of what, per which period or unit.
/// Both languages read the same content the same way: 「週1通」 and "one email per week" are one
/// message per week; 「会員数約5,000名」 and "about 5,000 members" an audience of 5,000.
public struct NumberMention: Sendable, Equatable {
    /// What the figure is, in the terms the volume rules use.
    public enum Kind: Sendable, Equatable {
        /// Messages (or an unnamed count) per period: "300 a day", 「秒間10通」, "45k a month".
        case perSecond, perMinute, perHour, perDay, perWeek, perMonth, perYear
        /// People or organisations mailed, with no period: "3,000 subscribers", 「会員約5,000名」.
        case audience
        /// Messages with no period: "a send of 5,000 emails", 「約1,800通」.
        case messages
        /// Things that cause mail: "200 orders a day", 「1日の予約は20件前後」, "50 new sign-ups a day".
        case events
        /// How often something is sent: "twice a month", 「週1回」, "two campaigns a week".
        case frequency
        /// A factor of a calculation: "two emails per recipient", 「1回あたり約5,000通」, 「2通ずつ」.
        case perUnit
        /// A growth or ratio factor ("3x", 「2倍」): a reason, never a volume.
        case factor
        /// Anything else: a duration, a date, a price, a share, an unnamed count.
        case other
    }

    /// The period a figure is counted over.
    public enum Period: Sendable, Equatable {
        case second, minute, hour, day, week, month, quarter, year

        /// How many days the period lasts.
        public var days: Double {
            switch self {
            case .second: 1.0 / 86_400
            case .minute: 1.0 / 1_440
            case .hour: 1.0 / 24
            case .day: 1
            case .week: 7
            case .month: 30
            case .quarter: 91
            case .year: 365
            }
        }
    }

    /// What is counted.
    public enum Counted: Sendable, Equatable {
        /// `recipients` are people ("3,000 subscribers", 「会員約5,000名」); `organisations` are
        /// businesses, shops, schools or workspaces, each of which mails many people of its own
        /// ("1,400 businesses", 「導入企業約800社」「約1,800店舗」).
        case messages, recipients, organisations, events, times, factor, unknown
        /// A duration, a date, a time of day, a price, a share, a size: never a volume.
        case notAVolume
    }

    /// The figure; for a range ("2,000–5,000"), its upper bound.
    public var value: Double
    /// The lower bound of a range; `value` otherwise.
    public var low: Double
    /// Written as an approximation ("a few hundred", 「数千」, "dozens").
    public var approximate: Bool
    public var counted: Counted
    public var period: Period?
    /// Counted per recipient, per order, per send ("per", "each", 「あたり」「ずつ」「各回」): one factor of a calculation.
    public var perUnit: Bool
    /// The unit is one send: 「1回あたり約8,000通」「各回」, "8,000 emails per mailing". Times a frequency
    /// ("twice a month", 「月に2回」), such a figure is a volume.
    public var perSend: Bool
    /// The period says how often a send recurs ("every Tuesday", "once a month", 「毎週」), not a rate.
    public var recurring: Bool
    public var section: Int
    /// Range of the figure in the folded text.
    public var start: Int
    public var end: Int
    public var sentence: Int

    public var kind: Kind {
        if perUnit && counted != .notAVolume { return .perUnit }
        switch counted {
        case .notAVolume: return .other
        case .factor: return .factor
        case .times: return .frequency
        case .events: return .events
        case .recipients, .organisations: return period == nil ? .audience : .events
        case .messages, .unknown:
            guard let period else { return counted == .messages ? .messages : .other }
            switch period {
            case .second: return .perSecond
            case .minute: return .perMinute
            case .hour: return .perHour
            case .day: return .perDay
            case .week: return .perWeek
            case .month, .quarter: return .perMonth
            case .year: return .perYear
            }
        }
    }

    /// Whether the figure counts mail sent: messages per period, or the messages of one send (a
    /// handful of messages with no period is a sequence to one person, "a sequence of four messages").
    public var isVolume: Bool {
        switch kind {
        case .perSecond, .perMinute, .perHour, .perDay, .perWeek, .perMonth, .perYear: true
        case .messages: value > NumberReader.sendsAtMost
        default: false
        }
    }

    /// An audience of people (not of organisations), the only audience a quota can be weighed against.
    public var countsPeople: Bool { kind == .audience && counted == .recipients }

    /// Messages a day the figure amounts to, when it counts messages over a day or longer.
    public var dailyMessages: Double? {
        guard isVolume, let period, period.days >= 1 else { return nil }
        return value / period.days
    }
}

/// Reads the figures of a folded section: digits with separators (full-width ones are folded
/// already), decimals, k and million, 万・千・百 and 漢数字 (「3万5千」「一万」), written numbers and
/// approximations ("a few hundred", "dozens", 「数千」), ranges ("2,000–5,000", 「100〜200通」), and
/// what each counts: the counter or noun after it, the period before or after it, a unit it is
/// counted per. List numbering ("6. 送信量", "3)"), the "1" of a period (「1日」), dates, times of
/// day, prices and percentages are not volumes.
struct NumberReader {
    let text: [Unicode.Scalar]
    let segments: TextSegments

    /// A period or unit written before a figure governs it only this close (「1日あたり約300通」,
    /// 「ピーク時は秒間5通」, "a daily quota of 30,000"); further back it belongs to another thought.
    static let leadReach = 16
    /// A figure's noun follows after at most this many words of description ("4,000 order
    /// confirmation emails"); a noun further on belongs to the rest of the sentence.
    static let describingWords = 2
    /// An approximation in words is worth this many of its unit ("a few hundred" ≈ 300, 「数千」 ≈ 3,000).
    static let few: Double = 3
    /// Newsletters, campaigns or issues counted this low are sends ("two campaigns a week");
    /// above it, "3,000 newsletters" are messages.
    static let sendsAtMost: Double = 31

    static func read(_ text: [Unicode.Scalar], section: Int, segments: TextSegments) -> [NumberMention] {
        NumberReader(text: text, segments: segments).mentions(section: section)
    }

    func mentions(section: Int) -> [NumberMention] {
        var result: [NumberMention] = []
        var previousEnd = 0
        var i = 0
        while i < text.count {
            guard let numeral = numeral(at: i) else {
                i += 1
                continue
            }
            if numeral.isIdentifier || isListNumber(numeral) {
                i = numeral.end
                continue
            }
            var reading = Reading(numeral: numeral)
            let end = readAfter(&reading)
            // The 1 of 「1日」「1か月」 names the period of the figure that follows; it is no figure itself.
            if !reading.periodMarker {
                let floor = max(previousEnd, sentenceStart(of: numeral.start))
                readBefore(&reading, from: floor)
                if reading.isFigure {
                    result.append(reading.mention(section: section, sentence: segments.sentence(at: numeral.start), end: end))
                    previousEnd = end
                }
            }
            i = max(end, numeral.end)
        }
        return result
    }

    private func sentenceStart(of position: Int) -> Int {
        let sentences = segments.sentences
        let sentence = segments.sentence(at: position)
        guard sentence < sentences.count, sentences[sentence].lowerBound <= position else { return 0 }
        return sentences[sentence].lowerBound
    }

    /// What has been read of one figure.
    struct Reading {
        var numeral: Numeral
        var counted: NumberMention.Counted = .unknown
        var period: NumberMention.Period?
        var perUnit = false
        var perSend = false
        var recurring = false
        /// The figure only names the period or unit of the next one (「1日」「1回あたり」).
        var periodMarker = false

        /// Counts people or organisations mailed, which no period or unit before it changes.
        var countsAudience: Bool { counted == .recipients || counted == .organisations }

        /// Digits are always a figure; a number in words or kanji only when something says what
        /// it counts ("one of our", 「一部」「百貨店」「万が一」 are no figures).
        var isFigure: Bool {
            numeral.kind == .digits || (counted != .unknown && counted != .notAVolume) || period != nil
        }

        func mention(section: Int, sentence: Int, end: Int) -> NumberMention {
            NumberMention(
                value: numeral.value, low: numeral.low, approximate: numeral.approximate, counted: counted,
                period: counted == .notAVolume ? nil : period, perUnit: perUnit, perSend: perUnit && perSend, recurring: recurring,
                section: section, start: numeral.start, end: end, sentence: sentence
            )
        }
    }

    // MARK: what follows a figure

    /// Reads the counter or noun after the numeral, then a period or unit; returns where the figure ends.
    private func readAfter(_ reading: inout Reading) -> Int {
        let numeral = reading.numeral
        if numeral.timesWord { reading.counted = .times }
        var p = numeral.end
        let afterSpace = skipSpaces(p, inline: true)
        if let (counted, end) = JapaneseUnits.counter(in: text, at: afterSpace, numeral: numeral) {
            if counted == .notAVolume, numeral.isOne, let marker = JapaneseUnits.periodAfterOne(in: text, at: afterSpace) {
                reading.periodMarker = true
                return marker
            }
            reading.counted = counted
            p = end
            // 「1回あたり」「1人につき」: the unit of the figure that follows, not a count.
            if let unitEnd = JapaneseUnits.perAfter(in: text, at: p) {
                reading.periodMarker = true
                return unitEnd
            }
            if text.has("ずつ", at: p) {
                reading.perUnit = true
                p += 2
            }
            if let (period, end) = EnglishUnits.slashPeriod(in: text, at: p) {
                reading.period = period
                p = end
            }
            return p
        }
        // English: a few words of description, a noun, then periods and units ("per recipient per day").
        var q = skipSpaces(p)
        var described = 0
        var phrases = 0
        while q < text.count, phrases < 3 {
            if let found = EnglishUnits.period(in: text, at: q) {
                if reading.period == nil { reading.period = found.period }
                reading.recurring = reading.recurring || found.recurring
                p = found.end
                q = skipSpaces(p)
                phrases += 1
                continue
            }
            if let (end, send) = EnglishUnits.perUnit(in: text, at: q) {
                reading.perUnit = true
                reading.perSend = reading.perSend || send
                p = end
                q = skipSpaces(p)
                phrases += 1
                continue
            }
            guard reading.counted == .unknown || reading.counted == .times, reading.period == nil, !reading.perUnit,
                  phrases == 0 else { break }
            if let (counted, end) = EnglishUnits.noun(in: text, at: q, numeral: numeral) {
                // "140 retail clients", "300 business customers": each is an organisation mailing people of its own.
                let organisational = counted == .recipients && EnglishUnits.isOrganisational(in: text, from: numeral.end, to: q)
                reading.counted = organisational ? .organisations : counted
                p = end
                q = skipSpaces(p)
                if counted == .notAVolume { break }
                phrases += 1
                continue
            }
            guard reading.counted == .unknown, described < Self.describingWords,
                  let end = EnglishUnits.describingWord(in: text, at: q) else { break }
            described += 1
            q = skipSpaces(end)
        }
        return p
    }

    // MARK: what precedes a figure

    /// Reads a period or a unit written before the figure (「1日あたり」「月に」「各回」, "daily quota of",
    /// "send rate of"), the closest one within `leadReach` scalars after `floor` (the previous
    /// figure or the sentence start).
    private func readBefore(_ reading: inout Reading, from floor: Int) {
        let start = reading.numeral.start
        let lower = max(floor, start - Self.leadReach)
        guard lower < start else { return }
        for end in stride(from: start, to: lower, by: -1) {
            if let found = JapaneseUnits.periodLead(in: text, endingAt: end, floor: lower, figureStart: start)
                ?? EnglishUnits.periodLead(in: text, endingAt: end, floor: lower) {
                // "3,000 daily users" are an audience, not a rate.
                if reading.period == nil, !reading.countsAudience, reading.counted != .notAVolume {
                    reading.period = found.period
                    reading.recurring = reading.recurring || found.recurring
                }
                // 「1事業者あたり1日200通」: a unit may stand before the period.
                if !reading.countsAudience, let unitEnd = (lower..<end).first(where: { JapaneseUnits.unitLead(in: text, endingAt: $0, floor: lower) }) {
                    reading.perUnit = true
                    reading.perSend = JapaneseUnits.sendLead(in: text, endingAt: unitEnd, floor: lower)
                }
                return
            }
            if JapaneseUnits.unitLead(in: text, endingAt: end, floor: lower) {
                if !reading.countsAudience {
                    reading.perUnit = true
                    reading.perSend = JapaneseUnits.sendLead(in: text, endingAt: end, floor: lower)
                }
                return
            }
        }
    }

    // MARK: numerals

    /// A number as written, before what it counts is read.
    struct Numeral {
        enum Kind { case digits, kanji, words }
        var kind: Kind
        var value: Double
        var low: Double
        var approximate: Bool
        var start: Int
        var end: Int
        /// How much the written digits were scaled ("5k": 1,000; 「3万」: 10,000).
        var multiplier: Double = 1
        /// "once", "twice": the word itself counts times.
        var timesWord = false
        /// Part of a phone number, a date written with dashes or slashes, a time of day, a version.
        var isIdentifier = false

        var isOne: Bool { value == 1 && low == 1 && !approximate }
    }

    /// The numeral starting at `i` (a range read whole), if one does.
    func numeral(at i: Int) -> Numeral? {
        guard let first = singleNumeral(at: i) else { return nil }
        if first.isIdentifier { return first }
        var p = skipSpaces(first.end, inline: true)
        var connector = false
        if p < text.count, "-~〜".unicodeScalars.contains(text[p]) {
            p += 1
            connector = true
        } else if text.hasWord("to", at: p) || text.hasWord("or", at: p) {
            p += 2
            connector = true
        } else if text.has("から", at: p) {
            p += 2
            connector = true
        } else if text.hasWord("and", at: p), text.precededByWord("between", before: first.start) {
            p += 3
            connector = true
        }
        guard connector else { return first }
        p = skipSpaces(p, inline: true)
        if text.has("約", at: p) { p += 1 }
        guard p < text.count, let second = singleNumeral(at: p), second.kind == first.kind || second.kind == .digits else { return first }
        if second.isIdentifier {
            var identifier = first
            identifier.isIdentifier = true
            identifier.end = second.end
            return identifier
        }
        var low = first.value
        // 「2〜3万」, "2-3 thousand": the lower bound takes the upper bound's multiplier.
        if second.multiplier > 1, first.multiplier == 1, first.value * second.multiplier <= second.value {
            low = first.value * second.multiplier
        }
        guard low <= second.value else { return first }
        var range = second
        range.low = low
        range.start = first.start
        range.approximate = first.approximate || second.approximate
        range.timesWord = first.timesWord || second.timesWord
        return range
    }

    /// One numeral at `i`: digits (with kanji or English multipliers), kanji, or English words.
    private func singleNumeral(at i: Int) -> Numeral? {
        let s = text[i]
        if isDigit(s) {
            guard i == 0 || !(TextFolding.isWordScalar(text[i - 1]) || text[i - 1] == "." || text[i - 1] == "," || text[i - 1] == "/") else { return nil }
            return digitsNumeral(at: i)
        }
        if KanjiNumerals.starts(s) {
            guard i == 0 || !KanjiNumerals.isPart(text[i - 1]) else { return nil }
            return KanjiNumerals.read(text, at: i)
        }
        if s.value >= 0x61 && s.value <= 0x7A, i == 0 || !TextFolding.isWordScalar(text[i - 1]) {
            return WrittenNumbers.read(text, at: i)
        }
        return nil
    }

    private func digitsNumeral(at i: Int) -> Numeral? {
        // Digits mixed with 万・千・百 (「3万5千」「1万2,000」) read as kanji numerals do.
        if let mixed = KanjiNumerals.read(text, at: i), mixed.multiplier > 1 { return mixed }
        guard let (value, end) = readDigits(at: i) else { return nil }
        var numeral = Numeral(kind: .digits, value: value, low: value, approximate: false, start: i, end: end)
        // "10:30", "24/7", "12/1", "2025-01-03", "1.2.3": identifiers, not figures.
        if end + 1 < text.count, ":/".unicodeScalars.contains(text[end]), isDigit(text[end + 1]) {
            numeral.isIdentifier = true
            var e = end + 1
            while e < text.count, isDigit(text[e]) || ":/-.".unicodeScalars.contains(text[e]) && e + 1 < text.count && isDigit(text[e + 1]) { e += 1 }
            numeral.end = e
            return numeral
        }
        if end + 1 < text.count, text[end] == "-", isDigit(text[end + 1]), let (_, secondEnd) = readDigits(at: end + 1),
           secondEnd + 1 < text.count, text[secondEnd] == "-", isDigit(text[secondEnd + 1]) {
            numeral.isIdentifier = true
            var e = secondEnd + 1
            while e < text.count, isDigit(text[e]) || text[e] == "-" { e += 1 }
            numeral.end = e
            return numeral
        }
        if end + 1 < text.count, text[end] == ".", isDigit(text[end + 1]) {
            numeral.isIdentifier = true
            numeral.end = end + 2
            return numeral
        }
        // A price or an ordinal number ("$5", "#3", "no. 3") is not a count.
        if i > 0, "$¥€£#".unicodeScalars.contains(text[i - 1]) {
            numeral.isIdentifier = true
            return numeral
        }
        if let (scale, scaledEnd) = EnglishUnits.multiplier(in: text, at: end) {
            numeral.value *= scale
            numeral.low = numeral.value
            numeral.multiplier = scale
            numeral.end = scaledEnd
        } else if end < text.count, TextFolding.isWordScalar(text[end]), !(text[end] == "x" && (end + 1 == text.count || !TextFolding.isWordScalar(text[end + 1]))) {
            // "3rd", "24h", "2fa", "5am": not a count of mail.
            numeral.isIdentifier = true
            var e = end
            while e < text.count, TextFolding.isWordScalar(text[e]) { e += 1 }
            numeral.end = e
        }
        return numeral
    }

    /// Digits with thousands separators and a decimal part: the value and where they end.
    func readDigits(at i: Int) -> (Double, Int)? { Self.digits(in: text, at: i) }

    /// Digits with thousands separators and a decimal part at `i` of `text` (also the digits of
    /// 「3万5千」): the value and where they end.
    static func digits(in text: [Unicode.Scalar], at i: Int) -> (Double, Int)? {
        var digits = ""
        var j = i
        while j < text.count {
            let s = text[j]
            if isDigit(s) {
                digits.unicodeScalars.append(s)
            } else if s == ",", j + 3 < text.count, (1...3).allSatisfy({ isDigit(text[j + $0]) }), !digits.isEmpty {
                // a thousands separator (a longer run after it, "5,0006666", still reads as one figure)
            } else if s == ".", j + 1 < text.count, isDigit(text[j + 1]), !digits.contains(".") {
                digits += "."
            } else {
                break
            }
            j += 1
        }
        guard let value = Double(digits) else { return nil }
        return (value, j)
    }

    /// "6. 送信量", "3)", "(2)", 「（1）」: a number that starts its line (or stands in brackets)
    /// and is followed by ".", ")" or "、" numbers a list item or a heading.
    func isListNumber(_ numeral: Numeral) -> Bool {
        guard numeral.kind == .digits, numeral.multiplier == 1, numeral.value < 100, numeral.low == numeral.value else { return false }
        let end = numeral.end
        guard end < text.count else { return false }
        let next = text[end]
        var before = numeral.start
        if before > 0, "(（".unicodeScalars.contains(text[before - 1]) {
            return ")）".unicodeScalars.contains(next)
        }
        guard ".)）、".unicodeScalars.contains(next) else { return false }
        if next == ".", end + 1 < text.count, isDigit(text[end + 1]) { return false }
        while before > 0, text[before - 1] == " " || "#【[".unicodeScalars.contains(text[before - 1]) { before -= 1 }
        return before == 0 || text[before - 1] == "\n" || text[before - 1] == TextFolding.paragraph
    }

    func skipSpaces(_ position: Int, inline: Bool = false) -> Int {
        var p = position
        while p < text.count, inline ? text[p] == " " : TextFolding.isSpace(text[p]) { p += 1 }
        return p
    }
}

/// A word as scalars, compared with the folded text without decoding a `String` at each position.
typealias Scalars = [Unicode.Scalar]

/// `words` as scalars, for the vocabulary tables.
func scalarWords(_ words: [String]) -> [Scalars] { words.map { Scalars($0.unicodeScalars) } }

@inline(__always)
func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

extension Array where Element == Unicode.Scalar {
    /// Whether `word` (folded, ASCII or Japanese) starts at `position`.
    func has(_ word: String, at position: Int) -> Bool {
        var p = position
        for s in word.unicodeScalars {
            guard p < count, self[p] == s else { return false }
            p += 1
        }
        return true
    }

    /// Whether `word` starts at `position` and ends at a word boundary.
    func hasWord(_ word: String, at position: Int) -> Bool {
        guard has(word, at: position) else { return false }
        let end = position + word.unicodeScalars.count
        return end >= count || !TextFolding.isWordScalar(self[end])
    }

    /// Whether `word` (folded) ends at `end`, compared from its last scalar (where most candidates fail).
    func has(_ word: String, endingAt end: Int) -> Bool {
        var p = end
        for s in word.unicodeScalars.reversed() {
            guard p > 0, p <= count, self[p - 1] == s else { return false }
            p -= 1
        }
        return true
    }

    /// Whether `word` starts at `position`.
    func has(_ word: Scalars, at position: Int) -> Bool {
        guard position >= 0, word.count <= count - position else { return false }
        for k in word.indices where self[position + k] != word[k] { return false }
        return true
    }

    /// Whether `word` ends at `end`, compared from its last scalar.
    func has(_ word: Scalars, endingAt end: Int) -> Bool {
        let start = end - word.count
        guard start >= 0, end <= count else { return false }
        var k = word.count
        while k > 0 {
            k -= 1
            guard self[start + k] == word[k] else { return false }
        }
        return true
    }

    /// Whether the word before `position` (skipping spaces) is `word`.
    func precededByWord(_ word: String, before position: Int) -> Bool {
        var p = position
        while p > 0, TextFolding.isSpace(self[p - 1]) { p -= 1 }
        let length = word.unicodeScalars.count
        guard p - length >= 0, has(word, at: p - length) else { return false }
        return p - length == 0 || !TextFolding.isWordScalar(self[p - length - 1])
    }
}
