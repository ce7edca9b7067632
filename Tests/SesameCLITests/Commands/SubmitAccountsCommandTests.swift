import Foundation
import Testing
import TestSupport

/// `submit --accounts`, `submit --all-regions` and `doctor --all-regions` end to end: the real
/// binary against the emulator, which answers per account for the assumed roles; the one
/// question asked on a real (pseudo-)terminal.
@Suite("sesame submit and doctor: accounts, all regions")
struct SubmitAccountsCommandTests {
    private let profile = "examples/saas-transactional.yaml"

    private func sesame(_ emulator: EmulatorProcess, _ arguments: [String]) throws -> CommandResult {
        try CommandRunner.sesame(arguments, environment: emulator.sesameEnvironment, timeout: 60)
    }

    /// Three accounts: one with a review pending in eu-west-1, one already in production in
    /// us-east-1, and one whose role cannot be assumed (it needs MFA).
    private func threeAccounts(_ emulator: EmulatorProcess) async throws -> String {
        try await emulator.putAccount("111122223333", region: "eu-west-1", json: #"{"review":{"status":"PENDING","case_id":"55"}}"#)
        try await emulator.putAccount("444455556666", region: "us-east-1", json: #"{"production_access":true}"#)
        try await emulator.putMFARoles(json: #"[{"role_arn":"arn:aws:iam::777788889999:role/Locked","serial_number":"arn:aws:iam::777788889999:mfa/x","token_code":"1"}]"#)
        let file = try TestPaths.temporaryFolder().appendingPathComponent("accounts.yaml").path
        try """
            - id: "111122223333"
            - id: "444455556666"
            - id: "777788889999"
              role: Locked
            """.write(toFile: file, atomically: true, encoding: .utf8)
        return file
    }

    /// (account, region) of every PutAccountDetails the emulator received.
    private func submissions(_ emulator: EmulatorProcess) async throws -> Set<String> {
        Set(try await emulator.requests().filter { $0.operation == "PutAccountDetails" }.map { "\($0.account ?? "") \($0.region ?? "")" })
    }

    @Test func submitsWhereStillNeededAndReportsEveryAccount() async throws {
        let emulator = try EmulatorProcess()
        let file = try await threeAccounts(emulator)
        let result = try sesame(emulator, ["submit", profile, "--accounts", file, "--region", "us-east-1", "--region", "eu-west-1", "--yes"])
        #expect(result.status == 3, "the locked account's role fails: \(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 5)
        #expect(lines[0].hasPrefix("111122223333 us-east-1: submitted — production access requested; review PENDING, case "))
        #expect(lines[1] == "111122223333 eu-west-1: skipped — a review is already pending (case 55); --force resubmits")
        #expect(lines[2] == "444455556666 us-east-1: skipped — production access is already on")
        #expect(lines[3].hasPrefix("444455556666 eu-west-1: submitted — production access requested; review PENDING, case "))
        #expect(lines[4].hasPrefix("777788889999: failed — cannot assume arn:aws:iam::777788889999:role/Locked: "))
        #expect(try await submissions(emulator) == ["111122223333 us-east-1", "444455556666 eu-west-1"])

        let again = try sesame(emulator, ["submit", profile, "--accounts", file, "--region", "us-east-1", "--region", "eu-west-1", "--yes", "--format", "json"])
        #expect(again.status == 3)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [String: Any])
        let accounts = try #require(json["accounts"] as? [[String: Any]])
        #expect(accounts.map { $0["account"] as? String } == ["111122223333", "444455556666", "777788889999"])
        #expect(accounts.prefix(2).allSatisfy { (($0["results"] as? [[String: Any]]) ?? []).allSatisfy { $0["action"] as? String == "skipped" } })
        #expect((accounts[2]["error"] as? String)?.contains("the role requires MFA") == true)
        #expect(try await submissions(emulator).count == 2, "nothing more was sent")
    }

    @Test func asksOnceForEveryAccountOnATerminal() async throws {
        let emulator = try EmulatorProcess()
        let file = try await threeAccounts(emulator)
        let driver = TestPaths.packageRoot.appendingPathComponent("Tests/SesameCLITests/Fixtures/pty_answer.py").path
        let arguments = ["submit", profile, "--accounts", file, "--region", "us-east-1", "--region", "eu-west-1"]
        func onATerminal(answering answer: String) throws -> [String: Any] {
            let run = try CommandRunner.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", driver, "[y/N] ", answer, TestPaths.sesameBinary.path] + arguments,
                                            environment: emulator.sesameEnvironment, timeout: 90)
            return try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any], "\(run.stderr)")
        }
        let declined = try onATerminal(answering: "n")
        let screen = declined["screen"] as? String ?? ""
        #expect(declined["prompts"] as? Int == 1, "\(screen)")
        #expect(declined["exit"] as? Int == 1)
        #expect(screen.contains("About to request production access (SES PutAccountDetails):\n  accounts and regions:\n    111122223333: us-east-1\n    444455556666: eu-west-1\n  mail type: TRANSACTIONAL\n"))
        #expect(screen.contains("Submit in 2 regions of 2 accounts? [y/N] n\nsesame: not submitted\n"))
        #expect(try await submissions(emulator).isEmpty)

        let accepted = try onATerminal(answering: "y")
        #expect(accepted["prompts"] as? Int == 1)
        #expect(accepted["exit"] as? Int == 3, "the locked account")
        #expect(try await submissions(emulator) == ["111122223333 us-east-1", "444455556666 eu-west-1"])
    }

