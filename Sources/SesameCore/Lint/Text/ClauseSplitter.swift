// Stage 2 of the text engine: clauses, inside one sentence.

/// Splits a sentence into clauses, the reach of a negation: at a semicolon; at a comma that
/// introduces a new subject (", we …", ", and they …"); at 、 after a verb or particle ending
/// (「…して、」「…が、」); before " and we/they …"; and before a contrast ("but", 「ただし」).
/// A 、 after a noun that only looks like a verb ending is a list item, not a clause: 「…すること、」
/// (こと names the act) and a noun in み (「名簿の読み込み、」「会員の申し込み、」, but not the verb
/// 「リストを読み込み、」). A negation that closes the sentence 「…を登録すること、…の共有も行いません」
/// then reaches every item.
enum ClauseSplitter {
    /// Words that start a new clause after a comma: a new subject or a linking word.
    private static let subjects: [[Unicode.Scalar]] = [
        "we", "they", "i", "it", "you", "our", "each", "every", "this", "these", "that", "which", "he", "she",
        "there", "any", "all", "then", "so",
    ].map { Array($0.unicodeScalars) }
    /// The kana before 、 that end a clause (the て/で form, conjunctive stems, が, ば, ...), not a list item.
    private static let clauseParticles: Set<Unicode.Scalar> = Set("してでりきちみいけえせれべめねずがどばらくとにも".unicodeScalars)

    /// The clause ranges of `sentence`, in order; `contrastStarts` are the positions where a
    /// contrast phrase found by the concept scan begins.
    static func clauses(in text: [Unicode.Scalar], sentence: Range<Int>, contrastStarts: Set<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = sentence.lowerBound
        func wordAt(_ position: Int) -> ArraySlice<Unicode.Scalar> {
            var end = position
            while end < sentence.upperBound && TextFolding.isWordScalar(text[end]) { end += 1 }
            return text[position..<end]
        }
        func skipSpaces(from position: Int) -> Int {
            var j = position
            while j < sentence.upperBound && TextFolding.isSpace(text[j]) { j += 1 }
            return j
        }
        /// " and we …", " and they …": a second clause with its own subject.
        func andWithSubject(after space: Int) -> Bool {
            guard space + 1 < sentence.upperBound, wordAt(space + 1).elementsEqual("and".unicodeScalars) else { return false }
            let w = wordAt(skipSpaces(from: space + 4))
            return w.elementsEqual("we".unicodeScalars) || w.elementsEqual("they".unicodeScalars)
        }
        var i = sentence.lowerBound
        while i < sentence.upperBound {
            let s = text[i]
            var boundary: Int?
            if s == ";" || s == "；" {
                boundary = i + 1
            } else if s == "," {
                var j = skipSpaces(from: i + 1)
                var word = wordAt(j)
                if word.elementsEqual("and".unicodeScalars) || word.elementsEqual("or".unicodeScalars) {
                    j = skipSpaces(from: j + word.count)
                    word = wordAt(j)
                }
                if subjects.contains(where: { word.elementsEqual($0) }) { boundary = i + 1 }
            } else if s == "、" {
                if i > sentence.lowerBound, clauseParticles.contains(text[i - 1]),
                   !endsListNoun(text, before: i, from: sentence.lowerBound) { boundary = i + 1 }
            } else if s == " ", contrastStarts.contains(i + 1) || andWithSubject(after: i) {
                boundary = i + 1
            } else if contrastStarts.contains(i), i > sentence.lowerBound, !TextFolding.isWordScalar(s) {
                boundary = i
            }
            if let b = boundary, b > start, !text[start..<b].allSatisfy(TextFolding.isSpace) {
                result.append(start..<b)
                start = b
            }
            i += 1
        }
        if start < sentence.upperBound { result.append(start..<sentence.upperBound) }
        return result
    }

    /// How far back a noun in み is read for the particle that shows what it is.
    private static let stemReach = 6

    /// Whether the text before the 、 at `comma` ends a noun rather than a verb: こと (「登録すること、」),
    /// or a み stem whose phrase follows の, や or 、 or opens the sentence (「名簿の読み込み、」), where
    /// a verb follows its object or subject (を, が, は, に, で: 「リストを読み込み、」).
    static func endsListNoun(_ text: [Unicode.Scalar], before comma: Int, from start: Int) -> Bool {
        let last = comma - 1
        if text[last] == "と", last > start, text[last - 1] == "こ" { return true }
        guard text[last] == "み" else { return false }
        var i = last - 1
        while i >= start, i > last - stemReach {
            switch text[i] {
            case "の", "や", "、": return true
            case "を", "が", "は", "に", "で", "て", "。": return false
            default: i -= 1
            }
        }
        return i < start
    }
}
