/// Gives credentials to sign requests with, refreshing them as needed.
public protocol CredentialProvider: Sendable {
    func credentials() async throws -> AWSCredentials
}

/// One place credentials may come from, in the chain.
protocol CredentialSource: Sendable {
    /// The name used in errors and in the "tried" list.
    var name: CredentialSourceName { get }
    /// The credentials, or nil when this source is not configured at all. A source that is
    /// configured but fails throws instead, so the chain reports it rather than moving on.
    func load() async throws -> AWSCredentials?
}

/// Fixed credentials, e.g. the source credentials of an assume-role call.
public struct StaticCredentialProvider: CredentialProvider {
    public let value: AWSCredentials
    public init(_ value: AWSCredentials) { self.value = value }
    public func credentials() async throws -> AWSCredentials { value }
}
