/// Static keys of a profile in one of the shared files: `aws_access_key_id`,
/// `aws_secret_access_key`, `aws_session_token` (or legacy `aws_security_token`, first),
/// `aws_account_id` (botocore `SharedCredentialProvider` and `ConfigProvider`).
struct ProfileKeysCredentialSource: CredentialSource {
    let values: [String: String]
    let name: CredentialSourceName

    static func credentialsFile(_ profile: SharedConfig.Profile) -> Self {
        Self(values: profile.credentialsFileValues, name: .credentialsFile)
    }

    static func configFile(_ profile: SharedConfig.Profile) -> Self {
        Self(values: profile.configFileValues, name: .configFile)
    }

    func load() async throws -> AWSCredentials? {
        try Self.credentials(from: values, source: name)
    }

    /// Reads the keys from `values`; nil when neither key is present.
    static func credentials(from values: [String: String], source: CredentialSourceName) throws -> AWSCredentials? {
        let keyId = values.nonEmpty("aws_access_key_id")
        let secret = values.nonEmpty("aws_secret_access_key")
        switch (keyId, secret) {
        case (nil, nil): return nil
        case (.some, nil): throw CredentialError.partialCredentials(source: source, missing: "aws_secret_access_key")
        case (nil, .some): throw CredentialError.partialCredentials(source: source, missing: "aws_access_key_id")
        case (let keyId?, let secret?):
            return AWSCredentials(
                accessKeyId: keyId, secretAccessKey: secret,
                sessionToken: values.nonEmpty("aws_security_token") ?? values.nonEmpty("aws_session_token"),
                accountId: values.nonEmpty("aws_account_id"))
        }
    }
}
