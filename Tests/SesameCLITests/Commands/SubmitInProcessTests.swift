@testable import sesame
import Foundation
import SesameCore
import Testing
import TestSupport

/// `submit` in process, over a fake SES: what it decides in each region, what it prints and how
/// it exits. The emulator suite (`SubmitCommandTests`) checks the same paths end to end.
@Suite struct SubmitInProcessTests {
    private let profile = TestPaths.packageRoot.appendingPathComponent("examples/saas-transactional.yaml").path   // us-east-1, eu-west-1

    @Test func submitsEveryRegionAndSkipsThemNextTime() async {
        let aws = FakeSES()
        let sesame = InProcessSesame.aws(aws)
        let result = await sesame.run(["submit", profile, "--yes"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == """
        us-east-1: submitted — production access requested; review PENDING, case case-us-east-1
        eu-west-1: submitted — production access requested; review PENDING, case case-eu-west-1

        """)
        let again = await sesame.run(["submit", profile, "--yes", "--region", "us-east-1"])
        #expect(again.status == 0)
        #expect(again.stdout == "us-east-1: skipped — a review is already pending (case case-us-east-1); --force resubmits\n")
    }

    @Test func skipsProductionAndRefusesAfterADenial() async {
        let aws = FakeSES()
        aws.setAccount("us-east-1", .init(productionAccess: true))
        aws.setAccount("eu-west-1", .init(reviewStatus: "DENIED", caseID: "5550123"))
        let result = await InProcessSesame.aws(aws).run(["submit", profile, "--yes"])
        #expect(result.status == 1)
        #expect(result.stdout == """
        us-east-1: skipped — production access is already on
        eu-west-1: failed — the last review was DENIED (case 5550123); reply on that support case in the Support Center with what changed (`sesame lint` helps), and AWS reopens the review there; --force sends a new request anyway and reports AWS's answer

        """)
        #expect(!aws.operations.contains { $0.hasPrefix("PutAccountDetails") })
    }

    @Test func aConflictAfterALostAnswerIsASubmission() async {
        let aws = FakeSES()
        aws.onPut("us-east-1", .acceptThenLoseTheAnswer)
        let result = await InProcessSesame.aws(aws).run(["submit", profile, "--yes", "--region", "us-east-1"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "us-east-1: submitted — production access requested (a retry met the review the first attempt opened); review PENDING, case case-us-east-1\n")
        #expect(aws.operations == ["GetAccount us-east-1", "PutAccountDetails us-east-1", "PutAccountDetails us-east-1", "GetAccount us-east-1"])
    }

    @Test func aConflictOverAReviewThatWasAlreadyPendingIsARefusal() async {
        let aws = FakeSES()
        aws.setAccount("us-east-1", .init(reviewStatus: "PENDING", caseID: "77"))
        let result = await InProcessSesame.aws(aws).run(["submit", profile, "--yes", "--force", "--region", "us-east-1", "--format", "json"])
        #expect(result.status == 1)
        #expect(result.stdout == """
        {
          "schema_version": 1,
          "results": [
            {
              "region": "us-east-1",
              "action": "failed",
              "reason": "AWS refused a new request (ConflictException: An account details review is already in progress.); a review is under way or was denied — follow up on its support case",
              "review": null
            }
          ]
        }

        """)
    }

    @Test func aBadRequestFailsItsRegionOnly() async {
        let aws = FakeSES()
        aws.onPut("us-east-1", .fail(400, "BadRequestException", "WebsiteURL is not valid"))
        let result = await InProcessSesame.aws(aws).run(["submit", profile, "--yes"])
        #expect(result.status == 1)
        #expect(result.stdout == """
        us-east-1: failed — SESv2 BadRequestException: WebsiteURL is not valid
        eu-west-1: submitted — production access requested; review PENDING, case case-eu-west-1

        """)
        #expect(aws.operations.filter { $0 == "PutAccountDetails us-east-1" }.count == 1, "a bad request is not retried")
    }

    @Test func refusesWithoutATerminalUnlessYes() async {
        let aws = FakeSES()
        let result = await InProcessSesame.aws(aws).run(["submit", profile])
        #expect(result.status == 2)
        #expect(result.stderr == "sesame: not submitting without confirmation: there is no terminal to ask on; pass --yes\n")
        #expect(aws.operations.allSatisfy { $0.hasPrefix("GetAccount") })
    }

    @Test func asksOnATerminal() async {
        let aws = FakeSES()
        var sesame = InProcessSesame.aws(aws)
        sesame.terminal = .init(inputIsTerminal: true, outputIsTerminal: false, errorIsTerminal: true, width: 80, colorsForbidden: true)
        let declined = await sesame.run(["submit", profile, "--region", "us-east-1"], input: "n\n")
        #expect(declined.status == 1)
        #expect(declined.stderr.contains("About to request production access (SES PutAccountDetails):\n  regions: us-east-1\n  mail type: TRANSACTIONAL\n"))
        #expect(declined.stderr.contains("  us-east-1: checking the account…\n"), "progress while a terminal watches")
        #expect(declined.stderr.hasSuffix("Submit to us-east-1? [y/N] sesame: not submitted\n"))
        let accepted = await sesame.run(["submit", profile, "--region", "us-east-1"], input: "y\n")
        #expect(accepted.status == 0)
        #expect(accepted.stdout.hasPrefix("us-east-1: submitted — "))
    }

    @Test func oneSupportCaseForEveryRegionAndNoPlan() async {
        let aws = FakeSES()
        let opened = await InProcessSesame.aws(aws).run(["submit", profile, "--yes", "--via", "support"])
        #expect(opened.status == 0, "\(opened.stderr)")
        #expect(opened.stdout == """
        us-east-1: submitted — AWS Support case case-support-1 opened: a general technical case, since the Support API cannot file the SES sending-limit request the console files; it has no SES review status, so follow it in the Support Center
        eu-west-1: submitted — AWS Support case case-support-1 opened: a general technical case, since the Support API cannot file the SES sending-limit request the console files; it has no SES review status, so follow it in the Support Center

        """)
        #expect(aws.operations.filter { $0.hasPrefix("CreateCase") }.count == 1)
        let json = await InProcessSesame.aws(aws).run(["submit", profile, "--yes", "--via", "support", "--region", "us-east-1", "--format", "json"])
        #expect(json.stdout.contains(#""review": null"#) && !json.stdout.contains("CASE_OPENED"), "no made-up review status")

        aws.removeSupportPlan()
        let refused = await InProcessSesame.aws(aws).run(["submit", profile, "--yes", "--via", "support", "--region", "ap-northeast-1"])
        #expect(refused.status == 1)
        #expect(refused.stdout.hasPrefix("ap-northeast-1: failed — AWS Support's API is only open to accounts with a Business, Enterprise On-Ramp or Enterprise support plan"))
    }

    @Test func aSupportDryRunSignsOneCase() async {
        let aws = FakeSES()
        let result = await InProcessSesame.aws(aws).run(["submit", profile, "--dry-run", "--via", "support"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.components(separatedBy: "> POST ").count == 2, "one CreateCase covers both regions")
        #expect(result.stdout.contains("in these regions: us-east-1, eu-west-1"))
        #expect(result.stderr == "sesame: dry run: nothing was sent\n")
        #expect(aws.operations.isEmpty)
    }

    @Test func aDryRunWithAllRegionsSignsForEveryRegionOfThePartition() async {
        let aws = FakeSES()
        let result = await InProcessSesame.aws(aws).run(["submit", profile, "--dry-run", "--all-regions"])
        #expect(result.status == 0, "\(result.stderr)")
        let regions = SESRegions.partition(of: "us-east-1")
        #expect(regions.count > 2, "more than the profile's two regions")
        #expect(result.stdout.components(separatedBy: "> POST ").count == regions.count + 1)
        #expect(regions.allSatisfy { result.stdout.contains("email.\($0).amazonaws.com") }, "\(result.stdout.prefix(400))")
        #expect(aws.operations.isEmpty)
    }

    @Test func noCredentialsExitsThree() async {
        var sesame = InProcessSesame.aws(FakeSES())
        sesame.environment["AWS_ACCESS_KEY_ID"] = nil
        sesame.environment["AWS_SECRET_ACCESS_KEY"] = nil
        let result = await sesame.run(["submit", profile, "--yes", "--region", "us-east-1"])
        #expect(result.status == 3, "the region fails for want of credentials; the report says why")
        #expect(result.stdout.hasPrefix("us-east-1: failed — unable to locate credentials; tried: environment"))
    }

    @Test func lintErrorsStopASubmission() async throws {
        let folder = try TestPaths.temporaryFolder()
        var text = try String(contentsOfFile: profile, encoding: .utf8)
        text = text.replacingOccurrences(of: "mail is sent) and from invoices", with: "mail is sent), from a list of 20,000 contacts we bought, and from invoices")
        let path = folder.appendingPathComponent("bad.yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let aws = FakeSES()
        let result = await InProcessSesame.aws(aws).run(["submit", path, "--yes"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("[purchased-list]"))
        #expect(result.stderr.hasSuffix("sesame: \(path) has lint errors a reviewer would object to; fix them (`sesame lint \(path)`) or pass --force\n"))
        #expect(aws.operations.isEmpty)
    }

    @Test func optionsThatExcludeEachOtherAreUsageErrorsInTheUsersLanguage() async {
        let aws = FakeSES()
        var sesame = InProcessSesame.aws(aws)
        let both = await sesame.run(["submit", profile, "--all-regions", "--region", "us-east-1"])
        #expect(both.status == 2)
        #expect(both.stderr == "sesame: --all-regions and --region exclude each other\n")
        let dryRun = await sesame.run(["submit", profile, "--dry-run", "--accounts", "accounts.yaml"])
        #expect(dryRun.status == 2)
        #expect(dryRun.stderr.hasPrefix("sesame: --dry-run signs without the network"))
        sesame.environment["LANG"] = "ja_JP.UTF-8"
        let doctor = await sesame.run(["doctor", "--all-regions", "--region", "us-east-1"])
        #expect(doctor.status == 2)
        #expect(doctor.stderr == "sesame: --all-regions と --region は同時に指定できません\n")
        #expect(aws.operations.isEmpty)
    }

    /// `--lang` chooses the language of a usage problem too, over the locale either way.
    @Test func usageProblemsFollowLangOverTheLocale() async {
        var sesame = InProcessSesame.aws(FakeSES())
        let japanese = await sesame.run(["submit", profile, "--all-regions", "--region", "us-east-1", "--lang", "ja"])
        #expect(japanese.status == 2)
        #expect(japanese.stderr == "sesame: --all-regions と --region は同時に指定できません\n")
        let reply = await sesame.run(["reply", profile, "--case", "42", "--lang", "ja"])
        #expect(reply.stderr == "sesame: --case は --send と一緒に指定してください。--send がなければ返信は表示するだけです\n")
        sesame.environment["LANG"] = "ja_JP.UTF-8"
        for command in [["status"], ["doctor"], ["submit", profile]] {
            let english = await sesame.run(command + ["--all-regions", "--region", "us-east-1", "--lang", "en"])
            #expect(english.stderr == "sesame: --all-regions and --region exclude each other\n", "\(command)")
        }
    }

    /// The progress lines a watching terminal sees, in the language of the run, regions named.
    @Test func progressLinesInJapanese() async {
        var sesame = InProcessSesame.aws(FakeSES())
        sesame.terminal = .init(inputIsTerminal: true, outputIsTerminal: false, errorIsTerminal: true, width: 80, colorsForbidden: true)
        let declined = await sesame.run(["submit", profile, "--region", "us-east-1", "--lang", "ja"], input: "n\n")
        #expect(declined.status == 1)
        #expect(declined.stderr.contains("  us-east-1(バージニア北部): アカウントの状態を確認しています…\n"))
        #expect(!declined.stderr.contains("checking the account"))
        let sent = await sesame.run(["submit", profile, "--region", "ap-northeast-1", "--lang", "ja"], input: "y\n")
        #expect(sent.status == 0, "\(sent.stderr)")
        #expect(sent.stderr.contains("  ap-northeast-1(東京): アカウントの状態を確認しています…\n"))
        #expect(sent.stderr.contains("  ap-northeast-1(東京): PutAccountDetails を送信しています…\n"))
    }
}
