/// No HTTP response was obtained. `kind` classifies the failure for the retry policy;
/// `detail` is libcurl's own explanation.
public struct TransportError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// The connect or total timeout elapsed.
        case timedOut
        /// The connection could not be made: refused (nothing listens) or unreachable.
        case connectionRefused
        /// The connection was reset, closed early, or a send/receive failed.
        case connectionReset
        /// The host (or proxy) name did not resolve.
        case hostNotFound
        /// The server's certificate was not accepted (untrusted, expired, wrong name).
        case tlsCertificate
        /// The TLS handshake failed for another reason.
        case tlsHandshake
        /// The response body exceeded the configured limit.
        case responseTooLarge(limit: Int)
        /// Anything else (bad URL, unsupported protocol, out of memory...).
        case other
    }

    public var kind: Kind
    /// The URL that was being fetched, any password in it redacted.
    public var url: String
    /// libcurl's error text, e.g. `Connection refused` or the TLS reason.
    public var detail: String

    public init(kind: Kind, url: String, detail: String) {
        self.kind = kind
        self.url = URLParts.redactingPassword(in: url)
        self.detail = detail
    }

    /// True when trying again may succeed: timeouts, refused or reset connections, DNS and
    /// TLS handshake hiccups. Certificate failures, oversized responses and other errors are
    /// permanent.
    public var isTransient: Bool {
        switch kind {
        case .timedOut, .connectionRefused, .connectionReset, .hostNotFound, .tlsHandshake: return true
        case .tlsCertificate, .responseTooLarge, .other: return false
        }
    }

    public var description: String {
        switch kind {
        case .timedOut: return "request to \(url) timed out: \(detail)"
        case .connectionRefused: return "connection to \(url) refused: \(detail)"
        case .connectionReset: return "connection to \(url) failed: \(detail)"
        case .hostNotFound: return "could not resolve host for \(url): \(detail)"
        case .tlsCertificate: return "TLS certificate of \(url) rejected: \(detail)"
        case .tlsHandshake: return "TLS handshake with \(url) failed: \(detail)"
        case .responseTooLarge(let limit): return "response from \(url) exceeds \(limit) bytes"
        case .other: return "request to \(url) failed: \(detail)"
        }
    }
}

extension TransportError: CategorizedAWSError {
    public var category: AWSErrorCategory { .serviceOrNetwork }
}
