import Foundation
import Testing
import TestSupport
@testable import SesameCore

/// The optional `compliance.specified_email_act` section (特定電子メール法): read, checked, written back.
@Suite("Profile: compliance.specified_email_act")
struct SpecifiedEmailActTests {
    private func document(_ section: String, language: Language = .en) throws -> ProfileDocument {
        try ProfileLoader.parse(Array((validProfile + "\ncompliance:\n  specified_email_act:\n" + section).utf8), path: "p.yaml", language: language)
    }

    private func findings(_ document: ProfileDocument) -> [String] {
        document.diagnostics.map { "\($0.location.line):\($0.location.column) \($0.severity.rawValue) \($0.rule) \($0.message)" }
    }

    @Test func aCompleteSectionIsReadAndWrittenBack() throws {
        let loaded = try document("""
            sender_name: 株式会社ひなた珈琲
            postal_address: 京都府京都市中京区御池通 1-2-3
            opt_out_contact: https://hinata-coffee.jp/mail/stop
        """)
        #expect(loaded.diagnostics.isEmpty)
        let profile = try #require(loaded.profile)
        #expect(profile.specifiedEmailAct == SpecifiedEmailAct(
            senderName: "株式会社ひなた珈琲", postalAddress: "京都府京都市中京区御池通 1-2-3", optOutContact: "https://hinata-coffee.jp/mail/stop"))
        let yaml = try ProfileWriter.yaml(for: profile)
        #expect(yaml.hasSuffix("""
            compliance:
              specified_email_act:
                sender_name: 株式会社ひなた珈琲
                postal_address: 京都府京都市中京区御池通 1-2-3
                opt_out_contact: https://hinata-coffee.jp/mail/stop

            """))
        #expect(try ProfileLoader.parse(Array(yaml.utf8), path: "w.yaml").profile == profile)
    }

    @Test func noSectionMeansNothingWritten() throws {
        let profile = try #require(ProfileLoader.parse(Array(validProfile.utf8), path: "p.yaml").profile)
        #expect(profile.specifiedEmailAct == nil)
        #expect(!(try ProfileWriter.yaml(for: profile)).contains("compliance"))
    }

    @Test func aMissingPartIsAWarningInBothLanguagesAndTheRestIsKept() throws {
        let section = "    sender_name: 株式会社ひなた珈琲\n"
        let english = try document(section)
        #expect(english.isValid)
        #expect(english.profile?.specifiedEmailAct == SpecifiedEmailAct(senderName: "株式会社ひなた珈琲"))
        #expect(findings(english) == [
            "19:3 warning incomplete-section `compliance.specified_email_act.postal_address` is missing: The sender's postal address that every advertising mail shows.",
            "19:3 warning incomplete-section `compliance.specified_email_act.opt_out_contact` is missing: The email address or https URL where recipients refuse further mail, shown in every advertising mail.",
        ])
        #expect(findings(try document(section, language: .ja)) == [
            "19:3 warning incomplete-section `compliance.specified_email_act.postal_address` がありません。広告宣伝メールに表示する送信者の住所です。",
            "19:3 warning incomplete-section `compliance.specified_email_act.opt_out_contact` がありません。受信者が受信拒否を伝えるメールアドレスまたは https の URL です。広告宣伝メールに毎回表示します。",
        ])
    }

    @Test func theOptOutContactIsAnAddressOrAURL() throws {
        let parts = "    sender_name: ひなた珈琲\n    postal_address: 京都市\n"
        let phone = try document(parts + "    opt_out_contact: 075-123-4567\n")
        #expect(!phone.isValid)
        #expect(findings(phone) == [
            "22:22 error invalid-contact `compliance.specified_email_act.opt_out_contact` `075-123-4567` is not an email address or a URL: write an email address (name@example.org) or a URL starting with https://",
        ])
        #expect(findings(try document(parts + "    opt_out_contact: stop@@hinata.jp\n", language: .ja)) == [
            "22:22 error invalid-contact `compliance.specified_email_act.opt_out_contact` の `stop@@hinata.jp` はメールアドレスまたは URL として使えません。@ はちょうど 1 つ必要です。",
        ])
        #expect(try document(parts + "    opt_out_contact: stop@hinata-coffee.jp\n").diagnostics.isEmpty)
        #expect(try document(parts + "    opt_out_contact: https://hinata-coffee.jp/stop\n").diagnostics.isEmpty)
    }

    @Test func aFullWidthContactIsFoldedAndRecordedFolded() throws {
        let folded = try document("    sender_name: ひなた珈琲\n    postal_address: 京都市\n    opt_out_contact: ｓｔｏｐ＠ｈｉｎａｔａ．ｊｐ\n")
        #expect(folded.isValid)
        #expect(folded.profile?.specifiedEmailAct?.optOutContact == "stop@hinata.jp")
        #expect(folded.diagnostics.map(\.rule) == ["folded-input"])
    }

    @Test func aMisspeltKeyGetsASuggestion() throws {
        let misspelt = try document("    sender_nam: ひなた珈琲\n    postal_address: 京都市\n    opt_out_contact: stop@hinata.jp\n")
        #expect(findings(misspelt) == [
            "19:3 warning incomplete-section `compliance.specified_email_act.sender_name` is missing: The sender's name (a person's or the company's) that every advertising mail shows.",
            "20:5 error unknown-key unknown key `compliance.specified_email_act.sender_nam`; did you mean `compliance.specified_email_act.sender_name`?",
        ])
    }
}
