import Foundation
import Testing
@testable import SesameCore

private typealias Identity = AccountSnapshot.Identity

private func sandboxAccount(identities: [Identity] = [], reasons: [String] = [], sets: [AccountSnapshot.ConfigurationSet] = []) -> AccountSnapshot {
    AccountSnapshot(region: "eu-west-1",
                    account: AccountStatus(productionAccess: false, sendingEnabled: true, enforcementStatus: "HEALTHY",
                                           max24HourSend: 200, maxSendRate: 1, sentLast24Hours: 3),
                    suppressedReasons: reasons,
                    identities: identities, configurationSets: sets)
}

private let verifiedDomain = Identity(type: "DOMAIN", name: "example.org", verificationStatus: "SUCCESS", verifiedForSending: true,
                                      dkimStatus: "SUCCESS", dkimSigningEnabled: true, feedbackForwarding: true)

@Suite("Doctor")
struct DoctorTests {
    private func statuses(_ report: DoctorReport) -> [String: CheckStatus] {
        Dictionary(report.checks.map { ($0.id, $0.status) }, uniquingKeysWith: { first, _ in first })
    }

    @Test func newSandboxAccountWithNothingSetUp() {
        let report = Doctor(language: .en).diagnose(sandboxAccount(), recipients: ["someone@gmail.com"])
        #expect(report.checks.map(\.id) == ["sandbox", "sending-enabled", "review", "identities", "dkim", "suppression-list",
                                            "bounce-complaint-notifications", "quota", "recipient"])
        #expect(statuses(report) == ["sandbox": .warn, "sending-enabled": .pass, "review": .warn, "identities": .fail,
                                     "dkim": .warn, "suppression-list": .warn, "bounce-complaint-notifications": .warn,
                                     "quota": .pass, "recipient": .fail])
        #expect(report.hasFailure)
        #expect(report.checks[0].message.contains("at most 200 messages per 24 hours and 1 per second"))
        #expect(report.checks[8].message == "Neither someone@gmail.com nor its domain is a verified identity: in the sandbox, mail to it is rejected (MessageRejected).")
    }

    @Test func recipientCoveredByItsDomainOrParentDomain() {
        let snapshot = sandboxAccount(identities: [verifiedDomain])
        let report = Doctor(language: .en).diagnose(snapshot, recipients: ["a@example.org", "b@mail.example.org", "c@other.org"])
        let recipients = report.checks.filter { $0.id == "recipient" }
        #expect(recipients.map(\.status) == [.pass, .pass, .fail])
        #expect(recipients[0].message == "a@example.org is covered by the verified identity example.org: the sandbox accepts mail to it.")
    }

    @Test func pendingIdentityIsNamed() {
        let pending = Identity(type: "EMAIL_ADDRESS", name: "me@other.org", verificationStatus: "PENDING", verifiedForSending: false)
        let report = Doctor(language: .en).diagnose(sandboxAccount(identities: [verifiedDomain, pending]), recipients: ["me@other.org"])
        let identities = report.checks.first { $0.id == "identities" }!
        #expect(identities.status == .warn)
        #expect(identities.message == "1 identity is verified; this one is not: me@other.org (PENDING).")
        #expect(report.checks.last!.message == "me@other.org is covered by me@other.org, which is not verified (PENDING): the sandbox rejects mail to it.")
    }

    @Test func healthyProductionAccount() {
        let set = AccountSnapshot.ConfigurationSet(name: "default", destinations: [
            .init(name: "to-sns", enabled: true, eventTypes: ["BOUNCE", "COMPLAINT", "DELIVERY"], kind: "SNS"),
        ])
        var snapshot = sandboxAccount(identities: [verifiedDomain], reasons: ["BOUNCE", "COMPLAINT"], sets: [set])
        snapshot.account.productionAccess = true
        snapshot.account.review = Review(status: .granted, caseID: "1234")
        snapshot.account.max24HourSend = 50000
        snapshot.account.maxSendRate = 14
        snapshot.account.sentLast24Hours = 1200
        let report = Doctor(language: .en).diagnose(snapshot, recipients: ["anyone@gmail.com"], sender: "news@example.org")
        #expect(report.checks.allSatisfy { $0.status == .pass }, "\(report.checks)")
        #expect(!report.hasFailure)
        #expect(report.checks.first { $0.id == "quota" }!.message == "Sent 1,200 of 50,000 messages in the last 24 hours; maximum rate 14 per second.")
        #expect(report.checks.first { $0.id == "bounce-complaint-notifications" }!.message == "Bounce and complaint events are sent to default/to-sns (SNS).")
    }

    @Test func deniedReviewFailsWithTheCase() {
        var snapshot = sandboxAccount(identities: [verifiedDomain])
        snapshot.account.review = Review(status: .denied, caseID: "987654")
        let review = Doctor(language: .en).diagnose(snapshot).checks.first { $0.id == "review" }!
        #expect(review.status == .fail)
        #expect(review.message == "The production-access request was denied (case 987654); the review continues on that support case.")
        #expect(review.fix.hasPrefix("Reply on support case 987654"))
        let sandbox = Doctor(language: .en).diagnose(snapshot).checks.first { $0.id == "sandbox" }!
        #expect(sandbox.fix.hasPrefix("Reply on support case 987654"), "no 'request production access' after a denial")
    }

    @Test func adviceFollowsTheReviewState() {
        var snapshot = sandboxAccount(identities: [verifiedDomain])
        func fixes() -> (sandbox: String, review: String) {
            let checks = Doctor(language: .en).diagnose(snapshot).checks
            return (checks.first { $0.id == "sandbox" }!.fix, checks.first { $0.id == "review" }!.fix)
        }
        snapshot.account.review = Review(status: .pending, caseID: nil)
        #expect(!fixes().sandbox.contains("sesame submit"), "while a review is pending, doctor does not say to submit")
        #expect(fixes().sandbox.hasPrefix("Watch the case"))
        snapshot.account.review = Review(status: .failed, caseID: nil)
        #expect(fixes().review == "Submit it again: `sesame submit sesame.yaml`.")
        snapshot.account.review = Review(status: .granted, caseID: nil)
        snapshot.account.productionAccess = true
        #expect(fixes().sandbox.isEmpty)
        #expect(fixes().review.hasPrefix("Next is deliverability"))
    }

    @Test func suppressedRecipientFailsWithWhenWhyAndHowToRemove() {
        var snapshot = sandboxAccount(identities: [verifiedDomain])
        snapshot.account.productionAccess = true
        snapshot.recipientSuppression = [
            "gone@example.org": .listed(reason: "BOUNCE", since: Date(timeIntervalSince1970: 1_767_225_600)),
            "maybe@example.org": .unknown(problem: "SESv2 TooManyRequestsException: slow down"),
        ]
        let recipients = Doctor(language: .en).diagnose(snapshot, recipients: ["Gone@example.org", "maybe@example.org", "fine@example.org"])
            .checks.filter { $0.id == "recipient" }
        #expect(recipients.map(\.status) == [.fail, .warn, .pass])
        #expect(recipients[0].message == "Gone@example.org is on the account-level suppression list after a bounce (since 2026-01-01): SES drops mail to it without delivering.")
        #expect(recipients[0].fix == "Make sure the address can receive mail again, then remove it: `aws sesv2 delete-suppressed-destination --email-address Gone@example.org --region eu-west-1`.")
        #expect(recipients[1].message == "Could not read whether maybe@example.org is on the suppression list (SESv2 TooManyRequestsException: slow down).")
    }

    @Test func mailboxSimulatorPassesInTheSandboxAndUnlimitedQuotaReadsSo() {
        var snapshot = sandboxAccount()
        snapshot.account.max24HourSend = -1
        let report = Doctor(language: .en).diagnose(snapshot, recipients: ["bounce@simulator.amazonses.com", "x@gmail.com"])
        let recipients = report.checks.filter { $0.id == "recipient" }
        #expect(recipients.map(\.status) == [.pass, .fail])
        #expect(recipients[1].fix.contains("success@simulator.amazonses.com"))
        #expect(report.checks.first { $0.id == "quota" }!.message == "Sent 3 messages in the last 24 hours (no daily limit); maximum rate 1 per second.")
    }

    @Test func pausedSendingAndQuota() {
        var snapshot = sandboxAccount(identities: [verifiedDomain])
        snapshot.account.sendingEnabled = false
        snapshot.account.enforcementStatus = "SHUTDOWN"
        snapshot.account.sentLast24Hours = 200
        let report = Doctor(language: .en).diagnose(snapshot)
        #expect(statuses(report)["sending-enabled"] == .fail)
        #expect(statuses(report)["quota"] == .fail)
        snapshot.account.sentLast24Hours = 170
        #expect(statuses(Doctor(language: .en).diagnose(snapshot))["quota"] == .warn)
    }

    @Test func dkimStates() {
        let failed = Identity(type: "DOMAIN", name: "broken.org", verificationStatus: "SUCCESS", verifiedForSending: true, dkimStatus: "FAILED")
        let pending = Identity(type: "DOMAIN", name: "new.org", verificationStatus: "PENDING", verifiedForSending: false, dkimStatus: "PENDING")
        let report = Doctor(language: .en).diagnose(sandboxAccount(identities: [verifiedDomain, failed, pending]), sender: "x@broken.org")
        let dkim = report.checks.first { $0.id == "dkim" }!
        #expect(dkim.status == .fail)
        #expect(dkim.message == "DKIM is not working for: broken.org (FAILED), new.org (PENDING).")
        #expect(report.checks.last!.id == "sender")
        #expect(report.checks.last!.status == .warn)
    }

    @Test func japaneseMessages() {
        let report = Doctor(language: .ja).diagnose(sandboxAccount(), recipients: ["a@b.jp"])
        #expect(report.checks[0].message.hasPrefix("このリージョンは SES のサンドボックスにあります。"))
        #expect(report.checks.last!.message.hasSuffix("サンドボックスでは送信が拒否されます（MessageRejected）。"))
    }

    /// The Japanese of the richer findings, exactly: full-width brackets, half-width spaces
    /// around Latin words and numbers, one term for the suppression list.
    @Test func japaneseFindingsInDetail() {
        let failed = Identity(type: "DOMAIN", name: "broken.org", verificationStatus: "SUCCESS", verifiedForSending: true, dkimStatus: "FAILED")
        let pending = Identity(type: "DOMAIN", name: "new.org", verificationStatus: "PENDING", verifiedForSending: false, dkimStatus: "PENDING")
        var snapshot = sandboxAccount(identities: [verifiedDomain, failed, pending])
        snapshot.account.productionAccess = true
        snapshot.recipientSuppression = [
            "gone@example.org": .listed(reason: "COMPLAINT", since: Date(timeIntervalSince1970: 1_767_225_600)),
            "maybe@example.org": .unknown(problem: "SESv2 がエラー TooManyRequestsException を返しました: slow down"),
        ]
        let report = Doctor(language: .ja).diagnose(snapshot, recipients: ["gone@example.org", "maybe@example.org"])
        let check = { (id: String) in report.checks.first { $0.id == id }! }
        #expect(check("dkim").message == "次のドメインで DKIM が機能していません: broken.org（FAILED）、new.org（PENDING）。")
        let recipients = report.checks.filter { $0.id == "recipient" }
        #expect(recipients[0].message == "gone@example.org はアカウントレベルのサプレッションリストに載っています（理由: 苦情、2026-01-01 から）。"
            + "SES はこの宛先へのメールを配信せずに破棄します。")
        #expect(recipients[0].fix == "宛先が再びメールを受信できることを確かめてから、リストから外してください"
            + "（`aws sesv2 delete-suppressed-destination --email-address gone@example.org --region eu-west-1`）。")
        #expect(recipients[1].message == "maybe@example.org がサプレッションリストに載っているか確認できませんでした"
            + "（SESv2 がエラー TooManyRequestsException を返しました: slow down）。")
        #expect(check("review").message == "本番アクセスが有効なため、審査は不要です。")
        #expect(!report.checks.contains { $0.message.contains("送信抑制") || $0.fix.contains("送信抑制") })
    }

    @Test func jsonShape() {
        let report = Doctor(language: .en).diagnose(sandboxAccount(identities: [verifiedDomain]))
        let json = report.json.serialized()
        #expect(json.hasPrefix("{\"region\":\"eu-west-1\",\"checks\":[{\"id\":\"sandbox\",\"status\":\"warn\",\"message\":"))
    }
}
