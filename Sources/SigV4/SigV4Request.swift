/// An HTTP request as the signer sees it.
///
/// `path` is the path as sent on the wire, already percent-encoded (the signer encodes
/// it once more, as every service but S3 requires). `query` holds decoded name/value
/// pairs in any order. `headers` are ordered pairs; names may repeat.
public struct SigV4Request: Sendable {
    public var method: String
    public var path: String
    public var query: [(name: String, value: String)]
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]

    public init(
        method: String, path: String, query: [(name: String, value: String)] = [],
        headers: [(name: String, value: String)], body: [UInt8] = []
    ) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
    }

    /// The value of the first header named `name` (case-insensitive).
    public func header(_ name: String) -> String? {
        let lowered = name.lowercased()
        return headers.first { $0.name.lowercased() == lowered }?.value
    }

    /// Replaces the first header named `name` (case-insensitive), or appends it.
    public mutating func setHeader(_ name: String, _ value: String) {
        let lowered = name.lowercased()
        if let index = headers.firstIndex(where: { $0.name.lowercased() == lowered }) {
            headers[index].value = value
        } else {
            headers.append((name: name, value: value))
        }
    }

    /// The query as sent on the wire: each key and value percent-encoded, in the given order.
    public var encodedQuery: String {
        query.map { PercentEncoding.encode($0.name) + "=" + PercentEncoding.encode($0.value) }
            .joined(separator: "&")
    }
}
