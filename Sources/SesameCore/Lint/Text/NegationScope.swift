// Stage 4 of the text engine: how far a negation or a condition reaches.

/// The reach of negators and conditions beyond the plain "a negator next to the phrase".
///
/// - A negator before a phrase (English) governs it within `beforeReach` scalars of its clause;
///   one after it (Japanese 「…ません」, English "… are ignored") within `afterReach`.
/// - A negator that ends its clause ("Purchased, rented or scraped lists are prohibited",
///   「名簿の購入やスクレイピングは一切行いません。」) governs the whole clause before it, however long.
/// - A lead-in sentence that ends in a colon and holds a negator ("We will NOT:",
///   「以下は行いません：」) negates the bulleted items that follow it.
/// - A condition ("if we ever add newsletters", 「広告を送る場合は」) is not a claim about today's
///   mail: what lies in the condition's own clause is marked conditional, and so is a quoted
///   example ("phrases such as "we bought a list" are refused").
enum NegationScope {
    /// "We do not, and never will, buy or rent lists": a few words of aside fit between an
    /// English negator and what it negates; further away, it is usually another thought.
    static let beforeReach = 60
    /// Japanese puts the negation at the end of the predicate: 「リストを購入することはありません」 is
    /// about 15 scalars; 40 leaves room for a modifier without reaching into the next thought.
    static let afterReach = 40

    /// Words that join a negator to an earlier one as a list: "no newsletters and no promotions",
    /// "not bought, not rented", "neither X nor Y".
    static let coordinators = ["and", "or", ",", ";", "、"]

    /// Whether an English negator repeats the one ending at `previousEnd` rather than negating it
    /// ("No newsletters and no promotions are sent": both are negated; "we never mail anyone who
    /// has not opted in" stays a double negation): it is "nor", or a coordinator stands between them.
    static func repeatsNegation(_ text: [Unicode.Scalar], previousEnd: Int, negator: PhraseMatcher.Hit, phrase: String) -> Bool {
        if phrase == "nor" { return true }
        guard previousEnd <= negator.start else { return false }
        let between = text[previousEnd..<negator.start]
        return coordinators.contains { word in
            word.unicodeScalars.count == 1
                ? between.contains(word.unicodeScalars.first!)
                : between.indices.contains { text.hasWord(word, at: $0) && ($0 == 0 || !TextFolding.isWordScalar(text[$0 - 1])) }
        }
    }

    /// Whether the negator ending at `end` closes `clause`: only spaces and punctuation follow it.
    static func endsClause(_ text: [Unicode.Scalar], negatorEnd end: Int, clause: Range<Int>) -> Bool {
        var i = end
        while i < clause.upperBound {
            let s = text[i]
            if TextFolding.isWordScalar(s) || Language.isJapanese(s) && !"。、！？".unicodeScalars.contains(s) { return false }
            i += 1
        }
        return true
    }

    /// The sentences negated by a lead-in: each sentence after one that ends in a colon and holds a
    /// negator, as long as it starts with a bullet (`-`, `*`, `•`, `・`, `1.`, `1)`).
    static func leadInScope(_ text: [Unicode.Scalar], sentences: [Range<Int>], negatorStarts: [Int]) -> Set<Int> {
        var scope: Set<Int> = []
        var negators = negatorStarts.sorted()[...]
        var open = false
        for (index, sentence) in sentences.enumerated() {
            var negatedHere = false
            while let first = negators.first, first < sentence.upperBound {
                if first >= sentence.lowerBound { negatedHere = true }
                negators = negators.dropFirst()
            }
            if open && startsWithBullet(text, sentence) {
                scope.insert(index)
                continue
            }
            open = negatedHere && endsWithColon(text, sentence)
        }
        return scope
    }

    static func startsWithBullet(_ text: [Unicode.Scalar], _ sentence: Range<Int>) -> Bool {
        guard let first = sentence.first else { return false }
        if "-*•・●■◆–—".unicodeScalars.contains(text[first]) { return true }
        var i = first
        while i < sentence.upperBound, text[i].value >= 0x30, text[i].value <= 0x39 { i += 1 }
        return i > first && i < sentence.upperBound && ".)）".unicodeScalars.contains(text[i])
    }

    static func endsWithColon(_ text: [Unicode.Scalar], _ sentence: Range<Int>) -> Bool {
        var i = sentence.upperBound - 1
        while i >= sentence.lowerBound, TextFolding.isSpace(text[i]) { i -= 1 }
        return i >= sentence.lowerBound && (text[i] == ":" || text[i] == "：")
    }

    /// The ranges a condition covers in `clause`. An English condition ("if", "in case") runs from
    /// its marker to the next comma, semicolon or colon; a Japanese one (「場合」「たら」) from the
    /// clause start, the last 、 or an opening bracket before it to the marker.
    static func conditionRanges(_ text: [Unicode.Scalar], clause: Range<Int>, before: [Int], after: [Int]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        for start in before where clause.contains(start) {
            var end = start
            while end < clause.upperBound, !",;:，；：".unicodeScalars.contains(text[end]) { end += 1 }
            ranges.append(start..<end)
        }
        for marker in after where clause.contains(marker) {
            var start = marker
            // 「（未成年の場合は保護者様）」: a condition inside brackets conditions only what they hold.
            while start > clause.lowerBound, !"、,（(".unicodeScalars.contains(text[start - 1]) { start -= 1 }
            ranges.append(start..<marker)
        }
        return ranges
    }

