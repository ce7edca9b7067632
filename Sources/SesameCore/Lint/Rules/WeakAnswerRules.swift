// The four questions, answered only in part: "handled appropriately", "we monitor bounce rates",
// 「SNS通知を設定予定です」. The parts each answer needs are in `AnswerQuestion`; the sentence the
// rule read is quoted, so that the user sees what was judged. A part the text does state may stand
// in another sentence (bounces and complaints share one route), so a message says "the text says …",
// never that the quoted sentence does.

/// A rule that reports a question mentioned but not fully answered: one finding, at the first
/// sentence about the question, naming the parts that are missing.
protocol WeakAnswerRule: LintRule {
    static var question: AnswerQuestion { get }
    /// The rule that reports the question as not answered at all (this one stays quiet then).
    static var missingRule: any LintRule { get }
    /// The message for the parts that are missing, around the quoted sentence.
    static func message(quote: String, missing: [AnswerQuestion.Part]) -> LocalizedText
}

extension WeakAnswerRule {
    public func findings(in document: PreparedDocument) -> [LintFinding] {
        guard document.hasText, Self.missingRule.findings(in: document).isEmpty else { return [] }
        let answer = document.claims.answer(Self.question)
        let missing: [AnswerQuestion.Part] = switch Self.question {
        case .bounces: answer.missing(sharingRouteWith: document.claims.answer(.complaints))
        case .complaints: answer.missing(sharingRouteWith: document.claims.answer(.bounces))
        case .recipients: answer.missing(besides: document.claims.list)
        case .listAcquisition, .optOut: answer.missing
        }
        guard !missing.isEmpty, let (sectionIndex, range) = answer.firstSentence else { return [] }
        let section = document.sections[sectionIndex]
        return [LintFinding(place: .text(section: sectionIndex, offset: section.originalOffset(range.lowerBound)),
                            message: Self.message(quote: section.sentenceQuote(range), missing: missing))]
    }
}

extension PreparedSection {
    /// A quoted sentence is cut to this many scalars: enough to recognise it, short enough for one line.
    static let quoteLength = 80

    /// The original text of a folded sentence range, cut at a word or phrase boundary to at most
    /// `quoteLength` scalars (with "…"), never inside a word.
    func sentenceQuote(_ range: Range<Int>) -> String {
        let start = originalOffset(range.lowerBound)
        var end = range.upperBound < folded.origin.count - 1 ? originalOffset(range.upperBound - 1) + 1 : original.count
        while end > start, TextFolding.isSpace(original[end - 1]) { end -= 1 }
        var cut = false
        if end - start > Self.quoteLength {
            cut = true
            var limit = start + Self.quoteLength
            var boundary = limit
            while boundary > start + Self.quoteLength / 2 {
                let s = original[boundary]
                if TextFolding.isSpace(s) || "、,;；".unicodeScalars.contains(s) { break }
                boundary -= 1
            }
            if boundary > start + Self.quoteLength / 2 { limit = boundary }
            end = limit
        }
        var text = String.UnicodeScalarView()
        for s in original[start..<end] { text.append(TextFolding.isSpace(s) ? " " : s) }
        return String(text) + (cut ? "…" : "")
    }
}

// MARK: bounce-handling-weak

struct BounceHandlingWeakRule: WeakAnswerRule {
    static let question = AnswerQuestion.bounces
    static var missingRule: any LintRule { BounceHandlingMissingRule() }

