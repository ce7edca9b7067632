@testable import SesameCore
import Testing

/// Unit tests of the text engine's stages, each on its own: negation and condition scope, and
/// the parts of an answer.
@Suite struct NegationScopeTests {
    func section(_ text: String) -> PreparedSection { PreparedDocument(.plainDraft(path: "t", text: text)).sections[0] }

    @Test func aLeadInNegatesTheBulletsThatFollowIt() {
        let s = section("We will NOT:\n- purchase or rent email lists\n- ignore complaints\nWe send receipts.")
        #expect(s.matches(.purchasedList).allSatisfy { $0.negated })
        #expect(s.matches(.complaintIgnored).allSatisfy { $0.negated })
        #expect(!s.matches(.purchasedList).isEmpty)
        let plain = section("We will:\n- buy email lists")
        #expect(plain.matches(.purchasedList).contains { !$0.negated }, "a lead-in without a negator negates nothing")
    }

    @Test func aTrailingProhibitionNegatesTheWholeClause() {
        #expect(section("Purchased, rented or scraped lists are prohibited.").matches(.purchasedList).allSatisfy { $0.negated })
        let ja = section("名簿業者からの購入、他社から提供されたリストの利用、ウェブサイトからの自動収集などは一切行いません。")
        #expect(!ja.matches(.purchasedList).isEmpty && ja.matches(.purchasedList).allSatisfy { $0.negated })
    }

    @Test func conditionsAreNotClaims() {
        let en = section("If we ever add marketing emails, we will ask for consent first.")
        #expect(en.matches(.marketingSignal).allSatisfy { $0.conditional })
        let ja = section("将来広告メールを送る場合は、別途同意を取ります。")
        #expect(ja.matches(.marketingSignal).allSatisfy { $0.conditional })
        let practice = section("If a message bounces, the address is suppressed at once.")
        #expect(practice.matches(.addressEffect).contains { !$0.conditional }, "the main clause is a claim")
    }

    @Test func bulletsAndColonsAreRecognised() {
        let text = Array("- item\n1. item\nWe will not:".unicodeScalars)
        #expect(NegationScope.startsWithBullet(text, 0..<6))
        #expect(NegationScope.startsWithBullet(text, 7..<14))
        #expect(NegationScope.endsWithColon(text, 15..<text.count))
    }
}

@Suite struct AnswerPartsTests {
    func parts(_ question: AnswerQuestion, _ text: String, _ mailType: MailType? = .marketing) -> AnswerParts {
        AnswerParts(question, in: PreparedDocument(.plainDraft(path: "t", text: text, mailType: mailType)))
    }

    @Test func vaguePredicatesStateNoPart() {
        #expect(parts(.bounces, "Bounces will be handled appropriately.").missing == [.route, .effect])
        #expect(parts(.complaints, "苦情には適宜対応します。").missing == [.route, .effect])
    }

    @Test func aPromiseWithItsMechanismIsAnAnswer() {
        #expect(parts(.bounces, "Bounce events will go to an SNS topic that removes the address.").missing.isEmpty)
        #expect(parts(.bounces, "バウンス通知はSNSで受け取る設定を予定しています。").missing == [.effect])
    }

    @Test func theNextSentenceAndAHeadingsBodyAreRead() {
        #expect(parts(.bounces, "Bounce events go to SNS. A hard bounce removes the address.").missing.isEmpty)
        let headed = parts(.optOut, "【配信停止】\n各メールのリンクから停止できます。\n即時に反映されます。")
        #expect(headed.missing.isEmpty)
        #expect(headed.firstSentence.map { $0.range.lowerBound } ?? 0 > 0, "the heading's first body sentence is the one quoted")
    }

    @Test func transactionalMailNeedsFewerParts() {
        #expect(parts(.listAcquisition, "Receipts go to customers who place an order.", .transactional).missing.isEmpty)
        #expect(parts(.listAcquisition, "Receipts go to customers who place an order.", .marketing).missing == [.consent])
        #expect(parts(.optOut, "Receipts are mandatory and cannot be turned off.", .transactional).missing.isEmpty)
    }

    @Test func quotesStopAtAWordBoundary() {
        let long = "Bounces " + String(repeating: "are handled with considerable care ", count: 5) + "by us."
        let document = PreparedDocument(.plainDraft(path: "t", text: long))
        let quote = document.sections[0].sentenceQuote(document.sections[0].sentences[0])
        #expect(quote.hasSuffix("…") && quote.unicodeScalars.count <= PreparedSection.quoteLength + 1)
        #expect(long.hasPrefix(String(quote.dropLast())) && long.dropFirst(quote.count - 1).first == " ")
    }
}
