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
            RuleExample("Subscribers can unsubscribe from the newsletter in ↓their account settings.", mailType: .marketing),
            RuleExample("メルマガの配信停止は、↓会員ページの設定から行えます。", mailType: .marketing),
        ],
        nonTriggeringExamples: [
            RuleExample("The unsubscribe link works without logging in."),
            RuleExample("ログインしなくても配信停止できます。"),
            RuleExample("Each newsletter has an unsubscribe link; subscribers can also opt out from my account.", mailType: .marketing),
            RuleExample("通知メールはマイページの通知設定でオフにできます。", mailType: .transactional),
        ]
    )

    func findings(in document: PreparedDocument) -> [LintFinding] {
        // Where each message carries its own way out, a page behind a login is one more way.
        let linkInMail = Self.linkInMail(document)
        let login = document.occurrences(of: .loginRequired, inSentencesMentioning: .optOut)
            .filter { match in !linkInMail.contains { $0.section == match.section && $0.sentence != match.sentence } }
        var findings = document.quotedFindings(login) { quote in
            LocalizedText(
                en: "'\(quote)': unsubscribing must not require a login; make the link in each email work on its own, in one click",
                ja: "「\(quote)」: 配信停止にログインを求めてはいけません。各メールのリンクだけで、ワンクリックで停止できるようにしてください。"
            )
        }
        // Marketing mail stopped only from an account page ("from My Account", 「マイページから」) needs a
        // login too; with a link in each email the page is one more way, not the only one.
        guard document.mailType == .marketing, linkInMail.isEmpty else { return findings }
        let loginSentences = Set(login.map { [$0.section, $0.sentence] })
        let pages = document.occurrences(of: .accountPage, inSentencesMentioning: .optOut)
            .filter { !loginSentences.contains([$0.section, $0.sentence]) }
        findings += document.quotedFindings(pages) { quote in
            LocalizedText(
                en: "'\(quote)' is behind a login: people who must sign in to unsubscribe report spam instead; put an unsubscribe link in each email that works without logging in, in one click",
                ja: "「\(quote)」はログインが必要なページです。ログインしないと停止できないと、受信者は迷惑メールとして報告します。各メールに、ログインせずワンクリックで停止できるリンクを入れてください。"
            )
        }
        return findings
    }

    /// Whether the answer on unsubscribing names a way out in the message itself (a link, the
    /// footer, one-click) in a sentence about it, the one after, or the lines under its heading
    /// ("Each email has a link at the bottom. Members can also unsubscribe in My Account.").
    static func statesLinkInMail(_ document: PreparedDocument) -> Bool { !linkInMail(document).isEmpty }

    /// The mentions `statesLinkInMail` reads.
    static func linkInMail(_ document: PreparedDocument) -> [ConceptMatch] {
        let answer = document.claims.answer(.optOut)
        return answer.readSentences.flatMap { read in
            document.sections[read.section].matches(.linkInMail, inSentence: read.sentence).filter { Polarity.affirmed.accepts($0) }
        }
    }
}
