/// What every client is assembled from: transport, endpoint resolution, retry settings,
/// clock and debug sink. Each connection it makes has its own retry quota.
struct ClientFactory: Sendable {
    var transport: any HTTPTransport
    var endpoints: EndpointResolver
    var retryPolicy: RetryPolicy
    var random: @Sendable () -> Double
    var sleep: @Sendable (Double) async throws -> Void
    var clock: @Sendable () -> Date
    var debugSink: DebugSink?
    /// The `User-Agent` of every request, e.g. `sesame/0.2.0 app/billing`.
    var userAgent: String? = nil

    func connection(
        _ service: AWSService, region: String, credentials: (any CredentialProvider)?,
        parseError: @escaping @Sendable (HTTPResponse, String) -> AWSServiceError
    ) throws -> ServiceConnection {
        // The region is part of the host: never build one from a value that cannot be a region.
        _ = try RegionResolver.validated(region, source: .request(service: service.serviceId))
        return ServiceConnection(
            service: service, endpoint: try endpoints.endpoint(for: service, region: region), credentials: credentials,
            transport: transport, retry: RetryEnvironment(policy: retryPolicy, random: random, sleep: sleep, clock: clock),
            clock: clock, debugSink: debugSink, parseError: parseError, userAgent: userAgent)
    }

    /// The same factory without `--endpoint-url`, for the credential chain's own calls.
    var withoutExplicitEndpoint: ClientFactory {
        var copy = self
        copy.endpoints.explicitURL = nil
        return copy
    }
}
