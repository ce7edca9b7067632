/// A website address read once, without Foundation's URL parser: the one reading of a URL that the
/// profile validator (`invalid-url`) and the lint website rules share.
struct WebsiteURL {
    /// The address, scalar by scalar, as written.
    var text: [Unicode.Scalar]
    /// The scheme, lower-cased (`https`), or nil when there is no `://`.
    var scheme: String?
    /// The host as written, without credentials or port; brackets kept for an IPv6 literal.
    var writtenHost: Substring
    /// Host, lower-cased, without port or credentials.
    var host: String { writtenHost.lowercased() }
    /// Scalar offset of the host in the text.
    var hostOffset: Int

    init(_ raw: String) {
        text = Array(raw.unicodeScalars)
        var rest = Substring(raw)
        if let schemeEnd = raw.firstRange(of: "://") {
            scheme = raw[..<schemeEnd.lowerBound].lowercased()
            rest = raw[schemeEnd.upperBound...]
        }
        let authority = rest.prefix { !"/?#".contains($0) }
        var hostPart = authority
        if let at = hostPart.lastIndex(of: "@") { hostPart = hostPart[hostPart.index(after: at)...] }
        if hostPart.hasPrefix("[") {
            let inside = hostPart.prefix { $0 != "]" }
            writtenHost = inside.endIndex < hostPart.endIndex ? hostPart[...inside.endIndex] : inside
        } else {
            writtenHost = hostPart.prefix { $0 != ":" }
        }
        hostOffset = raw.unicodeScalars.distance(from: raw.startIndex, to: writtenHost.startIndex)
    }

    /// Why the text is not an absolute http(s) URL with a host and no spaces; nil when it is.
    var problem: LocalizedText? {
        if text.contains(where: { $0.properties.isWhitespace }) { return FormatMessages.urlSpaces }
        guard scheme == "https" || scheme == "http" else { return FormatMessages.urlNotAbsolute }
        if writtenHost.isEmpty { return FormatMessages.urlNoHost }
        if writtenHost.hasPrefix(".") || writtenHost.contains("..") { return FormatMessages.urlBadHost(writtenHost) }
        return nil
    }

    var isIPv4: Bool {
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) && (Int($0) ?? 999) < 256 }
    }

    var labels: [Substring] { host.split(separator: ".") }

    /// The host without a leading `www.` or `m.`.
    var bareHost: String {
        let host = host
        for prefix in ["www.", "m.", "mobile."] where host.hasPrefix(prefix) { return String(host.dropFirst(prefix.count)) }
        return host
    }
}
