import Foundation
import Testing
import TestSupport

/// `status --watch`, `--all-regions` and `--accounts` end to end: the real binary against the
/// emulator, whose reviews flip after a number of reads and which answers per account.
@Suite("sesame status: watch, all regions, accounts")
struct StatusCommandTests {
    private func sesame(_ emulator: EmulatorProcess, _ arguments: [String], environment: [String: String] = [:]) throws -> CommandResult {
        try CommandRunner.sesame(arguments, environment: emulator.sesameEnvironment.merging(environment) { _, new in new }, timeout: 60)
    }

    /// Ctrl-C stops the watch cleanly: the interrupted line, exit 130 as a shell reports SIGINT.
    @Test func ctrlCStopsTheWatchWithExit130() async throws {
        let emulator = try EmulatorProcess()
        try await emulator.putAccount(region: "us-east-1", json: #"{"review":{"status":"PENDING","case_id":"123"}}"#)
        let process = Process()
        process.executableURL = TestPaths.sesameBinary
        process.arguments = ["status", "--watch", "--interval", "30", "--region", "us-east-1"]
        process.environment = CommandRunner.baseEnvironment.merging(CommandRunner.sanitizerEnvironment) { _, new in new }
            .merging(emulator.sesameEnvironment) { _, new in new }
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        var printed = Data()
        let deadline = Date().addingTimeInterval(30)
        while !String(decoding: printed, as: UTF8.self).contains("PENDING"), Date() < deadline {
            printed += output.fileHandleForReading.availableData
        }
        process.interrupt()
        process.waitUntilExit()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 130)
        #expect(String(decoding: printed, as: UTF8.self) == "us-east-1: PENDING (case 123) — AWS is reviewing the request\n")
        #expect(stderr == "sesame: stopped; the reviews go on without sesame watching\n")
    }

