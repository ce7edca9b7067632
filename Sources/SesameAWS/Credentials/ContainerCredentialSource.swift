/// ECS/EKS container credentials (botocore `ContainerProvider`): GET
/// `http://169.254.170.2$AWS_CONTAINER_CREDENTIALS_RELATIVE_URI`, or else
/// `$AWS_CONTAINER_CREDENTIALS_FULL_URI` (https, or http to a loopback or container host),
/// with `Authorization` from `AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE` (read each time) or
/// `AWS_CONTAINER_AUTHORIZATION_TOKEN`. Timeout 2 s, 3 attempts 1 s apart.
struct ContainerCredentialSource: CredentialSource {
    let settings: CredentialSourceSettings
    var name: CredentialSourceName { .container }

    static let allowedHTTPHosts: Set<String> = ["169.254.170.2", "169.254.170.23", "[fd00:ec2::23]", "localhost"]
    static let attempts = 3
    static let timeoutSeconds = 2.0

    func load() async throws -> AWSCredentials? {
        guard let url = try url() else { return nil }
        var headers = [(name: "Accept", value: "application/json")]
        if let token = try authorizationToken() { headers.append((name: "Authorization", value: token)) }
        let transport = settings.metadataTransport(Self.timeoutSeconds)
        var lastProblem = CredentialProblem.incompleteReply
        for attempt in 1...Self.attempts {
            if attempt > 1 { try await settings.sleep(1) }
            do {
                let response = try await transport.send(HTTPRequest(method: "GET", url: url, headers: headers))
                guard response.status == 200 else {
                    lastProblem = .httpStatus(response.status, url: url)
                    continue
                }
                return try Self.parse(response.body, source: name)
            } catch let error as TransportError {
                lastProblem = .failed(AnyAWSError(error))
            }
        }
        throw CredentialError.sourceFailed(source: name, reason: lastProblem)
    }

    private func url() throws -> String? {
        let environment = settings.environment
        if let relative = environment.nonEmpty("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI") {
            return "http://169.254.170.2" + relative
        }
        guard let full = environment.nonEmpty("AWS_CONTAINER_CREDENTIALS_FULL_URI") else { return nil }
        guard let parts = URLParts(full) else {
            throw CredentialError.sourceFailed(source: name, reason: .invalidContainerURI(full))
        }
        guard parts.scheme == "https" || Self.allowedHTTPHosts.contains(parts.host) || Self.isLoopback(parts.host) else {
            throw CredentialError.sourceFailed(source: name, reason: .containerURINotAllowed(full))
        }
        return full
    }

    private func authorizationToken() throws -> String? {
        let environment = settings.environment
        var token: String?
        if let path = environment.nonEmpty("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE") {
            token = String(decoding: try CredentialFile.read(path, file: .containerAuthorizationToken, source: name), as: UTF8.self)
        } else {
            token = environment.nonEmpty("AWS_CONTAINER_AUTHORIZATION_TOKEN")
        }
        if let token, HTTPHeaderValue.breaksLine(token) {
            throw CredentialError.sourceFailed(source: name, reason: .authorizationTokenLineBreak)
        }
        return token
    }

    /// Whether `host` is a loopback address written as one, as botocore decides it with Python's
    /// `ip_address(host).is_loopback`: an IPv4 address in 127.0.0.0/8 in strict dotted-quad form
    /// (each part 0–255, no leading zeros, no trailing dot), or the IPv6 `[::1]` in any spelling.
    /// A name that merely looks like one (`127.999.999.999`, `127.0.0.1.`) goes to DNS: refused.
    static func isLoopback(_ host: String) -> Bool {
        if host.hasPrefix("["), host.hasSuffix("]") {
            var address = in6_addr()
            guard inet_pton(AF_INET6, String(host.dropFirst().dropLast()), &address) == 1 else { return false }
            return withUnsafeBytes(of: &address) { Array($0) } == [UInt8](repeating: 0, count: 15) + [1]
        }
        var address = in_addr()
        guard inet_pton(AF_INET, host, &address) == 1 else { return false }
        return withUnsafeBytes(of: &address) { $0[0] } == 127
    }

    private struct Reply: Decodable {
        let AccessKeyId: String?
        let SecretAccessKey: String?
        let Token: String?
        let Expiration: String?
        let AccountId: String?
    }

    static func parse(_ body: [UInt8], source: CredentialSourceName) throws -> AWSCredentials {
        guard let reply = try? JSONDecoder().decode(Reply.self, from: Data(body)),
              let keyId = reply.AccessKeyId, let secret = reply.SecretAccessKey, let token = reply.Token,
              let expirationText = reply.Expiration, let expiration = ISO8601.parse(expirationText)
        else {
            throw CredentialError.sourceFailed(source: source, reason: .incompleteReply)
        }
        return AWSCredentials(accessKeyId: keyId, secretAccessKey: secret, sessionToken: token,
                              expiration: expiration, accountId: reply.AccountId)
    }
}
