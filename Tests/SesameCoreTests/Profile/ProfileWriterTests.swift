import Foundation
import Testing
import TestSupport
@testable import SesameCore

@Suite("Profile writer")
struct ProfileWriterTests {
    private func roundTrip(_ profile: Profile) throws -> ProfileDocument {
        let text = try ProfileWriter.yaml(for: profile)
        return try ProfileLoader.parse(Array(text.utf8), path: "w.yaml")
    }

    @Test func examplesRoundTrip() throws {
        for name in ["saas-transactional", "newsletter-marketing", "ja-transactional", "ja-marketing"] {
            let original = try #require(ProfileLoader.load(path: TestPaths.packageRoot.appendingPathComponent("examples/\(name).yaml").path).profile)
            let reread = try roundTrip(original)
            #expect(reread.diagnostics.isEmpty)
            #expect(reread.profile == original)
        }
    }

    @Test func awkwardTextIsQuotedAndEscaped() throws {
        let awkward = [
            "5000", "true", "no", "null", "~", "0x1F", "key: value", "# not a comment", "- not a list",
            "\"quoted\" and 'single'", "tab\there", "  leading spaces", "trailing space ", "line one\nline two\n",
            "バウンス通知: SNS経由で受け取ります。", "{{placeholder}}", "[Company Name]", "&anchor *alias !tag %directive @at `tick`",
            "multi\n\n  indented\nlines", "\u{1F4E7} emoji", "crlf\r\nline",
        ]
        for text in awkward {
            let profile = Profile(
                mailType: .marketing, websiteURL: "https://x.example.org",
                useCase: UseCase(business: text, recipients: "r", listAcquisition: "l", bounceHandling: "b",
                                 complaintHandling: "c", optOut: "o", sending: Sending(dailyVolume: 10, peakPerSecond: 1, rationale: "x"))
            )
            let reread = try roundTrip(profile)
            #expect(reread.profile?.useCase.business == text, "round trip of \(text.debugDescription)")
        }
    }

    @Test func outputStartsWithTheHeaderAndKeepsKeyOrder() throws {
        let profile = try #require(ProfileLoader.load(path: TestPaths.packageRoot.appendingPathComponent("examples/saas-transactional.yaml").path).profile)
        let text = try ProfileWriter.yaml(for: profile)
        #expect(text.hasPrefix("# An Amazon SES production-access request, written by sesame.\n# Check it with"))
        let keys = text.split(separator: "\n").filter { !$0.hasPrefix(" ") && !$0.hasPrefix("#") }.map { $0.split(separator: ":")[0] }
        #expect(keys == ["version", "mail_type", "website_url", "contact_language", "additional_contacts", "regions", "use_case"])
    }

    @Test func writesAtomically() throws {
        let folder = try TestPaths.temporaryFolder()
        let path = folder.appendingPathComponent("profile.yaml").path
        let profile = try #require(ProfileLoader.load(path: TestPaths.packageRoot.appendingPathComponent("examples/ja-transactional.yaml").path).profile)
        try ProfileWriter.write(profile, to: path)
        #expect(try ProfileLoader.load(path: path).profile == profile)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["profile.yaml"])
    }
}