    static let description = RuleDescription(
        id: "bounce-handling-weak", topic: .bounceHandling, defaultSeverity: .error, languages: [.en, .ja],
        summary: LocalizedText(
            en: "Bounces are mentioned, but the text does not say how bounce notices reach you and what happens to the address.",
            ja: "バウンスに触れていますが、バウンス通知の受け取り方と、そのアドレスをどう扱うかが書かれていません。"),
        rationale: """
            "Bounces are handled appropriately", "we monitor bounce rates" or a plan to "implement \
            proper bounce handling" answer nothing: reviewers want the route (an SNS topic, a \
            configuration-set event destination, your mailing tool's SES integration) and the effect \
            (a hard bounce is never mailed again; a rule for repeated soft bounces). A plan that names \
            both is an answer.
            """,
        missingAnswer: .bounceHandling,
        triggeringExamples: [
            RuleExample("↓Bounces and complaints will be handled appropriately in accordance with AWS guidelines."),
            RuleExample("↓We will implement proper bounce handling before launch."),
            RuleExample("↓We never mail a hard-bounced address again."),
            RuleExample("↓バウンスには適切に対応いたします。"),
            RuleExample("↓バウンス通知はSNSで受け取る設定を予定しています。"),
        ],
        nonTriggeringExamples: [
            RuleExample("Bounce events will go to an SNS topic that removes the address from our list."),
            RuleExample("Bounce events reach an SNS topic. A permanent bounce puts the address on our do-not-send list."),
            RuleExample("バウンス通知をSNSで受け取り、ハードバウンスのアドレスには以後一切送信しません。"),
        ]
    )

    static func message(quote: String, missing: [AnswerQuestion.Part]) -> LocalizedText {
        switch (missing.contains(.route), missing.contains(.effect)) {
        case (true, true):
            LocalizedText(
                en: "'\(quote)' mentions bounces but says neither how bounce notices reach you nor what happens to the address; name the route (an SNS topic, a configuration-set event destination, your mailing tool's SES integration) and say that a hard bounce is never mailed again",
                ja: "「\(quote)」はバウンスに触れていますが、バウンス通知の受け取り方も、そのアドレスをどうするかも書かれていません。受け取り方(SNS トピック、設定セットのイベント送信先、配信ツールの SES 連携)と、ハードバウンスのアドレスには以後送信しないことを書いてください。")
        case (true, false):
            LocalizedText(
                en: "'\(quote)': the text says what happens to a bounced address but not how bounce notices reach you; name the route (an SNS topic, a configuration-set event destination, your mailing tool's SES integration)",
                ja: "「\(quote)」: バウンスしたアドレスの扱いは書かれていますが、バウンス通知の受け取り方が書かれていません。SNS トピック、設定セットのイベント送信先、配信ツールの SES 連携など、通知の経路を書いてください。")
        default:
            LocalizedText(
                en: "'\(quote)': the text says how bounce notices reach you but not what happens to the address; say that a hard bounce is never mailed again (suppressed or removed) and what rule applies to repeated soft bounces",
                ja: "「\(quote)」: バウンス通知の受け取り方は書かれていますが、そのアドレスをどうするかが書かれていません。ハードバウンスのアドレスには以後送信しない(抑制・削除する)ことと、ソフトバウンスが続いた場合の扱いを書いてください。")
        }
    }
}

// MARK: complaint-handling-weak

struct ComplaintHandlingWeakRule: WeakAnswerRule {
    static let question = AnswerQuestion.complaints
    static var missingRule: any LintRule { ComplaintHandlingMissingRule() }

    static let description = RuleDescription(
        id: "complaint-handling-weak", topic: .complaintHandling, defaultSeverity: .error, languages: [.en, .ja],
        summary: LocalizedText(
            en: "Complaints are mentioned, but the text does not say how complaint notices reach you and that the complainer stops getting mail.",
            ja: "苦情に触れていますが、苦情通知の受け取り方と、苦情を申し立てた人への送信を止めることが書かれていません。"),
        rationale: """
            "Complaints are reviewed", "we keep the complaint rate low" or 「適宜対応します」 do not say \
            what happens when someone reports a message as spam. Reviewers want the route (SES \
            forwards feedback-loop reports; an SNS topic) and the effect (no further optional mail \
            to that person, at once).
            """,
        missingAnswer: .complaintHandling,
        triggeringExamples: [
            RuleExample("↓We monitor complaint rates closely and follow best practices."),
            RuleExample("↓Complaints are reviewed by our support team."),
            RuleExample("↓苦情には適宜対応します。"),
        ],
        nonTriggeringExamples: [
            RuleExample("Complaint notifications arrive through SNS and the address is suppressed at once."),
            RuleExample("迷惑メール報告はSNSで通知を受け、そのアドレスへの配信を即時に停止します。"),
        ]
    )

