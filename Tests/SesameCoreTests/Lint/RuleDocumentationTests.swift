import SesameCore
import Testing

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The repository root, from this file's path.
func repositoryRoot(_ file: String = #filePath) -> String {
    var parts = file.split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(4) // Tests/SesameCoreTests/Lint/File.swift
    return parts.joined(separator: "/")
}

@Suite struct RuleDocumentationTests {
    @Test func rulesMarkdownIsCurrent() throws {
        let path = repositoryRoot() + "/docs/rules.md"
        let generated = RuleCatalogue.standard.markdown()
        if ProcessInfo.processInfo.environment["SESAME_RECORD"] == "1" {
            try Data(generated.utf8).write(to: URL(fileURLWithPath: path))
            return
        }
        let current = try String(decoding: Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        #expect(current == generated, "docs/rules.md is stale; run SESAME_RECORD=1 swift test --filter RuleDocumentationTests")
    }

    @Test(arguments: [Language.en, .ja])
    func listRulesShowsEveryRuleInTheLanguage(_ language: Language) {
        let text = RuleCatalogue.standard.listText(in: language)
        for d in RuleCatalogue.standard.descriptions {
            #expect(text.contains(d.id) && text.contains(d.summary.text(in: language)))
        }
        #expect(text.hasPrefix("RULE"))
    }

    @Test func everyRuleHasASummaryInBothLanguages() {
        let markdown = RuleCatalogue.standard.markdown()
        for d in RuleCatalogue.standard.descriptions {
            #expect(d.summary.ja.unicodeScalars.contains(where: Language.isJapanese), "\(d.id): the Japanese summary is not Japanese")
            #expect(markdown.contains("| \(d.summary.ja.replacing("|", with: "\\|")) |"), "\(d.id): docs/rules.md lacks its Japanese summary")
        }
    }

    @Test func unknownRuleIDsSuggestTheClosest() {
        let linter = Linter()
        let unknown = linter.unknownRuleIDs(["purchased-lists", "bounce-handling-missing", "zzz"])
        #expect(unknown.map(\.id) == ["purchased-lists", "zzz"])
        #expect(unknown.first?.suggestion == "purchased-list")
        #expect(unknown.last?.suggestion == nil)
        #expect(unknown.first?.message == "unknown rule 'purchased-lists'; did you mean 'purchased-list'?")
    }

    @Test func settingsDisableAndOverride() {
        let doc = LintDocument.plainDraft(path: "d.txt", text: "We send receipts.")
        let all = Linter().lint(doc).diagnostics
        #expect(all.contains { $0.rule == "too-short" })
        let result = Linter().lint(doc, settings: LintSettings(disabled: ["too-short"], severities: ["business-unnamed": .info, "nope": .error]))
        #expect(!result.diagnostics.contains { $0.rule == "too-short" })
        #expect(result.diagnostics.first { $0.rule == "business-unnamed" }?.severity == .info)
        #expect(result.unknownRuleIDs.map(\.id) == ["nope"])
    }

    @Test func inlineSuppression() {
        let text = "We send receipts.\n# sesame-lint: disable too-short, business-unnamed, no-such-rule\n"
        let result = Linter().lint(LintDocument.plainDraft(path: "d.txt", text: text))
        #expect(!result.diagnostics.contains { $0.rule == "too-short" || $0.rule == "business-unnamed" })
        #expect(result.unknownRuleIDs.map(\.id) == ["no-such-rule"])
        #expect(result.unknownRuleIDs.first?.location?.line == 2)
    }

    @Test func mailTypeInference() {
        let linter = Linter()
        let t = linter.inferMailType(.plainDraft(path: "d", text: "We send order confirmations and receipts, and password reset emails."))
        #expect(t?.mailType == .transactional)
        #expect(t?.summary == "TRANSACTIONAL (inferred: order confirmations, receipts, password reset)")
        let m = linter.inferMailType(.plainDraft(path: "d", text: "月2回のメルマガでセールとクーポンをお知らせします。"))
        #expect(m?.mailType == .marketing)
        #expect(linter.inferMailType(.plainDraft(path: "d", text: "We send email.")) == nil)
        #expect(linter.inferMailType(.plainDraft(path: "d", text: "We send receipts.", mailType: .marketing)) == nil)
    }

    @Test func foldingHandlesWidthsAndKana() {
        let folded = TextFolding.fold("ＢＯＵＮＣＥ　ﾊﾞｳﾝｽ\r\nＴＥＳＴ")
        #expect(folded.string(0..<folded.count) == "bounce バウンス\ntest")
        #expect(folded.origin[7] == 7)
        #expect(folded.origin[8] == 9)
    }
}
