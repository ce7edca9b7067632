// MARK: content-weak

/// The mail is described only generically ("notifications, updates and other communications",
/// 「各種お知らせ」), or a marketing programme is named with no word on what is in it or how often.
struct ContentWeakRule: LintRule {
    static let description = RuleDescription(
        id: "content-weak", topic: .content, defaultSeverity: .warning, languages: [.en, .ja],
        summary: LocalizedText(
            en: "The messages are described only generically, or a mailing is named with no word on its content or frequency.",
            ja: "送信内容が一般的な言葉だけで書かれているか、配信に触れていても内容や頻度が書かれていません。"),
        rationale: """
            "Notifications, updates and other communications" or 「各種お知らせ」 fit any sender. \
            Reviewers ask for examples when the content is unclear: name the kinds of message (order \
            confirmation, password reset, a weekly digest of new listings), how often or on what event \
            each goes out, and give a sample subject line.
            """,
        missingAnswer: .content,
        triggeringExamples: [
            RuleExample("↓We send notifications, updates and other communications to our users.", mailType: .transactional),
            RuleExample("↓Members receive our newsletter with useful information.", mailType: .marketing),
            RuleExample("↓会員の皆様に各種お知らせをお送りします。", mailType: .marketing),
            RuleExample("↓・送信内容：サービスに関するご案内", mailType: .transactional),
        ],
        nonTriggeringExamples: [
            RuleExample("We send order confirmations and shipping notices when an order ships.", mailType: .transactional),
            RuleExample("Every Friday subscribers get a digest of new listings in their area.", mailType: .marketing),
            RuleExample("予約の前日にリマインダーを送ります。件名例「【みどり英会話】明日19:00のレッスン」", mailType: .transactional),
            RuleExample("毎週金曜に、新着物件のダイジェストをお送りします。", mailType: .marketing),
        ]
    )

    func findings(in document: PreparedDocument) -> [LintFinding] {
        // "various emails" is content-vague's to report.
        guard document.hasText, !document.contains(.vagueContent, polarity: .affirmed),
              case let .weak(sectionIndex, sentence) = document.claims.content.verdict else { return [] }
        let section = document.sections[sectionIndex]
        let quote = section.sentenceQuote(sentence)
        let programme = document.sections(answering: .content).contains { section in
            section.matches(.marketingSignal).contains(where: Polarity.affirmed.accepts)
        }
        let message = programme
            ? LocalizedText(
                en: "'\(quote)' names the mailing but not what is in it or how often it goes out; name the kinds of message (new arrivals, event dates, a digest of new listings), the frequency (weekly, monthly) and a sample subject line",
                ja: "「\(quote)」は配信に触れていますが、内容と頻度が書かれていません。新商品、イベントの日程、新着情報のまとめなどメールの中身と、頻度(毎週、毎月)、件名の例を書いてください。")
            : LocalizedText(
                en: "'\(quote)' does not say what the messages contain; name the kinds of message (order confirmation, password reset, a weekly digest of new listings), how often each goes out, and a sample subject line",
                ja: "「\(quote)」では送信内容がわかりません。注文確認、パスワード再設定、新着情報の週次ダイジェストなどメールの種類と、それぞれの頻度、件名の例を書いてください。")
        return [LintFinding(place: .text(section: sectionIndex, offset: section.originalOffset(sentence.lowerBound)), message: message)]
    }
}
