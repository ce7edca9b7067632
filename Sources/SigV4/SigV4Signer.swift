/// AWS Signature Version 4 for one service in one region (non-S3 rules).
///
/// Each step of https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html
/// is a separate function; `sign(_:date:)` runs them in order. The date is always passed
/// in, so a signature is a pure function of its inputs.
public struct SigV4Signer: Sendable {
    public var credentials: SigningCredentials
    /// The signing name (`ses`, `support`, `sts`), not necessarily the endpoint prefix.
    public var service: String
    public var region: String

    public init(credentials: SigningCredentials, service: String, region: String) {
        self.credentials = credentials
        self.service = service
        self.region = region
    }

    /// `yyyymmdd/region/service/aws4_request`.
    public func credentialScope(_ timestamp: SigV4Timestamp) -> String {
        "\(timestamp.dateStamp)/\(region)/\(service)/aws4_request"
    }

    /// Adds the headers that must be signed: `X-Amz-Date`, and `X-Amz-Security-Token`
    /// when the credentials carry a session token and the request does not have one yet.
    public func prepare(_ request: SigV4Request, timestamp: SigV4Timestamp) -> SigV4Request {
        var prepared = request
        prepared.setHeader("X-Amz-Date", timestamp.amzDate)
        if let token = credentials.sessionToken, prepared.header("X-Amz-Security-Token") == nil {
            prepared.headers.append((name: "X-Amz-Security-Token", value: token))
        }
        return prepared
    }

    /// Task 2: `AWS4-HMAC-SHA256`, the timestamp, the scope and the hex SHA-256 of the
    /// canonical request, one per line.
    public func stringToSign(_ canonicalRequest: CanonicalRequest, timestamp: SigV4Timestamp) -> String {
        [
            "AWS4-HMAC-SHA256",
            timestamp.amzDate,
            credentialScope(timestamp),
            Digest.hex(Digest.sha256(Array(canonicalRequest.text.utf8))),
        ].joined(separator: "\n")
    }

    /// Task 3: the HMAC chain `AWS4`+secret → date → region → service → `aws4_request`.
    public func signingKey(_ timestamp: SigV4Timestamp) -> [UInt8] {
        let secret = Array("AWS4\(credentials.secretAccessKey)".utf8)
        let dateKey = Digest.hmacSHA256(key: secret, data: Array(timestamp.dateStamp.utf8))
        let regionKey = Digest.hmacSHA256(key: dateKey, data: Array(region.utf8))
        let serviceKey = Digest.hmacSHA256(key: regionKey, data: Array(service.utf8))
        return Digest.hmacSHA256(key: serviceKey, data: Array("aws4_request".utf8))
    }

    /// Task 4: the lower-case hex HMAC of the string to sign under the signing key.
    public func signature(stringToSign: String, timestamp: SigV4Timestamp) -> String {
        Digest.hex(Digest.hmacSHA256(key: signingKey(timestamp), data: Array(stringToSign.utf8)))
    }

    /// The `Authorization` header value (without the name).
    public func authorization(_ canonicalRequest: CanonicalRequest, timestamp: SigV4Timestamp) -> String {
        let signature = signature(stringToSign: stringToSign(canonicalRequest, timestamp: timestamp), timestamp: timestamp)
        return "AWS4-HMAC-SHA256 Credential=\(credentials.accessKeyId)/\(credentialScope(timestamp)), "
            + "SignedHeaders=\(canonicalRequest.signedHeaders), Signature=\(signature)"
    }

    /// The request with `X-Amz-Date`, the session token if any, and `Authorization` set.
    /// The request must already carry its `Host` header and, with a body, its `Content-Type`.
    public func sign(_ request: SigV4Request, date: Date) -> SigV4Request {
        let timestamp = SigV4Timestamp(date)
        var signed = prepare(request, timestamp: timestamp)
        signed.setHeader("Authorization", authorization(CanonicalRequest(signed), timestamp: timestamp))
        return signed
    }
}
