/// `HTTPTransport` over libcurl easy handles, one per request, each performed on a
/// dedicated thread so that requests to several regions really run in parallel.
///
/// TLS peer and host verification are always on; the trusted certificates are chosen per
/// attempt by `TrustStore`. Redirects are not followed. Proxies come
/// from the standard `http_proxy`/`https_proxy`/`no_proxy` variables, read by libcurl.
public struct CurlTransport: HTTPTransport {
    public struct Configuration: Sendable {
        /// Limit for establishing the connection (TCP and TLS), in seconds.
        public var connectTimeout: Double
        /// Limit for the whole exchange, in seconds.
        public var totalTimeout: Double
        /// A PEM bundle of trusted CAs (`AWS_CA_BUNDLE`), replacing the system bundle.
        public var caBundlePath: String?
        /// Without `caBundlePath`: the hashed certificate directory tried before libcurl's
        /// built-in CA file (`TrustStore`); nil means libcurl's built-in CA path, if it is one.
        public var certificateDirectory: String?
        /// Responses with a larger body fail with `TransportError.Kind.responseTooLarge`.
        public var maxResponseBytes: Int

        public init(connectTimeout: Double = 10, totalTimeout: Double = 60, caBundlePath: String? = nil,
                    certificateDirectory: String? = nil, maxResponseBytes: Int = 10 * 1024 * 1024) {
            self.connectTimeout = connectTimeout
            self.totalTimeout = totalTimeout
            self.caBundlePath = caBundlePath
            self.certificateDirectory = certificateDirectory
            self.maxResponseBytes = maxResponseBytes
        }
    }

    public var configuration: Configuration

    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
    }

    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        // The last line of defence against header injection, whatever the header's source.
        if let header = request.headers.first(where: { HTTPHeaderValue.breaksLine($0.name) || HTTPHeaderValue.breaksLine($0.value) }) {
            throw TransportError(kind: .other, url: request.url,
                                 detail: "the \(header.name) header contains a line break (CR or LF); refusing to send it")
        }
        let configuration = configuration
        let library: CurlLibrary
        switch CurlLibrary.shared {
        case let .loaded(loaded): library = loaded
        case let .unavailable(detail): throw TransportError(kind: .other, url: request.url, detail: detail)
        }
        var trust = TrustStore.first(caBundlePath: configuration.caBundlePath,
                                     systemDirectory: configuration.certificateDirectory ?? library.systemCertificateDirectory)
        while true {
            let store = trust
            let outcome = await ExchangeThread.perform {
                CurlExchange(request: request, configuration: configuration, trust: store, library: library).perform()
            }
            guard let outcome else {
                throw TransportError(kind: .other, url: request.url, detail: "could not start a thread for the request")
            }
            switch outcome {
            case let .response(response):
                return response
            case let .failed(error):
                guard error.kind == .tlsCertificate, let fallback = trust.fallback else { throw error }
                trust = fallback
            }
        }
    }
}
