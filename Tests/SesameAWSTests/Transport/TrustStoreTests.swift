import Foundation
@testable import SesameAWS
import Testing
import TestSupport

/// The system's hashed certificate directory first, libcurl's built-in bundle when the directory
/// does not vouch for the server: the same certificates accepted and refused as with the bundle alone.
@Suite struct TrustStoreTests {
    @Test func theConfiguredBundleWinsThenTheDirectoryThenTheDefaults() {
        #expect(TrustStore.first(caBundlePath: "/ca.pem", systemDirectory: "/etc/ssl/certs") == .bundle("/ca.pem"))
        #expect(TrustStore.first(caBundlePath: nil, systemDirectory: "/etc/ssl/certs") == .systemDirectory("/etc/ssl/certs"))
        #expect(TrustStore.first(caBundlePath: nil, systemDirectory: nil) == .systemDefault)
    }

    @Test func onlyTheDirectoryFallsBackToTheDefaults() {
        #expect(TrustStore.systemDirectory("/etc/ssl/certs").fallback == .systemDefault)
        #expect(TrustStore.systemDefault.fallback == nil)
        #expect(TrustStore.bundle("/ca.pem").fallback == nil)
    }

    @Test func hashedNamesAreEightHexDigitsADotAndANumber() {
        #expect(TrustStore.isHashedName("5ad8a5d6.0"))
        #expect(TrustStore.isHashedName("002c0b4f.12"))
        for name in ["5AD8A5D6.0", "5ad8a5d.0", "5ad8a5d6.", "5ad8a5d6.r0", "5ad8a5d6", "ca-certificates.crt", "5ad8a5d6.0.pem", ".", ".."] {
            #expect(!TrustStore.isHashedName(name), "\(name)")
        }
    }

    @Test func aDirectoryCountsOnlyWithAHashedName() throws {
        let folder = try TemporaryDirectory()
        #expect(!TrustStore.isHashedDirectory(folder.path))
        try folder.write("ca-certificates.crt", "")
        #expect(!TrustStore.isHashedDirectory(folder.path))
        try folder.write("5ad8a5d6.0", "")
        #expect(TrustStore.isHashedDirectory(folder.path))
        #expect(!TrustStore.isHashedDirectory(folder.path + "/missing"))
    }

    /// A directory holding the test CA under its hash verifies the server on its own.
    @Test func theHashedDirectoryVerifiesTheServer() async throws {
        let authority = try TestCertificateAuthority()
        let emulator = try EmulatorProcess(tls: try authority.issue(commonName: "127.0.0.1", subjectAltNames: ["IP:127.0.0.1"]))
        let folder = try TemporaryDirectory()
        try folder.write(try Self.subjectHash(of: authority.certificatePath) + ".0", try String(contentsOfFile: authority.certificatePath, encoding: .utf8))
        let transport = CurlTransport(configuration: .init(connectTimeout: 5, totalTimeout: 10, certificateDirectory: folder.path))
        let response = try await transport.send(HTTPRequest(method: "GET", url: emulator.baseURL + "/v2/email/account"))
        #expect(response.status == 403, "unsigned, so refused by the emulator: but over a verified connection")
    }

    /// A directory without the CA, then the built-in bundle, both refuse: libcurl's reason is the bundle's.
    @Test func aServerNeitherVouchesForIsRefused() async throws {
        let authority = try TestCertificateAuthority()
        let emulator = try EmulatorProcess(tls: try authority.issue(commonName: "127.0.0.1", subjectAltNames: ["IP:127.0.0.1"]))
        let folder = try TemporaryDirectory()
        try folder.write("00000000.0", "")
        let transport = CurlTransport(configuration: .init(connectTimeout: 5, totalTimeout: 10, certificateDirectory: folder.path))
        let error = await #expect(throws: TransportError.self) {
            try await transport.send(HTTPRequest(method: "GET", url: emulator.baseURL + "/v2/email/account"))
        }
        #expect(error?.kind == .tlsCertificate)
        #expect(error?.detail == "SSL certificate problem: unable to get local issuer certificate")
        #expect(try await emulator.requests().isEmpty, "no request got through")
    }

    /// `openssl x509 -hash`: the name OpenSSL looks a CA up by in a hashed directory.
    static func subjectHash(of certificate: String) throws -> String {
        let result = try CommandRunner.run(URL(fileURLWithPath: "/usr/bin/env"), ["openssl", "x509", "-hash", "-noout", "-in", certificate])
        try #require(result.status == 0, "\(result.stderr)")
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
