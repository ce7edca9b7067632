import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The SES emulator (`Tests/Emulator/emulator.py`, forked by `EmulatorForkServer`) run on a free loopback port for one
/// test, with helpers for its unsigned control API under `/_emulator/`. Stopped by
/// `stop()` or when released.
public final class EmulatorProcess: @unchecked Sendable {
    /// The static credentials the emulator accepts.
    public static let accessKeyId = "AKIAEMULATOR00000001"
    public static let secretAccessKey = "emulator/secret/Key+1"

    private let server: ServerProcess
    /// `http://127.0.0.1:PORT`.
    public var baseURL: String { server.baseURL }

    /// Starts the emulator; with `tls`, it serves HTTPS with that certificate. `arguments`
    /// are added to its command line (`--credentials FILE`, say).
    public init(tls: (any TLSServerIdentity)? = nil, arguments extra: [String] = []) throws {
        var arguments = ["--port", "0"]
        if let tls { arguments += ["--tls-cert", tls.certificatePath, "--tls-key", tls.keyPath] }
        server = try ServerProcess(emulatorArguments: arguments + extra)
    }

    public func stop() { server.stop() }

    /// One entry of the emulator's request log.
    public struct LoggedRequest: Decodable, Sendable {
        public let operation: String?
        public let region: String?
        /// The account of the credentials that signed it (an assumed role's, or `123456789012`).
        public let account: String?
        public let method: String
        public let path: String
        public let signature_valid: Bool?
        public let error_code: String?
        public let status: Int?
        public let headers: [String: String]?
        /// The body as text.
        public let body: String?
        /// When it arrived (seconds since the epoch).
        public let time: Double?
        /// The fault that answered it, if one did (`hang`, `redirect`, …).
        public let fault: String?
        /// Which of botocore's endpoint forms the `Host` was: `standard`, `fips`, `dualstack`,
        /// `fips-dualstack`, or `custom` (a loopback address, `--endpoint-url`).
        public let endpoint_variant: String?
    }

    /// Sends a control request and returns the response body; a non-200 answer throws.
    @discardableResult
    public func control(_ method: String, _ path: String, json: String? = nil) async throws -> Data {
        if baseURL.hasPrefix("https://") { return try pythonControl(method, path, json: json) }
        var request = URLRequest(url: URL(string: baseURL + "/_emulator/" + path)!)
        request.httpMethod = method
        if let json {
            request.httpBody = Data(json.utf8)
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        }
        let (data, response) = try await URLSession.shared.data(for: request)
        guard (response as? HTTPURLResponse)?.statusCode == 200 else {
            throw ServerProcessError(message: "control \(method) \(path) failed: \(String(decoding: data, as: UTF8.self))")
        }
        return data
    }

    /// Over HTTPS the control API is reached through Python's urllib without a certificate
    /// check (the tests give the emulator certificates sesame must refuse: wrong name, expired).
    private func pythonControl(_ method: String, _ path: String, json: String?) throws -> Data {
        let script = """
        import ssl, sys, urllib.request, urllib.error
        body = sys.stdin.buffer.read() if sys.argv[3] == "1" else None
        request = urllib.request.Request(sys.argv[2], data=body, method=sys.argv[1], headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, context=ssl._create_unverified_context(), timeout=10) as response:
                sys.stdout.buffer.write(response.read())
        except urllib.error.HTTPError as error:
            sys.stdout.buffer.write(error.read())
            sys.exit(1)
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, method, baseURL + "/_emulator/" + path, json == nil ? "0" : "1"]
        let output = Pipe()
        let input = Pipe()
        process.standardOutput = output
        process.standardInput = input
        try process.run()
        input.fileHandleForWriting.write(Data((json ?? "").utf8))
        try? input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        while process.isRunning { usleep(2_000) }
        guard process.terminationStatus == 0 else {
            throw ServerProcessError(message: "control \(method) \(path) failed: \(String(decoding: data, as: UTF8.self))")
        }
        return data
    }

    public func reset() async throws { try await control("POST", "reset") }

    /// Merges `json` into the account of `region` (keys as in the emulator README).
    public func putAccount(region: String, json: String) async throws {
        try await control("PUT", "regions/\(region)/account", json: json)
    }

    /// Merges `json` into the account state of `region` in AWS account `account`.
    public func putAccount(_ account: String, region: String, json: String) async throws {
        try await control("PUT", "accounts/\(account)/regions/\(region)/account", json: json)
    }

    /// Sets an AWS account's settings: `support_subscription`, `disabled_regions`.
    public func putAccountSettings(_ account: String, json: String) async throws {
        try await control("PUT", "accounts/\(account)", json: json)
    }

    /// The account of `region`, including `last_details_body`.
    public func account(region: String) async throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: try await control("GET", "regions/\(region)/account")) as? [String: Any] ?? [:]
    }

    public func putIdentities(region: String, json: String) async throws {
        try await control("PUT", "regions/\(region)/identities", json: json)
    }

    public func putConfigurationSets(region: String, json: String) async throws {
        try await control("PUT", "regions/\(region)/configuration-sets", json: json)
    }

    /// Queues faults: `json` is the array inside `{"faults": …}`.
    public func addFaults(_ json: String) async throws {
        try await control("POST", "faults", json: #"{"faults":\#(json)}"#)
    }

    public func putSettings(json: String) async throws {
        try await control("PUT", "settings", json: json)
    }

    /// Replaces the IAM Identity Center state: `{"access_tokens": [...], "clients": [...]}`.
    /// Returns the state after the change (tokens and each client's current refresh token).
    @discardableResult
    public func putSSO(json: String) async throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: try await control("PUT", "sso", json: json)) as? [String: Any] ?? [:]
    }

    /// The IAM Identity Center state: tokens issued so far and each client's refresh token.
    public func sso() async throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: try await control("GET", "sso")) as? [String: Any] ?? [:]
    }

    /// Replaces the account-level suppression list of `region`:
    /// `[{"email_address","reason","last_update_time"}]`.
    public func putSuppressedDestinations(region: String, json: String) async throws {
        try await control("PUT", "regions/\(region)/suppressed-destinations", json: json)
    }

    /// Replaces the roles whose AssumeRole needs an MFA code: `[{"role_arn","serial_number","token_code"}]`.
    public func putMFARoles(json: String) async throws {
        try await control("PUT", "mfa-roles", json: json)
    }

    /// The environment that points `sesame` at this emulator with its credentials.
    public var sesameEnvironment: [String: String] {
        ["AWS_ACCESS_KEY_ID": Self.accessKeyId, "AWS_SECRET_ACCESS_KEY": Self.secretAccessKey,
         "AWS_ENDPOINT_URL": baseURL, "AWS_REGION": "us-east-1"]
    }

    /// The log of AWS requests received so far.
    public func requests() async throws -> [LoggedRequest] {
        try JSONDecoder().decode([LoggedRequest].self, from: try await control("GET", "requests"))
    }
}
