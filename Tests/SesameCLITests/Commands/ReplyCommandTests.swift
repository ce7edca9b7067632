import Foundation
import Testing
import TestSupport

/// `sesame reply` end to end: the real binary; `--send` against the emulator's Support API.
@Suite("sesame reply")
struct ReplyCommandTests {
    private let messages = "Tests/SesameCoreTests/Fixtures/reply/messages"
    private let golden = TestPaths.packageRoot.appendingPathComponent("Tests/SesameCoreTests/Fixtures/reply/golden")
    private let pasteHint = "sesame: paste the reply into the case in the AWS Support Center (https://console.aws.amazon.com/support/home#/case/history), or add it with --send --case ID when the account has a Business or Enterprise support plan\n"

    private func sesame(_ emulator: EmulatorProcess?, _ arguments: [String], stdin: String? = nil) throws -> CommandResult {
        try CommandRunner.sesame(arguments, environment: emulator?.sesameEnvironment ?? [:], stdin: stdin)
    }

    @Test func answersTheReviewerFromTheProfile() throws {
        let result = try sesame(nil, ["reply", "examples/saas-transactional.yaml", "--message", "\(messages)/aws-en-four-questions.txt"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == (try String(contentsOf: golden.appendingPathComponent("aws-en-four-questions.en.txt"), encoding: .utf8)))
        #expect(result.stderr == pasteHint)
    }

    @Test func theMessageComesFromStandardInputAndSetsTheLanguage() throws {
        let message = try String(contentsOf: TestPaths.packageRoot.appendingPathComponent("\(messages)/aws-ja-five-items.txt"), encoding: .utf8)
        let result = try sesame(nil, ["reply", "examples/ja-transactional.yaml", "--message", "-"], stdin: message)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == (try String(contentsOf: golden.appendingPathComponent("aws-ja-five-items.ja.txt"), encoding: .utf8)))
        let english = try sesame(nil, ["reply", "examples/ja-transactional.yaml", "--message", "-", "--lang", "en"], stdin: message)
        #expect(english.stdout == (try String(contentsOf: golden.appendingPathComponent("aws-ja-five-items.en.txt"), encoding: .utf8)))
    }

    @Test func whatTheProfileCannotAnswerIsAskedBackWithExit1() throws {
        let result = try sesame(nil, ["reply", "examples/newsletter-marketing.yaml", "--message", "\(messages)/aws-en-paragraphs.txt"])
        #expect(result.status == 1)
        #expect(result.stdout == (try String(contentsOf: golden.appendingPathComponent("aws-en-paragraphs.en.txt"), encoding: .utf8)))
        #expect(result.stderr == "sesame: line 7: the reviewer asks “Also, please let us know whether you plan to send email on behalf of third parties.”, and nothing in the profile is about it: write the answer into the reply yourself before you send it.\n")
        let japanese = try CommandRunner.sesame(["reply", "examples/newsletter-marketing.yaml", "--message", "\(messages)/aws-en-paragraphs.txt"],
                                                environment: ["LANG": "ja_JP.UTF-8"])
        #expect(japanese.stderr.hasPrefix("sesame: 7 行目：レビュー担当者の質問「Also, please let us know"))
    }

