/// `AssumeRoleWithWebIdentity` (botocore `AssumeRoleWithWebIdentityProvider`): the token
/// file, role ARN and session name come from `AWS_WEB_IDENTITY_TOKEN_FILE`, `AWS_ROLE_ARN`,
/// `AWS_ROLE_SESSION_NAME` (ignored when the profile was named explicitly), else from the
/// profile's `web_identity_token_file`, `role_arn`, `role_session_name`. The token file is
/// read whole on every load; the STS call is unsigned.
struct WebIdentityCredentialSource: CredentialSource {
    let settings: CredentialSourceSettings
    let profile: SharedConfig.Profile
    var name: CredentialSourceName { .webIdentity }

    private func setting(_ variable: String, _ key: String) -> String? {
        (settings.selection.isExplicit ? nil : settings.environment.nonEmpty(variable)) ?? profile[key]
    }

    func load() async throws -> AWSCredentials? {
        guard let tokenFile = setting("AWS_WEB_IDENTITY_TOKEN_FILE", "web_identity_token_file") else { return nil }
        guard let roleArn = setting("AWS_ROLE_ARN", "role_arn") else {
            throw CredentialError.invalidProfile(profile: profile.name, reason: .webIdentityWithoutRole)
        }
        let token = try CredentialFile.read(tokenFile, file: .webIdentityToken, source: name)
        do {
            return try await settings.sts(nil).assumeRoleWithWebIdentity(
                roleArn: roleArn,
                roleSessionName: setting("AWS_ROLE_SESSION_NAME", "role_session_name") ?? settings.defaultSessionName,
                webIdentityToken: String(decoding: token, as: UTF8.self))
        } catch let error as CredentialError {
            throw error
        } catch {
            throw CredentialError.sourceFailed(source: name, reason: .failed(AnyAWSError(error)))
        }
    }
}
