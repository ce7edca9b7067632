import Foundation
import Testing
import TestSupport

private func golden(_ name: String) throws -> String {
    try String(contentsOf: TestPaths.packageRoot.appendingPathComponent("Tests/SesameCoreTests/Render/Golden/\(name)"), encoding: .utf8)
}

@Suite("sesame render")
struct RenderCommandTests {
    @Test func rendersInTheProfilesContactLanguage() throws {
        let english = try CommandRunner.sesame(["render", "examples/saas-transactional.yaml"])
        #expect(english.status == 0)
        #expect(english.stdout == (try golden("saas-transactional.en.txt")))
        #expect(english.stderr.isEmpty)
        let japanese = try CommandRunner.sesame(["render", "examples/ja-transactional.yaml"])
        #expect(japanese.stdout == (try golden("ja-transactional.ja.txt")))
    }

    @Test func langOverridesAndNotesTheMismatch() throws {
        let result = try CommandRunner.sesame(["render", "examples/ja-transactional.yaml", "--lang", "en"])
        #expect(result.status == 0)
        #expect(result.stdout == (try golden("ja-transactional.en.txt")))
        #expect(result.stderr == "sesame: note: the answers in examples/ja-transactional.yaml are mostly in Japanese, the headings will be in English\n")
    }

    @Test func jsonIsThePutAccountDetailsBody() throws {
        let result = try CommandRunner.sesame(["render", "examples/newsletter-marketing.yaml", "--format", "json"])
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["MailType"] as? String == "MARKETING")
        #expect(json["UseCaseDescription"] as? String == (try golden("newsletter-marketing.en.txt")).dropLast().description)
        #expect(json["ProductionAccessEnabled"] as? Bool == true)
        #expect(result.stdout.hasPrefix("{\n  \"MailType\": \"MARKETING\",\n  \"WebsiteURL\": \"https://harborlanebooks.co.uk\",\n  \"ContactLanguage\": \"EN\",\n  \"UseCaseDescription\": "))
    }

    @Test func customTemplateFromAFile() throws {
        let folder = try TestPaths.temporaryFolder()
        let template = folder.appendingPathComponent("mine.mustache")
        try "Mail type: {{mail_type}}\nSite: {{website_url}}\nVolume: {{sending.daily_volume_text}}\n".write(to: template, atomically: true, encoding: .utf8)
        let result = try CommandRunner.sesame(["render", "examples/saas-transactional.yaml", "--template", template.path])
        #expect(result.status == 0)
        #expect(result.stdout == "Mail type: TRANSACTIONAL\nSite: https://app.tallyledger.io\nVolume: 12,000\n")
    }

    @Test func unknownTemplateVariableExitsTwo() throws {
        let folder = try TestPaths.temporaryFolder()
        let template = folder.appendingPathComponent("bad.mustache")
        try "Hello\n{{website}}\n".write(to: template, atomically: true, encoding: .utf8)
        let result = try CommandRunner.sesame(["render", "examples/saas-transactional.yaml", "--template", template.path])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "sesame: \(template.path):2:1: error: unknown variable `website`; did you mean `website_url`?\n")
    }

    @Test func overTheLimitExitsOneAndSaysByHowMuch() throws {
        let folder = try TestPaths.temporaryFolder()
        var text = try String(contentsOf: TestPaths.packageRoot.appendingPathComponent("examples/ja-transactional.yaml"), encoding: .utf8)
        text = text.replacingOccurrences(of: "  content: >-\n", with: "  content: >-\n    \(String(repeating: "長", count: 4000))\n")
        let path = folder.appendingPathComponent("long.yaml")
        try text.write(to: path, atomically: true, encoding: .utf8)
        let result = try CommandRunner.sesame(["render", path.path], environment: ["LANG": "en_US.UTF-8"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("sesame: \(path.path):8:1: error: the rendered use-case description is 5"))
        #expect(result.stderr.contains("over the 5000-character limit of UseCaseDescription; shorten the longest answers: `use_case.content` (4"))
        // Without a locale, a Japanese profile's contact_language chooses the language.
        let japanese = try CommandRunner.sesame(["render", path.path])
        #expect(japanese.status == 1)
        #expect(japanese.stderr.hasPrefix("sesame: \(path.path):8:1: error: 生成したユースケースの説明は 5"))
        #expect(japanese.stderr.contains("長い回答から短くしてください: `use_case.content`(4"))
    }

    @Test func invalidProfileExitsOneWithItsDiagnostics() throws {
        let result = try CommandRunner.sesame(["render", "examples/broken.yaml"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("examples/broken.yaml:3:1: error: `mail_type` is missing"))
        #expect(result.stderr.hasSuffix("sesame: examples/broken.yaml is not a valid profile; fix the errors above (`sesame validate examples/broken.yaml`)\n"))
    }
}
