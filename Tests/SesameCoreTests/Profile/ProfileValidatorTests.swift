import Foundation
import Testing
import TestSupport
@testable import SesameCore

/// A complete, valid profile; each test breaks one thing in it.
let validProfile = """
version: 1
mail_type: TRANSACTIONAL
website_url: https://app.example-shop.io
contact_language: EN
additional_contacts: [ops@example-shop.io]
regions: [us-east-1]
use_case:
  business: A shop.
  recipients: Customers.
  list_acquisition: Sign-up.
  bounce_handling: SNS.
  complaint_handling: SNS.
  opt_out: Settings page.
  sending:
    daily_volume: 1000
    peak_per_second: 2
    rationale: Orders.
"""

@Suite("Profile validation")
struct ProfileValidatorTests {
    private func findings(_ text: String) throws -> [String] {
        let document = try ProfileLoader.parse(Array(text.utf8), path: "p.yaml")
        return document.diagnostics.map { "\($0.location.line):\($0.location.column) \($0.rule) \($0.message)" }
    }

    private func replacing(_ old: String, with new: String) -> String {
        precondition(validProfile.contains(old), "fixture does not contain \(old)")
        return validProfile.replacingOccurrences(of: old, with: new)
    }

    @Test func validProfileHasNoFindings() throws {
        let document = try ProfileLoader.parse(Array(validProfile.utf8), path: "p.yaml")
        #expect(document.diagnostics.isEmpty)
        let profile = try #require(document.profile)
        #expect(profile.mailType == .transactional)
        #expect(profile.useCase.sending.dailyVolume == 1000)
        #expect(profile.regions == ["us-east-1"])
        #expect(profile.contactLanguage == .english)
    }

