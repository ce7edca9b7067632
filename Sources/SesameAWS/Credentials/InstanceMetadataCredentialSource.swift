/// EC2 instance metadata, IMDSv2 first (botocore `InstanceMetadataProvider`):
/// PUT `latest/api/token`, then GET the role name and the role's credentials. Off when
/// `AWS_EC2_METADATA_DISABLED=true`. `AWS_EC2_METADATA_SERVICE_ENDPOINT` overrides the base
/// URL. Timeout `AWS_METADATA_SERVICE_TIMEOUT` (1 s), attempts
/// `AWS_METADATA_SERVICE_NUM_ATTEMPTS` (1). An unreachable service means "not configured".
struct InstanceMetadataCredentialSource: CredentialSource {
    let settings: CredentialSourceSettings
    var name: String { "EC2 instance metadata" }

    /// Credentials expiring within this window are extended, as botocore does, so that a
    /// stale IMDS answer does not cause a refresh on every call.
    static let staleWindow: Double = 15 * 60

    private var environment: [String: String] { settings.environment }

    var baseURL: String {
        if let endpoint = environment.nonEmpty("AWS_EC2_METADATA_SERVICE_ENDPOINT") {
            return endpoint.hasSuffix("/") ? endpoint : endpoint + "/"
        }
        if environment["AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE"]?.lowercased() == "ipv6" { return "http://[fd00:ec2::254]/" }
        return "http://169.254.169.254/"
    }

    func load() async throws -> AWSCredentials? {
        guard !environment.flag("AWS_EC2_METADATA_DISABLED") else { return nil }
        let timeout = environment.nonEmpty("AWS_METADATA_SERVICE_TIMEOUT").flatMap(Double.init) ?? 1
        let attempts = max(1, environment.nonEmpty("AWS_METADATA_SERVICE_NUM_ATTEMPTS").flatMap { Int($0) } ?? 1)
        let transport = settings.metadataTransport(timeout)

        var headers: [(name: String, value: String)] = []
        switch await fetchToken(transport) {
        case .token(let token): headers.append((name: "x-aws-ec2-metadata-token", value: token))
        case .useV1: guard !environment.flag("AWS_EC2_METADATA_V1_DISABLED") else { return nil }
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

    private func fetchToken(_ transport: any HTTPTransport) async -> TokenOutcome {
        do {
            let response = try await transport.send(HTTPRequest(
                method: "PUT", url: baseURL + "latest/api/token",
                headers: [("x-aws-ec2-metadata-token-ttl-seconds", "21600")]))
            switch response.status {
            case 200: return .token(response.bodyText)
            case 403, 404, 405: return .useV1
            default: return .unavailable
            }
        } catch let error as TransportError where error.kind == .timedOut {
            return .useV1
        } catch {
            return .unavailable
        }
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
