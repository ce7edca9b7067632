import Foundation
import Testing
import TestSupport
@testable import SesameCore

private func example(_ name: String) throws -> Profile {
    try #require(ProfileLoader.load(path: TestPaths.packageRoot.appendingPathComponent("examples/\(name).yaml").path).profile)
}

private let goldenFolder = TestPaths.packageRoot.appendingPathComponent("Tests/SesameCoreTests/Render/Golden")

@Suite("Rendering")
struct RenderTests {
    @Test(arguments: ["saas-transactional", "newsletter-marketing", "ja-transactional", "ja-marketing"], Language.allCases)
    func goldenDescriptions(name: String, language: Language) throws {
        let text = try RequestRenderer.useCaseDescription(for: try example(name), language: language) + "\n"
        let url = goldenFolder.appendingPathComponent("\(name).\(language.rawValue).txt")
        if ProcessInfo.processInfo.environment["SESAME_RECORD"] == "1" {
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        #expect(text == (try String(contentsOf: url, encoding: .utf8)))
    }

    @Test func outputIsNormalised() throws {
        for name in ["saas-transactional", "newsletter-marketing", "ja-transactional", "ja-marketing"] {
            for language in Language.allCases {
                let text = try RequestRenderer.useCaseDescription(for: try example(name), language: language)
                #expect(!text.contains("\n\n\n"))
                #expect(!text.contains(" \n"))
                #expect(!text.hasSuffix("\n") && !text.hasPrefix("\n"))
                #expect(!text.contains("\r"))
            }
        }
    }

    @Test(arguments: [
        ("plain", "plain"),
        ("\n\n  \nfirst \t\r\nsecond\rthird\n", "first\nsecond\nthird"),
        ("a\n\n\n \t\n\nb\r\n\r\n\r\nc", "a\n\nb\n\nc"),
        ("a\r\r\nb", "a\n\nb"),
        ("日本語 \u{3000}\n\u{301} \nx \u{301}", "日本語 \u{3000}\n\u{301}\nx \u{301}"),
        ("", ""),
        (" \r\n\t", ""),
    ])
    func normalisesLineEndsSpacesAndBlankLines(text: String, expected: String) {
        #expect(RequestRenderer.normalize(text).unicodeScalars.elementsEqual(expected.unicodeScalars))
    }

    @Test func optionalContentLeavesNoEmptyHeading() throws {
        var profile = try example("saas-transactional")
        profile.useCase.content = nil
        let english = try RequestRenderer.useCaseDescription(for: profile, language: .en)
        #expect(!english.contains("8. What our messages contain"))
        #expect(english.hasSuffix("to cover a year of growth and month-end peaks."))
        profile.useCase.content = "   "
        let japanese = try RequestRenderer.useCaseDescription(for: profile, language: .ja)
        #expect(!japanese.contains("8. 送信するメールの内容"))
    }

    @Test func foldedJapaneseLosesTheFoldSpaces() {
        #expect("スクールです。 生徒数は".removingSpacesBetweenJapanese == "スクールです。生徒数は")
        #expect("SNS 経由で Amazon SES を".removingSpacesBetweenJapanese == "SNS 経由で Amazon SES を")
        #expect("見込み、 1日3,000通。 Amazon".removingSpacesBetweenJapanese == "見込み、1日3,000通。Amazon")
    }

    @Test func jsonBodyFieldByField() throws {
        let profile = try example("saas-transactional")
        let description = try RequestRenderer.useCaseDescription(for: profile, language: .en)
        let bytes = AccountDetailsRequest.bytes(for: profile, useCaseDescription: description)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        #expect(Set(json.keys) == ["MailType", "WebsiteURL", "ContactLanguage", "UseCaseDescription",
                                   "AdditionalContactEmailAddresses", "ProductionAccessEnabled"])
        #expect(json["MailType"] as? String == "TRANSACTIONAL")
        #expect(json["WebsiteURL"] as? String == "https://app.tallyledger.io")
        #expect(json["ContactLanguage"] as? String == "EN")
        #expect(json["UseCaseDescription"] as? String == description)
        #expect(json["AdditionalContactEmailAddresses"] as? [String] == ["ops@tallyledger.io", "cto@tallyledger.io"])
        #expect(json["ProductionAccessEnabled"] as? Bool == true)
    }

    @Test func noContactsMeansNoContactsMember() throws {
        var profile = try example("ja-transactional")
        profile.additionalContacts = []
        let bytes = AccountDetailsRequest.bytes(for: profile, useCaseDescription: "x")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        #expect(json["AdditionalContactEmailAddresses"] == nil)
        #expect(json["ContactLanguage"] as? String == "JA")
    }

    /// A profile whose English description renders to exactly `length` scalars, padded with kanji.
    private func profile(renderingTo length: Int) throws -> Profile {
        var profile = try example("saas-transactional")
        profile.useCase.content = "字"
        let base = try RequestRenderer.useCaseDescription(for: profile, language: .en).unicodeScalars.count
        profile.useCase.content = String(repeating: "字", count: 1 + length - base)
        return profile
    }

    @Test(arguments: [4999, 5000])
    func descriptionsUpToTheLimitRender(length: Int) throws {
        let text = try RequestRenderer.useCaseDescription(for: try profile(renderingTo: length), language: .en)
        #expect(text.unicodeScalars.count == length)
        #expect(text.utf8.count > length * 1, "multi-byte text counts characters, not bytes")
    }

    @Test func oneOverTheLimitIsRefusedWithTheLongestSections() throws {
        let profile = try profile(renderingTo: 5001)
        do {
            _ = try RequestRenderer.useCaseDescription(for: profile, language: .en)
            Issue.record("expected the description to be refused")
        } catch {
            guard case let .tooLong(report) = error else { Issue.record("wrong error \(error)"); return }
            #expect(report.length == 5001)
            #expect(report.message(in: .en).hasPrefix("the rendered use-case description is 5001 characters, 1 over the 5000-character limit of UseCaseDescription; shorten the longest answers: `use_case.content` ("))
            #expect(report.message(in: .ja).hasPrefix("生成したユースケースの説明は 5001 文字で、UseCaseDescription の上限 5000 文字を 1 文字超えています。長い回答から短くしてください: `use_case.content`("))
        }
    }

    @Test func customTemplate() throws {
        let template = try RequestTemplate(source: "{{business}}\n\n\n{{#is_marketing}}M{{/is_marketing}}{{^is_marketing}}T{{/is_marketing}} {{sending.daily_volume_text}}/day   \n{{#sending}}{{peak_per_second}}/s{{/sending}} <&>\n", origin: "t.mustache")
        let text = try RequestRenderer.useCaseDescription(for: try example("saas-transactional"), language: .en, template: template)
        #expect(text == "Tally Ledger is a bookkeeping web app for freelancers and small agencies in the US and Europe. About 3,200 businesses pay for it monthly; we are a team of nine based in Lisbon.\n\nT 12,000/day\n10/s <&>")
    }

    @Test func unknownVariableIsAClearError() {
        #expect(throws: RenderError.self) { try RequestTemplate(source: "ok\n  {{bussiness}}", origin: "t.mustache") }
        do {
            _ = try RequestTemplate(source: "ok\n  {{bussiness}}", origin: "t.mustache")
        } catch {
            #expect(error.message(in: .en) == "t.mustache:2:3: error: unknown variable `bussiness`; did you mean `business`?")
            #expect(error.message(in: .ja) == "t.mustache:2:3: error: 不明な変数 `bussiness` です。`business` の誤りではありませんか？")
        }
        do {
            _ = try RequestTemplate(source: "{{#sending}}{{volume}}{{/sending}}", origin: "t.mustache")
        } catch {
            #expect(error.message(in: .en) == "t.mustache:1:13: error: unknown variable `volume`; the variables are listed in the README under `sesame render`")
        }
    }

    @Test func templateSyntaxErrorsHaveAPlace() {
        do {
            _ = try RequestTemplate(source: "line\n{{#business}}text{{/recipients}}", origin: "t.mustache")
            Issue.record("expected an error")
        } catch {
            #expect(error.message(in: .en).hasPrefix("t.mustache:2:"))
            #expect(error.message(in: .en).contains("closed with a different name"))
            #expect(error.message(in: .ja).hasSuffix("error: テンプレートの構文エラー: セクションが開いたときと違う名前で閉じられています"))
        }
    }

    @Test func supportCaseBody() throws {
        let text = try RequestRenderer.supportCase(for: try example("saas-transactional"), language: .en)
        #expect(text.subject == "Amazon SES production access request (us-east-1, eu-west-1)")
        #expect(text.body.hasPrefix("Hello,\n\nPlease move our Amazon SES account out of the sandbox in these regions: us-east-1, eu-west-1.\n\nMail type: TRANSACTIONAL\nWebsite: https://app.tallyledger.io\nPreferred contact language: English\nAdditional contacts: ops@tallyledger.io, cto@tallyledger.io\nRequested daily sending quota: 12,000 messages\n"))
        #expect(text.body.contains(try RequestRenderer.useCaseDescription(for: try example("saas-transactional"), language: .en)))
        let japanese = try RequestRenderer.supportCase(for: try example("ja-transactional"), language: .ja)
        #expect(japanese.body.contains("希望する送信クォータ: 24 時間あたり 3,000 通"))
    }

    @Test func embeddedTemplatesMatchTheFiles() throws {
        let folder = TestPaths.packageRoot.appendingPathComponent("templates")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".mustache") }
        #expect(Set(files.map { String($0.dropLast(".mustache".count)) }) == Set(EmbeddedTemplates.all.keys))
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            #expect(EmbeddedTemplates.all[String(file.dropLast(".mustache".count))] == text,
                    "templates/\(file) changed: run scripts/embed-templates")
        }
    }

    @Test func everyBuiltInTemplateUsesOnlyDocumentedVariables() throws {
        #expect(throws: RenderError.self) { try RequestTemplate(source: "{{#answers}}{{question}}{{/answers}}", origin: "t") }
        for (name, source) in EmbeddedTemplates.all {
            let kind = try #require(TemplateKind(rawValue: String(name.prefix { $0 != "." })))
            #expect(throws: Never.self, "\(name)") { try RequestTemplate(source: source, origin: name, kind: kind) }
        }
    }
}

