@testable import SesameCore
import Testing

/// Stage 3: `PhraseMatcher`, the automaton every concept scan runs, and the folding of its phrases.
@Suite struct PhraseMatcherTests {
    let matcher = PhraseMatcher([
        (.bounce, ["bounce*", "バウンス"]),
        (.negationBefore, ["not", "~n't"]),
        (.listNoun, ["list", "mailing list"]),
        (.optOut, ["配信停止"]),
    ])

    func hits(_ text: String, _ matcher: PhraseMatcher? = nil) -> [String] {
        let matcher = matcher ?? self.matcher
        let folded = TextFolding.fold(text)
        return matcher.hits(in: folded.scalars).map { matcher.patterns[$0.pattern].phrase + "@" + String($0.start) }
    }

    @Test func wordBoundariesAreRespected() {
        #expect(hits("a list") == ["list@2"])
        #expect(hits("a blacklist or listing") == [], "list inside a word is no hit")
        #expect(hits("we do not") == ["not@6"])
        #expect(hits("cannot") == [])
    }

    @Test func prefixAndInfixMarksLetAPhraseReachIntoAWord() {
        #expect(hits("bounced mail") == ["bounce*@0"])
        #expect(hits("we don't") == ["~n't@5"])
    }

    @Test func overlappingPhrasesAreAllFoundInOnePass() {
        #expect(hits("our mailing list") == ["mailing list@4", "list@12"])
        #expect(hits("バウンスと配信停止") == ["バウンス@0", "配信停止@5"])
    }

    @Test func aSpaceMatchesAnyLineBreakAndTheFoldingIsTheInputs() {
        #expect(hits("MAILING\nLIST") == ["mailing list@0", "list@8"])
        #expect(hits("ＬＩＳＴ") == ["list@0"], "full-width text folds like the phrases")
    }

    @Test func hitsComeByEndAndTheLongestFirstAtOneEnd() {
        let nested = PhraseMatcher([(.listNoun, ["c", "a b c", "b c"]), (.optOut, ["a b"])])
        #expect(hits("a b c", nested) == ["a b@0", "a b c@0", "b c@2", "c@4"])
        // One folding in two concepts (or twice in one): both hits, in lexicon order.
        let twice = PhraseMatcher([(.negationBefore, ["none"]), (.negationAfter, ["None", "none"])])
        #expect(twice.hits(in: TextFolding.fold("none").scalars).map(\.pattern) == [0, 1, 2])
    }

    @Test func failureLinksFindPhrasesThatOverlapAPartialMatch() {
        let classic = PhraseMatcher([(.listNoun, ["~he*", "~she*", "~his*", "~hers*"])])
        #expect(hits("ushers", classic) == ["~she*@1", "~he*@2", "~hers*@2"])
        let repeated = PhraseMatcher([(.listNoun, ["~aab*", "~ab*"])])
        #expect(hits("aaab", repeated) == ["~aab*@1", "~ab*@2"], "a long run of one scalar falls back one step at a time")
        let japanese = PhraseMatcher([(.optOut, ["配信停止する", "停止"])])
        #expect(hits("配信停止します", japanese) == ["停止@2"], "a partial match gives way to the phrase inside it")
    }

    @Test func phrasesFoldLikeTheText() {
        let folding = PhraseMatcher([
            (.listNoun, ["Opt-In", "ＵＲＬ", "no  one", "ｶﾞｲﾄﾞ", "か\u{3099}いど", "e\u{200B}mail", "“quoted”"]),
        ])
        #expect(hits("OPT-IN", folding) == ["Opt-In@0"])
        #expect(hits("url", folding) == ["ＵＲＬ@0"])
        #expect(hits("no one", folding) == ["no  one@0"], "white space in a phrase collapses as in the text")
        #expect(hits("ガイド", folding) == ["ｶﾞｲﾄﾞ@0"])
        #expect(hits("がいど", folding) == ["か\u{3099}いど@0"], "a separate voicing mark composes")
        #expect(hits("email", folding) == ["e\u{200B}mail@0"])
        #expect(hits("\"quoted\"", folding) == ["“quoted”@0"])
        #expect(PhraseMatcher([(.listNoun, ["", "~", "*", "~*"])]).patterns.isEmpty, "a phrase that folds to nothing is dropped")
    }

    @Test func latinPhrasesNeedWordBoundariesOnlyAgainstLatinLetters() {
        let mixed = PhraseMatcher([(.refusalContact, ["url", "xx通"]), (.optOut, ["停止"])])
        #expect(hits("URLからご連絡", mixed) == ["url@0"], "kana after a Latin word is a boundary")
        #expect(hits("配信のURL", mixed) == ["url@3"])
        #expect(hits("curl", mixed) == [])
        #expect(hits("約xx通", mixed) == ["xx通@1"])
        #expect(hits("axx通", mixed) == [], "a phrase starting with a letter needs a boundary before it")
        #expect(hits("停止停止", mixed) == ["停止@0", "停止@2"], "Japanese phrases need no boundary")
    }

