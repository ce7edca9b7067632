@testable import SesameCore
import Testing

/// Good bounce, complaint and opt-out answers as people lay them out: an object between "turn"
/// and "off", a quoted status or control name, a heading followed by its lines.
@Suite struct HandlingLayoutTests {
    func findings(_ text: String, _ mailType: MailType = .transactional) -> [String] {
        Linter().lint(.plainDraft(path: "t", text: text, mailType: mailType)).diagnostics.map(\.rule)
    }

    func missing(_ question: AnswerQuestion, _ text: String, _ mailType: MailType = .transactional) -> [AnswerQuestion.Part]? {
        let answer = AnswerParts(question, in: PreparedDocument(.plainDraft(path: "t", text: text, mailType: mailType)))
        return answer.isMentioned ? answer.missing : nil
    }

    @Test func aVerbAndItsOffWithTheObjectBetweenSayTurnOff() {
        #expect(missing(.bounces, "Bounces and complaints arrive via SNS and switch the alert off for that address.") == [])
        #expect(missing(.optOut, "Each alert has a link that turns email price alerts off at once.") == [])
        #expect(missing(.bounces, "Bounce notices arrive via SNS; we never turn the address off.") == [.effect])
        // Too far apart, "off" is another thought.
        #expect(missing(.bounces, "Bounce notices arrive via SNS and we turn to our logs for the reasons the first send went off.") == [.effect])
    }

    @Test func aQuotedStatusOrControlIsNoExample() {
        #expect(missing(.bounces, "Bounces reach us through SNS; a hard bounce sets the player's email to \"do not mail\".") == [])
        #expect(missing(.bounces, "Bounce events go to SNS and the contact is marked as \"undeliverable forever\".") == [])
        let quoted = PreparedDocument(.plainDraft(path: "t", text: "Each reminder has a \"stop receiving reminders\" link at the bottom.", mailType: .transactional))
        #expect(quoted.sections[0].matches(.unsubscribeLink).allSatisfy { !$0.conditional })
        #expect(quoted.sections[0].matches(.optOut).contains { !$0.conditional })
        // A quoted example of what not to write stays an example.
        let example = PreparedDocument(.plainDraft(path: "t", text: "Phrases such as \"we bought a list\" are refused.", mailType: .marketing))
        #expect(example.sections[0].matches(.buyVerb).allSatisfy { $0.conditional })
    }

    @Test func aHeadedAnswerIsNoMissingAnswer() {
        let text = "【配信停止】\n各メールの末尾に配信停止のリンクを設け、クリックいただいた時点で停止いたします。\n\n【バウンス・苦情】\nAmazon SNSで通知を受け取り、該当アドレスは以後の配信対象から自動で外します。"
        #expect(!findings(text, .marketing).contains("bounce-handling-missing"))
        #expect(!findings(text, .marketing).contains("complaint-handling-missing"))
        #expect(missing(.bounces, text, .marketing) == [])
        #expect(missing(.complaints, text, .marketing) == [])
    }

    @Test func aMandatoryMessageNamedByWhatItCannotBe() {
        #expect(missing(.optOut, "Order mail cannot be switched off because it is part of the purchase.") == [])
        #expect(missing(.optOut, "Opt-out: invoices are documents the customer needs for a job they paid for.") == [])
        #expect(missing(.optOut, "Interruption notices can be switched off in the online account.") == [])
    }

    @Test func oneClickInJapaneseDigitsTakesEffectAtOnce() {
        #expect(missing(.optOut, "どのメールからでも1クリックで配信を停止できます。", .marketing) == [])
        #expect(missing(.optOut, "どのメールからでも１クリックで配信を停止できます。", .marketing) == [])
    }

    @Test func aMaskedNumberIsNoPlaceholder() {
        #expect(!findings("件名は「【FAXリンク】03-xxxx-xxxx から3枚のFAXを受信しました」の形式です。").contains("placeholder-text"))
        #expect(!findings("Card numbers are shown as XXXX-XXXX-1234 in receipts.").contains("placeholder-text"))
        #expect(findings("We send about XXX emails per day.").contains("placeholder-text"))
    }

    @Test func anAccountPageBesideALinkInTheMailIsOneMoreWay() {
        let text = "配信停止について：メールの最下部には配信停止用のリンクがあり、クリックするだけで停止できます。マイページにログインして「メール設定」からも停止できます。"
        #expect(!findings(text, .marketing).contains("unsubscribe-login-required"))
        #expect(findings("配信停止するにはマイページにログインしてください。", .marketing).contains("unsubscribe-login-required"))
        #expect(findings("To unsubscribe, click the link in the email and log in to your account.", .marketing).contains("unsubscribe-login-required"))
    }
}

