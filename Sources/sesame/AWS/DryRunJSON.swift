import SesameAWS
import SesameCore

/// `submit --dry-run --format json`: the signed requests that would be sent, redacted as `--debug`
/// shows them (no signature, no session token, no secret in a body).
enum DryRunJSON {
    /// `{"dry_run": true, "requests": [{"method", "url", "headers": [{"name", "value"}], "body"}]}`.
    static func document(_ requests: [HTTPRequest]) -> JSONValue {
        .object([
            ("dry_run", .bool(true)),
            ("requests", .array(requests.map { json(HTTPExchange(attempt: 1, request: $0, response: nil, transportError: nil).request) })),
        ])
    }

    private static func json(_ request: HTTPRequest) -> JSONValue {
        .object([
            ("method", .string(request.method)),
            ("url", .string(request.url)),
            ("headers", .array(request.headers.map { .object([("name", .string($0.name)), ("value", .string($0.value))]) })),
            ("body", .string(String(decoding: request.body, as: UTF8.self))),
        ])
    }
}