    @Test func aMixedTextGetsTheHitsOfBothScriptsInOneOrder() {
        // Japanese phrases have an automaton of their own; a text with both scripts gets both
        // lists merged: by end, the longest first, as one automaton gives them.
        let mixed = PhraseMatcher([(.placeholder, [")", "仮)", "(仮)"]), (.refusalContact, ["url", "urlの"])])
        #expect(hits("(仮) url", mixed) == ["(仮)@0", "仮)@1", ")@2", "url@4"])
        #expect(hits("URLの(仮)", mixed) == ["url@0", "urlの@0", "(仮)@4", "仮)@5", ")@6"])
        #expect(hits("url)", mixed) == ["url@0", ")@3"], "a text without Japanese needs no Japanese phrase")
    }

    /// The lexicon's automaton finds exactly what comparing every phrase at every position
    /// finds, in the same order, on every draft of the corpus and on mixed-language text.
    @Test func theLexiconsAutomatonAgreesWithAPlainSearch() {
        let matcher = Lexicon.matcher
        var texts = CorpusDraft.all.map(\.text)
        texts.append("We never buy lists. 配信停止はワンクリックで、URLから24時間以内に反映します。No-reply bounces: none.")
        for text in texts {
            let scalars = TextFolding.fold(text).scalars
            let found = matcher.hits(in: scalars).map { [$0.pattern, $0.start, $0.end] }
            #expect(found == Self.plainSearch(matcher.patterns, in: scalars))
        }
    }

    /// Every hit of every pattern, by end, the longest first, then in pattern order: each
    /// phrase compared at every position where its first two scalars stand.
    static func plainSearch(_ patterns: [PhraseMatcher.Pattern], in text: [Unicode.Scalar]) -> [[Int]] {
        func key(_ scalar: Unicode.Scalar) -> UInt32 { scalar == "\n" || scalar == TextFolding.paragraph ? 0x20 : scalar.value }
        func pair(_ a: UInt32, _ b: UInt32?) -> UInt64 { UInt64(a) << 32 | UInt64(b ?? UInt32.max) }
        let text = text.map(key)
        var phrases: [[UInt32]] = []
        var byOpening: [UInt64: [Int]] = [:]
        for (index, pattern) in patterns.enumerated() {
            var phrase = Substring(pattern.phrase)
            if phrase.hasPrefix("~") { phrase = phrase.dropFirst() }
            if phrase.hasSuffix("*") { phrase = phrase.dropLast() }
            let folded = TextFolding.fold(String(phrase)).scalars.map(key)
            phrases.append(folded)
            byOpening[pair(folded[0], folded.count > 1 ? folded[1] : nil), default: []].append(index)
        }
        var hits: [[Int]] = []
        for start in text.indices {
            let next = start + 1 < text.count ? text[start + 1] : nil
            for index in (byOpening[pair(text[start], nil)] ?? []) + (next.map { byOpening[pair(text[start], $0)] ?? [] } ?? []) {
                let phrase = phrases[index]
                let end = start + phrase.count
                guard end <= text.count, text[start..<end].elementsEqual(phrase) else { continue }
                let boundary: (Int) -> Bool = { TextFolding.isWordScalar(Unicode.Scalar(text[$0])!) }
                if patterns[index].boundaryStart, start > 0, boundary(start - 1) { continue }
                if patterns[index].boundaryEnd, end < text.count, boundary(end) { continue }
                hits.append([index, start, end])
            }
        }
        return hits.sorted { ($0[2], -($0[2] - $0[1]), $0[0]) < ($1[2], -($1[2] - $1[1]), $1[0]) }
    }
}

/// Stage 1 for the lexicon: a phrase's folding without the origin map.
@Suite struct PhraseFoldingTests {
    func folded(_ phrase: String) -> [Unicode.Scalar] {
        var phrase = phrase
        return phrase.withUTF8 { bytes in
            [Unicode.Scalar](unsafeUninitializedCapacity: max(bytes.count, 1)) { out, count in
                count = TextFolding.foldPhrase(utf8: bytes, into: out.baseAddress!)
            }
        }
    }

    @Test func everyPhraseFoldsAsTheTextDoes() {
        let phrases = Lexicon.entries.flatMap(\.1) + [
            "Opt-In", "ＡＢＣ１２３", "ｶﾞｲﾄﾞ", "か\u{3099}", "ﾊﾟ", "no  one", " lead", "trail ", "a\tb", "a\nb", "a\r\nb",
            "", "e\u{200B}mail", "soft\u{AD}ware", "“x”—‘y’", "Ünïcode ÀÉ", "ideographic\u{3000}space", "\u{309B}", "🙂 ok", "ǅ",
        ]
        for phrase in phrases {
            #expect(folded(phrase) == TextFolding.fold(phrase).scalars, "\(phrase)")
        }
    }
}