/// A sentence-final negation reaches the list items before 「こと、」 and a noun in み.
@Suite struct ClauseListItemTests {
    func clauses(_ text: String) -> [String] {
        let folded = TextFolding.fold(text)
        return ClauseSplitter.clauses(in: folded.scalars, sentence: 0..<folded.count, contrastStarts: []).map { folded.string($0) }
    }

    @Test func koToAndANounInMiAreListItems() {
        #expect(clauses("リストを購入すること、名刺を登録すること、共有も行いません") == ["リストを購入すること、名刺を登録すること、共有も行いません"])
        #expect(clauses("名簿の読み込み、他社リストの取り込み、共有は行いません") == ["名簿の読み込み、他社リストの取り込み、共有は行いません"])
        #expect(clauses("お申し込み、お支払いの確認をお送りします") == ["お申し込み、お支払いの確認をお送りします"])
    }

    @Test func aVerbInMiStillEndsItsClause() {
        #expect(clauses("リストを読み込み、配信します") == ["リストを読み込み、", "配信します"])
        #expect(clauses("ユーザーが申し込み、確認メールで本登録します") == ["ユーザーが申し込み、", "確認メールで本登録します"])
    }

    @Test func theClosingNegationReachesEveryItem() {
        let document = PreparedDocument(.plainDraft(
            path: "t", text: "名簿業者からリストを購入すること、他社から提供されたアドレスを登録すること、グループ会社との共有も行いません。",
            mailType: .marketing))
        #expect(!document.sections[0].matches(.purchasedList).isEmpty || !document.sections[0].matches(.buyVerb).isEmpty)
        #expect(document.sections[0].matches(.buyVerb).allSatisfy { $0.negated })
        #expect(PurchasedListRule().findings(in: document).isEmpty)
    }
}

/// A compliance claim is contradicted by what the list admits (`ListClaims`), not by a
/// suppression list or a shop passing its buyers' addresses for their receipts.
@Suite struct ComplianceListClaimsTests {
    func contradicted(_ text: String, _ mailType: MailType) -> Bool {
        !ComplianceContradictedRule().findings(in: PreparedDocument(.plainDraft(path: "t", text: text, mailType: mailType))).isEmpty
    }

    @Test func aSuppressionListIsNoPreTickedBox() {
        #expect(!contradicted("特定電子メール法を遵守しています。苦情のあったアドレスは配信停止リストへ自動で登録します。", .marketing))
    }

    @Test func aListBoughtOrHandedOverContradictsTheClaim() {
        #expect(contradicted("We are fully GDPR compliant. We bought 20,000 verified contacts last year.", .marketing))
        #expect(contradicted("特定電子メール法を遵守しています。グループ会社の顧客リストにも案内を送ります。", .marketing))
    }
}

/// Wordings from text written by people who never saw the linter: a route told once for both
/// notices, an address the sending skips, a removal by hand that is still prompt.
@Suite struct HandlingFieldWordingTests {
    func missing(_ question: AnswerQuestion, _ text: String) -> [AnswerQuestion.Part]? {
        let answer = AnswerParts(question, in: PreparedDocument(.plainDraft(path: "t", text: text, mailType: .marketing)))
        return answer.isMentioned ? answer.missing : nil
    }

    func delayed(_ text: String) -> Bool {
        !UnsubscribeDelayedRule().findings(in: PreparedDocument(.plainDraft(path: "t", text: text, mailType: .marketing))).isEmpty
    }

    @Test func theSameWayIsTheRouteAndASkippedAddressTheEffect() {
        #expect(missing(.complaints, "Complaints arrive the same way. The script sets those people to \"complained\", which the sending script also skips.") == [])
    }

    @Test func aPromptRemovalByHandIsNoDelay() {
        #expect(!delayed("Subscribers can also reply \"unsubscribe\" and the editor removes them by hand within a day."))
        #expect(delayed("Unsubscribe requests are removed by hand."))
        #expect(delayed("Unsubscribes are removed by hand within 10 business days."))
    }
}

/// A delay told in the sentence after the opt-out one is the opt-out answer's delay.
@Suite struct DelayInTheNextSentenceTests {
    func delayed(_ text: String) -> Bool {
        !UnsubscribeDelayedRule().findings(in: PreparedDocument(.plainDraft(path: "t", text: text, mailType: .marketing))).isEmpty
    }

    @Test func theAnswersNextSentenceCarriesItsDelay() {
        #expect(delayed("配信停止は、メール末尾のリンクから手続きいただけます。反映までに最大で３０日ほどお時間をいただいております。"))
        #expect(delayed("Unsubscribing is done from the footer link. It can take up to 10 business days."))
        #expect(!delayed("Unsubscribing is done from the footer link.\n\nInvoices are kept for 30 days."))
    }
}
