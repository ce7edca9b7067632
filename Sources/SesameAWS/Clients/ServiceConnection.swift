internal import SigV4

/// Sends operations to one service endpoint: builds the HTTP request, signs every attempt
/// afresh, retries in the configured mode (adaptive: after waiting for the rate limiter's
/// token), and turns error responses into `AWSServiceError`.
/// Throws `AWSServiceError`, `TransportError` or `CredentialError`.
struct ServiceConnection: Sendable {
    let service: AWSService
    let endpoint: ResolvedEndpoint
    /// Nil for unsigned operations (STS `AssumeRoleWithWebIdentity`).
    let credentials: (any CredentialProvider)?
    let transport: any HTTPTransport
    let retry: RetryEnvironment
    let clock: @Sendable () -> Date
    let debugSink: DebugSink?
    let parseError: @Sendable (HTTPResponse, String) -> AWSServiceError
    /// Sent as `User-Agent` (never signed, as in botocore); nil sends none.
    var userAgent: String? = nil

    func send(_ operation: OperationRequest) async throws -> HTTPResponse {
        let invocationId = UUID().uuidString.lowercased()
        let maxAttempts = retry.policy.maxAttempts
        var lastRetryCost: Int?
        var attempt = 1
        while true {
            let request = try await signedRequest(operation, headers: (userAgent.map { [("User-Agent", $0)] } ?? []) + [
                ("amz-sdk-invocation-id", invocationId),
                ("amz-sdk-request", "attempt=\(attempt); max=\(maxAttempts)"),
            ])
            if let limiter = retry.rateLimiter {
                let wait = await limiter.delayBeforeSending()
                if wait > 0 { try await retry.sleep(wait) }
            }
            let failure: AttemptFailure
            do {
                let response = try await transport.send(request)
                debugSink?(HTTPExchange(attempt: attempt, request: request, response: response, transportError: nil))
                if response.isSuccess {
                    await retry.rateLimiter?.record(throttled: false)
                    if retry.policy.mode.usesRetryQuota { await retry.quota.releaseAfterSuccess(lastRetryCost: lastRetryCost) }
                    return response
                }
                failure = .service(parseError(response, service.serviceId))
            } catch let error as TransportError {
                debugSink?(HTTPExchange(attempt: attempt, request: request, response: nil, transportError: error))
                failure = .transport(error)
            }
            await retry.rateLimiter?.record(throttled: RetryPolicy.isThrottling(failure))
            guard case .retry(let delay) = retry.policy.decision(after: failure, attempt: attempt, random: retry.random())
            else { throw failure.error }
            if retry.policy.mode.usesRetryQuota {
                guard let cost = await retry.quota.acquire(after: failure) else { throw failure.error }
                lastRetryCost = cost
            }
            try await retry.sleep(delay)
            attempt += 1
        }
    }

    /// The HTTP request for one attempt, its per-attempt headers made now, signed with the current time.
    private func signedRequest(_ operation: OperationRequest, headers extra: [(String, String)]) async throws -> HTTPRequest {
        guard let base = URLParts(endpoint.url) else { throw ConfigurationError.invalidEndpointURL(URLParts.redactingPassword(in: endpoint.url)) }
        var request = SigV4Request(
            method: operation.method, path: base.path + operation.path, query: operation.query,
            headers: [("Host", base.hostHeader)] + operation.headers + (try operation.perAttemptHeaders?() ?? [])
                + extra.map { (name: $0.0, value: $0.1) },
            body: operation.body)
        let query = request.encodedQuery
        let url = endpoint.url + operation.path + (query.isEmpty ? "" : "?" + query)
        if let credentials {
            let signer = SigV4Signer(credentials: try await credentials.credentials().signing,
                                     service: service.signingName, region: endpoint.signingRegion)
            request = signer.sign(request, date: clock())
        }
        return HTTPRequest(method: request.method, url: url, headers: request.headers, body: request.body)
    }
}

extension AttemptFailure {
    /// The error to throw when this failure is final.
    var error: any Error {
        switch self {
        case .service(let error): return error
        case .transport(let error): return error
        }
    }
}
