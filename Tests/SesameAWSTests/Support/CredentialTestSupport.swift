import Foundation
@testable import SesameAWS

/// A settable clock for tests.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    init(_ start: Date = Date(timeIntervalSince1970: 1_800_000_000)) { current = start }  // 2027-01-15T08:00:00Z

    var now: Date { lock.withLock { current } }
    func advance(_ seconds: Double) { lock.withLock { current += seconds } }
    var function: @Sendable () -> Date { { self.now } }
}

/// An STS `AssumeRole`/`AssumeRoleWithWebIdentity` success body.
func stsCredentialsXML(_ operation: String, keyId: String, expiration: String = "2030-01-01T00:00:00Z") -> String {
    """
    <\(operation)Response xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><\(operation)Result><Credentials>\
    <AccessKeyId>\(keyId)</AccessKeyId><SecretAccessKey>secret-of-\(keyId)</SecretAccessKey>\
    <SessionToken>token-of-\(keyId)</SessionToken><Expiration>\(expiration)</Expiration></Credentials>\
    </\(operation)Result><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></\(operation)Response>
    """
}

/// Settings for credential sources with everything injected: STS and metadata requests go
/// to `transport` (each tried `maxAttempts` times, without waiting), files are read from `config`.
func credentialSettings(
    environment: [String: String] = [:], config: SharedConfig = SharedConfig(), explicitProfile: String? = nil,
    transport: FakeTransport = FakeTransport(responses: [HTTPResponse(status: 599)]), clock: TestClock = TestClock(),
    homeDirectory: String = "/nonexistent-sesame-test-home", region: String? = nil,
    mfaCodeReader: (any MFACodeReader)? = nil, maxAttempts: Int = 1
) -> CredentialSourceSettings {
    let factory = ClientFactory(
        transport: transport,
        endpoints: EndpointResolver(explicitURL: nil, environment: [:], profile: SharedConfig.Profile(name: "default"),
                                    config: SharedConfig()),
        retryPolicy: RetryPolicy(maxAttempts: maxAttempts), random: { 0 }, sleep: { _ in }, clock: clock.function, debugSink: nil)
    return CredentialSourceSettings(
        environment: environment, selection: ProfileSelection(explicit: explicitProfile, environment: environment),
        config: config, homeDirectory: homeDirectory, region: region, clock: clock.function, random: { 0.5 }, sleep: { _ in },
        sts: { credentials in
            STSClient(connection: try factory.connection(.sts, region: "us-east-1", credentials: credentials,
                                                         parseError: ErrorResponseParser.queryXML))
        },
        unsignedConnection: { service, region in
            try factory.connection(service, region: region, credentials: nil, parseError: ErrorResponseParser.restJSON)
        },
        metadataTransport: { _ in transport }, mfaCodeReader: mfaCodeReader)
}

func sharedConfig(config: String = "", credentials: String = "") throws -> SharedConfig {
    SharedConfig(configFile: try INIFile(parsing: config), credentialsFile: try INIFile(parsing: credentials))
}

func formFields(_ request: HTTPRequest) -> [String: String] {
    var fields: [String: String] = [:]
    for pair in String(decoding: request.body, as: UTF8.self).split(separator: "&") {
        let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
        fields[parts[0]] = parts.count > 1 ? parts[1].removingPercentEncoding : ""
    }
    return fields
}
