import Foundation
import Testing
import TestSupport

/// Each command's Japanese output for a representative case, compared with a transcript under
/// `Fixtures/ja/` (standard output, then standard error, then the exit status), so that a
/// reviewer reads the Japanese as a user sees it. `SESAME_RECORD=1` rewrites the transcripts.
/// `validate` (`validate-broken.ja.txt`), `reply` (the reply goldens), `status`
/// (`aJapaneseTableNamesTheRegionsAndLinesUpByTerminalColumns`) and `render`'s request text
/// (`Render/Golden/*.ja.txt`) have their own.
@Suite struct JapaneseGoldenTests {
    private static let folder = TestPaths.packageRoot.appendingPathComponent("Tests/SesameCLITests/Fixtures/ja")

    private var japanese: InProcessSesame {
        var sesame = InProcessSesame()
        sesame.environment["LANG"] = "ja_JP.UTF-8"
        return sesame
    }

    private func expectTranscript(_ name: String, _ arguments: [String], _ result: InProcessResult) throws {
        var transcript = "$ sesame \(arguments.joined(separator: " "))\n" + result.stdout
        if !result.stderr.isEmpty { transcript += "[standard error]\n" + result.stderr }
        transcript += "[exit \(result.status)]\n"
        let url = Self.folder.appendingPathComponent("\(name).txt")
        if ProcessInfo.processInfo.environment["SESAME_RECORD"] == "1" {
            try transcript.write(to: url, atomically: true, encoding: .utf8)
        }
        #expect(transcript == (try String(contentsOf: url, encoding: .utf8)), "\(name)")
    }

    private func run(_ sesame: InProcessSesame, _ name: String, _ arguments: [String], input: String = "") async throws {
        try expectTranscript(name, arguments, await sesame.run(arguments, input: input))
    }

    @Test func lintADraftAndAProfile() async throws {
        try await run(japanese, "lint-draft", ["lint", "Tests/SesameCLITests/Fixtures/ja/weak-draft.txt"])
        try await run(japanese, "lint-profile", ["lint", "examples/ja-transactional.yaml", "examples/ja-marketing.yaml"])
        try await run(japanese, "lint-list-rules", ["lint", "--list-rules"])
    }

    @Test func renderWithItsNote() async throws {
        try await run(japanese, "render", ["render", "examples/saas-transactional.yaml", "--lang", "ja"])
    }

    @Test func submitAndItsDryRun() async throws {
        let aws = FakeSES()
        aws.setAccount("ap-northeast-1", .init(productionAccess: true, reviewStatus: "GRANTED", caseID: "42"))
        var sesame = InProcessSesame.aws(aws)
        sesame.environment["LANG"] = "ja_JP.UTF-8"
        try await run(sesame, "submit", ["submit", "examples/ja-marketing.yaml", "--region", "ap-northeast-1", "--region", "ap-northeast-3", "--yes"])
        let dryRun = await sesame.run(["submit", "examples/ja-marketing.yaml", "--dry-run"])
        #expect(dryRun.status == 0)
        #expect(dryRun.stdout.hasPrefix("> POST https://email.ap-northeast-1.amazonaws.com/v2/email/account/details"))
        try expectTranscript("submit-dry-run", ["submit", "examples/ja-marketing.yaml", "--dry-run"],
                             InProcessResult(status: dryRun.status, stdout: "", stderr: dryRun.stderr))
    }

    @Test func validateWhatAnIMETyped() async throws {
        try await run(japanese, "validate-ime-typed", ["validate", "Tests/SesameCLITests/Fixtures/ja/ime-typed.yaml"])
    }
}
