/// The pieces of an absolute `http`/`https` URL that signing needs.
struct URLParts: Equatable {
    var scheme: String
    var host: String
    var port: Int?
    /// The path, percent-encoded as written; empty when absent.
    var path: String

    init?(_ url: String) {
        let lowered = url.lowercased()
        if lowered.hasPrefix("https://") {
            scheme = "https"
        } else if lowered.hasPrefix("http://") {
            scheme = "http"
        } else {
            return nil
        }
        let rest = url.dropFirst(scheme.count + 3)
        let authorityEnd = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? rest.endIndex
        var authority = rest[..<authorityEnd]
        if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
        let pathEnd = rest[authorityEnd...].firstIndex { $0 == "?" || $0 == "#" } ?? rest.endIndex
        path = String(rest[authorityEnd..<pathEnd])
        if authority.hasPrefix("["), let close = authority.firstIndex(of: "]") {
            host = String(authority[...close])
            let afterBracket = authority[authority.index(after: close)...]
            port = afterBracket.hasPrefix(":") ? Int(afterBracket.dropFirst()) : nil
        } else if let colon = authority.lastIndex(of: ":") {
            host = String(authority[..<colon])
            guard let number = Int(authority[authority.index(after: colon)...]) else { return nil }
            port = number
        } else {
            host = String(authority)
            port = nil
        }
        host = host.lowercased()
    }

    /// The `Host` header value: lower-case host, `:port` only when not the scheme's default
    /// (`_host_from_url`).
    var hostHeader: String {
        let defaultPort = scheme == "https" ? 443 : 80
        guard let port, port != defaultPort else { return host }
        return "\(host):\(port)"
    }

    /// `url` with the password of its userinfo shown as `<redacted>` (`https://me:<redacted>@host/`),
    /// as git shows URLs in its traces: for `--debug`, `--dry-run` and error messages.
    static func redactingPassword(in url: String) -> String {
        let characters = Array(url)
        guard let separator = (0..<max(characters.count - 2, 0)).first(where: { characters[$0...].starts(with: "://") }) else {
            return url
        }
        let authorityStart = separator + 3
        let authorityEnd = characters[authorityStart...].firstIndex { "/?#".contains($0) } ?? characters.count
        guard let at = characters[authorityStart..<authorityEnd].lastIndex(of: "@"),
              let colon = characters[authorityStart..<at].firstIndex(of: ":") else { return url }
        return String(characters[...colon]) + Redaction.placeholder + String(characters[at...])
    }
}
