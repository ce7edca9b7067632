/// A profile with `login_session` (`aws login`; botocore `LoginProvider` and
/// `LoginCredentialFetcher`): the session's cached credentials, used while more than five
/// minutes remain; then AWS Sign-In `CreateOAuth2Token` with the cached refresh token and a
/// DPoP proof signed with the session's key (a new proof for each attempt), the cache file
/// rewritten (atomically, mode 0600) with the new credentials and refresh token unless
/// `aws login` replaced it meanwhile. A missing or refused session asks the user to run
/// `aws login` again.
struct LoginSessionCredentialSource: CredentialSource {
    /// botocore's `LoginCredentialFetcher._REFRESH_THRESHOLD`.
    static let refreshWindowSeconds: Double = 5 * 60

    let settings: CredentialSourceSettings
    let profile: SharedConfig.Profile
    var name: CredentialSourceName { .loginSession }

    func load() async throws -> AWSCredentials? {
        guard let session = profile["login_session"] else { return nil }
        let cache = LoginSessionToken.cache(environment: settings.environment, homeDirectory: settings.homeDirectory)
        let key = LoginSessionToken.cacheKey(session: session)
        do {
            guard let bytes = cache.read(key) else { throw CredentialError.LoginSessionProblem.missing }
            let token = try LoginSessionToken(bytes: bytes)
            if let expiration = token.credentials.expiration,
               expiration.timeIntervalSince(settings.clock()) > Self.refreshWindowSeconds {
                return token.credentials
            }
            let renewed = try await refreshed(token)
            // A session `aws login` wrote meanwhile is newer than this one: keep it.
            if cache.read(key) == bytes { try? cache.write(renewed.encoded, key: key) }
            return renewed.credentials
        } catch let problem as CredentialError.LoginSessionProblem {
            throw CredentialError.loginSessionInvalid(profile: profile.name, problem: problem)
        }
    }

    /// The session after AWS Sign-In's `CreateOAuth2Token` in the configured region.
    private func refreshed(_ token: LoginSessionToken) async throws -> LoginSessionToken {
        let signingKey = try token.signingKey()
        guard let region = settings.region else { throw ConfigurationError.missingRegion }
        let client = SigninClient(connection: try settings.unsignedConnection(.signin, region))
        let proofs = DPoPProof.Maker(key: signingKey, url: client.tokenURL, clock: settings.clock)
        do {
            let output = try await client.refresh(clientId: token.clientId, refreshToken: token.refreshToken, proofs: proofs)
            return token.refreshed(with: output, now: settings.clock())
        } catch let error as AWSServiceError where error.code == "AccessDeniedException" {
            switch error.oauthError {
            case let code? where code == "TOKEN_EXPIRED" || code == "USER_CREDENTIALS_CHANGED":
                throw CredentialError.LoginSessionProblem.refreshRequired(code)
            case "INSUFFICIENT_PERMISSIONS":
                throw CredentialError.LoginSessionProblem.insufficientPermissions
            default:
                throw CredentialError.sourceFailed(source: .loginSession, reason: .failed(AnyAWSError(error)))
            }
        } catch let error where error is ConfigurationError || error is CredentialError.LoginSessionProblem {
            throw error
        } catch {
            throw CredentialError.sourceFailed(source: .loginSession, reason: .failed(AnyAWSError(error)))
        }
    }
}
