import Testing
@testable import SesameCore

/// One report for many accounts: rows in the list's order, a failed role in its account's place.
@Suite("Accounts report")
struct AccountsReportTests {
    private let accounts = [
        AccountTarget(id: "111122223333", roleArn: "arn:aws:iam::111122223333:role/A", location: SourceLocation(path: "a.yaml", line: 1, column: 3)),
        AccountTarget(id: "444455556666", roleArn: "arn:aws:iam::444455556666:role/B", location: SourceLocation(path: "a.yaml", line: 2, column: 3)),
    ]
    private let denied = ReportedFailure(message: "STS AccessDenied: no", category: .inputProblem)

    @Test func submissionLinesAndTheWorstOutcome() {
        let report = AccountsReport(accounts: accounts, roles: [nil, denied], answers: [
            (0, SubmissionPlanner.notEnabled(region: "af-south-1")),
            (0, RegionOutcome(region: "us-east-1", action: .skipped, reason: .productionAccessOn)),
        ])
        #expect(report.text(in: .en) == """
            111122223333 af-south-1: skipped — an opt-in region this account has not enabled; enable it (AWS Account settings, Regions) to submit here
            111122223333 us-east-1: skipped — production access is already on
            444455556666: failed — cannot assume arn:aws:iam::444455556666:role/B: STS AccessDenied: no

            """)
        #expect(report.text(in: .ja).hasSuffix("444455556666: 失敗 — arn:aws:iam::444455556666:role/B を引き受けられません: STS AccessDenied: no\n"))
        #expect(report.worstFailure == .inputProblem)
        #expect(report.json.serialized(pretty: false) == #"{"accounts":[{"account":"111122223333","role":"arn:aws:iam::111122223333:role/A","results":[{"region":"af-south-1","action":"skipped","reason":"an opt-in region this account has not enabled; enable it (AWS Account settings, Regions) to submit here","review":null},{"region":"us-east-1","action":"skipped","reason":"production access is already on","review":null}]},{"account":"444455556666","role":"arn:aws:iam::444455556666:role/B","error":"STS AccessDenied: no"}]}"#)
    }

    @Test func statusTableAndProblemsForStandardError() {
        let unreadable = ReportedFailure(message: "SESv2 InternalFailure: boom", category: .aws)
        let report = AccountsReport(accounts: accounts, roles: [nil, denied], answers: [
            (0, StatusReport.Row.notEnabled("af-south-1")), (0, StatusReport.Row.failed("us-east-1", unreadable)),
        ])
        #expect(report.table(in: .en) == """
            ACCOUNT       REGION      ACCESS       QUOTA/24H  RATE/S  REVIEW
            111122223333  af-south-1  not enabled                     opt-in region
            111122223333  us-east-1   error                           see below
            444455556666  —           error                           role not assumed: see below

            """)
        let (lines, worst) = report.problems(in: .en)
        #expect(lines == ["111122223333 us-east-1: SESv2 InternalFailure: boom",
                          "444455556666: cannot assume arn:aws:iam::444455556666:role/B: STS AccessDenied: no"])
        #expect(worst == .aws)
    }
}