    @Test func jsonGivesTheAnswersByTopic() throws {
        let result = try sesame(nil, ["reply", "examples/saas-transactional.yaml", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["language"] as? String == "en")
        #expect(json["complete"] as? Bool == true)
        let answers = try #require(json["answers"] as? [String: String])
        #expect(Set(answers.keys) == ["list-acquisition", "bounce-handling", "complaint-handling", "opt-out", "sending-volume"])
        #expect(answers["sending-volume"]?.hasPrefix("We expect to send up to 12,000 messages a day") == true)
        #expect((json["reply"] as? String)?.hasPrefix("Hello,\n\nThank you for reviewing") == true)
        #expect((json["open_questions"] as? [Any])?.isEmpty == true)
    }

    @Test func unusableInputExits2() throws {
        let missing = try sesame(nil, ["reply", "examples/saas-transactional.yaml", "--message", "/nonexistent/reviewer.txt"])
        #expect(missing.status == 2)
        #expect(missing.stderr.hasPrefix("sesame: cannot read the reviewer's message /nonexistent/reviewer.txt: "))
        let binary = try sesame(nil, ["reply", "examples/saas-transactional.yaml", "--message", "-"], stdin: "\u{0}\u{1}\u{2}")
        #expect(binary.status == 2)
        #expect(binary.stderr == "sesame: -: the reviewer's message is not UTF-8 text; paste it into a plain text file\n")
        let usage = try sesame(nil, ["reply", "examples/saas-transactional.yaml", "--send"])
        #expect(usage.status == 2)
        #expect(usage.stderr.contains("--send needs --case ID"))
        let broken = try sesame(nil, ["reply", "examples/broken.yaml"])
        #expect(broken.status == 1)
    }

    /// Submits in us-east-1 and returns the review's case number, as `status` shows it.
    private func submittedCase(_ emulator: EmulatorProcess) async throws -> String {
        let submit = try sesame(emulator, ["submit", "examples/saas-transactional.yaml", "--region", "us-east-1", "--yes"])
        #expect(submit.status == 0, "\(submit.stderr)")
        let account = try await emulator.account(region: "us-east-1")
        return try #require((account["review"] as? [String: Any])?["case_id"] as? String)
    }

    private func communications(_ emulator: EmulatorProcess) async throws -> [String] {
        let cases = try JSONSerialization.jsonObject(with: try await emulator.control("GET", "cases")) as? [String: [[String: Any]]]
        return (cases?["cases"] ?? []).flatMap { ($0["communications"] as? [[String: Any]] ?? []).compactMap { $0["body"] as? String } }
    }

    @Test func sendAddsTheReplyToTheReviewCase() async throws {
        let emulator = try EmulatorProcess()
        let caseNumber = try await submittedCase(emulator)
        let result = try sesame(emulator, ["reply", "examples/saas-transactional.yaml", "--message", "\(messages)/aws-en-four-questions.txt",
                                           "--send", "--case", caseNumber, "--yes"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "sesame: the reply was added to case \(caseNumber); AWS answers on the case, and `sesame status --watch` waits for the decision\n")
        #expect(try await communications(emulator) == [String(result.stdout.dropLast())])
        let operations = try await emulator.requests().compactMap(\.operation).filter { $0 != "GetAccount" && $0 != "PutAccountDetails" }
        #expect(operations == ["DescribeCases", "AddCommunicationToCase"])
    }

    @Test func withoutASupportPlanItSaysWhereToPaste() async throws {
        let emulator = try EmulatorProcess()
        let caseNumber = try await submittedCase(emulator)
        try await emulator.putSettings(json: #"{"support_subscription":false}"#)
        let result = try sesame(emulator, ["reply", "examples/saas-transactional.yaml", "--send", "--case", caseNumber, "--yes"])
        #expect(result.status == 1)
        #expect(result.stderr == "sesame: this account has no Business or Enterprise support plan, so the Support API cannot add the reply (SubscriptionRequiredException); paste it into case \(caseNumber) in the AWS Support Center: https://console.aws.amazon.com/support/home#/case/history\n")
        #expect(try await communications(emulator).isEmpty)
    }

    @Test func nothingIsSentWithoutConfirmationOrWithOpenQuestions() async throws {
        let emulator = try EmulatorProcess()
        let caseNumber = try await submittedCase(emulator)
        let unconfirmed = try sesame(emulator, ["reply", "examples/saas-transactional.yaml", "--send", "--case", caseNumber])
        #expect(unconfirmed.status == 2)
        #expect(unconfirmed.stderr == "sesame: not sending without confirmation: there is no terminal to ask on; pass --yes\n")
        let open = try sesame(emulator, ["reply", "examples/newsletter-marketing.yaml", "--message", "\(messages)/aws-en-paragraphs.txt",
                                         "--send", "--case", caseNumber, "--yes"])
        #expect(open.status == 1)
        #expect(open.stderr.hasSuffix("sesame: the reply was not sent; answer the questions above first\n"))
        let unknown = try sesame(emulator, ["reply", "examples/saas-transactional.yaml", "--send", "--case", "999", "--yes"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "sesame: this account has no support case 999; check the number with `sesame status` (the review's case) or pass the case-… id\n")
        #expect(try await communications(emulator).isEmpty)
    }
}
