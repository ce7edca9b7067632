@testable import sesame
import Foundation
import Testing

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

    @Test func japaneseFindings() async {
        let result = await InProcessSesame.aws(FakeSES()).run(["doctor", "--region", "us-east-1", "--lang", "ja", "--to", "a@b.jp"])
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("リージョン us-east-1(バージニア北部)\n"))
        #expect(result.stdout.contains("! warn  sandbox: このリージョンはサンドボックスです。"))
        #expect(result.stdout.contains("✘ fail  identities: 検証済みの ID(アドレスまたはドメイン)がありません。どこにも送信できません。"))
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
