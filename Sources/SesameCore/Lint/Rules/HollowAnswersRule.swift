// MARK: answers-hollow

/// A request that touches every question and answers none: most of its answers are weak or missing.
struct HollowAnswersRule: LintRule {
    /// Of the seven answers a reviewer reads for (list, bounces, complaints, opt-out, volume,
    /// recipients, content), this many weak or missing make the request hollow as a whole: one or
    /// two gaps are a draft to finish, four are a text that says nothing.
    static let hollowCount = 4

    static let description = RuleDescription(
        id: "answers-hollow", topic: .clarity, defaultSeverity: .warning, languages: [.en, .ja],
        summary: LocalizedText(
            en: "Most answers are vague or missing: the request touches every question and answers none.",
            ja: "回答の大半が曖昧か欠けています。すべての質問に触れていても、どれにも答えていません。"),
        rationale: """
            Long, tidy requests that mention every topic and commit to nothing ("handled \
            appropriately", "in line with best practices", 「適切に対応いたします」) are the commonest \
            denial seen in published texts. A reviewer reads the whole as boilerplate. Replace each \
            vague answer with what you do: the notification route, what happens to the address, the \
            unsubscribe mechanism, the figures and their reason.
            """,
        triggeringExamples: [
            RuleExample("""
                ↓Dear AWS team, we are a growing technology company serving clients in several countries, and we \
                would like to use Amazon SES for our email communications. Our mailing list is built organically \
                and all recipients are legitimate. Bounces and complaints are handled appropriately in line with \
                industry best practices, and our team reviews them regularly. Recipients can opt out easily and we \
                honour every request promptly. Our volume is moderate and will grow with our business. We value our \
                relationship with AWS and are committed to responsible sending.
                """, mailType: .marketing),
            RuleExample("""
                ↓平素より大変お世話になっております。弊社は様々なサービスを提供しており、お客様との関係を大切にしております。\
                メールアドレスは適法に取得しており、リストは常に最新の状態に保つよう努めております。バウンスや苦情が発生した場合には、\
                AWSの推奨事項に従い適切かつ迅速に対応いたします。配信停止をご希望の方には速やかに対応いたします。\
                送信量は事業の状況に応じて変動いたします。関係法令を遵守し、誠実に運用してまいります。
                """, mailType: .marketing),
        ],
        nonTriggeringExamples: [
            RuleExample("""
                Harbor Lane Books sends order confirmations and shipping notices to customers who order from \
                our shop. Bounce and complaint notifications reach an SNS topic; the address is suppressed at \
                once. Receipts are mandatory; there is nothing to unsubscribe from. About 300 a day, 1 per \
                second at peak, based on last year's orders.
                """, mailType: .transactional),
            RuleExample("""
                「みどり英会話」では、入会時に登録された生徒さまに、レッスン前日のリマインダーを送ります。バウンスと苦情はSNSで受け取り、\
                そのアドレスへの送信を即時に停止します。リマインダーはマイページの設定で止められ、すぐに反映されます。現在1日約200通、\
                会員数600名×週2回のレッスンから見積もり、1日500通・秒間2通を申請します。
                """, mailType: .transactional),
        ]
    )

    func findings(in document: PreparedDocument) -> [LintFinding] {
        // A very short draft is too-short's to report.
        guard document.hasText, TooShortRule().findings(in: document).isEmpty else { return [] }
        let unanswered = document.answerStates().filter { $0.state != .answered }
        guard unanswered.count >= Self.hollowCount else { return [] }
        let topics = LocalizedText(
            en: unanswered.map { Self.name($0.topic, .en) }.joined(separator: ", "),
            ja: unanswered.map { Self.name($0.topic, .ja) }.joined(separator: "、"))
        return [LintFinding(place: .document(field: nil), message: LocalizedText(
            en: "\(unanswered.count) of the 7 answers a reviewer reads for say nothing concrete or are missing (\(topics.en)); a request that mentions every topic and commits to nothing is denied as boilerplate: say what you actually do for each",
            ja: "審査で読まれる 7 つの回答のうち \(unanswered.count) つが具体性に欠けるか、書かれていません(\(topics.ja))。すべての項目に触れていても中身のない申請は定型文とみなされ却下されます。それぞれ実際に何をしているかを書いてください。"
        ))]
    }

    static func name(_ topic: Topic, _ language: Language) -> String {
        switch (topic, language) {
        case (.listAcquisition, .en): "list building"
        case (.listAcquisition, .ja): "リストの作り方"
        case (.bounceHandling, .en): "bounces"
        case (.bounceHandling, .ja): "バウンス"
        case (.complaintHandling, .en): "complaints"
        case (.complaintHandling, .ja): "苦情"
        case (.optOut, .en): "unsubscribing"
        case (.optOut, .ja): "配信停止"
        case (.sendingVolume, .en): "volume"
        case (.sendingVolume, .ja): "送信量"
        case (.recipients, .en): "recipients"
        case (.recipients, .ja): "受信者"
        case (.content, .en): "content"
        case (.content, .ja): "送信内容"
        case (_, .en): topic.rawValue
        case (_, .ja): topic.rawValue
        }
    }
}
