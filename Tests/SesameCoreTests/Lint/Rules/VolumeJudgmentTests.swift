@testable import SesameCore
import Testing

/// How the volume answer is read: figures and a reason for them, in both languages alike.
@Suite struct VolumeJudgmentTests {
    func rationaleFindings(_ text: String) -> Int {
        VolumeRationaleMissingRule().findings(in: PreparedDocument(.plainDraft(path: "t", text: text))).count
    }

    func inconsistentFindings(_ text: String, daily: Int, peak: Int) -> Int {
        var document = LintDocument.plainDraft(path: "t", text: text)
        document.dailyVolume = daily
        document.peakPerSecond = peak
        return VolumeInconsistentRule().findings(in: PreparedDocument(document)).count
    }

    /// The per-day and per-second figures a plain draft states, and the volume-inconsistent findings.
    func rates(_ text: String) -> (daily: [Double], perSecond: [Double], inconsistent: Int) {
        let document = PreparedDocument(.plainDraft(path: "t", text: text))
        return (document.numbers.filter { $0.kind == .perDay }.map(\.value),
                document.numbers.filter { $0.kind == .perSecond }.map(\.value),
                VolumeInconsistentRule().findings(in: document).count)
    }

    @Test func aPeakMonthOrWeekIsNeitherARateNorTheDailyAsk() {
        // 「キャンペーン月は最大で約9,600通」, "at most 300 the week before Christmas": a busy period's total.
        for text in ["We send about 6,400 emails a month, at most about 9,600 in campaign months. We ask for 5,000 a day and 5 per second.",
                     "月あたり約6,400通、キャンペーン月は最大で約9,600通です。1日5,000通・秒間5通を申請します。"] {
            let read = rates(text)
            #expect(read.daily == [5_000] && read.perSecond == [5] && read.inconsistent == 0, "\(text): \(read)")
        }
        for text in ["We take about 120 orders a day, at most 300 the week before Christmas, and each order gets two or three emails. We ask for 2,000 a day and 2 per second.",
                     "注文は1日約120件、クリスマス前の週は最大300件で、1件につき2〜3通です。1日2,000通・秒間2通を申請します。"] {
            let read = rates(text)
            #expect(read.daily == [2_000] && read.perSecond == [2] && read.inconsistent == 0, "\(text): \(read)")
        }
    }

    @Test func aWorkedOutFigureIsAReason() {
        #expect(rationaleFindings("Each booking gets two emails; we take about 350 bookings a day, so about 700 emails a day.") == 0)
        #expect(rationaleFindings("予約1件につき2通で、予約は1日約350件のため、1日約700通です。") == 0)
        #expect(rationaleFindings("We mail our 8,000 members once a month.") == 0)
        #expect(rationaleFindings("会員約8,000名に月1回配信します。") == 0)
    }

    @Test func todayAndTheAskAreTwoFigures() {
        #expect(rationaleFindings("We send 4,000 emails a day today and ask for 12,000 a day.") == 0)
        #expect(rationaleFindings("現在1日4,000通を送っており、1日12,000通を申請します。") == 0)
    }

    @Test func aSmallVolumeNeedsNoReason() {
        #expect(rationaleFindings("We send 20 to 50 emails a day.") == 0)
        #expect(rationaleFindings("1日数十通です。") == 0)
    }

    @Test func anEstimateOrTheListSizeIsNoReason() {
        #expect(rationaleFindings("We expect to send 60,000 emails a day.") == 1)
        #expect(rationaleFindings("1日60,000通の送信を想定しています。") == 1)
        #expect(rationaleFindings("We have 60,000 subscribers and need 60,000 emails per day.") == 1)
        #expect(rationaleFindings("会員は約35,000名で、1日35,000通を希望します。") == 1)
    }

    func numbersMissingFindings(_ text: String) -> Int {
        VolumeNumbersMissingRule().findings(in: PreparedDocument(.plainDraft(path: "t", text: text))).count
    }

    @Test func aSendsSizeTimesHowOftenIsAFigureAndAReason() {
        for text in ["Each issue goes out as about 8,000 emails per mailing, twice a month.", "メールマガジンは1回あたり約8,000件、月に2回送信する。",
                     "We mail our 8,000 members once a month.", "会員約8,000名に月1回配信します。"] {
            #expect(numbersMissingFindings(text) == 0, "\(text)")
            #expect(rationaleFindings(text) == 0, "\(text)")
        }
        #expect(numbersMissingFindings("We have 8,000 members.") == 1)
        #expect(numbersMissingFindings("会員は約8,000名です。") == 1)
    }