    @Test func unknownKeyWithSuggestion() throws {
        #expect(try findings(replacing("website_url:", with: "websit_url:")) == [
            "1:1 missing-field `website_url` is missing: The live https website of the business that sends the mail; reviewers open it.",
            "3:1 unknown-key unknown key `websit_url`; did you mean `website_url`?",
        ])
    }

    @Test func unknownNestedKeyWithSuggestion() throws {
        #expect(try findings(replacing("    rationale:", with: "    rational:")) == [
            "14:3 missing-field `use_case.sending.rationale` is missing: Why this volume and rate: users × frequency, current volume elsewhere, peaks, growth.",
            "17:5 unknown-key unknown key `use_case.sending.rational`; did you mean `use_case.sending.rationale`?",
        ])
    }

    @Test func unknownKeyWithoutCloseMatchListsTheKeys() throws {
        let result = try findings(validProfile + "\nfavourite_colour: blue\n")
        #expect(result == ["18:1 unknown-key unknown key `favourite_colour`; expected one of `version`, `mail_type`, `website_url`, `contact_language`, `additional_contacts`, `regions`, `use_case`, `compliance`, `lint`"])
    }

    @Test func duplicateKey() throws {
        #expect(try findings(validProfile + "\nmail_type: MARKETING\n") == [
            "18:1 duplicate-key duplicate key `mail_type` (first set at line 2); keep one",
        ])
    }

    @Test func wrongTypes() throws {
        #expect(try findings(replacing("daily_volume: 1000", with: "daily_volume: \"1000\"")) == [
            "15:19 wrong-type `use_case.sending.daily_volume` must be a whole number, found a string (remove the quotes around 1000)",
        ])
        #expect(try findings(replacing("regions: [us-east-1]", with: "regions: us-east-1")) == [
            "6:10 wrong-type `regions` must be a list (`[a, b]` or `- a` lines), found a string",
        ])
        #expect(try findings(replacing("  business: A shop.", with: "  business: [a, b]")) == [
            "8:13 wrong-type `use_case.business` must be text, found a list",
        ])
    }

    @Test func enumValues() throws {
        #expect(try findings(replacing("mail_type: TRANSACTIONAL", with: "mail_type: transactional")) == [
            "2:12 invalid-value `mail_type` cannot be `transactional`; did you mean `TRANSACTIONAL`?",
        ])
        #expect(try findings(replacing("contact_language: EN", with: "contact_language: FR")) == [
            "4:19 invalid-value `contact_language` cannot be `FR`; use one of EN, JA",
        ])
    }

    @Test(arguments: [
        ("shop.example.org", "it must be an absolute URL starting with https://"),
        ("ftp://shop.example.org", "it must be an absolute URL starting with https://"),
        ("https://", "it has no host name"),
        ("\"https://exa mple.org\"", "a URL cannot contain spaces"),
    ])
    func websiteURL(value: String, reason: String) throws {
        #expect(try findings(replacing("https://app.example-shop.io", with: value)) == [
            "3:14 invalid-url `website_url` is not a usable website URL: \(reason)",
        ])
    }

    @Test func websiteURLLengthLimit() throws {
        let long = "https://example-shop.io/" + String(repeating: "a", count: 977)
        #expect(try findings(replacing("https://app.example-shop.io", with: long)) == [
            "3:14 out-of-range `website_url` must be at most 1000 characters, has 1001 (1 too many)",
        ])
        let exact = "https://example-shop.io/" + String(repeating: "a", count: 976)
        #expect(try findings(replacing("https://app.example-shop.io", with: exact)).isEmpty)
    }

    @Test func additionalContacts() throws {
        let five = "[a1@ex.io, a2@ex.io, a3@ex.io, a4@ex.io, a5@ex.io]"
        #expect(try findings(replacing("[ops@example-shop.io]", with: five)) == [
            "5:63 out-of-range `additional_contacts` takes at most 4 items, has 5; remove 1",
        ])
        #expect(try findings(replacing("[ops@example-shop.io]", with: "[ops@local, a@b.c, x y@ex.io]")) == [
            "5:23 invalid-email `additional_contacts[0]` `ops@local` is not an email address: the domain `local` needs a dot and no empty parts",
            "5:34 out-of-range `additional_contacts[1]` must be at least 6 characters, has 5",
            "5:41 invalid-email `additional_contacts[2]` `x y@ex.io` is not an email address: an address cannot contain spaces",
        ])
        #expect(try findings(replacing("[ops@example-shop.io]", with: "[]")).isEmpty)
    }

    @Test func regions() throws {
        #expect(try findings(replacing("[us-east-1]", with: "[us-east-1, eu-west-9, US-EAST-1]")) == [
            "6:22 unknown-region `regions[1]` cannot be `eu-west-9`; did you mean `eu-west-1`?",
            "6:33 unknown-region `regions[2]` cannot be `US-EAST-1`; did you mean `us-east-1`?",
        ])
        #expect(try findings(replacing("[us-east-1]", with: "[mars-north-1]")) == [
            "6:11 unknown-region `regions[0]` cannot be `mars-north-1`; it is not a region where SES is offered",
        ])
    }

    @Test func volumesArePositiveWholeNumbers() throws {
        #expect(try findings(replacing("daily_volume: 1000", with: "daily_volume: 0")) == [
            "15:19 out-of-range `use_case.sending.daily_volume` must be at least 1, found 0",
        ])
        #expect(try findings(replacing("peak_per_second: 2", with: "peak_per_second: 2.5")) == [
            "16:22 wrong-type `use_case.sending.peak_per_second` must be a whole number, found a string",
        ])
    }

    @Test func hugeCountsAreOutOfRange() throws {
        #expect(try findings(replacing("daily_volume: 1000", with: "daily_volume: 99999999999999999999999")) == [
            "15:19 out-of-range `use_case.sending.daily_volume` 99999999999999999999999 is far too large for a count",
        ])
    }

    @Test func mergeKeysShareAnswersBetweenProfiles() throws {
        let text = """
        defaults: &defaults
          business: A shop.
          recipients: Customers.
        """
        // A merge key inside use_case brings in the anchored answers; the key's own answers win.
        let profile = validProfile
            .replacingOccurrences(of: "use_case:\n  business: A shop.\n  recipients: Customers.\n",
                                  with: "use_case:\n  <<: *defaults\n  recipients: Only customers.\n")
        let document = try ProfileLoader.parse(Array((text + "\n" + profile).utf8), path: "p.yaml")
        #expect(document.diagnostics.map(\.rule) == ["unknown-key"], "only the anchor's own top-level key is unknown")
        #expect(document.profile?.useCase.business == "A shop.")
        #expect(document.profile?.useCase.recipients == "Only customers.")
    }

    @Test func completeness() throws {
        #expect(try findings(replacing("  opt_out: Settings page.\n", with: "")) == [
            "7:1 missing-field `use_case.opt_out` is missing: How recipients unsubscribe or turn off optional mail, and how fast it takes effect.",
        ])
        #expect(try findings(replacing("  recipients: Customers.", with: "  recipients: \"   \"")) == [
            "9:15 missing-field `use_case.recipients` is blank: Who receives the mail and why each of them expects it.",
        ])
        #expect(try findings(replacing("  recipients: Customers.", with: "  recipients:")) == [
            "9:14 missing-field `use_case.recipients` is empty: Who receives the mail and why each of them expects it.",
        ])
    }

    @Test func unsupportedVersion() throws {
        #expect(try findings(replacing("version: 1", with: "version: 2")) == [
            "1:10 out-of-range `version` must be 1, found 2",
        ])
    }

    @Test func everyProblemIsReportedInOneRun() throws {
        let path = TestPaths.packageRoot.appendingPathComponent("examples/broken.yaml").path
        let document = try ProfileLoader.load(path: path)
        #expect(document.diagnostics.count == 14)
        #expect(Set(document.diagnostics.map(\.rule)) == [
            "missing-field", "unknown-key", "invalid-url", "invalid-value", "invalid-email", "out-of-range",
            "unknown-region", "duplicate-item", "wrong-type", "duplicate-key",
        ])
    }

    @Test func lintSettingsAreRead() throws {
        let text = validProfile + "\nlint:\n  disable: [content-missing]\n  severity: {placeholder: warning, website-not-https: off}\n"
        let profile = try #require(ProfileLoader.parse(Array(text.utf8), path: "p.yaml").profile)
        #expect(profile.lint.disabled == ["content-missing", "website-not-https"])
        #expect(profile.lint.severities == ["placeholder": .warning])
    }

    @Test func examplesValidate() throws {
        for name in ["saas-transactional", "newsletter-marketing", "ja-transactional", "ja-marketing"] {
            let path = TestPaths.packageRoot.appendingPathComponent("examples/\(name).yaml").path
            let document = try ProfileLoader.load(path: path)
            #expect(document.diagnostics.isEmpty, "\(name): \(document.diagnostics)")
            #expect(document.profile != nil)
        }
    }
}