    @Test func watchWaitsUntilGrantedThenExits0() async throws {
        let emulator = try EmulatorProcess()
        try await emulator.putAccount(region: "us-east-1", json: #"{"review":{"status":"PENDING","case_id":"123","then":"GRANTED","after_reads":2}}"#)
        let result = try sesame(emulator, ["status", "--watch", "--interval", "1", "--region", "us-east-1"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == """
            us-east-1: PENDING (case 123) — AWS is reviewing the request
            us-east-1: GRANTED (case 123) — production access is on

            """)
        #expect(try await emulator.requests().filter { $0.operation == "GetAccount" }.count == 3)
    }

    @Test func aDenialExits1WithTheCaseAndTheNextStep() async throws {
        let emulator = try EmulatorProcess()
        try await emulator.putAccount(region: "us-east-1", json: #"{"review":{"status":"PENDING","case_id":"123","then":"GRANTED","after_reads":0}}"#)
        try await emulator.putAccount(region: "eu-west-1", json: #"{"review":{"status":"PENDING","case_id":"456","then":"DENIED","after_reads":1}}"#)
        let result = try sesame(emulator, ["status", "--watch", "--interval", "1", "--region", "us-east-1", "--region", "eu-west-1"])
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(Set(lines) == [
            "us-east-1: GRANTED (case 123) — production access is on",
            "eu-west-1: PENDING (case 456) — AWS is reviewing the request",
            "eu-west-1: DENIED (case 456) — answer the reviewer on the case: `sesame reply PROFILE --message reviewer.txt --send --case 456`",
        ])
        let japanese = try sesame(emulator, ["status", "--watch", "--region", "eu-west-1"], environment: ["LANG": "ja_JP.UTF-8"])
        #expect(japanese.stdout == "eu-west-1: DENIED(ケース 456) — ケースでレビュー担当者に返信してください: `sesame reply PROFILE --message reviewer.txt --send --case 456`\n")
    }

    @Test func theTimeoutBoundsTheWaitAndAWSFailureExits3() async throws {
        let emulator = try EmulatorProcess()
        try await emulator.putAccount(region: "us-east-1", json: #"{"review":{"status":"PENDING","case_id":"123"}}"#)
        let pending = try sesame(emulator, ["status", "--watch", "--interval", "1", "--timeout", "2", "--region", "us-east-1", "--format", "json"])
        #expect(pending.status == 1)
        #expect(pending.stderr == "sesame: still waiting after 2 s (--timeout); run `sesame status --watch` again later\n")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(pending.stdout.utf8)) as? [String: Any])
        #expect(json["schema_version"] as? Int == 1)
        #expect(((json["regions"] as? [[String: Any]])?.first?["review"] as? [String: String])?["status"] == "PENDING")
        try await emulator.addFaults(#"[{"operation":"GetAccount","count":10,"action":"error","status":500,"code":"InternalFailure","message":"boom"}]"#)
        let failed = try sesame(emulator, ["status", "--watch", "--interval", "1", "--region", "us-east-1"], environment: ["AWS_MAX_ATTEMPTS": "1"])
        #expect(failed.status == 3)
        #expect(failed.stdout.hasPrefix("us-east-1: error — SESv2 InternalFailure: boom"))
    }

    @Test func throttlingIsWaitedOutNotAFailure() async throws {
        let emulator = try EmulatorProcess()
        try await emulator.putAccount(region: "us-east-1", json: #"{"review":{"status":"GRANTED","case_id":"9"},"production_access":true}"#)
        try await emulator.addFaults(#"[{"operation":"GetAccount","count":1,"action":"error","status":400,"code":"TooManyRequestsException","message":"slow down"}]"#)
        let result = try sesame(emulator, ["status", "--watch", "--interval", "1", "--region", "us-east-1"], environment: ["AWS_MAX_ATTEMPTS": "1"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(try await emulator.requests().map(\.status) == [400, 200])
    }

    @Test func watchOptionsAreChecked() async throws {
        let emulator = try EmulatorProcess()
        let fast = try sesame(emulator, ["status", "--watch", "--interval", "0.2"])
        #expect(fast.status == 2)
        #expect(fast.stderr.contains("--interval must be at least 1 second"))
        let stray = try sesame(emulator, ["status", "--timeout", "5"])
        #expect(stray.status == 2)
        #expect(try await emulator.requests().isEmpty)
    }

    @Test func allRegionsReadsThePartitionAndNamesOptInRegionsNotEnabled() async throws {
        let emulator = try EmulatorProcess()
        try await emulator.putAccountSettings("123456789012", json: #"{"disabled_regions":["af-south-1","me-south-1"]}"#)
        let result = try sesame(emulator, ["status", "--all-regions", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let regions = try #require(json["regions"] as? [[String: Any]])
        #expect(regions.count == 27)
        #expect(regions.filter { $0["enabled"] as? Bool == false }.compactMap { $0["region"] as? String } == ["af-south-1", "me-south-1"])
        #expect(!regions.contains { ($0["region"] as? String)?.hasPrefix("us-gov-") == true })
        let text = try sesame(emulator, ["status", "--all-regions"])
        #expect(text.stdout.contains("\naf-south-1      not enabled"))
    }

    @Test func accountsShowsEveryAccountThroughItsRole() async throws {
        let emulator = try EmulatorProcess()
        try await emulator.putAccount("111122223333", region: "eu-west-1", json: #"{"production_access":true,"max_24_hour_send":50000,"max_send_rate":14}"#)
        try await emulator.putAccount("444455556666", region: "us-east-1", json: #"{"review":{"status":"DENIED","case_id":"777"}}"#)
        let folder = try TestPaths.temporaryFolder()
        let file = folder.appendingPathComponent("accounts.yaml").path
        try """
            - id: "111122223333"
              regions: [us-east-1, eu-west-1]
            - id: "444455556666"
              role: arn:aws:iam::444455556666:role/Audit
              regions: [us-east-1]
            """.write(toFile: file, atomically: true, encoding: .utf8)
        let result = try sesame(emulator, ["status", "--accounts", file])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == """
            ACCOUNT       REGION     ACCESS      QUOTA/24H  RATE/S  REVIEW
            111122223333  us-east-1  sandbox     200        1       —
            111122223333  eu-west-1  production  50,000     14      —
            444455556666  us-east-1  sandbox     200        1       DENIED (case 777)

            """)
        let log = try await emulator.requests()
        let roles = log.filter { $0.operation == "AssumeRole" }.compactMap(\.body)
        #expect(roles.count == 2 && roles.allSatisfy { $0.contains("RoleSessionName=sesame") })
        #expect(roles.contains { $0.contains("OrganizationAccountAccessRole") } && roles.contains { $0.contains("role%2FAudit") })
        #expect(Set(log.filter { $0.operation == "GetAccount" }.compactMap(\.account)) == ["111122223333", "444455556666"])
    }

    @Test func oneAccountsFailureDoesNotStopTheOthers() async throws {
        let emulator = try EmulatorProcess()
        try await emulator.addFaults(#"[{"operation":"AssumeRole","count":1,"action":"error","status":403,"code":"AccessDenied","message":"not authorized to assume"}]"#)
        let folder = try TestPaths.temporaryFolder()
        let file = folder.appendingPathComponent("accounts.yaml").path
        try "- id: \"111122223333\"\n  regions: [us-east-1]\n".write(toFile: file, atomically: true, encoding: .utf8)
        let failing = try sesame(emulator, ["status", "--accounts", file, "--format", "json"], environment: ["AWS_MAX_ATTEMPTS": "1"])
        #expect(failing.status == 1 || failing.status == 3)
        #expect(failing.stderr.hasPrefix("sesame: 111122223333: cannot assume arn:aws:iam::111122223333:role/OrganizationAccountAccessRole: "))
        try "- id: \"111122223333\"\n- id: 12\n".write(toFile: file, atomically: true, encoding: .utf8)
        let broken = try sesame(emulator, ["status", "--accounts", file])
        #expect(broken.status == 2)
        #expect(broken.stderr == "\(file):2:7: error: `id` must be a 12-digit AWS account id in quotes (\"111122223333\"), found `12` [accounts-file]\n")
    }

    @Test func watchFollowsEveryAccountUntilNoneIsPending() async throws {
        let emulator = try EmulatorProcess()
        try await emulator.putAccount("111122223333", region: "us-east-1", json: #"{"review":{"status":"PENDING","case_id":"1","then":"GRANTED","after_reads":1}}"#)
        try await emulator.putAccount("444455556666", region: "us-east-1", json: #"{"review":{"status":"PENDING","case_id":"2","then":"DENIED","after_reads":2}}"#)
        try await emulator.putAccount("444455556666", region: "eu-west-1", json: #"{"production_access":true,"review":{"status":"GRANTED","case_id":"3"}}"#)
        let file = try TestPaths.temporaryFolder().appendingPathComponent("accounts.yaml").path
        try "- id: \"111122223333\"\n- id: \"444455556666\"\n  regions: [us-east-1, eu-west-1]\n".write(toFile: file, atomically: true, encoding: .utf8)
        let result = try sesame(emulator, ["status", "--watch", "--interval", "1", "--accounts", file, "--region", "us-east-1"])
        #expect(result.status == 1, "a denial: \(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(Set(lines) == [
            "111122223333 us-east-1: PENDING (case 1) — AWS is reviewing the request",
            "111122223333 us-east-1: GRANTED (case 1) — production access is on",
            "444455556666 us-east-1: PENDING (case 2) — AWS is reviewing the request",
            "444455556666 us-east-1: DENIED (case 2) — answer the reviewer on the case: `sesame reply PROFILE --message reviewer.txt --send --case 2`",
            "444455556666 eu-west-1: GRANTED (case 3) — production access is on",
        ])
        #expect(lines.count == 5, "a log line only when a region changes")
        let reads = try await emulator.requests().filter { $0.operation == "GetAccount" }
        #expect(reads.filter { $0.account == "444455556666" && $0.region == "us-east-1" }.count == 3)

        let json = try sesame(emulator, ["status", "--watch", "--accounts", file, "--region", "us-east-1", "--format", "json"])
        #expect(json.status == 1)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let accounts = try #require(document["accounts"] as? [[String: Any]])
        #expect(accounts.map { ($0["regions"] as? [[String: Any]] ?? []).count } == [1, 2])
        let statuses = accounts.flatMap { ($0["regions"] as? [[String: Any]] ?? []).compactMap { ($0["review"] as? [String: Any])?["status"] as? String } }
        #expect(statuses == ["GRANTED", "DENIED", "GRANTED"])
    }
}