    /// A quotation holds at least this much: a shorter one is a name or a label (「配信停止」), not an example.
    static let quotedExampleMinimum = 6
    /// and at most this much: an unmatched quote mark must not swallow the text after it.
    static let quotedExampleMaximum = 120

    /// Words before a quotation that make it a value the text sets, not an example: "sets the email
    /// to "do not mail"", "marked as "unsubscribed"".
    static let labelLeads = ["to", "as", "marked", "labelled", "labeled", "called", "named", "flagged", "into"]
    /// Words after a quotation that make it the name of a control or a state: "a "stop reminders"
    /// link", "the "Unsubscribe from all" button", "a "do not email" state", 「「メール配信を停止する」ボタン」,
    /// 「「配信不可」に設定」, 「「非アクティブ」に変わり」.
    static let labelNouns = [
        "link", "links", "button", "buttons", "option", "box", "checkbox", "toggle", "switch", "setting", "settings",
        "page", "tab", "menu", "status", "flag", "list", "folder", "label", "header", "field", "state", "mode", "tag",
        "segment", "group", "bucket", "category",
        "リンク", "ボタン", "欄", "画面", "メニュー", "ページ", "タブ", "項目", "ステータス", "フラグ", "リスト", "チェック",
        "に設定", "にし", "に変更", "に切り替", "として", "と表示", "の状態", "扱い", "に変わ", "へ変更", "へ切り替", "となり",
        "になり", "に移",
    ]

    /// Whether the quotation from `open` to `close` names a control or a value ("to "do not mail"",
    /// "a "stop reminders" link") rather than quoting an example of what is written.
    static func isLabel(_ text: [Unicode.Scalar], open: Int, close: Int, sentence: Range<Int>) -> Bool {
        var after = close + 1
        while after < sentence.upperBound, TextFolding.isSpace(text[after]) { after += 1 }
        if labelNouns.contains(where: { noun in
            Language.isJapanese(noun.unicodeScalars.first!) ? text.has(noun, at: after) : text.hasWord(noun, at: after)
        }) { return true }
        var end = open
        while end > sentence.lowerBound, TextFolding.isSpace(text[end - 1]) { end -= 1 }
        // "such as "we bought a list"" introduces an example.
        if text.has("such as", endingAt: end) { return false }
        return labelLeads.contains { lead in
            text.has(lead, endingAt: end) && (end - lead.unicodeScalars.count == sentence.lowerBound
                || !TextFolding.isWordScalar(text[end - lead.unicodeScalars.count - 1]))
        }
    }

    /// The ranges inside quotation marks ("…", 「…」, 『…』) in `sentence`: quoted examples of what not
    /// to write ("phrases like "we bought a list" are refused") are not claims.
    static func quotedRanges(_ text: [Unicode.Scalar], sentence: Range<Int>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var i = sentence.lowerBound
        while i < sentence.upperBound {
            let closer: Unicode.Scalar? = switch text[i] {
            case "\"": "\""
            case "「": "」"
            case "『": "』"
            default: nil
            }
            guard let closer else { i += 1; continue }
            var j = i + 1
            while j < sentence.upperBound, text[j] != closer, j - i <= quotedExampleMaximum { j += 1 }
            if j < sentence.upperBound, text[j] == closer, j - i - 1 >= quotedExampleMinimum, j - i <= quotedExampleMaximum {
                if !isLabel(text, open: i, close: j, sentence: sentence) { ranges.append((i + 1)..<j) }
                i = j + 1
            } else {
                i += 1
            }
        }
        return ranges
    }
}

/// Bracketed asides that say a thing of their own.
///
/// An aside that holds a negator of its own ("never to anyone imported (salons cannot upload
/// contact lists)", "we do not (and never will) buy lists") is a statement by itself: its negators
/// govern only what lies inside it, and the negators of the clause around it neither reach in nor
/// count twice with it (two negations in one clause are read as an affirmative). An aside with no
/// negator ("purchased (or rented) lists are prohibited") stays in the scope of its clause.
struct Parentheticals {
    /// A bracket left open this long is a stray mark, not an aside: it must not swallow the text after it.
    static let maximumLength = 240

    /// The outermost bracketed ranges, brackets included, in order.
    let ranges: [Range<Int>]

    init(_ text: [Unicode.Scalar]) {
        var ranges: [Range<Int>] = []
        var open: Int?
        var depth = 0
        for (i, s) in text.enumerated() {
            if let start = open, i - start > Self.maximumLength {
                open = nil
                depth = 0
            }
            switch s {
            case "(", "（":
                if open == nil { open = i }
                depth += 1
            case ")", "）":
                guard let start = open else { continue }
                depth -= 1
                if depth == 0 {
                    ranges.append(start..<(i + 1))
                    open = nil
                }
            default:
                continue
            }
        }
        self.ranges = ranges
    }

    /// The index of the aside holding `position`, if any (a binary search).
    func index(at position: Int) -> Int? {
        var low = 0
        var high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].upperBound <= position { low = middle + 1 } else { high = middle }
        }
        return low < ranges.count && ranges[low].contains(position) ? low : nil
    }
}
