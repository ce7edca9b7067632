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

    /// AWS Sign-In's CreateOAuth2Token: the refresh token, the DPoP proof and the issued keys.
    @Test func signinExchangesLoseSecrets() {
        let request = HTTPRequest(method: "POST", url: "https://us-east-1.signin.aws.amazon.com/v1/token",
                                  headers: [("DPoP", "eyJ0.eyJo.c2ln")],
                                  body: Array(#"{"clientId":"c","refreshToken":"r3fr3sh","grantType":"refresh_token"}"#.utf8))
        let response = HTTPResponse(status: 200, headers: [], body: Array(
            #"{"accessToken":{"accessKeyId":"ASIA1","secretAccessKey":"s3cr3t","sessionToken":"tok"},"expiresIn":900,"refreshToken":"n3xt"}"#.utf8))
        let exchange = HTTPExchange(attempt: 1, request: request, response: response, transportError: nil)
        #expect(exchange.request.header("DPoP") == "<redacted>")
        #expect(String(decoding: exchange.request.body, as: UTF8.self)
            == #"{"clientId":"c","refreshToken":"<redacted>","grantType":"refresh_token"}"#)
        #expect(String(decoding: exchange.response?.body ?? [], as: UTF8.self)
            == #"{"accessToken":{"accessKeyId":"ASIA1","secretAccessKey":"<redacted>","sessionToken":"<redacted>"},"expiresIn":900,"refreshToken":"<redacted>"}"#)
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

/// Passwords in URLs are shown as git shows them; the user name and the rest stay.
@Suite struct URLPasswordRedactionTests {
    @Test(arguments: [
        ("https://me:hunter2@h.example/p?q=1", "https://me:<redacted>@h.example/p?q=1"),
        ("http://me:p@ss:w0rd@127.0.0.1:9/", "http://me:<redacted>@127.0.0.1:9/"),
        ("http://:secret@h", "http://:<redacted>@h"),
        ("http://me@h/x:y@z", "http://me@h/x:y@z"),
        ("http://h:80/a@b", "http://h:80/a@b"),
        ("not a url me:pw@h", "not a url me:pw@h"),
        ("ftp://u:pw@h", "ftp://u:<redacted>@h"),
    ])
    func redacts(url: String, shown: String) {
        #expect(URLParts.redactingPassword(in: url) == shown)
    }

    @Test func transportErrorsAndDebugOutputUseIt() {
        #expect(TransportError(kind: .connectionRefused, url: "http://u:pw@h/", detail: "no").description == "connection to http://u:<redacted>@h/ refused: no")
        let exchange = HTTPExchange(attempt: 1, request: HTTPRequest(method: "GET", url: "http://u:pw@h/"), response: nil, transportError: nil)
        #expect(exchange.description == "> GET http://u:<redacted>@h/ (attempt 1)")
    }
}

/// A CR or LF in a value that becomes a header would end that header and start one of the
/// value's choosing: the chain refuses such credentials, the transport any such header.
@Suite struct HeaderInjectionTests {
    struct Fixed: CredentialSource {
        var credentials: AWSCredentials
        var name: CredentialSourceName { .process }
        func load() async throws -> AWSCredentials? { credentials }
    }

    @Test(arguments: ["TOKEN\r\nX-Injected: 1", "TOKEN\nX: 1", "TOKEN\0"])
    func theChainRefusesABrokenSessionToken(token: String) async {
        let chain = CredentialChain(sources: [Fixed(credentials: AWSCredentials(accessKeyId: "AKID", secretAccessKey: "s", sessionToken: token))])
        await #expect(throws: CredentialError.sourceFailed(source: .process, reason: .lineBreak(part: .sessionToken))) {
            _ = try await chain.resolve()
        }
    }

    @Test func theChainRefusesABrokenKeyId() async {
        let chain = CredentialChain(sources: [Fixed(credentials: AWSCredentials(accessKeyId: "AKID\r\nX: 1", secretAccessKey: "s"))])
        await #expect(throws: CredentialError.sourceFailed(source: .process, reason: .lineBreak(part: .accessKeyId))) {
            _ = try await chain.resolve()
        }
    }

    @Test func theTransportRefusesAnyHeaderWithALineBreak() async {
        let request = HTTPRequest(method: "GET", url: "http://127.0.0.1:9/", headers: [("X-Test", "a\r\nX-Injected: 1")])
        await #expect(throws: TransportError(kind: .other, url: "http://127.0.0.1:9/", detail: "the X-Test header contains a line break (CR or LF); refusing to send it")) {
            _ = try await CurlTransport().send(request)
        }
    }
}
