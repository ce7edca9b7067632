/// The IAM Identity Center access token from `~/.aws/sso/cache/<sha1>.json`, which
/// `aws sso login` writes. For an `sso_session` profile a token within 15 minutes of
/// expiry is renewed through SSO-OIDC `CreateToken` with the cached refresh token (if
/// the client registration is still valid) and the cache file rewritten; a failed renewal
/// keeps the old token while it lasts (botocore `SSOTokenProvider`). A legacy profile's
/// token is never renewed.
struct SSOTokenProvider: Sendable {
    static let refreshWindowSeconds: Double = 15 * 60

    let configuration: SSOConfiguration
    let cache: JSONFileCache
    let clock: @Sendable () -> Date
    /// The SSO-OIDC client for the session's region.
    let oidc: @Sendable () throws -> SSOOIDCClient

    /// The cache file's fields (`startUrl`, `region`, `accessToken`, `expiresAt`, and for
    /// sessions the registration and refresh token), in the order botocore writes them.
    struct CachedToken: Codable, Sendable {
        var startUrl: String?
        var region: String?
        var accessToken: String?
        var expiresAt: String?
        var clientId: String?
        var clientSecret: String?
        var registrationExpiresAt: String?
        var refreshToken: String?
    }

    func accessToken() async throws -> String {
        guard let bytes = cache.read(configuration.tokenCacheKey) else { throw expired(reason: .missing) }
        guard let token = try? JSONDecoder().decode(CachedToken.self, from: Data(bytes)),
              let accessToken = token.accessToken, let expiresText = token.expiresAt,
              let expiresAt = ISO8601.parse(expiresText) else {
            throw expired(reason: .unreadable)
        }
        let remaining = expiresAt.timeIntervalSince(clock())
        if configuration.sessionName != nil, remaining < Self.refreshWindowSeconds,
           let renewed = await renewed(token) {
            return renewed
        }
        guard remaining > 0 else { throw expired(reason: .expired) }
        return accessToken
    }

    /// The new access token after a successful `CreateToken`, the cache rewritten; nil
    /// when the token cannot be renewed (no refresh token, expired registration, refused).
    private func renewed(_ token: CachedToken) async -> String? {
        guard let clientId = token.clientId, let clientSecret = token.clientSecret,
              let refreshToken = token.refreshToken, let registrationText = token.registrationExpiresAt,
              let registrationExpiry = ISO8601.parse(registrationText),
              registrationExpiry > clock(),
              let answer = try? await oidc().refresh(clientId: clientId, clientSecret: clientSecret,
                                                     refreshToken: refreshToken) else { return nil }
        let renewed = CachedToken(
            startUrl: configuration.startURL, region: configuration.region, accessToken: answer.accessToken,
            expiresAt: Self.format(clock().addingTimeInterval(Double(answer.expiresIn))),
            clientId: clientId, clientSecret: clientSecret, registrationExpiresAt: registrationText,
            refreshToken: answer.refreshToken)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        if let bytes = try? encoder.encode(renewed) {
            try? cache.write(Array(bytes), key: configuration.tokenCacheKey)
        }
        return answer.accessToken
    }

    /// `2026-12-01T10:00:00Z`, the form botocore writes (`_serialize_utc_timestamp`).
    static func format(_ date: Date) -> String {
        String(ISO8601.format(date).prefix(19)) + "Z"
    }

    private func expired(reason: CredentialError.SSOSessionProblem) -> CredentialError {
        .ssoSessionExpired(profile: configuration.profileName, problem: reason)
    }
}
