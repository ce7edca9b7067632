// MARK: complaints-ignored

struct ComplaintsIgnoredRule: LintRule {
    static let description = RuleDescription(
        id: "complaints-ignored", topic: .complaintHandling, defaultSeverity: .error, languages: [.en, .ja],
        summary: LocalizedText(
            en: "Complaints are ignored, or complainers stay on the list.",
            ja: "苦情を無視しているか、苦情を申し立てた人がリストに残ったままです。"),
        rationale: """
            A spam report is the recipient saying stop. Mailing them again raises the complaint rate \
            past the point where AWS pauses sending, and mailbox providers start filtering you.
            """,
        triggeringExamples: [
            RuleExample("We ↓take no action on spam reports."),
            RuleExample("迷惑メール報告があっても↓配信は続けます。"),
        ],
        nonTriggeringExamples: [
            RuleExample("Complaints are never ignored: the address is suppressed at once."),
            RuleExample("苦情を無視することはありません。"),
        ]
    )

    func findings(in document: PreparedDocument) -> [LintFinding] {
        var result: [LintFinding] = []
        for section in document.sections {
            var sentences: Set<Int> = []
            for match in section.matches(.complaintIgnored) where !match.hedged && !sentences.contains(match.sentence) {
                guard !section.matches(.complaint, inSentence: match.sentence).isEmpty else { continue }
                sentences.insert(match.sentence)
                let quote = section.quote(match)
                result.append(document.finding(at: match, LocalizedText(
                    en: "'\(quote)': complainers keep getting mail; stop all optional mail to anyone who reports a message as spam, at once",
                    ja: "「\(quote)」では苦情を申告した方に送り続けることになります。迷惑メール報告があった方には直ちに任意のメールの送信を止めてください。"
                )))
            }
        }
        return result
    }
}
