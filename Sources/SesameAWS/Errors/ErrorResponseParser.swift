/// Turns a non-2xx response into an `AWSServiceError`, per wire protocol (aws-conventions
/// §5.1; botocore `parsers.py`).
enum ErrorResponseParser {
    /// rest-json (SES v2): code from `X-Amzn-ErrorType`, else body `code`/`Code`, else
    /// `__type`, else the status; message from `message`/`Message`; AWS Sign-In's `error`.
    static func restJSON(_ response: HTTPResponse, service: String) -> AWSServiceError {
        json(response, service: service)
    }

    /// JSON 1.1 (Support): botocore reads `__type`; `X-Amzn-ErrorType` and `code` are
    /// accepted too, as the Smithy protocol tests expect. A non-JSON body is the message.
    static func json11(_ response: HTTPResponse, service: String) -> AWSServiceError {
        json(response, service: service)
    }

    /// Query XML (STS): `<ErrorResponse><Error><Code/><Message/></Error><RequestId/>`.
    static func queryXML(_ response: HTTPResponse, service: String) -> AWSServiceError {
        if let redirect = redirect(response, service: service) { return redirect }
        let text = response.bodyText
        guard let code = XMLText.firstElement("Code", in: text) else { return generic(response, service: service) }
        return AWSServiceError(
            service: service, code: AWSServiceError.cleanedCode(code),
            message: XMLText.firstElement("Message", in: text) ?? "", status: response.status,
            requestId: XMLText.firstElement("RequestId", in: text) ?? response.header("x-amzn-RequestId"))
    }

    private static func json(_ response: HTTPResponse, service: String) -> AWSServiceError {
        if let redirect = redirect(response, service: service) { return redirect }
        let requestId = response.header("x-amzn-RequestId")
        let trimmed = response.bodyText.trimmingCharacters(while: \.isWhitespace)
        if response.status >= 500 && (trimmed.isEmpty || trimmed.hasPrefix("<html>")) {
            return generic(response, service: service)
        }
        let body = try? JSONDecoder().decode(ErrorBody.self, from: Data(response.body))
        let rawCode = response.header("X-Amzn-ErrorType") ?? body?.code ?? body?.type ?? String(response.status)
        let message = body.map { $0.message ?? "" } ?? trimmed
        return AWSServiceError(service: service, code: AWSServiceError.cleanedCode(rawCode), message: message,
                               status: response.status, requestId: requestId, oauthError: body?.error)
    }

    /// A 3xx is never followed (AWS endpoints do not redirect; a wrong endpoint URL or a proxy
    /// does): code = the status, and a message that says where it pointed instead of an empty one.
    private static func redirect(_ response: HTTPResponse, service: String) -> AWSServiceError? {
        guard (300..<400).contains(response.status) else { return nil }
        let target = response.header("Location").map { " to \($0)" } ?? ""
        return AWSServiceError(
            service: service, code: String(response.status),
            message: "the endpoint answered with a redirect\(target), which is not followed; check the endpoint URL (--endpoint-url, AWS_ENDPOINT_URL)",
            status: response.status, requestId: response.header("x-amzn-RequestId"))
    }

    /// Code = the status, message = its reason phrase (`_do_generic_error_parse`).
    private static func generic(_ response: HTTPResponse, service: String) -> AWSServiceError {
        AWSServiceError(service: service, code: String(response.status), message: reasonPhrase(response.status),
                        status: response.status, requestId: response.header("x-amzn-RequestId"))
    }

    static func reasonPhrase(_ status: Int) -> String {
        switch status {
        case 400: return "Bad Request"
        case 403: return "Forbidden"
        case 404: return "Not Found"
        case 429: return "Too Many Requests"
        case 500: return "Internal Server Error"
        case 502: return "Bad Gateway"
        case 503: return "Service Unavailable"
        case 504: return "Gateway Timeout"
        default: return "HTTP \(status)"
        }
    }

    /// The members an AWS JSON error body may carry; members of other types are ignored.
    private struct ErrorBody: Decodable {
        var code: String?
        var type: String?
        var message: String?
        /// AWS Sign-In's OAuth 2.0 error code.
        var error: String?

        private struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: Key.self)
            func string(_ name: String) -> String? { try? container.decodeIfPresent(String.self, forKey: Key(stringValue: name)) }
            code = string("code") ?? string("Code")
            type = string("__type")
            message = string("message") ?? string("Message")
            error = string("error")
        }
    }
}
