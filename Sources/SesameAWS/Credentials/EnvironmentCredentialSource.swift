/// `AWS_ACCESS_KEY_ID`/`AWS_SECRET_ACCESS_KEY`, the token from `AWS_SECURITY_TOKEN`
/// (legacy, first) or `AWS_SESSION_TOKEN`, optional `AWS_CREDENTIAL_EXPIRATION` and
/// `AWS_ACCOUNT_ID` (botocore `EnvProvider`). Empty values count as unset.
struct EnvironmentCredentialSource: CredentialSource {
    let environment: [String: String]
    var name: CredentialSourceName { .environment }

    func load() async throws -> AWSCredentials? {
        let keyId = environment.nonEmpty("AWS_ACCESS_KEY_ID")
        let secret = environment.nonEmpty("AWS_SECRET_ACCESS_KEY")
        switch (keyId, secret) {
        case (nil, nil): return nil
        case (.some, nil): throw CredentialError.partialCredentials(source: name, missing: "AWS_SECRET_ACCESS_KEY")
        case (nil, .some): throw CredentialError.partialCredentials(source: name, missing: "AWS_ACCESS_KEY_ID")
        case (let keyId?, let secret?):
            var expiration: Date?
            if let text = environment.nonEmpty("AWS_CREDENTIAL_EXPIRATION") {
                guard let date = ISO8601.parse(text) else {
                    throw CredentialError.sourceFailed(source: name, reason: .expirationNotISO8601(field: "AWS_CREDENTIAL_EXPIRATION", value: text))
                }
                expiration = date
            }
            return AWSCredentials(
                accessKeyId: keyId, secretAccessKey: secret,
                sessionToken: environment.nonEmpty("AWS_SECURITY_TOKEN") ?? environment.nonEmpty("AWS_SESSION_TOKEN"),
                expiration: expiration, accountId: environment.nonEmpty("AWS_ACCOUNT_ID"))
        }
    }
}
