/// Where the certificates that verify a server come from, for one attempt of a request.
///
/// Without `AWS_CA_BUNDLE`, libcurl's built-in defaults make OpenSSL parse the whole system
/// bundle (`/etc/ssl/certs/ca-certificates.crt` on Debian, about 140 certificates) before every
/// handshake: about 230 M instructions with OpenSSL 3, ten times the rest of `sesame status`.
/// The system's hashed certificate directory (libcurl's built-in CA path) holds the same
/// certificates, one file per certificate named by its subject's hash, and OpenSSL reads only
/// the few a chain needs. So the directory is tried first, and when it does not vouch for the
/// server, the built-in defaults (bundle and directory) decide, as before: a certificate is
/// accepted exactly when it was accepted before, only faster.
enum TrustStore: Equatable, Sendable {
    /// `AWS_CA_BUNDLE`: this PEM bundle, set as libcurl's CA file.
    case bundle(String)
    /// The hashed certificate directory alone (no CA file).
    case systemDirectory(String)
    /// libcurl's built-in CA file and CA path.
    case systemDefault

    /// The store of a request's first attempt: the configured bundle, else the system's hashed
    /// directory when there is one, else libcurl's defaults.
    static func first(caBundlePath: String?, systemDirectory: String?) -> TrustStore {
        if let caBundlePath { return .bundle(caBundlePath) }
        if let systemDirectory { return .systemDirectory(systemDirectory) }
        return .systemDefault
    }

    /// The store to try when this one refused the server's certificate (the refusal happens
    /// in the handshake, before any request is sent), or nil when the refusal is final.
    var fallback: TrustStore? {
        if case .systemDirectory = self { return .systemDefault }
        return nil
    }

    /// True when `path` is a folder with at least one certificate named as OpenSSL looks
    /// them up (`5ad8a5d6.0`: eight hexadecimal digits of the subject hash, a dot, a number),
    /// the way `update-ca-certificates` and `c_rehash` leave `/etc/ssl/certs`.
    static func isHashedDirectory(_ path: String) -> Bool {
        guard let folder = opendir(path) else { return false }
        defer { closedir(folder) }
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            if isHashedName(name) { return true }
        }
        return false
    }

    static func isHashedName(_ name: String) -> Bool {
        let parts = name.utf8.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 8, !parts[1].isEmpty else { return false }
        let hex = parts[0].allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains($0) }
        return hex && parts[1].allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }
}
