import Foundation
import Testing
import TestSupport

/// The host sesame picks, proved on the wire: the real binary reaches AWS's own host names
/// through the emulator's CONNECT tunnel (`https_proxy`, a test CA in `AWS_CA_BUNDLE`), and the
/// emulator judges each `Host` against botocore's endpoint rule sets.
@Suite("endpoint variants through sesame", .serialized)
struct EndpointVariantCommandTests {
    static let hosts = [
        "email-fips.us-east-1.amazonaws.com", "email.us-east-1.api.aws", "email-fips.us-east-1.api.aws",
        "email.eusc-de-east-1.amazonaws.eu", "email.cn-north-1.amazonaws.com.cn",
    ]

    let authority: TestCertificateAuthority
    let emulator: EmulatorProcess
    let home: URL

    init() throws {
        authority = try TestCertificateAuthority()
        let leaf = try authority.issue(commonName: "aws hosts", subjectAltNames: Self.hosts.map { "DNS:\($0)" })
        emulator = try EmulatorProcess(arguments: ["--tunnel-cert", leaf.certificatePath, "--tunnel-key", leaf.keyPath])
        home = try TestPaths.temporaryFolder()
    }

    func status(_ arguments: [String], environment extra: [String: String] = [:], config: String = "") throws -> CommandResult {
        try config.write(to: home.appendingPathComponent("config"), atomically: true, encoding: .utf8)
        let environment = [
            "HOME": home.path, "AWS_CONFIG_FILE": home.appendingPathComponent("config").path,
            "AWS_ACCESS_KEY_ID": EmulatorProcess.accessKeyId, "AWS_SECRET_ACCESS_KEY": EmulatorProcess.secretAccessKey,
            "AWS_REGION": "us-east-1", "https_proxy": emulator.baseURL, "AWS_CA_BUNDLE": authority.certificatePath,
        ].merging(extra) { $1 }
        return try CommandRunner.sesame(["status"] + arguments, environment: environment)
    }

    /// The one logged GetAccount: its `Host` and the form the emulator recognised it as.
    func loggedHost() async throws -> (host: String?, variant: String?, signed: Bool?) {
        let requests = try await emulator.requests()
        try #require(requests.count == 1)
        return (requests[0].headers?["Host"], requests[0].endpoint_variant, requests[0].signature_valid)
    }

    @Test func fipsFromTheEnvironment() async throws {
        let result = try status([], environment: ["AWS_USE_FIPS_ENDPOINT": "true"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("us-east-1  sandbox  enabled"))
        let logged = try await loggedHost()
        #expect(logged.host == "email-fips.us-east-1.amazonaws.com" && logged.variant == "fips" && logged.signed == true)
    }

    @Test func dualStackFromTheProfileAndBothTogether() async throws {
        var result = try status([], config: "[default]\nuse_dualstack_endpoint = true\n")
        #expect(result.status == 0, "\(result.stderr)")
        var logged = try await loggedHost()
        #expect(logged.host == "email.us-east-1.api.aws" && logged.variant == "dualstack")
        try await emulator.control("DELETE", "requests")
        result = try status([], environment: ["AWS_USE_FIPS_ENDPOINT": "true"], config: "[default]\nuse_dualstack_endpoint = true\n")
        #expect(result.status == 0, "\(result.stderr)")
        logged = try await loggedHost()
        #expect(logged.host == "email-fips.us-east-1.api.aws" && logged.variant == "fips-dualstack")
    }

    @Test(arguments: [("eusc-de-east-1", "email.eusc-de-east-1.amazonaws.eu"), ("cn-north-1", "email.cn-north-1.amazonaws.com.cn")])
    func partitionsGetTheirOwnDomain(region: String, host: String) async throws {
        let result = try status(["--region", region])
        #expect(result.status == 0, "\(result.stderr)")
        let logged = try await loggedHost()
        #expect(logged.host == host && logged.variant == "standard" && logged.signed == true)
    }
}
