import Testing
@testable import SesameAWS

@Suite struct RedactionTests {
    @Test func headersLoseSignatureAndTokens() {
        let request = HTTPRequest(method: "GET", url: "https://x/", headers: [
            ("Authorization", "AWS4-HMAC-SHA256 Credential=AKID/20150830/us-east-1/ses/aws4_request, SignedHeaders=host, Signature=abcdef"),
            ("X-Amz-Security-Token", "TOKEN123"),
            ("Host", "x"),
        ])
        let redacted = HTTPExchange(attempt: 1, request: request, response: nil, transportError: nil).request
        #expect(redacted.header("Authorization")
            == "AWS4-HMAC-SHA256 Credential=AKID/20150830/us-east-1/ses/aws4_request, SignedHeaders=host, Signature=<redacted>")
        #expect(redacted.header("X-Amz-Security-Token") == "<redacted>")
        #expect(redacted.header("Host") == "x")
    }

    @Test func exchangeTextForDebugOutput() {
        let exchange = HTTPExchange(
            attempt: 2, request: HTTPRequest(method: "GET", url: "https://x/v2/email/account", headers: [("X-Amz-Security-Token", "T")]),
            response: HTTPResponse(status: 200, headers: [("Content-Type", "application/json")], body: Array("{}".utf8)),
            transportError: nil)
        #expect(exchange.description == """
            > GET https://x/v2/email/account (attempt 2)
            > X-Amz-Security-Token: <redacted>
            < HTTP 200
            < Content-Type: application/json
            <
            {}
            """)
    }

    @Test func bodiesLoseSecrets() {
        let xml = "<Credentials><AccessKeyId>ASIA1</AccessKeyId><SecretAccessKey>s3cr3t</SecretAccessKey><SessionToken>tok</SessionToken></Credentials>"
        #expect(String(decoding: Redaction.redactedBody(Array(xml.utf8)), as: UTF8.self)
            == "<Credentials><AccessKeyId>ASIA1</AccessKeyId><SecretAccessKey><redacted></SecretAccessKey><SessionToken><redacted></SessionToken></Credentials>")
        let json = #"{"AccessKeyId": "A", "SecretAccessKey": "s3cr3t", "Token":"tok"}"#
        #expect(String(decoding: Redaction.redactedBody(Array(json.utf8)), as: UTF8.self)
            == #"{"AccessKeyId": "A", "SecretAccessKey": "<redacted>", "Token":"<redacted>"}"#)
        let form = "Action=AssumeRoleWithWebIdentity&WebIdentityToken=eyJhbGci&RoleArn=arn"
        #expect(String(decoding: Redaction.redactedBody(Array(form.utf8)), as: UTF8.self)
            == "Action=AssumeRoleWithWebIdentity&WebIdentityToken=<redacted>&RoleArn=arn")
    }

    @Test func credentialsDescriptionsHideSecrets() {
        let credentials = AWSCredentials(accessKeyId: "AKID", secretAccessKey: "SECRETKEY", sessionToken: "SESSIONTOKEN")
        for text in ["\(credentials)", String(reflecting: credentials)] {
            #expect(text.contains("AKID"))
            #expect(!text.contains("SECRETKEY"))
            #expect(!text.contains("SESSIONTOKEN"))
        }
    }
}