    @Test func allRegionsSubmitsEverywhereAndSkipsOptInRegionsNotEnabled() async throws {
        let emulator = try EmulatorProcess()
        try await emulator.putAccountSettings("123456789012", json: #"{"disabled_regions":["af-south-1","me-south-1"]}"#)
        let result = try sesame(emulator, ["submit", profile, "--all-regions", "--yes", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let results = try #require(json["results"] as? [[String: Any]])
        #expect(results.count == 27)
        let skipped = results.filter { $0["action"] as? String == "skipped" }
        #expect(skipped.compactMap { $0["region"] as? String } == ["af-south-1", "me-south-1"])
        #expect(skipped.allSatisfy { ($0["reason"] as? String)?.hasPrefix("an opt-in region this account has not enabled") == true })
        #expect(results.filter { $0["action"] as? String == "submitted" }.count == 25)
        #expect(try await submissions(emulator).count == 25)
    }

    @Test func doctorAllRegionsChecksEveryRegionAndNamesOptInRegionsNotEnabled() async throws {
        let emulator = try EmulatorProcess()
        try await emulator.putAccountSettings("123456789012", json: #"{"disabled_regions":["af-south-1"]}"#)
        try await emulator.putAccount(region: "eu-west-1", json: #"{"production_access":true,"review":{"status":"GRANTED","case_id":"77"}}"#)
        let result = try sesame(emulator, ["doctor", "--all-regions", "--format", "json"])
        let single = try sesame(emulator, ["doctor", "--region", "us-east-1"])
        #expect(result.status == single.status, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let regions = try #require(json["regions"] as? [[String: Any]])
        #expect(regions.count == 27)
        #expect(regions.filter { $0["enabled"] as? Bool == false }.compactMap { $0["region"] as? String } == ["af-south-1"])
        let ireland = try #require(regions.first { $0["region"] as? String == "eu-west-1" })
        #expect(((ireland["checks"] as? [[String: Any]]) ?? []).first?["status"] as? String == "pass", "production: the sandbox check passes")
        let text = try sesame(emulator, ["doctor", "--all-regions"])
        #expect(text.stdout.contains("Region af-south-1\n  not enabled: an opt-in region this account has not enabled"))
        #expect(text.stdout.contains("\n\nRegion us-east-1\n"))
    }
}
