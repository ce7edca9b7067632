import Foundation
import Testing
import TestSupport

/// `doctor` end to end against the emulator: identities over several pages, DKIM states,
/// configuration sets and event destinations, in sandbox and production.
@Suite("sesame doctor")
struct DoctorCommandTests {
    private func doctor(_ emulator: EmulatorProcess, _ arguments: [String]) throws -> CommandResult {
        try CommandRunner.sesame(["doctor"] + arguments, environment: emulator.sesameEnvironment)
    }

    private func checks(_ result: CommandResult) throws -> [(id: String, status: String, message: String)] {
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let checks = try #require(json["checks"] as? [[String: Any]])
        return checks.map { ($0["id"] as? String ?? "", $0["status"] as? String ?? "", $0["message"] as? String ?? "") }
    }

    @Test func sandboxAccountWithAMixOfIdentities() async throws {
        let emulator = try EmulatorProcess()
        try await emulator.putIdentities(region: "us-east-1", json: """
        [{"name":"example.org","type":"DOMAIN","verification_status":"SUCCESS","dkim_status":"SUCCESS","dkim_signing_enabled":true},
         {"name":"broken.example.net","type":"DOMAIN","verification_status":"SUCCESS","dkim_status":"FAILED","dkim_signing_enabled":true},
         {"name":"new.example.com","type":"DOMAIN","verification_status":"PENDING","dkim_status":"PENDING"},
         {"name":"me@gmail.com","type":"EMAIL_ADDRESS","verification_status":"SUCCESS"},
         {"name":"you@yahoo.com","type":"EMAIL_ADDRESS","verification_status":"FAILED"}]
        """)
        let result = try doctor(emulator, ["--to", "me@gmail.com", "--to", "a@sub.example.org", "--to", "stranger@outlook.com",
                                           "--from", "news@example.org", "--format", "json", "--lang", "en"])
        #expect(result.status == 1, "a recipient check fails")
        let found = try checks(result)
        #expect(found.map(\.id) == ["sandbox", "sending-enabled", "review", "identities", "dkim", "suppression-list",
                                    "bounce-complaint-notifications", "quota", "recipient", "recipient", "recipient", "sender"])
        #expect(found.map(\.status) == ["warn", "pass", "warn", "warn", "fail", "warn", "pass", "pass", "pass", "pass", "fail", "pass"], "feedback forwarding is on by default")
        #expect(found[3].message == "3 identities are verified; these are not: new.example.com (PENDING), you@yahoo.com (FAILED).")
        #expect(found[4].message == "DKIM is not working for: broken.example.net (FAILED), new.example.com (PENDING).")
        #expect(found[10].message == "Neither stranger@outlook.com nor its domain is a verified identity: in the sandbox, mail to it is rejected (MessageRejected).")
        let lists = try await emulator.requests().filter { $0.operation == "ListEmailIdentities" }
        #expect(lists.count == 3, "five identities at two a page are three pages")
        #expect(try await emulator.requests().allSatisfy { $0.signature_valid == true })
    }

    @Test func healthyProductionAccountPasses() async throws {
        let emulator = try EmulatorProcess()
        try await emulator.putAccount(region: "eu-west-1", json: #"{"production_access":true,"max_24_hour_send":50000,"max_send_rate":14,"sent_last_24_hours":2000,"review":{"status":"GRANTED","case_id":"77"},"suppressed_reasons":["BOUNCE","COMPLAINT"]}"#)
        try await emulator.putIdentities(region: "eu-west-1", json: #"[{"name":"example.org","type":"DOMAIN","verification_status":"SUCCESS","dkim_status":"SUCCESS","dkim_signing_enabled":true}]"#)
        try await emulator.putConfigurationSets(region: "eu-west-1", json: #"[{"name":"transactional","event_destinations":[{"name":"to-sns","enabled":true,"matching_event_types":["BOUNCE","COMPLAINT","DELIVERY"],"sns_topic_arn":"arn:aws:sns:eu-west-1:123456789012:ses-events"}]},{"name":"quiet","event_destinations":[]}]"#)
        let result = try doctor(emulator, ["--region", "eu-west-1", "--to", "anyone@gmail.com", "--lang", "en"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.hasPrefix("Region eu-west-1\n✔ pass  sandbox: Production access is on: mail can go to any recipient.\n"))
        #expect(result.stdout.contains("✔ pass  bounce-complaint-notifications: Bounce and complaint events are sent to transactional/to-sns (SNS).\n"))
        #expect(result.stdout.contains("✔ pass  quota: Sent 2,000 of 50,000 messages in the last 24 hours; maximum rate 14 per second.\n"))
        #expect(!result.stdout.contains("fail"))
    }

    @Test func suppressedRecipientFailsWithTheReason() async throws {
        let emulator = try EmulatorProcess()
        try await emulator.putAccount(region: "us-east-1", json: #"{"production_access":true,"review":{"status":"GRANTED","case_id":"77"}}"#)
        try await emulator.putSuppressedDestinations(region: "us-east-1", json: #"[{"email_address":"gone+news@example.com","reason":"COMPLAINT","last_update_time":1767225600}]"#)
        let result = try doctor(emulator, ["--to", "gone+news@example.com", "--to", "fine@example.com", "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("""
            ✘ fail  recipient: gone+news@example.com is on the account-level suppression list after a complaint (since 2026-01-01): SES drops mail to it without delivering.
                    → Make sure the address can receive mail again, then remove it: `aws sesv2 delete-suppressed-destination --email-address gone+news@example.com --region us-east-1`.

            """), "\(result.stdout)")
        #expect(result.stdout.contains("✔ pass  recipient: Production access is on: mail to fine@example.com is accepted.\n"))
        let lookups = try await emulator.requests().filter { $0.operation == "GetSuppressedDestination" }
        #expect(Set(lookups.map(\.path)) == ["/v2/email/suppression/addresses/gone%2Bnews%40example.com",
                                            "/v2/email/suppression/addresses/fine%40example.com"])
        #expect(lookups.allSatisfy { $0.signature_valid == true })
    }

    @Test func everyIdentityIsReadInDetailNotJustTheFirst200() async throws {
        let emulator = try EmulatorProcess()
        let addresses = (1...204).map { #"{"name":"user\#($0)@example.org","verification_status":"SUCCESS"}"# }
        let last = #"{"name":"zz-last.example","type":"DOMAIN","verification_status":"SUCCESS","dkim_status":"FAILED"}"#
        try await emulator.putIdentities(region: "us-east-1", json: "[" + (addresses + [last]).joined(separator: ",") + "]")
        try await emulator.putSettings(json: #"{"page_size":100}"#)
        let result = try doctor(emulator, ["--format", "json", "--lang", "en"])
        let dkim = try #require(try checks(result).first { $0.id == "dkim" })
        #expect(dkim.status == "fail")
        #expect(dkim.message == "DKIM is not working for: zz-last.example (FAILED).")
        let details = try await emulator.requests().filter { $0.operation == "GetEmailIdentity" }
        #expect(details.count == 205)
        #expect(details.allSatisfy { $0.signature_valid == true && $0.status == 200 })
    }

    @Test func throttledDetailsAndAFailedConfigurationSetAreCouldNotReadAndTheRunGoesOn() async throws {
        let emulator = try EmulatorProcess()
        try await emulator.putIdentities(region: "us-east-1", json: """
            [{"name":"shop.example","type":"DOMAIN","verification_status":"SUCCESS","dkim_status":"SUCCESS","dkim_signing_enabled":true,"feedback_forwarding":false}]
            """)
        try await emulator.putConfigurationSets(region: "us-east-1", json: #"[{"name":"main","event_destinations":[]}]"#)
        try await emulator.addFaults("""
            [{"operation":"GetEmailIdentity","count":3,"action":"error","status":429,"code":"TooManyRequestsException","message":"slow down"},
             {"operation":"GetConfigurationSetEventDestinations","count":3,"action":"error","status":500,"code":"InternalFailure","message":"oops"}]
            """)
        let result = try doctor(emulator, ["--from", "news@shop.example", "--lang", "en"])
        #expect(result.status == 0, "nothing failed: what could not be read is a warning; \(result.stderr)")
        #expect(result.stdout.contains("! warn  dkim: Could not read the DKIM settings of shop.example (SESv2 TooManyRequestsException: slow down"),
                "\(result.stdout)")
        #expect(result.stdout.contains("! warn  bounce-complaint-notifications: Could not check where bounce and complaint notifications go; "
                                       + "these could not be read: the event destinations of configuration set main (SESv2 InternalFailure: oops"))
        #expect(result.stdout.contains("! warn  sender: news@shop.example is verified, but the DKIM settings of shop.example could not be read"))
        #expect(!result.stdout.contains("NOT_STARTED") && !result.stdout.contains("go nowhere"))
    }

    @Test func anInternationalisedRecipientMatchesItsPunycodeIdentityAndAutoValidationIsReported() async throws {
        let emulator = try EmulatorProcess()
        try await emulator.putAccount(region: "us-east-1", json: #"{"suppressed_reasons":["BOUNCE","COMPLAINT"],"auto_validation":{"enabled":true,"threshold":"MANAGED"}}"#)
        try await emulator.putIdentities(region: "us-east-1", json: #"[{"name":"xn--bcher-kva.example","type":"DOMAIN","verification_status":"SUCCESS"}]"#)
        let result = try doctor(emulator, ["--to", "leser@bücher.example", "--lang", "en"])
        #expect(result.stdout.contains("✔ pass  recipient: leser@bücher.example is covered by the verified identity xn--bcher-kva.example: the sandbox accepts mail to it.\n"),
                "\(result.stdout)")
        #expect(result.stdout.contains("✔ pass  suppression-list: The account-level suppression list is on for bounces and complaints. "
                                       + "Auto Validation is on: SES suppresses mail to addresses it judges invalid with MANAGED confidence or more.\n"))
    }

    @Test func throttledSuppressionLookupIsCouldNotReadNotAbsent() async throws {
        let emulator = try EmulatorProcess()
        try await emulator.putAccount(region: "us-east-1", json: #"{"production_access":true}"#)
        try await emulator.addFaults(#"[{"operation":"GetSuppressedDestination","count":3,"action":"error","status":429,"code":"TooManyRequestsException","message":"slow down"}]"#)
        let result = try doctor(emulator, ["--to", "someone@example.com", "--lang", "en"])
        #expect(result.stdout.contains("! warn  recipient: Could not read whether someone@example.com is on the suppression list (SESv2 TooManyRequestsException: slow down"), "\(result.stdout)")
    }

}
