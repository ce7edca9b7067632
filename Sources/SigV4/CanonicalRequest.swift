/// The canonical form of a request, task 1 of signing:
/// https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html
public struct CanonicalRequest: Sendable, Equatable {
    /// The full canonical request text (LF-separated, no final newline).
    public let text: String
    /// The lower-case names of the signed headers, sorted and joined with `;`.
    public let signedHeaders: String

    /// Headers never signed, because proxies and HTTP stacks may change them
    /// (botocore's `SIGNED_HEADERS_BLACKLIST`).
    public static let unsignedHeaderNames: Set<String> = [
        "connection", "expect", "keep-alive", "proxy-authenticate", "proxy-authorization",
        "te", "trailer", "transfer-encoding", "upgrade", "user-agent", "x-amzn-trace-id",
    ]

    /// Builds the canonical request of `request` as it stands (the date and token headers
    /// must already be present).
    public init(_ request: SigV4Request) {
        let headers = Self.canonicalHeaders(request.headers)
        signedHeaders = headers.map(\.name).joined(separator: ";")
        text = [
            request.method.uppercased(),
            Self.canonicalURI(request.path),
            Self.canonicalQuery(request.query),
            headers.map { "\($0.name):\($0.value)\n" }.joined(),
            signedHeaders,
            Digest.hex(Digest.sha256(request.body)),
        ].joined(separator: "\n")
    }

    /// Non-S3 canonical URI: remove dot segments and empty segments from the wire path,
    /// then percent-encode it again, leaving unreserved characters and `/` bare. A `%XX`
    /// escape of the wire path thus becomes `%25XX` (double encoding).
    public static func canonicalURI(_ wirePath: String) -> String {
        PercentEncoding.encode(normalizedPath(wirePath), alsoAllowed: [UInt8(ascii: "/")])
    }

    /// RFC 3986 dot-segment removal plus collapsing of empty segments, as botocore's
    /// `normalize_url_path`: keeps the leading `/`, keeps a trailing `/` when segments
    /// remain, and turns an empty result into `/`.
    public static func normalizedPath(_ path: String) -> String {
        guard !path.isEmpty else { return "/" }
        var segments: [Substring] = []
        for segment in path.split(separator: "/", omittingEmptySubsequences: false) {
            switch segment {
            case "", ".": continue
            case "..": if !segments.isEmpty { segments.removeLast() }
            default: segments.append(segment)
            }
        }
        let leading = path.hasPrefix("/") ? "/" : ""
        let trailing = path.hasSuffix("/") && !segments.isEmpty ? "/" : ""
        let result = leading + segments.joined(separator: "/") + trailing
        return result.isEmpty ? "/" : result
    }

    /// Each key and value percent-encoded separately, sorted by key then value (byte
    /// order), joined as `k=v` with `&`.
    public static func canonicalQuery(_ query: [(name: String, value: String)]) -> String {
        query
            .map { (PercentEncoding.encode($0.name), PercentEncoding.encode($0.value)) }
            .sorted { lhs, rhs in
                lhs.0 != rhs.0 ? Array(lhs.0.utf8).lexicographicallyPrecedes(rhs.0.utf8)
                    : Array(lhs.1.utf8).lexicographicallyPrecedes(rhs.1.utf8)
            }
            .map { "\($0.0)=\($0.1)" }
            .joined(separator: "&")
    }

    /// Lower-cased names, values trimmed with inner whitespace runs squeezed to one space,
    /// repeated names joined with `,` in the order sent, sorted by name.
    static func canonicalHeaders(_ headers: [(name: String, value: String)]) -> [(name: String, value: String)] {
        var valuesByName: [String: [String]] = [:]
        for header in headers {
            let name = header.name.lowercased()
            guard !unsignedHeaderNames.contains(name) else { continue }
            valuesByName[name, default: []].append(squeezedWhitespace(header.value))
        }
        return valuesByName.keys.sorted { Array($0.utf8).lexicographicallyPrecedes($1.utf8) }
            .map { (name: $0, value: valuesByName[$0]!.joined(separator: ",")) }
    }

    /// Python's `' '.join(value.split())`.
    static func squeezedWhitespace(_ value: String) -> String {
        value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{0B}" || $0 == "\u{0C}" })
            .joined(separator: " ")
    }
}