    @Test func aLabelNextToAFigureIsNoReason() {
        // 「最大」「あたり」「ピーク」 and "peak" say which figure it is, not why it is that big.
        for text in ["We anticipate sending up to 50,000 emails per day, with a peak of 20 per second.",
                     "送信量につきましては、1日あたり最大50,000通程度、秒間最大20通程度を想定しております。",
                     "We send an average of 30,000 emails a day.", "1日平均30,000通を送信します。"] {
            #expect(rationaleFindings(text) == 1, "\(text)")
        }
        for text in ["We send 30,000 a day, with peaks during our seasonal sales.", "1日30,000通で、季節のセールの時期に増えます。"] {
            #expect(rationaleFindings(text) == 0, "\(text)")
        }
    }

    func messages(_ rule: some LintRule, _ text: String) -> [String] {
        rule.findings(in: PreparedDocument(.plainDraft(path: "t", text: text))).map { finding in
            Language.guess(text.unicodeScalars) == .ja ? finding.message.ja : finding.message.en
        }
    }

    @Test func theMessagesQuoteTheSentenceReadAndNameWhatIsMissing() {
        #expect(messages(VolumeRationaleMissingRule(), "We run a shop. We expect to send 50,000 emails a day.")
            == ["'We expect to send 50,000 emails a day.' says how much you expect to send, not why; an estimate is no reason: explain the figure (recipients × messages each, current volume, peaks such as sales or launches, expected growth)"])
        #expect(messages(VolumeRationaleMissingRule(), "店舗を運営しています。1日50,000通の送信を想定しています。")
            == ["「1日50,000通の送信を想定しています。」は見込みの送信数だけで、その根拠が書かれていません。受信者数×1 人あたりの通数、現在の実績、セールなどのピーク、今後の増加見込みから説明してください。"])
        #expect(messages(VolumeRationaleMissingRule(), "We need 50,000 emails per day.")
            == ["'We need 50,000 emails per day.' gives the volume but no reason for it; explain the figure (recipients × messages each, current volume, peaks such as sales or launches, expected growth)"])
        #expect(messages(VolumeRationaleMissingRule(), "1日50,000通の送信枠を希望します。")
            == ["「1日50,000通の送信枠を希望します。」には送信数がありますが、その根拠が書かれていません。受信者数×1 人あたりの通数、現在の実績、セールなどのピーク、今後の増加見込みから説明してください。"])
        #expect(messages(VolumeNumbersMissingRule(), "We keep bounce rates low. Our sending volume is modest.")
            == ["'Our sending volume is modest.' talks about the volume but gives no figures; state messages per day (now and expected) and the peak per second, e.g. \"about 4,000 a day, 3/s at peak; asking 12,000/day and 8/s\""])
        #expect(messages(VolumeNumbersMissingRule(), "バウンス率は低く保ちます。送信量はそれほど多くありません。")
            == ["「送信量はそれほど多くありません。」は送信数に触れていますが、数値がありません。1 日あたりの通数(現在と見込み)とピーク時の秒間通数を書いてください(例:「現在 1 日約 4,000 通、ピーク秒間 3 通。1 日 12,000 通・秒間 8 通を申請」)。"])
    }

    @Test func growthPromisedAfterAnEstimateIsNoReason() {
        #expect(rationaleFindings("At first we expect about 10,000 emails a day, and we will grow it step by step as membership grows.") == 1)
        #expect(rationaleFindings("当初は1日あたり1万通程度を想定しており、今後の会員数の増加に応じて段階的に増やしていく予定です。") == 1)
        #expect(rationaleFindings("We expect about 10,000 emails a day because each of our 5,000 members gets two reminders.") == 0)
        #expect(rationaleFindings("会員5,000名に2通ずつリマインダーを送るため、1日約1万通を想定しています。") == 0)
    }

    @Test func theCompanysClientsAreNotTheAudience() {
        // A consultancy's 140 retail clients are retailers; its mail goes to other people.
        let english = "We have eleven staff and around 140 retail clients. We expect around 1,500 emails a week and ask for a quota of 2,000 per day."
        let japanese = "社員は11名、小売店の顧客は約140社です。週に約1,500通を見込み、1日2,000通の枠を申請します。"
        for text in [english, japanese] {
            #expect(rates(text).inconsistent == 0, "\(text)")
        }
    }

    @Test func organisationsAreNotTheAudienceAQuotaIsWeighedAgainst() {
        #expect(inconsistentFindings("1,400 businesses use our invoicing tool.", daily: 200_000, peak: 50) == 0)
        #expect(inconsistentFindings("導入企業は約800社です。", daily: 200_000, peak: 50) == 0)
        #expect(inconsistentFindings("We have 3,000 subscribers.", daily: 200_000, peak: 50) == 1)
        #expect(inconsistentFindings("会員は約3,000人です。", daily: 200_000, peak: 50) == 1)
    }
}