@Suite("JSON Schema")
struct JSONSchemaTests {
    @Test func committedSchemaIsCurrent() throws {
        let url = TestPaths.packageRoot.appendingPathComponent("schema/profile.schema.json")
        let generated = JSONSchema.profile().serialized(pretty: true) + "\n"
        if ProcessInfo.processInfo.environment["SESAME_RECORD"] == "1" {
            try generated.write(to: url, atomically: true, encoding: .utf8)
        }
        let committed = try String(contentsOf: url, encoding: .utf8)
        #expect(committed == generated, "schema/profile.schema.json is stale: run `sesame schema > schema/profile.schema.json`")
    }

    @Test func examplesPointEditorsAtTheSchema() throws {
        for name in ["saas-transactional", "newsletter-marketing", "ja-transactional", "ja-marketing", "broken"] {
            let text = try String(contentsOf: TestPaths.packageRoot.appendingPathComponent("examples/\(name).yaml"), encoding: .utf8)
            #expect(text.hasPrefix("# yaml-language-server: $schema=../schema/profile.schema.json\n"))
        }
    }
}

@Suite("Files")
struct FileIOTests {
    @Test func atomicWriteReplacesAndLeavesNoTemporaryFile() throws {
        let folder = try TestPaths.temporaryFolder()
        let path = folder.appendingPathComponent("p.yaml").path
        try FileIO.writeAtomically(Array("one".utf8), to: path)
        try FileIO.writeAtomically(Array("two".utf8), to: path)
        #expect(try FileIO.read(path) == Array("two".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["p.yaml"])
    }

    @Test func atomicWriteIntoAMissingFolderFailsCleanly() {
        #expect(throws: FileError.self) { try FileIO.writeAtomically([1], to: "/nonexistent-folder/p.yaml") }
    }

    @Test func readRefusesOversizeFilesBeforeReading() throws {
        let folder = try TestPaths.temporaryFolder()
        let path = folder.appendingPathComponent("big.yaml").path
        try Data(count: 2000).write(to: URL(fileURLWithPath: path))
        #expect(throws: FileError(path: path, reason: FileMessages.overLimit(size: 2000, limit: 1000), oversize: 2000)) {
            try FileIO.read(path, limit: 1000)
        }
        #expect(throws: FileError(path: folder.path, reason: FileMessages.isDirectory)) { try FileIO.read(folder.path) }
    }
}

@Suite("Profile validation in Japanese")
struct ProfileValidatorJapaneseTests {
    @Test func messagesFollowTheLanguageAndKeepTheirPlaceAndRule() throws {
        let text = validProfile.replacingOccurrences(of: "daily_volume: 1000", with: "daily_volume: \"1000\"")
            .replacingOccurrences(of: "website_url:", with: "websit_url:")
        let english = try ProfileLoader.parse(Array(text.utf8), path: "p.yaml").diagnostics
        let japanese = try ProfileLoader.parse(Array(text.utf8), path: "p.yaml", language: .ja).diagnostics
        #expect(japanese.map(\.location) == english.map(\.location))
        #expect(japanese.map(\.rule) == english.map(\.rule))
        #expect(japanese.map(\.message) == [
            "`website_url` がありません。メールを送る事業の、公開中の https のウェブサイトです。審査担当者が実際に開きます。",
            "不明なキー `websit_url` です。`website_url` の誤りではありませんか？",
            "`use_case.sending.daily_volume` には整数を書いてください(現在は文字列)。1000 を囲む引用符を外してください。",
        ])
    }

    @Test func yamlErrorsInJapanese() throws {
        do {
            _ = try ProfileLoader.parse(Array("use_case:\n\tbusiness: x\n".utf8), path: "p.yaml", language: .ja)
            Issue.record("a tab must not parse")
        } catch {
            #expect(error.diagnostic(in: .ja)?.message == "YAML の構文エラーです: トークンの先頭に使えない文字があります(2 行 1 列目からの次のトークンの読み取り中)。ここはタブ文字です。YAML のインデントには空白だけを使います。")
        }
    }
}
