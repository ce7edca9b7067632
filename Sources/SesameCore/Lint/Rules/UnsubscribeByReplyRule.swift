// MARK: unsubscribe-by-reply

struct UnsubscribeByReplyRule: LintRule {
    static let description = RuleDescription(
        id: "unsubscribe-by-reply", topic: .optOut, defaultSeverity: .warning, languages: [.en, .ja],
        summary: LocalizedText(
            en: "Unsubscribing only by replying or writing to the sender.",
            ja: "配信停止の方法が、返信か送信者への連絡だけです。"),
        rationale: """
            "Reply to unsubscribe" or "write to us" puts work on the recipient and depends on someone \
            reading the mailbox; people press the spam button instead. Gmail and Yahoo require \
            one-click unsubscribe for bulk senders.
            """,
        triggeringExamples: [
            RuleExample("To unsubscribe, ↓reply to any email with STOP."),
            RuleExample("配信停止は↓ご連絡いただければ対応します。"),
        ],
        nonTriggeringExamples: [
            RuleExample("Replies are read by a person, but unsubscribing only takes the link in the footer."),
            RuleExample("配信停止はフッターのリンクから行え、返信による連絡は不要です。"),
            RuleExample("Every newsletter has an unsubscribe link in the footer. We also honour replies asking to be removed the same day."),
        ]
    )

    func findings(in document: PreparedDocument) -> [LintFinding] {
        // Replies honoured as well as a working link are a courtesy, not the opt-out mechanism.
        let offersLink = document.sections.contains { section in section.matches(.unsubscribeLink).contains { !$0.negated } }
        guard !offersLink else { return [] }
        let hits = document.occurrences(of: .replyRequest, inSentencesMentioning: .optOut).filter { reply in
            document.sections[reply.section].matches(.unsubscribeLink, inSentence: reply.sentence).isEmpty
        }
        return document.quotedFindings(hits) { quote in
            LocalizedText(
                en: "'\(quote)': unsubscribing by replying or writing in is slow and unreliable; put an unsubscribe link (with one-click List-Unsubscribe headers) in every optional message",
                ja: "「\(quote)」: 返信や連絡による配信停止は手間がかかり確実ではありません。任意のメールすべてに配信停止リンク(ワンクリックの List-Unsubscribe ヘッダー付き)を入れてください。"
            )
        }
    }
}
