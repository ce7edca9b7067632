/// A profile with `role_arn` (and no `web_identity_token_file`): STS `AssumeRole` with
/// credentials from exactly one of `source_profile` (resolved recursively, cycles refused)
/// or `credential_source` (`Environment`, `Ec2InstanceMetadata`, `EcsContainer`), passing
/// `role_session_name`, `external_id`, `duration_seconds` and, for `mfa_serial`, the
/// device as `SerialNumber` with a `TokenCode` typed on the terminal (botocore
/// `AssumeRoleProvider`). The credentials are cached in `~/.aws/cli/cache` under the AWS
/// CLI's key, so one MFA code serves until they are within 15 minutes of expiry.
struct AssumeRoleCredentialSource: CredentialSource {
    let settings: CredentialSourceSettings
    let profile: SharedConfig.Profile
    var name: CredentialSourceName { .assumeRole(profile: nil) }

    func load() async throws -> AWSCredentials? {
        guard Self.isAssumeRoleProfile(profile) else { return nil }
        return try await assumeRole(profile: profile, visited: [])
    }

    static func isAssumeRoleProfile(_ profile: SharedConfig.Profile) -> Bool {
        profile["role_arn"] != nil && profile["web_identity_token_file"] == nil
    }

    private func assumeRole(profile: SharedConfig.Profile, visited: [String]) async throws -> AWSCredentials {
        let request = try AssumeRoleRequest(profile: profile)
        let cache = CLICredentialCache(cache: settings.cache("cli"), clock: settings.clock)
        if let cached = cache.credentials(key: request.cacheKey) { return cached }
        let source = try await sourceCredentials(of: profile, visited: visited + [profile.name])
        let tokenCode = try await mfaCode(for: request, profile: profile.name)
        let credentials: AWSCredentials
        do {
            credentials = try await settings.sts(StaticCredentialProvider(source)).assumeRole(
                roleArn: request.roleArn, roleSessionName: request.roleSessionName ?? settings.defaultSessionName,
                externalId: request.externalId, durationSeconds: request.durationSeconds,
                serialNumber: request.serialNumber, tokenCode: tokenCode)
        } catch {
            throw CredentialError.sourceFailed(source: .assumeRole(profile: profile.name), reason: .failed(AnyAWSError(error)))
        }
        cache.store(credentials, key: request.cacheKey)
        return credentials
    }

    /// The code for `mfa_serial`, read from the terminal; nil when the role needs none.
    private func mfaCode(for request: AssumeRoleRequest, profile: String) async throws -> String? {
        guard let serial = request.serialNumber else { return nil }
        guard let reader = settings.mfaCodeReader,
              let line = try await reader.readCode(prompt: "Enter MFA code for \(serial): ") else {
            throw CredentialError.mfaNeedsTerminal(profile: profile, serial: serial)
        }
        let code = line.trimmingCharacters(while: \.isWhitespace)
        guard code.utf8.count == 6, code.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else {
            throw CredentialError.mfaCodeInvalid(profile: profile)
        }
        return code
    }

    private func sourceCredentials(of profile: SharedConfig.Profile, visited: [String]) async throws -> AWSCredentials {
        switch (profile["source_profile"], profile["credential_source"]) {
        case (nil, nil):
            throw CredentialError.invalidProfile(profile: profile.name, reason: .roleWithoutSource)
        case (.some, .some):
            throw CredentialError.invalidProfile(profile: profile.name, reason: .bothSourceProfileAndCredentialSource)
        case (let sourceName?, nil):
            return try await credentials(ofSourceProfile: sourceName, visited: visited)
        case (nil, let sourceKind?):
            return try await credentials(fromCredentialSource: sourceKind, profile: profile.name)
        }
    }

    /// The credentials of a `source_profile`: another role, or the first of the profile's
    /// own sources in botocore's order (web identity, SSO, credentials-file keys, `aws login`,
    /// `credential_process`, config-file keys), environment variables never.
    private func credentials(ofSourceProfile name: String, visited: [String]) async throws -> AWSCredentials {
        guard let source = settings.config.profiles[name] else { throw ConfigurationError.profileNotFound(name) }
        try source.checkReadable()
        let hasStaticKeys = source.values["aws_access_key_id"] != nil || source.values["aws_secret_access_key"] != nil
        if visited.contains(name) && !(name == visited.last && hasStaticKeys) {
            throw CredentialError.assumeRoleCycle(visited + [name])
        }
        if !hasStaticKeys && Self.isAssumeRoleProfile(source) { return try await assumeRole(profile: source, visited: visited) }
        let candidates: [any CredentialSource] = [
            WebIdentityCredentialSource(settings: profileOnlySettings, profile: source),
            SSOCredentialSource(settings: settings, profile: source),
            ProfileKeysCredentialSource.credentialsFile(source),
            LoginSessionCredentialSource(settings: settings, profile: source),
            ProcessCredentialSource(profile: source, environment: settings.environment),
            ProfileKeysCredentialSource.configFile(source),
        ]
        for candidate in candidates {
            if let credentials = try await candidate.load() { return credentials }
        }
        throw CredentialError.invalidProfile(profile: name, reason: .sourceProfileHasNoCredentials)
    }

    /// Web identity of a source profile uses only that profile's keys, never env vars.
    private var profileOnlySettings: CredentialSourceSettings {
        var copy = settings
        copy.selection.isExplicit = true
        return copy
    }

    private func credentials(fromCredentialSource kind: String, profile: String) async throws -> AWSCredentials {
        let source: any CredentialSource
        switch kind.lowercased() {
        case "environment": source = EnvironmentCredentialSource(environment: settings.environment)
        case "ec2instancemetadata": source = InstanceMetadataCredentialSource(settings: settings)
        case "ecscontainer": source = ContainerCredentialSource(settings: settings)
        default:
            throw CredentialError.invalidProfile(profile: profile, reason: .unknownCredentialSource(kind))
        }
        guard let credentials = try await source.load() else {
            throw CredentialError.sourceFailed(source: .credentialSource(kind), reason: .noCredentialsFound)
        }
        return credentials
    }
}
