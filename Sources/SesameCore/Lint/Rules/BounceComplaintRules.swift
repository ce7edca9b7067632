// MARK: bounce-handling-missing

struct BounceHandlingMissingRule: LintRule {
    static let description = RuleDescription(
        id: "bounce-handling-missing", topic: .bounceHandling, defaultSeverity: .error, languages: [.en, .ja],
        summary: LocalizedText(
            en: "The text never says what happens when a message bounces.",
            ja: "メールがバウンスしたときの対応が書かれていません。"),
        rationale: """
            AWS asks how you handle bounces, and pauses accounts whose bounce rate nears 10% (keep it \
            under 5%). Say how bounce notices reach you (SNS, a configuration-set event destination, \
            your list tool's SES integration) and that a hard bounce stops all mail to that address.
            """,
        missingAnswer: .bounceHandling,
        triggeringExamples: [
            RuleExample("↓We do not handle bounces yet."),
            RuleExample("↓Bounces: not yet."),
            RuleExample("↓バウンス処理は行っていません。"),
        ],
        nonTriggeringExamples: [
            RuleExample("Bounce events reach an SNS topic; a permanent bounce puts the address on our do-not-send list."),
            RuleExample("We never mail a hard-bounced address again."),
            RuleExample("バウンス通知をSNSで受け取り、ハードバウンスのアドレスには以後一切送信しません。"),
        ]
    )

    func findings(in document: PreparedDocument) -> [LintFinding] {
        guard document.hasText,
              !document.answers(topic: .bounce, field: .bounceHandling, evidence: [.handlingAction, .stopSending]) else { return [] }
        return [LintFinding(place: .document(field: .bounceHandling), message: LocalizedText(
            en: "the text does not say how bounces are handled; say how bounce notices reach you (SNS or a configuration-set event destination) and that a hard bounce stops all mail to that address",
            ja: "バウンス(不達)の扱いが書かれていません。バウンス通知の受け取り方(SNS、設定セットのイベント送信先など)と、ハードバウンスのアドレスには以後送信しないことを書いてください。"
        ))]
    }
}

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
                    ja: "「\(quote)」はバウンスしたアドレスへの再送を示しています。ハードバウンスは存在しないアドレスなので直ちに送信対象から外してください(一時的な失敗はSESが自動で再試行します)。"
                )))
            }
        }
        return result
    }
}

// MARK: complaint-handling-missing

struct ComplaintHandlingMissingRule: LintRule {
    static let description = RuleDescription(
        id: "complaint-handling-missing", topic: .complaintHandling, defaultSeverity: .error, languages: [.en, .ja],
        summary: LocalizedText(
            en: "The text never says what happens when someone reports a message as spam.",
            ja: "受信者がメールを迷惑メールとして報告したときの対応が書かれていません。"),
        rationale: """
            AWS asks how you handle complaints; keep the complaint rate far under 0.1% (AWS may pause \
            near 0.5%). Say that complaint notices reach you (SES forwards ISP feedback; SNS) and that \
            a complainer gets no further optional mail.
            """,
        missingAnswer: .complaintHandling,
        triggeringExamples: [
            RuleExample("↓We have no process for spam reports."),
            RuleExample("↓苦情への対応は特にありません。"),
        ],
        nonTriggeringExamples: [
            RuleExample("A spam report stops all marketing to that person at once; we review reports weekly."),
            RuleExample("迷惑メール報告があったアドレスは即時に配信を止め、週次で原因を確認します。"),
        ]
    )

    func findings(in document: PreparedDocument) -> [LintFinding] {
        guard document.hasText,
              !document.answers(topic: .complaint, field: .complaintHandling, evidence: [.handlingAction, .stopSending]) else { return [] }
        return [LintFinding(place: .document(field: .complaintHandling), message: LocalizedText(
            en: "the text does not say how complaints (spam reports) are handled; say how complaint notices reach you (SNS, feedback forwarding) and that a complainer gets no further optional mail",
            ja: "苦情(迷惑メール報告)の扱いが書かれていません。苦情通知の受け取り方(SNSなど)と、報告した方には以後任意のメールを送らないことを書いてください。"
        ))]
    }
}

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
