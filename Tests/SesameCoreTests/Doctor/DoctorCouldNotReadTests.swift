import Foundation
import Testing
@testable import SesameCore

/// What doctor says when a call failed after retries ("could not read", never "absent"),
/// internationalised recipients, and the suppression list's Auto Validation.
@Suite("Doctor: unread details, IDN, Auto Validation")
struct DoctorCouldNotReadTests {
    typealias Identity = AccountSnapshot.Identity
    static let throttled = "SESv2 TooManyRequestsException: slow down"
    static let signed = Identity(type: "DOMAIN", name: "example.org", verificationStatus: "SUCCESS", verifiedForSending: true,
                                 dkimStatus: "SUCCESS", dkimSigningEnabled: true, feedbackForwarding: false)
    static let unread = Identity(type: "DOMAIN", name: "shop.example", verificationStatus: "SUCCESS", verifiedForSending: true,
                                 detailsProblem: throttled)

    static func account(_ identities: [Identity], sets: [AccountSnapshot.ConfigurationSet] = [], setsProblem: String? = nil,
                        production: Bool = false, autoValidation: AccountSnapshot.AutoValidation? = nil) -> AccountSnapshot {
        AccountSnapshot(region: "eu-west-1",
                        account: AccountStatus(productionAccess: production, sendingEnabled: true, max24HourSend: 200, maxSendRate: 1,
                                               sentLast24Hours: 0),
                        suppressedReasons: ["BOUNCE", "COMPLAINT"], autoValidation: autoValidation,
                        identities: identities, configurationSets: sets, configurationSetsProblem: setsProblem)
    }

    func check(_ id: String, _ report: DoctorReport) -> DoctorCheck? { report.checks.first { $0.id == id } }

    @Test func aDomainWhoseDetailsCouldNotBeReadIsNotNotStarted() throws {
        let report = Doctor(language: .en).diagnose(Self.account([Self.signed, Self.unread]), sender: "news@shop.example")
        let dkim = try #require(check("dkim", report))
        #expect(dkim.status == .warn)
        #expect(dkim.message == "DKIM is set up and signing: example.org. Could not read the DKIM settings of shop.example (\(Self.throttled)).")
        #expect(dkim.fix == "Run `sesame doctor` again in a while.")
        #expect(!dkim.message.contains("NOT_STARTED"))
        let sender = try #require(check("sender", report))
        #expect(sender.status == .warn)
        #expect(sender.message == "news@shop.example is verified, but the DKIM settings of shop.example could not be read (\(Self.throttled)).")
    }

    @Test func aFailingDomainStillFailsBesideAnUnreadOne() throws {
        let broken = Identity(type: "DOMAIN", name: "broken.org", verificationStatus: "SUCCESS", verifiedForSending: true, dkimStatus: "FAILED")
        let dkim = try #require(check("dkim", Doctor(language: .en).diagnose(Self.account([broken, Self.unread]))))
        #expect(dkim.status == .fail)
        #expect(dkim.message == "DKIM is not working for: broken.org (FAILED). Could not read the DKIM settings of shop.example (\(Self.throttled)).")
    }

    @Test func unreadSetsOrIdentitiesMakeNotificationsUnknownNotNowhere() throws {
        let sets = [AccountSnapshot.ConfigurationSet(name: "main", destinations: [], problem: "SESv2 500: Internal Server Error")]
        let report = Doctor(language: .en).diagnose(Self.account([Self.signed, Self.unread], sets: sets))
        let notifications = try #require(check("bounce-complaint-notifications", report))
        #expect(notifications.status == .warn)
        #expect(notifications.message == "Could not check where bounce and complaint notifications go; these could not be read: "
                + "the event destinations of configuration set main (SESv2 500: Internal Server Error), "
                + "the feedback forwarding of shop.example (\(Self.throttled)).")
        let unlisted = Doctor(language: .en).diagnose(Self.account([Self.signed], setsProblem: Self.throttled))
        #expect(check("bounce-complaint-notifications", unlisted)?.message
            == "Could not check where bounce and complaint notifications go; these could not be read: the list of configuration sets (\(Self.throttled)).")
        let routed = AccountSnapshot.ConfigurationSet(name: "ok", destinations: [
            AccountSnapshot.EventDestination(name: "sns", enabled: true, eventTypes: ["BOUNCE", "COMPLAINT"], kind: "SNS")])
        let found = Doctor(language: .en).diagnose(Self.account([Self.unread], sets: [routed] + sets))
        #expect(check("bounce-complaint-notifications", found)?.status == .pass)  // a route found is a route
    }

    @Test(arguments: [
        ("x@bücher.example", "xn--bcher-kva.example"),
        ("x@BÜCHER.example", "xn--bcher-kva.example"),
        ("x@xn--bcher-kva.example", "bücher.example"),
        ("y@mail.日本語.jp", "xn--wgv71a119e.jp"),
        ("z@例え。テスト", "xn--r8jz45g.xn--zckzah"),
    ])
    func internationalisedRecipientsMatchPunycodeIdentities(recipient: String, identity: String) throws {
        let verified = Identity(type: "DOMAIN", name: identity, verificationStatus: "SUCCESS", verifiedForSending: true)
        let report = Doctor(language: .en).diagnose(Self.account([verified]), recipients: [recipient])
        let found = try #require(check("recipient", report))
        #expect(found.status == .pass, "\(found.message)")
        #expect(found.message == "\(recipient) is covered by the verified identity \(identity): the sandbox accepts mail to it.")
    }

    @Test func punycodeAsRFC3492Encodes() {
        #expect(DomainName.ascii("bücher.example") == "xn--bcher-kva.example")
        #expect(DomainName.ascii("München.DE") == "xn--mnchen-3ya.de")
        #expect(DomainName.ascii("ドメイン名例.jp") == "xn--eckwd4c7cu47r2wf.jp")
        #expect(DomainName.ascii("plain.example") == "plain.example")
        #expect(DomainName.asciiAddress("Ünïcode@Bücher.example") == "ünïcode@xn--bcher-kva.example")
    }

    @Test func autoValidationIsReportedWithTheSuppressionList() throws {
        let on = Doctor(language: .en).diagnose(Self.account([Self.signed], autoValidation: .init(enabled: true, confidenceThreshold: "HIGH")))
        #expect(check("suppression-list", on)?.message == "The account-level suppression list is on for bounces and complaints. "
                + "Auto Validation is on: SES suppresses mail to addresses it judges invalid with HIGH confidence or more.")
        let off = Doctor(language: .ja).diagnose(Self.account([Self.signed], autoValidation: .init(enabled: false)))
        #expect(check("suppression-list", off)?.message == "アカウントレベルのサプレッションリストは、バウンスと苦情の両方で有効です。自動検証（Auto Validation）は無効です。")
        let unknown = Doctor(language: .en).diagnose(Self.account([Self.signed]))
        #expect(check("suppression-list", unknown)?.message == "The account-level suppression list is on for bounces and complaints.")
    }
}
