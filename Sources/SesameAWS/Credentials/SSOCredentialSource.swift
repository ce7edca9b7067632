/// IAM Identity Center (botocore `SSOProvider`): the profile's SSO settings, the cached
/// access token (renewed when near expiry), then SSO `GetRoleCredentials` for
/// `sso_account_id` and `sso_role_name`. The role credentials are cached in `~/.aws/cli/cache`
/// as the AWS CLI caches them, so one sign-in serves until they are within 15 minutes of
/// expiry. A missing, expired or refused token asks the user to run `aws sso login --profile NAME`.
struct SSOCredentialSource: CredentialSource {
    let settings: CredentialSourceSettings
    let profile: SharedConfig.Profile
    var name: CredentialSourceName { .sso(profile: nil) }

    func load() async throws -> AWSCredentials? {
        guard let configuration = try SSOConfiguration(profile: profile, sessions: settings.config.ssoSessions) else {
            return nil
        }
        let settings = settings
        let cache = CLICredentialCache(cache: settings.cache("cli"), clock: settings.clock)
        if let cached = cache.credentials(key: configuration.roleCredentialsCacheKey) { return cached }
        let tokens = SSOTokenProvider(
            configuration: configuration, cache: settings.cache("sso"),
            clock: settings.clock,
            oidc: { SSOOIDCClient(connection: try settings.unsignedConnection(.ssoOIDC, configuration.region)) })
        let token = try await tokens.accessToken()
        let portal = SSOClient(connection: try settings.unsignedConnection(.sso, configuration.region))
        do {
            var credentials = try await portal.getRoleCredentials(
                roleName: configuration.roleName, accountId: configuration.accountId, accessToken: token)
            credentials.accountId = credentials.accountId ?? configuration.accountId
            cache.store(credentials, key: configuration.roleCredentialsCacheKey, providerType: "sso")
            return credentials
        } catch let error as AWSServiceError where error.code == "UnauthorizedException" {
            throw CredentialError.ssoSessionExpired(profile: configuration.profileName, problem: .refused)
        } catch let error as CredentialError {
            throw error
        } catch {
            throw CredentialError.sourceFailed(source: .sso(profile: configuration.profileName), reason: .failed(AnyAWSError(error)))
        }
    }
}
