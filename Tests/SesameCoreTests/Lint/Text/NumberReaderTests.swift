@testable import SesameCore
import Testing

/// Stage 5: `NumberReader`, with paired English and Japanese texts that must read the same.
@Suite struct NumberReaderTests {
    func figures(_ text: String) -> [String] {
        PreparedDocument(.plainDraft(path: "t", text: text)).numbers.map { n in
            let value = n.low == n.value ? "\(Int(n.value))" : "\(Int(n.low))-\(Int(n.value))"
            return "\(value) \(n.kind)\(n.approximate ? " ~" : "")"
        }
    }

    @Test func perUnitAttachmentSplitsTwoFigures() {
        #expect(figures("We would like a daily quota of 30,000 and 10 messages per second.") == ["30000 perDay", "10 perSecond"])
        #expect(figures("1日30,000通、秒間10通を希望します。") == ["30000 perDay", "10 perSecond"])
    }

    @Test func oneEmailPerWeekReadsLike週1通() {
        #expect(figures("We send one email per week.") == ["1 perWeek"])
        #expect(figures("週1通お送りします。") == ["1 perWeek"])
    }

    @Test func separatorsFullWidthDigitsAndMultipliers() {
        #expect(figures("１日３０，０００通を送ります。") == ["30000 perDay"])
        #expect(figures("We send 45k emails a month.") == ["45000 perMonth"])
        #expect(figures("about 1.5 million emails a year") == ["1500000 perYear"])
        #expect(figures("1,200,000 emails a year") == ["1200000 perYear"])
        #expect(figures("5,0006 emails a day") == ["50006 perDay"], "a longer run after a separator is still one figure")
    }

    @Test func kanjiAndMixedNumerals() {
        #expect(figures("月に一万通を送ります。") == ["10000 perMonth"])
        #expect(figures("1日3万5千通です。") == ["35000 perDay"])
        #expect(figures("湊百貨店の一部のお客様") == [], "百貨店 and 一部 are no figures")
    }

    @Test func writtenNumbersAndApproximations() {
        #expect(figures("We send a few hundred emails a day.") == ["300 perDay ~"])
        #expect(figures("1日数百通を送ります。") == ["300 perDay ~"])
        #expect(figures("tens per month") == ["30 perMonth ~"])
        #expect(figures("月数十通です。") == ["30 perMonth ~"])
    }

    @Test func ranges() {
        #expect(figures("2,000–5,000 emails a day") == ["2000-5000 perDay"])
        #expect(figures("1日2,000〜5,000通") == ["2000-5000 perDay"])
        #expect(figures("2〜3万通") == ["20000-30000 messages"])
    }

    @Test func reasonsInFiguresAreFactors() {
        #expect(figures("two emails per recipient per day; with 4 recipients, 8 a day") == ["2 perUnit", "4 audience", "8 perDay"])
        #expect(figures("about 3 mails per order and 200 orders a day") == ["3 perUnit", "200 events"])
        #expect(figures("会員数約5,000名に週1回") == ["5000 audience", "1 frequency"])
    }

    @Test func aSendsSizeIsAUnitOfOneSend() {
        for text in ["Each newsletter is about 8,000 emails per mailing, sent twice a month.", "メールマガジンは1回あたり約8,000通、月に2回送信します。"] {
            let numbers = PreparedDocument(.plainDraft(path: "t", text: text)).numbers
            #expect(numbers.first?.perSend == true && numbers.first?.kind == .perUnit && numbers.last?.kind == .frequency, "\(text): \(numbers)")
        }
        for text in ["two emails per recipient", "1人あたり2通"] {
            #expect(PreparedDocument(.plainDraft(path: "t", text: text)).numbers.map(\.perSend) == [false], "\(text)")
        }
    }

    @Test func aBusyPeriodsTotalIsPerThatPeriod() {
        #expect(figures("at most 9,600 emails in campaign months") == ["9600 perMonth"])
        #expect(figures("キャンペーン月は最大で約9,600通") == ["9600 perMonth"])
        #expect(figures("about 3,000 emails in normal months") == ["3000 perMonth"])
        #expect(figures("通常の月で約3,000通") == ["3000 perMonth"])
        #expect(figures("500 emails in 3 days") == ["500 messages", "3 other"], "a duration is no period of a rate")
    }

    @Test func retailClientsAreOrganisations() {
        #expect(figures("around 140 retail clients") == ["140 audience"])
        #expect(PreparedDocument(.plainDraft(path: "t", text: "around 140 retail clients")).numbers.map(\.countsPeople) == [false])
        #expect(PreparedDocument(.plainDraft(path: "t", text: "小売店の顧客約140社")).numbers.map(\.countsPeople) == [false])
        #expect(PreparedDocument(.plainDraft(path: "t", text: "around 140 clients")).numbers.map(\.countsPeople) == [true])
        #expect(PreparedDocument(.plainDraft(path: "t", text: "約140名のお客様")).numbers.map(\.countsPeople) == [true])
    }

    @Test func headingsDatesPricesAndSharesAreNotVolumes() {
        #expect(figures("6. 送信量\n未定です") == [])
        #expect(figures("3) Volume\nnot decided") == [])
        #expect(figures("Call 03-1234-5678 at 10:30 on 2025-01-03.") == [])
        #expect(figures("3% of mail, $5 a month").allSatisfy { $0.hasSuffix("other") })
    }
}
