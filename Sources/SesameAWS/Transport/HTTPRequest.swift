/// An HTTP request ready to send: nothing is added or changed on the way out except what
/// libcurl itself needs (`Accept`, `Content-Length`).
public struct HTTPRequest: Sendable {
    public var method: String
    /// The absolute URL, path and query already percent-encoded.
    public var url: String
    /// Ordered name/value pairs, sent as given (including `Host`).
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]

    public init(method: String, url: String, headers: [(name: String, value: String)] = [], body: [UInt8] = []) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }

    /// The value of the first header named `name` (case-insensitive).
    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }
}

/// What may not appear in an HTTP header's name or value.
enum HTTPHeaderValue {
    /// True when `text` holds a CR, LF or NUL: sent as is, it would end the header line (and
    /// start another, chosen by whoever wrote the value) or cut it short.
    static func breaksLine(_ text: String) -> Bool {
        text.utf8.contains { $0 == 0x0D || $0 == 0x0A || $0 == 0x00 }
    }
}
