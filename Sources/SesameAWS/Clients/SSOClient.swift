/// The IAM Identity Center portal (`botocore/data/sso`): `GetRoleCredentials`, sent
/// unsigned with the access token in `x-amz-sso_bearer_token`.
struct SSOClient: Sendable {
    let connection: ServiceConnection

    /// `GET /federation/credentials?role_name=R&account_id=A`. The expiration arrives in
    /// epoch milliseconds.
    func getRoleCredentials(roleName: String, accountId: String, accessToken: String) async throws -> AWSCredentials {
        struct Output: Decodable {
            struct RoleCredentials: Decodable {
                var accessKeyId: String?
                var secretAccessKey: String?
                var sessionToken: String?
                var expiration: Double?
            }
            var roleCredentials: RoleCredentials?
        }
        let output = try await connection.sendJSON(OperationRequest(
            operation: "GetRoleCredentials", method: "GET", path: "/federation/credentials",
            query: [("role_name", roleName), ("account_id", accountId)],
            headers: [("x-amz-sso_bearer_token", accessToken)]), as: Output.self)
        guard let role = output.roleCredentials, let keyId = role.accessKeyId, let secret = role.secretAccessKey,
              let token = role.sessionToken, let milliseconds = role.expiration else {
            throw MalformedResponseError(service: AWSService.sso.serviceId, operation: "GetRoleCredentials",
                                         reason: "the response does not contain complete role credentials")
        }
        return AWSCredentials(accessKeyId: keyId, secretAccessKey: secret, sessionToken: token,
                              expiration: Date(timeIntervalSince1970: milliseconds / 1000), accountId: accountId)
    }
}

/// IAM Identity Center OIDC (`botocore/data/sso-oidc`): `CreateToken` with the
/// `refresh_token` grant, sent unsigned.
struct SSOOIDCClient: Sendable {
    let connection: ServiceConnection

    struct Token: Decodable, Sendable {
        var accessToken: String
        var expiresIn: Int
        var refreshToken: String?
    }

    /// `POST /token` with `{clientId, clientSecret, grantType: "refresh_token", refreshToken}`.
    func refresh(clientId: String, clientSecret: String, refreshToken: String) async throws -> Token {
        struct Input: Encodable {
            var clientId: String
            var clientSecret: String
            var grantType = "refresh_token"
            var refreshToken: String
        }
        let body = try JSONEncoder().encode(Input(clientId: clientId, clientSecret: clientSecret, refreshToken: refreshToken))
        return try await connection.sendJSON(OperationRequest(
            operation: "CreateToken", method: "POST", path: "/token",
            headers: [("Content-Type", "application/json")], body: Array(body)), as: Token.self)
    }
}
