/// EC2 instance metadata, IMDSv2 first (botocore `InstanceMetadataProvider`):
/// PUT `latest/api/token`, then GET the role name and the role's credentials. Off when
/// `AWS_EC2_METADATA_DISABLED=true`. Each setting is an environment variable, else a key of
/// the selected profile: the base URL `AWS_EC2_METADATA_SERVICE_ENDPOINT` /
/// `ec2_metadata_service_endpoint`, `…_ENDPOINT_MODE` / `ec2_metadata_service_endpoint_mode`
/// (`IPv6`), `AWS_EC2_METADATA_V1_DISABLED` / `ec2_metadata_v1_disabled`, the timeout
/// `AWS_METADATA_SERVICE_TIMEOUT` / `metadata_service_timeout` (1 s) and the attempts
/// `AWS_METADATA_SERVICE_NUM_ATTEMPTS` / `metadata_service_num_attempts` (1).
/// The token request follows botocore's fallback rules: 403, 404, 405, a read timeout, or
/// every attempt failing otherwise fall back to IMDSv1 (unless v1 is disabled); a 400 means
/// no credentials. An unreachable service means "not configured".
struct InstanceMetadataCredentialSource: CredentialSource {
    let settings: CredentialSourceSettings
    var name: CredentialSourceName { .instanceMetadata }

    /// Credentials expiring within this window are extended, as botocore does, so that a
    /// stale IMDS answer does not cause a refresh on every call.
    static let staleWindow: Double = 15 * 60

    private var environment: [String: String] { settings.environment }

    /// The environment variable, else the selected profile's key (botocore's config chain).
    private func setting(_ variable: String, _ key: String) -> String? {
        environment.nonEmpty(variable) ?? settings.config.profiles[settings.selection.name]?[key]
    }

    var baseURL: String {
        if let endpoint = setting("AWS_EC2_METADATA_SERVICE_ENDPOINT", "ec2_metadata_service_endpoint") {
            return endpoint.hasSuffix("/") ? endpoint : endpoint + "/"
        }
        if setting("AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE", "ec2_metadata_service_endpoint_mode")?.lowercased() == "ipv6" {
            return "http://[fd00:ec2::254]/"
        }
        return "http://169.254.169.254/"
    }

    func load() async throws -> AWSCredentials? {
        guard !environment.flag("AWS_EC2_METADATA_DISABLED") else { return nil }
        let timeout = setting("AWS_METADATA_SERVICE_TIMEOUT", "metadata_service_timeout").flatMap(Double.init) ?? 1
        let attempts = max(1, setting("AWS_METADATA_SERVICE_NUM_ATTEMPTS", "metadata_service_num_attempts").flatMap { Int($0) } ?? 1)
        let v1Disabled = setting("AWS_EC2_METADATA_V1_DISABLED", "ec2_metadata_v1_disabled")?.lowercased() == "true"
        let transport = settings.metadataTransport(timeout)

        var headers: [(name: String, value: String)] = []
        switch await fetchToken(transport, attempts: attempts) {
        case .token(let token): headers.append((name: "x-aws-ec2-metadata-token", value: token))
        case .useV1: guard !v1Disabled else { return nil }
        case .unavailable: return nil
        }
        let path = "latest/meta-data/iam/security-credentials/"
        guard let roleName = await get(path, headers, transport, attempts)?.bodyText
            .trimmingCharacters(while: \.isWhitespace), !roleName.isEmpty,
              let reply = await get(path + roleName, headers, transport, attempts),
              var credentials = try? ContainerCredentialSource.parse(reply.body, source: name)
        else { return nil }
        if let expiration = credentials.expiration, expiration.timeIntervalSince(settings.clock()) < Self.staleWindow {
            credentials.expiration = settings.clock().addingTimeInterval(Self.staleWindow + 120 + settings.random() * 480)
        }
        return credentials
    }

    private enum TokenOutcome { case token(String), useV1, unavailable }

    /// botocore `_fetch_metadata_token`: 200 is the token; 403, 404, 405 or a read timeout
    /// mean IMDSv1; 400 means no credentials; anything else is tried again, and when every
    /// attempt failed, IMDSv1 is tried.
    private func fetchToken(_ transport: any HTTPTransport, attempts: Int) async -> TokenOutcome {
        for _ in 0..<attempts {
            do {
                let response = try await transport.send(HTTPRequest(
                    method: "PUT", url: baseURL + "latest/api/token",
                    headers: [("x-aws-ec2-metadata-token-ttl-seconds", "21600")]))
                switch response.status {
                case 200: return .token(response.bodyText)
                case 403, 404, 405: return .useV1
                case 400: return .unavailable
                default: continue
                }
            } catch let error as TransportError where error.kind == .timedOut {
                return .useV1
            } catch {
                continue
            }
        }
        return .useV1
    }

    /// A 200 response with a non-empty body, trying up to `attempts` times.
    private func get(_ path: String, _ headers: [(name: String, value: String)], _ transport: any HTTPTransport,
                     _ attempts: Int) async -> HTTPResponse? {
        for _ in 0..<attempts {
            if let response = try? await transport.send(HTTPRequest(method: "GET", url: baseURL + path, headers: headers)),
               response.status == 200, !response.body.isEmpty {
                return response
            }
        }
        return nil
    }
}