@Suite("Rendering in Japanese")
struct JapaneseRenderTests {
    @Test func supportCaseClosesOnceAndNamesTheMailTypeInWords() throws {
        let profile = try example("ja-transactional")
        let text = try RequestRenderer.supportCase(for: profile, language: .ja)
        #expect(text.subject == "Amazon SES 本番アクセス(サンドボックス解除)の申請: ap-northeast-1(東京)")
        #expect(text.body.contains("メールの種類: トランザクション (TRANSACTIONAL)\n"))
        #expect(text.body.contains("対象リージョン: ap-northeast-1(東京)\n"))
        #expect(text.body.contains("希望する送信クォータ: 24 時間あたり 3,000 通\n希望する最大送信レート: 毎秒 5 通\n"))
        #expect(text.body.components(separatedBy: "よろしくお願いいたします").count == 2)
        #expect(text.body.hasSuffix("ご確認のほど、よろしくお願いいたします。"))
    }

    @Test func theOpeningDoesNotStartWithTheURL() throws {
        let text = try RequestRenderer.useCaseDescription(for: try example("ja-transactional"), language: .ja)
        #expect(text.hasPrefix("当社が運営するサービス(https://midori-eikaiwa.jp)から"))
        #expect(text.contains("送信クォータは 24 時間あたり 3,000 通、最大送信レートは毎秒 5 通を希望します。"))
    }

    @Test func brokenJapaneseLinesAreJoinedAndParagraphsKept() {
        #expect("メールを\n送ります。".joiningBrokenJapaneseLines == "メールを送ります。")
        #expect("送ります。\n次に".joiningBrokenJapaneseLines == "送ります。\n次に")
        #expect("項目:\n・注文確認\n・請求".joiningBrokenJapaneseLines == "項目:\n・注文確認\n・請求")
        #expect("一段落目です\n\n二段落目".joiningBrokenJapaneseLines == "一段落目です\n\n二段落目")
        #expect("We send\nreceipts".joiningBrokenJapaneseLines == "We send\nreceipts")
        #expect("Amazon SES で\n送信".joiningBrokenJapaneseLines == "Amazon SES で送信")
    }
}
