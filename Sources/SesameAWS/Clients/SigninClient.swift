/// AWS Sign-In (`botocore/data/signin`): `CreateOAuth2Token` with the `refresh_token` grant,
/// sent unsigned with a DPoP proof, as botocore's `LoginCredentialFetcher` refreshes an
/// `aws login` session.
struct SigninClient: Sendable {
    let connection: ServiceConnection

    /// `tokenOutput`, the response's payload (`CreateOAuth2TokenResponseBody`).
    struct TokenOutput: Decodable, Sendable {
        struct AccessToken: Decodable, Sendable {
            var accessKeyId: String
            var secretAccessKey: String
            var sessionToken: String
        }
        var accessToken: AccessToken
        var expiresIn: Int
        var refreshToken: String
    }

    /// Where `CreateOAuth2Token` is sent, which the DPoP proof names as `htu`.
    var tokenURL: String { connection.endpoint.url + "/v1/token" }

    /// `POST /v1/token` with the payload `{clientId, refreshToken, grantType: "refresh_token"}`
    /// and, in the `DPoP` header, a proof from `proofs` made for each attempt.
    func refresh(clientId: String, refreshToken: String, proofs: DPoPProof.Maker) async throws -> TokenOutput {
        struct TokenInput: Encodable {
            var clientId: String
            var refreshToken: String
            var grantType = "refresh_token"
        }
        let body = try JSONEncoder().encode(TokenInput(clientId: clientId, refreshToken: refreshToken))
        return try await connection.sendJSON(OperationRequest(
            operation: "CreateOAuth2Token", method: "POST", path: "/v1/token",
            headers: [("Content-Type", "application/json")], perAttemptHeaders: { [("DPoP", try proofs.next())] },
            body: Array(body)), as: TokenOutput.self)
    }
}
