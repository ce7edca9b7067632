internal import CCurl

/// One blocking libcurl transfer. Owns its easy handle and header list.
final class CurlExchange {
    private let request: HTTPRequest
    private let configuration: CurlTransport.Configuration
    private let trust: TrustStore
    private let handle: UnsafeMutableRawPointer?
    private var headerList: UnsafeMutablePointer<curl_slist>?
    private var errorBuffer = [CChar](repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
    private let sink: ResponseSink

    private let curl: CurlLibrary

    init(request: HTTPRequest, configuration: CurlTransport.Configuration, trust: TrustStore, library: CurlLibrary) {
        self.request = request
        self.configuration = configuration
        self.trust = trust
        self.curl = library
        self.sink = ResponseSink(limit: configuration.maxResponseBytes)
        self.handle = library.easyInit()
    }

    deinit {
        curl.slistFreeAll(headerList)
        curl.easyCleanup(handle)
    }

    /// How a transfer ended. An enum of its own rather than a `Result`, for the reason given at
    /// `CurlLibrary.Loading`.
    enum Outcome: Sendable {
        case response(HTTPResponse)
        case failed(TransportError)
    }

    /// Configures the handle, performs the transfer and returns the final response or the
    /// classified failure.
    func perform() -> Outcome {
        guard let handle else { return .failed(failure(.other, "curl_easy_init failed")) }
        let setup = configure(handle)
        guard setup == CURLE_OK else { return .failed(failure(.other, message(for: setup))) }
        let code = errorBuffer.withUnsafeMutableBufferPointer { buffer in
            _ = sesame_curl_setopt_pointer(curl.setopt, handle, CURLOPT_ERRORBUFFER, buffer.baseAddress)
            return withExtendedLifetime(sink) { curl.easyPerform(handle) }
        }
        guard code == CURLE_OK else { return .failed(classify(code)) }
        var status = 0
        _ = sesame_curl_getinfo_long(curl.getinfo, handle, CURLINFO_RESPONSE_CODE, &status)
        return .response(HTTPResponse(status: status, headers: sink.headers, body: sink.body))
    }

    private func configure(_ handle: UnsafeMutableRawPointer) -> CURLcode {
        let sinkPointer = Unmanaged.passUnretained(sink).toOpaque()
        var codes: [CURLcode] = [
            sesame_curl_setopt_string(curl.setopt, handle, CURLOPT_URL, request.url),
            sesame_curl_setopt_string(curl.setopt, handle, CURLOPT_PROTOCOLS_STR, "http,https"),
            sesame_curl_setopt_long(curl.setopt, handle, CURLOPT_NOSIGNAL, 1),
            sesame_curl_setopt_long(curl.setopt, handle, CURLOPT_FOLLOWLOCATION, 0),
            sesame_curl_setopt_long(curl.setopt, handle, CURLOPT_SSL_VERIFYPEER, 1),
            sesame_curl_setopt_long(curl.setopt, handle, CURLOPT_SSL_VERIFYHOST, 2),
            sesame_curl_setopt_long(curl.setopt, handle, CURLOPT_CONNECTTIMEOUT_MS, milliseconds(configuration.connectTimeout)),
            sesame_curl_setopt_long(curl.setopt, handle, CURLOPT_TIMEOUT_MS, milliseconds(configuration.totalTimeout)),
            sesame_curl_setopt_write_function(curl.setopt, handle, CURLOPT_WRITEFUNCTION, ResponseSink.receiveBody),
            sesame_curl_setopt_pointer(curl.setopt, handle, CURLOPT_WRITEDATA, sinkPointer),
            sesame_curl_setopt_write_function(curl.setopt, handle, CURLOPT_HEADERFUNCTION, ResponseSink.receiveHeader),
            sesame_curl_setopt_pointer(curl.setopt, handle, CURLOPT_HEADERDATA, sinkPointer),
        ]
        switch trust {
        case let .bundle(path):
            codes.append(sesame_curl_setopt_string(curl.setopt, handle, CURLOPT_CAINFO, path))
        case let .systemDirectory(path):
            // A null CA file turns off libcurl's built-in bundle; the directory is read lazily.
            codes.append(sesame_curl_setopt_pointer(curl.setopt, handle, CURLOPT_CAINFO, nil))
            codes.append(sesame_curl_setopt_string(curl.setopt, handle, CURLOPT_CAPATH, path))
        case .systemDefault:
            break
        }
        codes += configureMethodAndBody(handle)
        // "Expect:" with no value stops libcurl from adding `Expect: 100-continue`.
        for line in request.headers.map({ $0.value.isEmpty ? "\($0.name);" : "\($0.name): \($0.value)" }) + ["Expect:"] {
            headerList = curl.slistAppend(headerList, line)
        }
        codes.append(sesame_curl_setopt_slist(curl.setopt, handle, CURLOPT_HTTPHEADER, headerList))
        return codes.first { $0 != CURLE_OK } ?? CURLE_OK
    }

    private func configureMethodAndBody(_ handle: UnsafeMutableRawPointer) -> [CURLcode] {
        switch request.method {
        case "GET" where request.body.isEmpty:
            return [sesame_curl_setopt_long(curl.setopt, handle, CURLOPT_HTTPGET, 1)]
        case "HEAD":
            return [sesame_curl_setopt_long(curl.setopt, handle, CURLOPT_NOBODY, 1)]
        default:
            // COPYPOSTFIELDS copies `POSTFIELDSIZE` bytes, so the body may hold NULs.
            var codes = [sesame_curl_setopt_long(curl.setopt, handle, CURLOPT_POSTFIELDSIZE, request.body.count)]
            let terminated = request.body + [0]
            codes.append(terminated.withUnsafeBufferPointer { bytes in
                bytes.withMemoryRebound(to: CChar.self) { chars in
                    sesame_curl_setopt_string(curl.setopt, handle, CURLOPT_COPYPOSTFIELDS, chars.baseAddress!)
                }
            })
            if request.method != "POST" {
                codes.append(sesame_curl_setopt_string(curl.setopt, handle, CURLOPT_CUSTOMREQUEST, request.method))
            }
            return codes
        }
    }

    private func classify(_ code: CURLcode) -> TransportError {
        let detail = message(for: code)
        switch code {
        case CURLE_OPERATION_TIMEDOUT: return failure(.timedOut, detail)
        case CURLE_COULDNT_CONNECT: return failure(.connectionRefused, detail)
        case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY: return failure(.hostNotFound, detail)
        case CURLE_SEND_ERROR, CURLE_RECV_ERROR, CURLE_GOT_NOTHING, CURLE_PARTIAL_FILE:
            return failure(.connectionReset, detail)
        case CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CACERT_BADFILE, CURLE_SSL_CERTPROBLEM,
             CURLE_SSL_ISSUER_ERROR, CURLE_SSL_PINNEDPUBKEYNOTMATCH, CURLE_SSL_CRL_BADFILE:
            return failure(.tlsCertificate, detail)
        case CURLE_SSL_CONNECT_ERROR: return failure(.tlsHandshake, detail)
        case CURLE_WRITE_ERROR where sink.exceededLimit:
            return failure(.responseTooLarge(limit: configuration.maxResponseBytes), detail)
        default: return failure(.other, detail)
        }
    }

    /// The detailed text of the error buffer, or libcurl's generic text for `code`.
    private func message(for code: CURLcode) -> String {
        let detailed = errorBuffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        return detailed.isEmpty ? curl.strerror(code).map { String(cString: $0) } ?? "libcurl error \(code.rawValue)" : detailed
    }

    private func failure(_ kind: TransportError.Kind, _ detail: String) -> TransportError {
        TransportError(kind: kind, url: request.url, detail: detail)
    }

    /// At least 1 ms and at most Int32.max ms (24.8 days): `Int(Double)` traps on a huge or
    /// infinite value (`--cli-read-timeout 1e300`, `--cli-connect-timeout inf`).
    private func milliseconds(_ seconds: Double) -> Int {
        let value = (seconds * 1000).rounded()
        guard value.isFinite, value < Double(Int32.max) else { return Int(Int32.max) }
        return max(1, Int(value))
    }
}
