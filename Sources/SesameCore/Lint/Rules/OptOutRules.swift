// MARK: opt-out-missing

struct OptOutMissingRule: LintRule {
    static let description = RuleDescription(
        id: "opt-out-missing", topic: .optOut, defaultSeverity: .error, languages: [.en, .ja],
        summary: LocalizedText(
            en: "The text never says how recipients unsubscribe (or, for transactional mail, which messages are mandatory).",
            ja: "受信者が配信を停止する方法(トランザクションメールでは、どのメッセージが必須か)が書かれていません。"),
        rationale: """
            AWS asks how recipients opt out. Marketing mail needs a visible unsubscribe link in every \
            message, honoured at once. Transactional mail should say which messages are mandatory \
            (receipts, security) and how optional ones are switched off. For TRANSACTIONAL requests \
            the finding is a warning.
            """,
        missingAnswer: .optOut,
        triggeringExamples: [
            RuleExample("↓Recipients cannot unsubscribe from these emails."),
            RuleExample("↓配信停止の手段は用意していません。"),
        ],
        nonTriggeringExamples: [
            RuleExample("Every newsletter has a one-click unsubscribe that works immediately."),
            RuleExample("Login codes are always sent; weekly reminders can be turned off in Settings."),
            RuleExample("各号のフッターにある解除リンクから、その場で配信を止められます。"),
        ]
    )

    func findings(in document: PreparedDocument) -> [LintFinding] {
        guard document.hasText else { return [] }
        let sections = document.sections(answering: .optOut)
        let answered = sections.contains { section in
            section.matches(.optOut).contains { !$0.negated }
                || (document.mailType == .transactional && section.matches(.mandatoryMessage).contains { !$0.negated })
        }
        guard !answered else { return [] }
        return [LintFinding(
            place: .document(field: .optOut),
            message: LocalizedText(
                en: "the text does not say how recipients opt out; say that every optional message carries an unsubscribe link (one-click, no login) honoured at once, and which messages are mandatory",
                ja: "配信停止の方法が書かれていません。任意のメールには必ず配信停止リンク(ワンクリック・ログイン不要)を入れて即時に反映すること、停止できない必須のメールはどれかを書いてください。"
            ),
            severity: document.mailType == .transactional ? .warning : nil
        )]
    }
}

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
                ja: "「\(quote)」: 返信や連絡による配信停止は手間がかかり確実ではありません。任意のメールすべてに配信停止リンク(ワンクリックのList-Unsubscribeヘッダー付き)を入れてください。"
            )
        }
    }
}

// MARK: unsubscribe-delayed

struct UnsubscribeDelayedRule: LintRule {
    static let description = RuleDescription(
        id: "unsubscribe-delayed", topic: .optOut, defaultSeverity: .warning, languages: [.en, .ja],
        summary: LocalizedText(
            en: "Unsubscribes applied in monthly or manual batches.",
            ja: "配信停止を月 1 回や手作業でまとめて反映しています。"),
        rationale: """
            Mail after an unsubscribe draws complaints. Gmail and Yahoo expect removal within two days, \
            CAN-SPAM within ten business days, and 特定電子メール法 forbids further ads once refused. \
            Apply unsubscribes automatically and at once.
            """,
        triggeringExamples: [
            RuleExample("Unsubscribe requests are processed ↓once a month."),
            RuleExample("配信停止のご依頼は↓月末にまとめて反映します。"),
        ],
        nonTriggeringExamples: [
            RuleExample("Unsubscribes take effect at once, not once a month."),
            RuleExample("配信停止は即時に反映され、月末にまとめて処理することはありません。"),
        ]
    )

    func findings(in document: PreparedDocument) -> [LintFinding] {
        document.quotedFindings(document.occurrences(of: .delayedRemoval, inSentencesMentioning: .optOut)) { quote in
            LocalizedText(
                en: "'\(quote)': unsubscribes must take effect at once (Gmail and Yahoo: within 2 days); remove the address automatically when the link is used",
                ja: "「\(quote)」: 配信停止は即時に反映する必要があります(Gmail・Yahooは2日以内)。リンクが押された時点で自動的に配信対象から外してください。"
            )
        }
    }
}

// MARK: unsubscribe-login-required

struct UnsubscribeLoginRequiredRule: LintRule {
    static let description = RuleDescription(
        id: "unsubscribe-login-required", topic: .optOut, defaultSeverity: .warning, languages: [.en, .ja],
        summary: LocalizedText(
            en: "Unsubscribing requires logging in.",
            ja: "配信停止にログインが必要です。"),
        rationale: """
            A login wall stops people from unsubscribing, so they report spam instead. The unsubscribe \
            link must work without a password (CAN-SPAM and the Gmail/Yahoo rules say so).
            """,
        triggeringExamples: [
            RuleExample("To unsubscribe, users ↓must log in to their account settings."),
            RuleExample("配信停止するには↓マイページにログインしてください。"),
        ],
        nonTriggeringExamples: [
            RuleExample("The unsubscribe link works without logging in."),
            RuleExample("ログインしなくても配信停止できます。"),
        ]
    )

    func findings(in document: PreparedDocument) -> [LintFinding] {
        document.quotedFindings(document.occurrences(of: .loginRequired, inSentencesMentioning: .optOut)) { quote in
            LocalizedText(
                en: "'\(quote)': unsubscribing must not require a login; make the link in each email work on its own, in one click",
                ja: "「\(quote)」: 配信停止にログインを求めてはいけません。各メールのリンクだけで、ワンクリックで停止できるようにしてください。"
            )
        }
    }
}

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
        let bulk = (document.dailyFigure ?? 0) >= 5000 && !AnswerParts(.optOut, in: document).stated.contains(.timing)
        return [document.finding(at: first, LocalizedText(
            en: "no one-click unsubscribe is mentioned; send List-Unsubscribe and List-Unsubscribe-Post headers (RFC 8058), which Gmail and Yahoo require from bulk senders",
            ja: "ワンクリック配信停止について書かれていません。List-UnsubscribeとList-Unsubscribe-Postヘッダー(RFC 8058)を付けてください。Gmail・Yahooは大量送信者に必須としています。"
        ), severity: bulk ? .warning : nil)]
    }
}
