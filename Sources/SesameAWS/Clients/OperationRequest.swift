/// What a client operation asks for, before the endpoint, signing and retries are applied.
struct OperationRequest: Sendable {
    /// The API operation name, e.g. `GetAccount`.
    var operation: String
    var method: String
    /// The path below the endpoint, percent-encoded as it goes on the wire.
    var path: String
    /// Decoded query pairs; encoded on the wire exactly as they are signed.
    var query: [(name: String, value: String)] = []
    /// Protocol headers such as `Content-Type` and `X-Amz-Target`.
    var headers: [(name: String, value: String)] = []
    var body: [UInt8] = []
}
