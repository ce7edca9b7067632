internal import SigV4

/// The two STS calls the credential sources need (query protocol, XML responses).
public struct STSClient: Sendable {
    let connection: ServiceConnection

    init(connection: ServiceConnection) {
        self.connection = connection
    }

    /// `AssumeRole`, signed with the source credentials of the connection; an MFA-protected
    /// role takes the device's `serialNumber` and the current `tokenCode`.
    public func assumeRole(roleArn: String, roleSessionName: String, externalId: String? = nil,
                           durationSeconds: Int? = nil, serialNumber: String? = nil,
                           tokenCode: String? = nil) async throws -> AWSCredentials {
        var parameters = [("RoleArn", roleArn), ("RoleSessionName", roleSessionName)]
        if let externalId { parameters.append(("ExternalId", externalId)) }
        if let durationSeconds { parameters.append(("DurationSeconds", String(durationSeconds))) }
        if let serialNumber { parameters.append(("SerialNumber", serialNumber)) }
        if let tokenCode { parameters.append(("TokenCode", tokenCode)) }
        return try await call("AssumeRole", parameters)
    }

    /// `AssumeRoleWithWebIdentity`, sent unsigned as botocore does.
    public func assumeRoleWithWebIdentity(roleArn: String, roleSessionName: String, webIdentityToken: String,
                                          durationSeconds: Int? = nil) async throws -> AWSCredentials {
        var parameters = [("RoleArn", roleArn), ("RoleSessionName", roleSessionName), ("WebIdentityToken", webIdentityToken)]
        if let durationSeconds { parameters.append(("DurationSeconds", String(durationSeconds))) }
        return try await call("AssumeRoleWithWebIdentity", parameters)
    }

    private func call(_ action: String, _ parameters: [(String, String)]) async throws -> AWSCredentials {
        let form = ([("Action", action), ("Version", "2011-06-15")] + parameters)
            .map { PercentEncoding.encode($0.0) + "=" + PercentEncoding.encode($0.1) }
            .joined(separator: "&")
        let response = try await connection.send(OperationRequest(
            operation: action, method: "POST", path: "/",
            headers: [("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")], body: Array(form.utf8)))
        return try Self.parseCredentials(response, operation: action)
    }

    static func parseCredentials(_ response: HTTPResponse, operation: String) throws -> AWSCredentials {
        let text = response.bodyText
        guard let keyId = XMLText.firstElement("AccessKeyId", in: text),
              let secret = XMLText.firstElement("SecretAccessKey", in: text),
              let token = XMLText.firstElement("SessionToken", in: text),
              let expirationText = XMLText.firstElement("Expiration", in: text),
              let expiration = ISO8601.parse(expirationText)
        else {
            throw MalformedResponseError(service: AWSService.sts.serviceId, operation: operation,
                                         reason: "the response does not contain complete credentials")
        }
        // The account is the fifth field of the assumed role's ARN (`arn:aws:sts::ACCOUNT:assumed-role/…`).
        let arnFields = XMLText.firstElement("Arn", in: text)?.split(separator: ":", omittingEmptySubsequences: false)
        let accountId = arnFields.flatMap { $0.count > 4 && !$0[4].isEmpty ? String($0[4]) : nil }
        return AWSCredentials(accessKeyId: keyId, secretAccessKey: secret, sessionToken: token, expiration: expiration,
                              accountId: accountId)
    }
}
