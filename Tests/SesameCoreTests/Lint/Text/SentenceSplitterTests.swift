@testable import SesameCore
import Testing

/// Stage 2: `SentenceSplitter` and `ClauseSplitter`, on folded text.
@Suite struct SentenceSplitterTests {
    func sentences(_ text: String) -> [String] {
        let folded = TextFolding.fold(text)
        return SentenceSplitter.sentences(in: folded.scalars).map { folded.string($0) }
    }

    @Test func fullStopsEndSentencesInBothLanguages() {
        #expect(sentences("We send receipts. Bounces go to SNS!") == ["we send receipts.", "bounces go to sns!"])
        #expect(sentences("領収書を送ります。バウンスはSNSで受け取ります。") == ["領収書を送ります。", "バウンスはsnsで受け取ります。"])
        #expect(sentences("see example.com for 3.5 details") == ["see example.com for 3.5 details"], "a dot inside a word or number is no full stop")
    }

    @Test func shortLinesBulletsAndBlankLinesEndSentences() {
        #expect(sentences("Volume\nAbout 300 a day") == ["volume", "about 300 a day"])
        #expect(sentences("6. 送信量\n未定です") == ["6. 送信量", "未定です"])
        #expect(sentences("We will not:\n- buy lists\n- rent lists") == ["we will not:", "- buy lists", "- rent lists"])
        #expect(sentences("first paragraph\n\nsecond") == ["first paragraph", "second"])
    }

    @Test func aLongWrappedLineGoesOn() {
        let wrapped = "We send order confirmations and shipping updates to customers\nwho bought from our shop"
        #expect(sentences(wrapped).count == 1)
    }

    @Test func listItemsAreRecognised() {
        let text = Array("- a\n3) b\n30 c".unicodeScalars)
        #expect(SentenceSplitter.startsListItem(text, at: 0))
        #expect(SentenceSplitter.startsListItem(text, at: 4))
        #expect(!SentenceSplitter.startsListItem(text, at: 9), "a number without . or ) starts no item")
    }
}

@Suite struct ClauseSplitterTests {
    func clauses(_ text: String, contrast: [String] = []) -> [String] {
        let folded = TextFolding.fold(text)
        let s = folded.scalars
        var starts = Set<Int>()
        for word in contrast {
            let w = Array(word.unicodeScalars)
            for i in 0...(s.count - w.count) where Array(s[i..<(i + w.count)]) == w { starts.insert(i) }
        }
        return ClauseSplitter.clauses(in: s, sentence: 0..<s.count, contrastStarts: starts).map { folded.string($0) }
    }

    @Test func aCommaSplitsOnlyBeforeANewSubject() {
        #expect(clauses("we do not buy lists, we collect them ourselves") == ["we do not buy lists,", " we collect them ourselves"])
        #expect(clauses("receipts, invoices and reminders") == ["receipts, invoices and reminders"])
        #expect(clauses("no lists are bought, and they never will be") == ["no lists are bought,", " and they never will be"])
    }

    @Test func semicolonsAndWithASubjectAndContrastsSplit() {
        #expect(clauses("bounces go to sns; complaints too") == ["bounces go to sns;", " complaints too"])
        #expect(clauses("we never buy lists and we suppress bounces") == ["we never buy lists ", "and we suppress bounces"])
        #expect(clauses("we do not rent lists but we import partners", contrast: ["but"]) == ["we do not rent lists ", "but we import partners"])
    }

    @Test func aJapaneseCommaSplitsAfterAVerbOrParticle() {
        #expect(clauses("リストは購入せず、自社で集めます") == ["リストは購入せず、", "自社で集めます"])
        #expect(clauses("会員登録し、確認メールで本登録します") == ["会員登録し、", "確認メールで本登録します"])
        #expect(clauses("領収書、請求書") == ["領収書、請求書"], "a list of nouns is one clause")
    }
}
