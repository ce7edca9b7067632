import SesameCore
import Testing

@Suite struct LinterTests {
    /// A profile-shaped document: one section per field, each on its own line of the YAML file.
    func profile(_ fields: [(UseCaseField, String)], mailType: MailType = .transactional, website: String = "https://harborlanebooks.co.uk") -> LintDocument {
        var sections: [LintSection] = []
        for (i, (field, text)) in fields.enumerated() {
            let anchor = TextLocator.Anchor(offset: 0, location: SourceLocation(path: "p.yaml", line: 10 + i, column: 5))
            sections.append(LintSection(field: field, text: text, locator: TextLocator(anchors: [anchor])))
        }
        return LintDocument(path: "p.yaml", sections: sections, declaredMailType: mailType,
                            website: LocatedText(text: website, location: SourceLocation(path: "p.yaml", line: 3, column: 14)),
                            dailyVolume: 2000, peakPerSecond: 5, anchor: SourceLocation(path: "p.yaml", line: 8, column: 1))
    }

    @Test func profileFindingsPointAtTheirField() {
        let doc = profile([
            (.business, "Harbor Lane Books is a two-person online shop in Bristol selling second-hand art books."),
            (.listAcquisition, "Only customers who place an order; we never buy lists."),
            (.bounceHandling, "We look at them sometimes."),
            (.optOut, "Receipts are mandatory; there is nothing else to unsubscribe from."),
            (.sendingRationale, "About 600 a day at Christmas, based on last year's orders."),
        ], website: "http://localhost:8080")
        let result = Linter().lint(doc)
        let byRule = Dictionary(result.diagnostics.map { ($0.rule, $0.location) }, uniquingKeysWith: { a, _ in a })
        // The bounce section exists but does not answer: reported at its start.
        #expect(byRule["bounce-handling-missing"] == SourceLocation(path: "p.yaml", line: 12, column: 5))
        // No complaint section: reported at the document anchor.
        #expect(byRule["complaint-handling-missing"] == SourceLocation(path: "p.yaml", line: 8, column: 1))
        // URL findings point into the URL value.
        #expect(byRule["website-url-local"] == SourceLocation(path: "p.yaml", line: 3, column: 21))
        #expect(byRule["website-url-not-https"] == SourceLocation(path: "p.yaml", line: 3, column: 14))
        #expect(byRule["list-acquisition-missing"] == nil)
        #expect(byRule["opt-out-missing"] == nil)
        #expect(byRule["volume-rationale-missing"] == nil)
    }

    @Test func messagesFollowTheLanguageOfTheText() {
        let text = "Harbor Lane Books sells art books.\n当社は名簿業者から購入したリストにも送ります。\nWe also bought 5,000 contacts from a data broker."
        let result = Linter().lint(.plainDraft(path: "m.txt", text: text))
        let purchased = result.diagnostics.filter { $0.rule == "purchased-list" }
        #expect(purchased.count == 2)
        #expect(purchased.first?.location.line == 2 && purchased.first?.message.contains("名簿業者") == true)
        #expect(purchased.first?.message.contains("同意") == true)
        #expect(purchased.last?.location.line == 3 && purchased.last?.message.hasPrefix("'bought") == true)
    }

    @Test func negationKeepsGoodStatementsClean() {
        let good = [
            "We don't buy lists.", "We have never rented or scraped addresses.", "No purchased lists, ever.",
            "Lists are never bought.", "購入したリストは使用しません。", "名簿業者のリストは一切使っておりません。",
            "リストの購入は行っていません。", "スクレイピングで集めたアドレスはなし。", "購入リストではなく、自社の会員のみです。",
        ]
        for text in good {
            let result = Linter(catalogue: RuleCatalogue(rules: [RuleCatalogue.standard.rule(id: "purchased-list")!])).lint(.plainDraft(path: "g", text: text))
            #expect(result.diagnostics.isEmpty, "\(text)")
        }
        let bad = ["We buy lists from a broker.", "We use purchased lists.", "名簿業者から購入します。", "リストを購入して配信します。"]
        for text in bad {
            let result = Linter(catalogue: RuleCatalogue(rules: [RuleCatalogue.standard.rule(id: "purchased-list")!])).lint(.plainDraft(path: "b", text: text))
            #expect(result.diagnostics.count == 1, "\(text)")
        }
    }

    @Test func exactlyFiveThousandIsAllowedAndColumnsCountScalars() {
        let rule = RuleCatalogue(rules: [RuleCatalogue.standard.rule(id: "too-long")!])
        #expect(Linter(catalogue: rule).lint(.plainDraft(path: "x", text: String(repeating: "あ", count: 5000))).diagnostics.isEmpty)
        let over = Linter(catalogue: rule).lint(.plainDraft(path: "x", text: String(repeating: "あ", count: 5003)))
        #expect(over.diagnostics.first?.location.column == 5001)
        #expect(over.diagnostics.first?.message.contains("3") == true)
    }
}
