/// The default chain, in the AWS CLI's order (botocore `create_credential_resolver`):
/// environment (not when the profile was named explicitly), assume role, web identity,
/// IAM Identity Center (SSO), shared credentials file, `aws login`, `credential_process`,
/// config file, container, EC2 metadata.
struct CredentialChain: Sendable {
    let sources: [any CredentialSource]

    /// Without `networkSources`, the container and instance-metadata sources are left out.
    init(settings: CredentialSourceSettings, profile: SharedConfig.Profile, networkSources: Bool = true) {
        var sources: [any CredentialSource] = []
        if !settings.selection.isExplicit {
            sources.append(EnvironmentCredentialSource(environment: settings.environment))
        }
        sources += [
            AssumeRoleCredentialSource(settings: settings, profile: profile),
            WebIdentityCredentialSource(settings: settings, profile: profile),
            SSOCredentialSource(settings: settings, profile: profile),
            ProfileKeysCredentialSource.credentialsFile(profile),
            LoginSessionCredentialSource(settings: settings, profile: profile),
            ProcessCredentialSource(profile: profile, environment: settings.environment),
            ProfileKeysCredentialSource.configFile(profile),
        ]
        if networkSources {
            sources += [ContainerCredentialSource(settings: settings), InstanceMetadataCredentialSource(settings: settings)]
        }
        self.sources = sources
    }

    init(sources: [any CredentialSource]) {
        self.sources = sources
    }

    /// The first source that has credentials, and those credentials. A configured source
    /// that fails stops the search with its error, and so do credentials that cannot be sent
    /// as header values.
    func resolve() async throws -> (source: any CredentialSource, credentials: AWSCredentials) {
        for source in sources {
            guard let credentials = try await source.load() else { continue }
            if let part = credentials.headerUnsafePart {
                throw CredentialError.sourceFailed(source: source.name, reason: .lineBreak(part: part))
            }
            return (source, credentials)
        }
        throw CredentialError.noCredentials(tried: sources.map(\.name))
    }
}
