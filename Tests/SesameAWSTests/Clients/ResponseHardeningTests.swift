import Foundation
import Testing
import TestSupport
@testable import SesameAWS

/// What hardening changed in reading responses, at the unit level, and the fuzzer's seed bodies
/// (`Fixtures/responses`), which must stay realistic: each parses as the output it stands for.
@Suite struct ResponseHardeningTests {
    static let responses = TestPaths.packageRoot.appendingPathComponent("Tests/SesameAWSTests/Fixtures/responses")

    func seed(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: Self.responses.appendingPathComponent(name)))
    }

    @Test func seedBodiesDecode() throws {
        let pending = try JSONDecoder().decode(SESAccount.self, from: Data(try seed("get-account-pending-review.json")))
        #expect(pending.details?.review == SESAccount.ReviewDetails(status: "PENDING", caseId: "172839465"))
        #expect(pending.sendQuota?.sentLast24Hours == 187)
        let identity = try JSONDecoder().decode(EmailIdentity.self, from: Data(try seed("get-email-identity-failed-iso-timestamps.json")))
        #expect(identity.verificationInfo?.lastCheckedTimestamp != nil && identity.verificationInfo?.lastSuccessTimestamp != nil)
        struct Destinations: Decodable { var EventDestinations: [EventDestination] }
        let destinations = try JSONDecoder().decode(Destinations.self, from: Data(try seed("get-configuration-set-event-destinations.json")))
        #expect(destinations.EventDestinations.map(\.name) == ["to-sns", "to-bus", "to-firehose", "to-cloudwatch", "to-pinpoint"])
        #expect(destinations.EventDestinations[3].hasCloudWatchDestination)

        let credentials = try STSClient.parseCredentials(HTTPResponse(status: 200, body: try seed("sts-assume-role.xml")), operation: "AssumeRole")
        #expect(credentials.sessionToken == "IQoJb3JpZ2luX2VjEXAMPLE+/session&token==")
        let expired = ErrorResponseParser.queryXML(HTTPResponse(status: 400, body: try seed("sts-error-expired-token.xml")), service: "STS")
        #expect(expired.code == "ExpiredTokenException")
        #expect(expired.message == "The security token included in the request is expired — renew it <now>")
        let bad = ErrorResponseParser.restJSON(HTTPResponse(status: 400, body: try seed("error-rest-json-bad-request.json")), service: "SESv2")
        #expect(bad.code == "BadRequestException")
        let html = ErrorResponseParser.restJSON(HTTPResponse(status: 503, body: try seed("html-503.html")), service: "SESv2")
        #expect(html == AWSServiceError(service: "SESv2", code: "503", message: "Service Unavailable", status: 503))
    }

    @Test func anAccountWithNoneOfItsMembersIsAnError() {
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(SESAccount.self, from: Data("{}".utf8)) }
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(SESAccount.self, from: Data(#"{"Something":1}"#.utf8)) }
        #expect((try? JSONDecoder().decode(SESAccount.self, from: Data(#"{"SendingEnabled":true}"#.utf8)))?.sendingEnabled == true)
    }

    @Test func undecodableBodiesAreExplained() {
        func reason<T: Decodable>(_ type: T.Type, _ body: String) -> String {
            do {
                _ = try JSONDecoder().decode(T.self, from: Data(body.utf8))
                return "decoded"
            } catch {
                return ServiceConnection.reason(for: error, body: Array(body.utf8))
            }
        }
        #expect(reason(SESAccount.self, "<html>\n<body>Gateway</body></html>") == "the body is not JSON (it begins “<html> <body>Gateway</body></html>”)")
        #expect(reason(SESAccount.self, #"{"SendQuota":{"Max24HourSend":"lots"}}"#) == "`SendQuota.Max24HourSend` is not a number")
        #expect(reason(SESAccount.self, "[]") == "the body is not an object")
        #expect(reason(EventDestination.self, #"{"Enabled":true}"#) == "`Name` is missing")
        #expect(reason(EventDestination.self, #"{"Name":null}"#) == "`Name` is null")
    }

    /// AWSResponseFuzzer: in malformed XML the parser read `<AssumedRoleId>A` as the secret key
    /// (up to `</SecretAccessKey>`) while --debug redacted only up to the next `<`, and showed it.
    @Test func debugHidesWhateverTheParserTookForTheSecret() throws {
        let response = HTTPResponse(status: 200, body: try seed("fuzz-sts-secret-with-markup.xml"))
        let credentials = try STSClient.parseCredentials(response, operation: "AssumeRole")
        #expect(credentials.secretAccessKey == "<AssumedRoleId>A")
        let request = HTTPRequest(method: "POST", url: "https://sts.amazonaws.com/")
        let shown = HTTPExchange(attempt: 1, request: request, response: response, transportError: nil).description
        #expect(!shown.contains(credentials.secretAccessKey))
        #expect(shown.contains("<SecretAccessKey><redacted></SecretAccessKey>"))

        let small = Array("<SecretAccessKey>ab<c>d&lt;e</SecretAccessKey><SessionToken>t<x/>t</SessionToken>".utf8)
        #expect(String(decoding: Redaction.redactedBody(small), as: UTF8.self)
            == "<SecretAccessKey><redacted></SecretAccessKey><SessionToken><redacted></SessionToken>")
    }

    @Test func aRedirectSaysWhereItPointed() {
        let response = HTTPResponse(status: 301, headers: [("Location", "https://elsewhere.example/")])
        for error in [ErrorResponseParser.restJSON(response, service: "SESv2"), ErrorResponseParser.json11(response, service: "Support"),
                      ErrorResponseParser.queryXML(response, service: "STS")] {
            #expect(error.code == "301")
            #expect(error.message == "the endpoint answered with a redirect to https://elsewhere.example/, which is not followed; check the endpoint URL (--endpoint-url, AWS_ENDPOINT_URL)")
        }
    }
}
