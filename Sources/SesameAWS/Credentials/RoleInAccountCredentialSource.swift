/// The credentials of a role in another account, assumed with the credentials of the session
/// that asks (`AWSSession.assumingRole`): what `--accounts` runs each account with.
struct RoleInAccountCredentialSource: CredentialSource {
    let roleArn: String
    let sessionName: String
    let sts: @Sendable () throws -> STSClient

    var name: CredentialSourceName { .roleInAccount(roleArn: roleArn) }

    func load() async throws -> AWSCredentials? {
        try await sts().assumeRole(roleArn: roleArn, roleSessionName: sessionName)
    }
}
