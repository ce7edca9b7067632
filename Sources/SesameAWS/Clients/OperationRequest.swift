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
    /// Headers made afresh for each attempt, sent after `headers`: an `aws login` refresh's DPoP
    /// proof, which a server may refuse to see twice (RFC 9449 §11.1). What it throws ends the
    /// operation.
    var perAttemptHeaders: (@Sendable () throws -> [(name: String, value: String)])? = nil
    var body: [UInt8] = []
}
