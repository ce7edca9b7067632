/// One HTTP exchange as the `--debug` output shows it, with secrets redacted: a password in
/// the URL, the `Authorization` signature, `X-Amz-Security-Token`, container authorization tokens,
/// and secret keys, session tokens and web-identity tokens in bodies.
public struct HTTPExchange: Sendable, CustomStringConvertible {
    /// 1-based attempt number within the call.
    public var attempt: Int
    public var request: HTTPRequest
    /// The response, or nil when the transport failed.
    public var response: HTTPResponse?
    /// The transport failure, when there was no response.
    public var transportError: TransportError?

    public init(attempt: Int, request: HTTPRequest, response: HTTPResponse?, transportError: TransportError?) {
        self.attempt = attempt
        self.request = Redaction.redacted(request)
        self.response = response.map(Redaction.redacted)
        self.transportError = transportError
    }

    /// The exchange as text for `--debug`: request line, headers and body, then the
    /// status line, headers and body (or the transport error).
    public var description: String {
        var lines = ["> \(request.method) \(request.url) (attempt \(attempt))"]
        lines += request.headers.map { "> \($0.name): \($0.value)" }
        if !request.body.isEmpty { lines.append(">\n" + String(decoding: request.body, as: UTF8.self)) }
        if let response {
            lines.append("< HTTP \(response.status)")
            lines += response.headers.map { "< \($0.name): \($0.value)" }
            if !response.body.isEmpty { lines.append("<\n" + response.bodyText) }
        } else if let transportError {
            lines.append("< no response: \(transportError)")
        }
        return lines.joined(separator: "\n")
    }
}

/// Receives every HTTP exchange of a client (for `--debug`).
public typealias DebugSink = @Sendable (HTTPExchange) -> Void

/// Removes secrets from requests and responses before anyone sees them.
enum Redaction {
    static let placeholder = "<redacted>"
    private static let secretHeaders: Set<String> = [
        "x-amz-security-token", "x-aws-ec2-metadata-token", "x-amz-sso_bearer_token", "dpop",
    ]
    /// Names whose values are secret in JSON, XML and form bodies.
    private static let secretFields = [
        "SecretAccessKey", "SessionToken", "Token", "WebIdentityToken", "secretAccessKey", "sessionToken",
        "accessToken", "refreshToken", "clientSecret",
    ]

    static func redacted(_ request: HTTPRequest) -> HTTPRequest {
        var copy = request
        copy.url = URLParts.redactingPassword(in: request.url)
        copy.headers = request.headers.map { (name: $0.name, value: redactedHeader(name: $0.name, value: $0.value)) }
        copy.body = redactedBody(request.body)
        return copy
    }

    static func redacted(_ response: HTTPResponse) -> HTTPResponse {
        var copy = response
        copy.headers = response.headers.map { (name: $0.name, value: redactedHeader(name: $0.name, value: $0.value)) }
        copy.body = redactedBody(response.body)
        return copy
    }

    static func redactedHeader(name: String, value: String) -> String {
        let lowered = name.lowercased()
        if secretHeaders.contains(lowered) { return placeholder }
        if lowered == "authorization" {
            guard let range = value.range(ofTag: "Signature=") else { return placeholder }
            return String(value[..<range.upperBound]) + placeholder
        }
        return value
    }

    /// Blanks `<Field>…</Field>`, `"Field": "…"` and `Field=…` values of secret fields (a JSON
    /// object value is kept, its members redacted by their own names).
    static func redactedBody(_ body: [UInt8]) -> [UInt8] {
        var text = String(decoding: body, as: UTF8.self)
        for field in secretFields {
            // Up to the closing tag, as XMLText.firstElement reads the value, so whatever the
            // parser takes for the secret is hidden even in malformed XML (`<SecretAccessKey>a<b…`).
            text = replacingValues(in: text, after: "<\(field)>", upTo: "<", closingTag: "</\(field)>")
            text = replacingValues(in: text, after: "\"\(field)\":", upTo: ",}", skippingLeading: " \"", trailingQuote: true)
            text = replacingValues(in: text, after: "\(field)=", upTo: "&", requirePrecedingSeparator: true)
        }
        return Array(text.utf8)
    }

    private static func replacingValues(
        in text: String, after marker: String, upTo terminators: String, skippingLeading: String = "",
        trailingQuote: Bool = false, requirePrecedingSeparator: Bool = false, closingTag: String? = nil
    ) -> String {
        var result = ""
        var rest = Substring(text)
        while let range = rest.range(ofTag: marker) {
            let previous = range.lowerBound > rest.startIndex ? rest[rest.index(before: range.lowerBound)] : result.last
            let precededBySeparator = previous == nil || previous == "&" || previous == "?"
            result += rest[..<range.upperBound]
            rest = rest[range.upperBound...]
            if requirePrecedingSeparator && !precededBySeparator { continue }
            let leading = rest.prefix { skippingLeading.contains($0) }
            result += leading
            rest = rest.dropFirst(leading.count)
            // An object (signin's `"accessToken": {…}`): its secret members are blanked by name.
            if trailingQuote && rest.first == "{" { continue }
            var end = rest.firstIndex { terminators.contains($0) } ?? rest.endIndex
            if trailingQuote, let quote = rest.firstIndex(of: "\"") { end = quote }
            if let closingTag, let close = rest.range(ofTag: closingTag) { end = close.lowerBound }
            result += placeholder
            rest = rest[end...]
        }
        return result + rest
    }
}
