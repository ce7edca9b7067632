// MARK: one-click-unsubscribe-missing

struct OneClickUnsubscribeMissingRule: LintRule {
    static let description = RuleDescription(
        id: "one-click-unsubscribe-missing", topic: .optOut, defaultSeverity: .info, languages: [.en, .ja],
        summary: LocalizedText(
            en: "Marketing mail without one-click unsubscribe headers (a warning at 5,000+ a day unless the link is said to work at once).",
            ja: "マーケティングメールにワンクリック配信停止のヘッダーがありません(1 日 5,000 通以上で、即時に停止できると書かれていなければ警告)。"),
        rationale: """
            Since 2024 Gmail and Yahoo require bulk senders (about 5,000 messages a day) to send \
            `List-Unsubscribe` and `List-Unsubscribe-Post` headers (RFC 8058). Below that volume it is \
            good practice; at bulk volume reviewers expect it, unless the text already says that the \
            link in each message stops mail at once (then this is a note).
            """,
        missingAnswer: .optOut,
        triggeringExamples: [
            RuleExample("Every newsletter has an ↓unsubscribe link in the footer.", mailType: .marketing, dailyVolume: 20000),
            RuleExample("各号のフッターに↓配信停止リンクを入れています。", mailType: .marketing),
        ],
        nonTriggeringExamples: [
            RuleExample("Every newsletter has an unsubscribe link and one-click List-Unsubscribe headers.", mailType: .marketing),
            RuleExample("Every receipt links to notification settings.", mailType: .transactional),
            RuleExample("各号にワンクリックで配信停止できるリンクとヘッダーを付けています。", mailType: .marketing),
        ]
    )

    func findings(in document: PreparedDocument) -> [LintFinding] {
        guard document.mailType == .marketing, !document.contains(.oneClick),
              let first = document.matches(.optOut).first(where: { !$0.negated }) else { return [] }
        // At bulk volume the headers are what makes unsubscribing immediate; a text that already says
        // its link stops mail at once has answered what reviewers ask, and the headers are a note.
        let bulk = (document.dailyFigure ?? 0) >= 5000 && !document.claims.answer(.optOut).stated.contains(.timing)
        return [document.finding(at: first, LocalizedText(
            en: "no one-click unsubscribe is mentioned; send List-Unsubscribe and List-Unsubscribe-Post headers (RFC 8058), which Gmail and Yahoo require from bulk senders",
            ja: "ワンクリック配信停止について書かれていません。List-Unsubscribe と List-Unsubscribe-Post ヘッダー(RFC 8058)を付けてください。Gmail・Yahoo は大量送信者に必須としています。"
        ), severity: bulk ? .warning : nil)]
    }
}
