import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// Credential sources are bounded and never hang: output caps on `credential_process`, a size cap
/// and a regular-file rule on token files, no network credential source in `--dry-run`, and the
/// container endpoint's loopback rule parsed as an address.
@Suite("hardening: credential sources are bounded")
struct CredentialLimitsTests {
    /// Static keys cleared, so the chain goes on to the source under test.
    static let noKeys = ["AWS_ACCESS_KEY_ID": "", "AWS_SECRET_ACCESS_KEY": "", "AWS_REGION": "us-east-1", "AWS_MAX_ATTEMPTS": "1"]

    private func configFolder(_ config: String) throws -> (URL, [String: String]) {
        let folder = try TestPaths.temporaryFolder()
        let url = folder.appendingPathComponent("config")
        try config.write(to: url, atomically: true, encoding: .utf8)
        return (folder, Self.noKeys.merging(["AWS_CONFIG_FILE": url.path]) { _, new in new })
    }

    private func script(_ body: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent("tool-\(UUID().uuidString).sh")
        try "#!/bin/sh\n\(body)\n".write(to: url, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        return url.path
    }

    @Test func hugeCredentialProcessOutputIsRefused() throws {
        let folder = try TestPaths.temporaryFolder()
        let tool = try script("head -c 20000000 /dev/zero", in: folder)
        let (_, env) = try configFolder("[default]\ncredential_process = \(tool)\n")
        let result = try CommandRunner.sesame(["status", "--endpoint-url", "http://127.0.0.1:9/"], environment: env, timeout: 30)
        #expect(result.status == 3)
        #expect(result.stderr.contains("credentials from credential_process failed: it wrote more than 4 MiB to its standard output; it was stopped and its output ignored"),
                "\(result.stderr)")
    }

    @Test func aFloodOnStandardErrorIsNotPrinted() throws {
        let folder = try TestPaths.temporaryFolder()
        let flood = try script("head -c 50000000 /dev/zero | tr '\\000' x >&2; exit 1", in: folder)
        let (_, env) = try configFolder("[default]\ncredential_process = \(flood)\n")
        let result = try CommandRunner.sesame(["status", "--endpoint-url", "http://127.0.0.1:9/"], environment: env, timeout: 30)
        #expect(result.status == 3)
        #expect(result.stderr.contains("it wrote more than 4 MiB to its standard error"), "\(result.stderr.prefix(300))")
        #expect(result.stderr.utf8.count < 2_000)

        let chatty = try script("head -c 100000 /dev/zero | tr '\\000' y >&2; exit 1", in: folder)
        let (_, env2) = try configFolder("[default]\ncredential_process = \(chatty)\n")
        let shown = try CommandRunner.sesame(["status", "--endpoint-url", "http://127.0.0.1:9/"], environment: env2, timeout: 30)
        #expect(shown.status == 3)
        #expect(shown.stderr.contains("exited with status 1: " + String(repeating: "y", count: 2_000) + " …"), "\(shown.stderr.prefix(200))")
        #expect(shown.stderr.utf8.count < 2_500)
    }

    @Test func aHugeWebIdentityTokenIsRefused() throws {
        let folder = try TestPaths.temporaryFolder()
        let token = folder.appendingPathComponent("token")
        try Data(repeating: UInt8(ascii: "a"), count: 3 << 20).write(to: token)
        var env = Self.noKeys
        env["AWS_WEB_IDENTITY_TOKEN_FILE"] = token.path
        env["AWS_ROLE_ARN"] = "arn:aws:iam::123456789012:role/ci"
        let result = try CommandRunner.sesame(["status", "--endpoint-url", "http://127.0.0.1:9/"], environment: env, timeout: 30)
        #expect(result.status == 3)
        #expect(result.stderr.contains("credentials from web identity failed: web identity token file \(token.path) is over the 1 MiB limit for a token"), "\(result.stderr)")
    }

    @Test func aFIFOAsTheTokenFileIsRefusedNotWaitedOn() throws {
        let folder = try TestPaths.temporaryFolder()
        let fifo = folder.appendingPathComponent("token").path
        #expect(mkfifo(fifo, 0o600) == 0)
        var env = Self.noKeys
        env["AWS_WEB_IDENTITY_TOKEN_FILE"] = fifo
        env["AWS_ROLE_ARN"] = "arn:aws:iam::123456789012:role/ci"
        let result = try CommandRunner.sesame(["status", "--endpoint-url", "http://127.0.0.1:9/"], environment: env, timeout: 15)
        #expect(result.status == 3)
        #expect(result.stderr.contains("web identity token file \(fifo) is not a regular file"), "\(result.stderr)")
    }

    /// `--dry-run` sends nothing: with only the container endpoint configured, it is not asked.
    @Test func dryRunDoesNotAskTheContainerEndpoint() throws {
        let server = try HostileServer()
        var env = Self.noKeys
        env["AWS_CONTAINER_CREDENTIALS_FULL_URI"] = server.url("escapes")
        let result = try CommandRunner.sesame(["submit", "examples/saas-transactional.yaml", "--dry-run", "--region", "us-east-1"], environment: env)
        #expect(result.status == 3, "\(result.stderr)")
        #expect(result.stderr.contains("unable to locate credentials"), "\(result.stderr)")
        #expect(!result.stderr.contains("container credentials"), "not even tried: \(result.stderr)")
        #expect(try server.requests().isEmpty)
    }

    /// botocore's rule (`ip_address(host).is_loopback`): names that only look like loopback addresses go to DNS, so they are refused.
    @Test(arguments: ["http://127.999.999.999/creds", "http://127.0.0.1./creds", "http://127.0.0.01/creds", "http://127.1/creds"])
    func containerHostsThatOnlyLookLoopbackAreRefused(url: String) throws {
        var env = Self.noKeys
        env["AWS_CONTAINER_CREDENTIALS_FULL_URI"] = url
        let result = try CommandRunner.sesame(["status", "--endpoint-url", "http://127.0.0.1:9/"], environment: env)
        #expect(result.status == 3)
        #expect(result.stderr.contains("AWS_CONTAINER_CREDENTIALS_FULL_URI must use https or a loopback or container host"), "\(result.stderr)")
    }

    @Test func aFIFOAsAProfileOrDraftOrOutputIsRefused() throws {
        let folder = try TestPaths.temporaryFolder()
        let fifo = folder.appendingPathComponent("p.yaml").path
        #expect(mkfifo(fifo, 0o600) == 0)
        for command in [["validate", fifo], ["lint", fifo], ["render", fifo], ["submit", fifo, "--dry-run"]] {
            let result = try CommandRunner.sesame(command, timeout: 15)
            #expect(result.status == 2, "\(command): \(result.stderr)")
            #expect(result.stderr.contains("is not a regular file (a FIFO, socket or device)") || result.stdout.contains("is not a regular file (a FIFO, socket or device)"),
                    "\(command): \(result.stdout)\(result.stderr)")
        }
        let template = try CommandRunner.sesame(["render", "examples/saas-transactional.yaml", "--template", fifo], timeout: 15)
        #expect(template.status == 2)
        #expect(template.stderr.contains("is not a regular file"), "\(template.stderr)")
    }
}
