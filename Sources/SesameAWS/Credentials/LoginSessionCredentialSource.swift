/// A profile with `login_session` (`aws login`, botocore 1.43's `LoginProvider`, its
/// session in `~/.aws/login/cache`). Its refresh needs a DPoP proof signed with the
/// session's EC key, which sesame does not implement, so the profile gets a clear error
/// instead of a silent "no credentials".
struct LoginSessionCredentialSource: CredentialSource {
    let profile: SharedConfig.Profile
    var name: CredentialSourceName { .loginSession }

    func load() async throws -> AWSCredentials? {
        guard profile["login_session"] != nil else { return nil }
        throw CredentialError.loginSessionUnsupported(profile: profile.name)
    }
}
