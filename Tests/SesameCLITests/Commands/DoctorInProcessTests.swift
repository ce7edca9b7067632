@testable import sesame
import Foundation
import Testing
import TestSupport

/// `doctor` in process, over a fake SES.
@Suite struct DoctorInProcessTests {
    @Test func aSandboxWithNoIdentitiesFails() async throws {
        let aws = FakeSES()
        let result = await InProcessSesame.aws(aws).run(["doctor", "--region", "us-east-1", "--format", "json", "--lang", "en"])
        #expect(result.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let checks = try #require(json["checks"] as? [[String: Any]])
        #expect(checks.map { $0["id"] as? String } == ["sandbox", "sending-enabled", "review", "identities", "dkim", "suppression-list",
                                                      "bounce-complaint-notifications", "quota"])
        #expect(Set(aws.operations) == ["GetAccount us-east-1", "ListEmailIdentities us-east-1", "ListConfigurationSets us-east-1"])
    }

    /// The whole Japanese report, compared with `Fixtures/ja/doctor.txt` so that a reviewer reads
    /// it as a user sees it (`SESAME_RECORD=1` rewrites it).
    @Test func japaneseFindings() async throws {
        let aws = FakeSES()
        aws.setAccount("us-east-1", .init(reviewStatus: "PENDING", caseID: "1234567890", sentLast24Hours: 190))
        let arguments = ["doctor", "--region", "us-east-1", "--lang", "ja", "--to", "a@b.jp", "--from", "info@b.jp"]
        let result = await InProcessSesame.aws(aws).run(arguments)
        #expect(result.status == 1)
        let transcript = "$ sesame \(arguments.joined(separator: " "))\n\(result.stdout)[standard error]\n\(result.stderr)[exit \(result.status)]\n"
        let golden = TestPaths.packageRoot.appendingPathComponent("Tests/SesameCLITests/Fixtures/ja/doctor.txt")
        if ProcessInfo.processInfo.environment["SESAME_RECORD"] == "1" { try transcript.write(to: golden, atomically: true, encoding: .utf8) }
        #expect(transcript == (try String(contentsOf: golden, encoding: .utf8)))
    }

    @Test func awsFailureExitsThree() async {
        let aws = FakeSES()
        aws.failGetAccount(500, "InternalFailure", "boom")
        var sesame = InProcessSesame.aws(aws)
        sesame.environment["AWS_MAX_ATTEMPTS"] = "1"
        let result = await sesame.run(["doctor", "--region", "us-east-1"])
        #expect(result.status == 3)
        #expect(result.stderr.hasPrefix("sesame: us-east-1: SESv2 InternalFailure: boom"))
    }
}
