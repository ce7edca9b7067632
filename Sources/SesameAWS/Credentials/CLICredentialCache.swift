/// Temporary credentials in `~/.aws/cli/cache/<key>.json`, in the AWS CLI's layout
/// (`{"Credentials": {"AccessKeyId", "SecretAccessKey", "SessionToken", "Expiration", "AccountId"}}`,
/// with `"ProviderType": "sso"` for IAM Identity Center), used while more than 15 minutes
/// remain (botocore `CachedCredentialFetcher`): assumed roles under the key of
/// `AssumeRoleRequest.cacheKey`, SSO role credentials under `SSOConfiguration.roleCredentialsCacheKey`.
/// A cache that cannot be written is not an error: the credentials still work for this run.
struct CLICredentialCache: Sendable {
    static let expiryWindowSeconds: Double = 15 * 60

    let cache: JSONFileCache
    let clock: @Sendable () -> Date

    private struct Entry: Codable {
        struct Credentials: Codable {
            var AccessKeyId: String
            var SecretAccessKey: String
            var SessionToken: String
            var Expiration: String
            var AccountId: String?
        }
        var ProviderType: String?
        var Credentials: Credentials
    }

    /// The credentials cached under `key`, unless fewer than 15 minutes remain.
    func credentials(key: String) -> AWSCredentials? {
        guard let bytes = cache.read(key),
              let entry = try? JSONDecoder().decode(Entry.self, from: Data(bytes)),
              let expiration = ISO8601.parse(entry.Credentials.Expiration),
              expiration.timeIntervalSince(clock()) >= Self.expiryWindowSeconds else { return nil }
        return AWSCredentials(accessKeyId: entry.Credentials.AccessKeyId, secretAccessKey: entry.Credentials.SecretAccessKey,
                              sessionToken: entry.Credentials.SessionToken, expiration: expiration,
                              accountId: entry.Credentials.AccountId)
    }

    /// Writes `credentials` under `key`. The expiry is written as the AWS CLI does: STS's
    /// `+00:00` form for assumed roles, `Z` for SSO (`providerType` `sso`).
    func store(_ credentials: AWSCredentials, key: String, providerType: String? = nil) {
        guard let token = credentials.sessionToken, let expiration = credentials.expiration else { return }
        let seconds = String(ISO8601.format(expiration).prefix(19))
        let entry = Entry(ProviderType: providerType, Credentials: .init(
            AccessKeyId: credentials.accessKeyId, SecretAccessKey: credentials.secretAccessKey, SessionToken: token,
            Expiration: seconds + (providerType == nil ? "+00:00" : "Z"), AccountId: credentials.accountId))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        guard let bytes = try? encoder.encode(entry) else { return }
        try? cache.write(Array(bytes), key: key)
    }
}