    static func message(quote: String, missing: [AnswerQuestion.Part]) -> LocalizedText {
        switch (missing.contains(.route), missing.contains(.effect)) {
        case (true, true):
            LocalizedText(
                en: "'\(quote)' mentions complaints but says neither how complaint notices reach you nor what happens to the complainer; name the route (SES feedback forwarding, an SNS topic) and say that a complainer gets no further optional mail",
                ja: "「\(quote)」は苦情に触れていますが、苦情通知の受け取り方も、報告した方への送信をどうするかも書かれていません。受け取り方(SES のフィードバック転送、SNS トピック)と、報告した方には以後任意のメールを送らないことを書いてください。")
        case (true, false):
            LocalizedText(
                en: "'\(quote)': the text says what happens to a complainer but not how complaint notices reach you; name the route (SES feedback forwarding, an SNS topic, your mailing tool's SES integration)",
                ja: "「\(quote)」: 報告した方の扱いは書かれていますが、苦情通知の受け取り方が書かれていません。SES のフィードバック転送、SNS トピック、配信ツールの SES 連携など、通知の経路を書いてください。")
        default:
            LocalizedText(
                en: "'\(quote)': the text says how complaint notices reach you but not what happens to the complainer; say that anyone who reports a message as spam gets no further optional mail, at once",
                ja: "「\(quote)」: 苦情通知の受け取り方は書かれていますが、報告した方への送信をどうするかが書かれていません。迷惑メールとして報告した方には直ちに任意のメールを送らないことを書いてください。")
        }
    }
}

// MARK: opt-out-weak

struct OptOutWeakRule: WeakAnswerRule {
    static let question = AnswerQuestion.optOut
    static var missingRule: any LintRule { OptOutMissingRule() }

    static let description = RuleDescription(
        id: "opt-out-weak", topic: .optOut, defaultSeverity: .warning, languages: [.en, .ja],
        summary: LocalizedText(
            en: "Unsubscribing is mentioned, but not the mechanism, or (for marketing) not when it takes effect.",
            ja: "配信停止に触れていますが、その仕組みや(マーケティングメールでは)反映までの時間が書かれていません。"),
        rationale: """
            "Recipients can unsubscribe at any time" or 「配信停止できます」 does not say how. Say the \
            mechanism (a link in every message, List-Unsubscribe, a settings page; for transactional \
            mail, which messages are mandatory) and, for marketing mail, that it takes effect at once.
            """,
        missingAnswer: .optOut,
        triggeringExamples: [
            RuleExample("↓Recipients can unsubscribe at any time."),
            RuleExample("↓Every newsletter has an unsubscribe link in the footer.", mailType: .marketing),
            RuleExample("↓いつでも配信停止できます。"),
        ],
        nonTriggeringExamples: [
            RuleExample("Every newsletter has a one-click unsubscribe link that works immediately.", mailType: .marketing),
            RuleExample("Receipts are mandatory; reminders can be turned off on the settings page.", mailType: .transactional),
            RuleExample("各号のフッターにある解除リンクから、その場で配信を止められます。"),
        ]
    )

    static func message(quote: String, missing: [AnswerQuestion.Part]) -> LocalizedText {
        if missing.contains(.mechanism) {
            return LocalizedText(
                en: "'\(quote)' says recipients can opt out but not how; name the mechanism (an unsubscribe link in every message, List-Unsubscribe, a settings page; for transactional mail, which messages are mandatory)\(missing.contains(.timing) ? " and say that it takes effect at once" : "")",
                ja: "「\(quote)」は配信停止に触れていますが、その方法が書かれていません。各メールの配信停止リンク、List-Unsubscribe、設定画面など停止の手段(取引メールなら停止できない必須のメール)\(missing.contains(.timing) ? "と、停止が即時に反映されること" : "")を書いてください。")
        }
        return LocalizedText(
            en: "'\(quote)': the text says how recipients opt out but not when it takes effect; say that an unsubscribe is honoured at once (mailbox providers expect two days at most)",
            ja: "「\(quote)」: 配信停止の方法は書かれていますが、いつ反映されるかが書かれていません。停止が即時に反映されること(メールボックス事業者の目安は 2 日以内)を書いてください。")
    }
}

