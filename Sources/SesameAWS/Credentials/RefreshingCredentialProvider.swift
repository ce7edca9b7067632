/// Resolves the chain once, then reuses the credentials, renewing temporary ones from the
/// same source before they expire: within 15 minutes of expiry a renewal is attempted and
/// its failure tolerated (advisory); within 10 minutes it must succeed (mandatory).
public actor RefreshingCredentialProvider: CredentialProvider {
    public static let advisoryRefreshSeconds: Double = 15 * 60
    public static let mandatoryRefreshSeconds: Double = 10 * 60

    private let chain: CredentialChain
    private let clock: @Sendable () -> Date
    private var current: (source: any CredentialSource, credentials: AWSCredentials)?
    private var inFlight: Task<(source: any CredentialSource, credentials: AWSCredentials), any Error>?

    init(chain: CredentialChain, clock: @escaping @Sendable () -> Date) {
        self.chain = chain
        self.clock = clock
    }

    public func credentials() async throws -> AWSCredentials {
        guard let current else { return try await renew(from: nil).credentials }
        guard let expiration = current.credentials.expiration else { return current.credentials }
        let remaining = expiration.timeIntervalSince(clock())
        if remaining > Self.advisoryRefreshSeconds { return current.credentials }
        do {
            return try await renew(from: current.source).credentials
        } catch where remaining > Self.mandatoryRefreshSeconds {
            return current.credentials
        }
    }

    /// Loads from `source` (or resolves the whole chain when nil), sharing one load among
    /// concurrent callers.
    private func renew(from source: (any CredentialSource)?) async throws
        -> (source: any CredentialSource, credentials: AWSCredentials) {
        if let inFlight { return try await inFlight.value }
        let chain = chain
        let task = Task { () async throws -> (source: any CredentialSource, credentials: AWSCredentials) in
            guard let source else { return try await chain.resolve() }
            guard let credentials = try await source.load() else {
                throw CredentialError.sourceFailed(source: source.name, reason: .noLongerProvides)
            }
            return (source, credentials)
        }
        inFlight = task
        defer { inFlight = nil }
        let renewed = try await task.value
        current = renewed
        return renewed
    }
}
