@testable import sesame
import Testing

/// `status` in process, over a fake SES.
@Suite struct StatusInProcessTests {
    @Test func aTableAndJSON() async {
        let aws = FakeSES()
        aws.setAccount("eu-west-1", .init(productionAccess: true, reviewStatus: "GRANTED", caseID: "42", max24HourSend: 50000, sentLast24Hours: 1200))
        let sesame = InProcessSesame.aws(aws)
        let table = await sesame.run(["status", "--region", "us-east-1", "--region", "eu-west-1"])
        #expect(table.status == 0)
        #expect(table.stdout == """
        REGION     ACCESS      SENDING  QUOTA/24H  RATE/S  SENT/24H  ENFORCEMENT  REVIEW
        us-east-1  sandbox     enabled  200        1       0         HEALTHY      —
        eu-west-1  production  enabled  50,000     1       1,200     HEALTHY      GRANTED (case 42)

        """)
        let json = await sesame.run(["status", "--region", "us-east-1", "--format", "json"])
        #expect(json.stdout == """
        {
          "schema_version": 1,
          "regions": [
            {
              "region": "us-east-1",
              "enabled": true,
              "production_access": false,
              "sending_enabled": true,
              "max_24_hour_send": 200,
              "max_send_rate": 1,
              "sent_last_24_hours": 0,
              "enforcement_status": "HEALTHY",
              "review": null,
              "error": null
            }
          ]
        }

        """)
    }

    @Test func anUnlimitedQuotaReadsUnlimitedInTheTableAndStaysMinusOneInJSON() async {
        let aws = FakeSES()
        aws.setAccount("us-east-1", .init(productionAccess: true, max24HourSend: -1, sentLast24Hours: 12))
        let sesame = InProcessSesame.aws(aws)
        let table = await sesame.run(["status", "--region", "us-east-1"])
        #expect(table.stdout == """
        REGION     ACCESS      SENDING  QUOTA/24H  RATE/S  SENT/24H  ENFORCEMENT  REVIEW
        us-east-1  production  enabled  unlimited  1       12        HEALTHY      —

        """)
        let json = await sesame.run(["status", "--region", "us-east-1", "--format", "json"])
        #expect(json.stdout.contains(#""max_24_hour_send": -1,"#))
    }

    @Test func aFailedRegionIsExitThreeAndNamed() async {
        let aws = FakeSES()
        aws.failGetAccount(503, "ServiceUnavailable", "try later")
        var sesame = InProcessSesame.aws(aws)
        sesame.environment["AWS_MAX_ATTEMPTS"] = "2"
        let result = await sesame.run(["status", "--region", "us-east-1", "--format", "json"])
        #expect(result.status == 3)
        #expect(result.stdout == """
        {
          "schema_version": 1,
          "regions": [
            {
              "region": "us-east-1",
              "enabled": null,
              "production_access": null,
              "sending_enabled": null,
              "max_24_hour_send": null,
              "max_send_rate": null,
              "sent_last_24_hours": null,
              "enforcement_status": null,
              "review": null,
              "error": "SESv2 ServiceUnavailable: try later"
            }
          ]
        }

        """, "a failed region has the members of every other, with the error")
        #expect(result.stderr == "sesame: us-east-1: SESv2 ServiceUnavailable: try later\n")
        #expect(aws.operations == ["GetAccount us-east-1", "GetAccount us-east-1"])
    }

    @Test func aBadRegionIsAUsageError() async {
        let result = await InProcessSesame.aws(FakeSES()).run(["status", "--region", "US East"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("sesame: invalid region \"US East\" (from --region)"))
    }
}
