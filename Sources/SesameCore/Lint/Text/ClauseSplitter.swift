// Stage 2 of the text engine: clauses, inside one sentence.

/// Splits a sentence into clauses, the reach of a negation: at a semicolon; at a comma that
/// introduces a new subject (", we …", ", and they …"); at 、 after a verb or particle ending
/// (「…して、」「…が、」); before " and we/they …"; and before a contrast ("but", 「ただし」).
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
                if i > sentence.lowerBound, clauseParticles.contains(text[i - 1]) { boundary = i + 1 }
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
}
