/// Sends one HTTP request and returns the response. Any HTTP status is a response, not an
/// error; only failing to get a response throws (a `TransportError`).
public protocol HTTPTransport: Sendable {
    func send(_ request: HTTPRequest) async throws -> HTTPResponse
}
