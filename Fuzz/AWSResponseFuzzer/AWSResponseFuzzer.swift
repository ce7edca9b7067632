// libFuzzer entry point: arbitrary bytes as the body of an AWS response, through everything
// that reads one — the JSON outputs sesame decodes (GetAccount, ListEmailIdentities,
// GetEmailIdentity, ListConfigurationSets, GetConfigurationSetEventDestinations, CreateCase),
// the explanation of an undecodable body, the rest-json / JSON 1.1 / query-XML error parsers,
// STS credentials, the --debug redaction, and doctor's judgement of a decoded account.
// Built only by scripts/fuzz (SESAME_FUZZ=1), in a debug build, so internals are testable.
@testable import SesameAWS
import SesameCore

/// Runs a few realistic bodies once, so that lazily built globals (decoders' caches, the
/// doctor's messages) exist before fuzzing and are not mistaken for leaks.
@_cdecl("LLVMFuzzerInitialize")
public func initialize(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> CInt {
    let bodies = [
        #"{"ProductionAccessEnabled":false,"SendingEnabled":true,"EnforcementStatus":"HEALTHY","SendQuota":{"Max24HourSend":200.0,"MaxSendRate":1.0,"SentLast24Hours":3.0},"Details":{"ReviewDetails":{"Status":"PENDING","CaseId":"1"}}}"#,
        #"{"DkimAttributes":{"SigningEnabled":true,"Status":"SUCCESS"},"VerificationInfo":{"LastCheckedTimestamp":1.7e9,"LastSuccessTimestamp":"2026-01-02T03:04:05Z"}}"#,
        #"{"__type":"ThrottlingException","message":"slow"}"#,
        "<ErrorResponse><Error><Code>AccessDenied</Code><Message>no &amp; no</Message></Error><RequestId>r</RequestId></ErrorResponse>",
        "<AssumeRoleResult><Credentials><AccessKeyId>ASIA</AccessKeyId><SecretAccessKey>s</SecretAccessKey><SessionToken>t</SessionToken><Expiration>2026-01-01T00:00:00Z</Expiration></Credentials></AssumeRoleResult>",
    ]
    for body in bodies {
        _ = Array(body.utf8).withUnsafeBufferPointer { fuzzResponse($0.baseAddress!, $0.count) }
    }
    return 0
}

/// Statuses the body is read under (picked by the input's length, so a seed's bytes stay its own).
private let statuses = [200, 400, 403, 404, 409, 429, 500, 503, 307]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzResponse(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let body = Array(UnsafeBufferPointer(start: data, count: size))
    let status = statuses[size % statuses.count]

    // Success outputs, decoded as ServiceConnection.sendJSON does (an empty body is `{}`).
    let json = body.isEmpty ? Array("{}".utf8) : body
    if let account = decode(SESAccount.self, json) { judge(account) }
    _ = decode(EmailIdentity.self, json)
    _ = decode(IdentitiesPage.self, json)
    _ = decode(ConfigurationSetsPage.self, json)
    _ = decode(EventDestinationsOutput.self, json)
    _ = decode(CaseOutput.self, json)

    // Error bodies under every protocol, with and without the rest-json error-type header.
    let headers: [(name: String, value: String)] = [("x-amzn-RequestId", "fuzz"), ("Location", "http://127.0.0.1:1/")]
    let typed = headers + [("X-Amzn-ErrorType", String(decoding: body.prefix(48), as: UTF8.self))]
    for response in [HTTPResponse(status: status, headers: headers, body: body), HTTPResponse(status: status, headers: typed, body: body)] {
        _ = ErrorResponseParser.restJSON(response, service: "SESv2").description
        _ = ErrorResponseParser.json11(response, service: "Support").description
        _ = ErrorResponseParser.queryXML(response, service: "STS").description
    }

    // STS credentials, and --debug never showing the secret it found.
    let response = HTTPResponse(status: 200, headers: headers, body: body)
    let credentials = try? STSClient.parseCredentials(response, operation: "AssumeRole")
    let request = HTTPRequest(method: "POST", url: "https://sts.amazonaws.com/", headers: [("Host", "sts.amazonaws.com")], body: body)
    let shown = HTTPExchange(attempt: 1, request: request, response: response, transportError: nil).description
    if let secret = credentials?.secretAccessKey, secret.count >= 8, !"<redacted>".contains(secret),
       occurrences(of: secret, in: response.bodyText) == 1, shown.contains(secret) {
        fatalError("--debug output shows the SecretAccessKey the STS response carried")
    }
    return 0
}

private func decode<Output: Decodable>(_ type: Output.Type, _ body: [UInt8]) -> Output? {
    do {
        return try JSONDecoder().decode(Output.self, from: Data(body))
    } catch {
        _ = ServiceConnection.reason(for: error, body: body)
        return nil
    }
}

/// What `status` and `doctor` do with an account: format its numbers, judge it, print the report.
private func judge(_ account: SESAccount) {
    let quota = account.sendQuota
    for value in [quota?.max24HourSend, quota?.maxSendRate, quota?.sentLast24Hours].compactMap({ $0 }) {
        _ = Language.en.format(count: value)
    }
    let status = AccountStatus(
        productionAccess: account.productionAccessEnabled, sendingEnabled: account.sendingEnabled,
        enforcementStatus: account.enforcementStatus, max24HourSend: quota?.max24HourSend,
        maxSendRate: quota?.maxSendRate, sentLast24Hours: quota?.sentLast24Hours,
        review: Review(status: account.details?.review?.status, caseID: account.details?.review?.caseId))
    let snapshot = AccountSnapshot(region: "us-east-1", account: status, suppressedReasons: account.suppressedReasons)
    for language in [Language.en, .ja] {
        let report = Doctor(language: language).diagnose(snapshot, recipients: ["someone@example.org"], sender: "news@example.org")
        _ = report.text(colors: false)
        _ = report.json.serialized(pretty: true)
    }
}

private func occurrences(of needle: String, in text: String) -> Int {
    var count = 0
    var rest = Substring(text)
    while let range = rest.range(ofTag: needle) {
        count += 1
        rest = rest[range.upperBound...]
    }
    return count
}

// The page and output shapes the clients declare inside their methods.
private struct IdentitiesPage: Decodable { var EmailIdentities: [EmailIdentitySummary]?; var NextToken: String? }
private struct ConfigurationSetsPage: Decodable { var ConfigurationSets: [String]?; var NextToken: String? }
private struct EventDestinationsOutput: Decodable { var EventDestinations: [EventDestination]? }
private struct CaseOutput: Decodable { var caseId: String? }
