// MARK: bounce-retry

struct BounceRetryRule: LintRule {
    static let description = RuleDescription(
        id: "bounce-retry", topic: .bounceHandling, defaultSeverity: .error, languages: [.en, .ja],
        summary: LocalizedText(
            en: "Bounced mail is re-sent, or bounced addresses are kept \"in case they work later\".",
            ja: "バウンスしたメールを再送するか、バウンスしたアドレスを「後で届くかもしれない」として残しています。"),
        rationale: """
            A hard bounce means the address does not exist; sending to it again raises the bounce \
            rate that gets accounts paused. SES already retries temporary failures itself.
            """,
        triggeringExamples: [
            RuleExample("We ↓retry bounced messages until they get through."),
            RuleExample("Hard bounces stay on the list and we ↓send again next week."),
            RuleExample("不達のメールは↓届くまで再送します。"),
        ],
        nonTriggeringExamples: [
            RuleExample("Soft bounces are retried by SES; hard bounces are never retried."),
            RuleExample("We retry soft bounces three times and remove hard bounces at once."),
            RuleExample("ハードバウンスのアドレスには再送しません。"),
        ]
    )

    func findings(in document: PreparedDocument) -> [LintFinding] {
        var result: [LintFinding] = []
        for section in document.sections {
            var clauses: Set<Int> = []
            for retry in section.matches(.retry) where !retry.hedged && !clauses.contains(retry.clause) {
                let sameSentenceBounce = !section.matches(.bounce, inSentence: retry.sentence).isEmpty
                let soft = !section.matches(.softBounce, inClause: retry.clause).isEmpty
                guard sameSentenceBounce, !soft else { continue }
                clauses.insert(retry.clause)
                let quote = section.quote(retry)
                result.append(document.finding(at: retry, LocalizedText(
                    en: "'\(quote)' re-sends to addresses that bounced; a hard bounce means the address does not exist: stop mailing it at once (SES already retries temporary failures)",
                    ja: "「\(quote)」はバウンスしたアドレスへの再送を示しています。ハードバウンスは存在しないアドレスなので直ちに送信対象から外してください(一時的な失敗は SES が自動で再試行します)。"
                )))
            }
        }
        return result
    }
}
