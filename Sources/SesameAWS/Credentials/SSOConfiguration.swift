/// The IAM Identity Center settings of a profile, resolved as botocore's `SSOProvider`
/// does: a profile uses SSO when it has `sso_account_id` or `sso_role_name`; with
/// `sso_session = NAME` the `[sso-session NAME]` section supplies `sso_start_url` and
/// `sso_region` (a key set in both must agree); otherwise they are the profile's own
/// (the legacy form).
struct SSOConfiguration: Sendable, Equatable {
    var profileName: String
    var startURL: String
    var region: String
    var accountId: String
    var roleName: String
    /// The `sso_session` name; nil for a legacy profile.
    var sessionName: String?

    /// Nil when the profile does not use SSO at all; throws when it does but is incomplete.
    init?(profile: SharedConfig.Profile, sessions: [String: [String: String]]) throws {
        let values = profile.values
        guard values["sso_account_id"] != nil || values["sso_role_name"] != nil else { return nil }
        var resolved = values
        var required = ["sso_role_name", "sso_account_id", "sso_start_url", "sso_region"]
        if let sessionName = values["sso_session"] {
            guard let session = sessions[sessionName] else {
                throw CredentialError.invalidProfile(profile: profile.name, reason: .ssoSessionNotFound(sessionName))
            }
            for (key, value) in session.sorted(by: { $0.key < $1.key }) {
                if let own = resolved[key], own != value {
                    throw CredentialError.invalidProfile(
                        profile: profile.name,
                        reason: .ssoSettingDiffers(key: key, profileValue: own, sessionValue: value, session: sessionName))
                }
                resolved[key] = value
            }
            required.append("sso_session")
        }
        let missing = required.filter { resolved[$0] == nil }
        guard missing.isEmpty else {
            throw CredentialError.invalidProfile(profile: profile.name, reason: .ssoKeysMissing(missing))
        }
        profileName = profile.name
        startURL = resolved["sso_start_url"]!
        region = resolved["sso_region"]!
        accountId = resolved["sso_account_id"]!
        roleName = resolved["sso_role_name"]!
        sessionName = values["sso_session"]
    }

    /// The token cache file's key: SHA-1 of the session name, or of the start URL for a
    /// legacy profile (`SSOTokenLoader._generate_cache_key`).
    var tokenCacheKey: String { CacheKeyDigest.sha1Hex(sessionName ?? startURL) }

    /// The role credentials' key in `~/.aws/cli/cache` (`SSOCredentialFetcher._create_cache_key`):
    /// SHA-1 of `json.dumps({accountId, roleName, sessionName or startUrl}, sort_keys=True,
    /// separators=(',', ':'))`.
    var roleCredentialsCacheKey: String {
        let last = sessionName.map { ("sessionName", $0) } ?? ("startUrl", startURL)
        let members = [("accountId", accountId), ("roleName", roleName), last]
        return CacheKeyDigest.sha1Hex("{" + members.map { "\"\($0.0)\":" + PythonJSON.string($0.1) }.joined(separator: ",") + "}")
    }
}