// MARK: list-acquisition-weak

struct ListAcquisitionWeakRule: WeakAnswerRule {
    static let question = AnswerQuestion.listAcquisition
    static var missingRule: any LintRule { ListAcquisitionMissingRule() }

    static let description = RuleDescription(
        id: "list-acquisition-weak", topic: .listAcquisition, defaultSeverity: .warning, languages: [.en, .ja],
        summary: LocalizedText(
            en: "List building is mentioned, but not where addresses come from, or (for marketing) how people consent.",
            ja: "リストの作り方に触れていますが、アドレスの入手元や(マーケティングメールでは)同意の取り方が書かれていません。"),
        rationale: """
            "All recipients opted in" has no source; "users who registered" has no word on consent to \
            marketing mail. Say where each address comes from (sign-up, checkout, account creation) \
            and, for marketing mail, how consent is given (an unticked box, a confirmation link). For \
            transactional mail the order or account is the consent. An answer that grades the list \
            instead ("kept clean and up to date", 「適法かつ適正に行っている」) needs a step a reviewer \
            can check, such as a confirmation link.
            """,
        missingAnswer: .listAcquisition,
        triggeringExamples: [
            RuleExample("↓Our newsletter goes to users who registered on our website.", mailType: .marketing),
            RuleExample("↓All recipients have opted in.", mailType: .marketing),
            RuleExample("↓当サイトに会員登録したユーザーにメルマガを配信します。", mailType: .marketing),
            RuleExample("送信先は、サービスに会員登録いただいたお客様のみです。↓リストは適切に管理しております。", mailType: .transactional),
        ],
        nonTriggeringExamples: [
            RuleExample("Subscribers sign up on our website and confirm with a confirmation link.", mailType: .marketing),
            RuleExample("Receipts go to customers who place an order in our shop.", mailType: .transactional),
            RuleExample("申し込みフォームで登録後、確認メールで本登録した方だけに送ります。", mailType: .marketing),
        ]
    )

    static func message(quote: String, missing: [AnswerQuestion.Part]) -> LocalizedText {
        if missing.contains(.source) {
            return LocalizedText(
                en: "'\(quote)' does not say where the addresses come from; name the source (a sign-up form, checkout, account creation, an invitation)\(missing.contains(.consent) ? " and how people consent (an unticked box, a confirmation link)" : "")",
                ja: "「\(quote)」ではアドレスの入手元が分かりません。会員登録、注文時、申し込みフォーム、招待など入手元\(missing.contains(.consent) ? "と、同意の取り方(未チェックのチェックボックス、確認メールのリンク)" : "")を書いてください。")
        }
        if !missing.contains(.consent) {
            return LocalizedText(
                en: "'\(quote)': \"kept clean\", \"best practice\" or \"lawfully obtained\" grade the list but give a reviewer nothing to check; say where each address is entered (a sign-up form, checkout, account creation), what step confirms it (a confirmation link) and that you keep a record of it",
                ja: "「\(quote)」: 「適切に管理」「適法かつ適正に」のような評価だけでは、審査で確かめられることがありません。アドレスがどこで入力されるか(会員登録、注文時、申し込みフォーム)と、それを確かめる手順(確認メールのリンク)、その記録を残していることを書いてください。")
        }
        return LocalizedText(
            en: "'\(quote)': the text says where addresses come from but not how people consent to marketing mail; say how consent is given (an unticked box, a confirmation link) and that you keep a record of it",
            ja: "「\(quote)」: アドレスの入手元は書かれていますが、広告メールへの同意の取り方が書かれていません。未チェックのチェックボックスや確認メールのリンクなど同意の方法と、その記録を残していることを書いてください。")
    }
}
