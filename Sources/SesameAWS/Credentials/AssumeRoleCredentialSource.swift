/// A profile with `role_arn` (and no `web_identity_token_file`): STS `AssumeRole` with
/// credentials from exactly one of `source_profile` (resolved recursively, cycles refused)
/// or `credential_source` (`Environment`, `Ec2InstanceMetadata`, `EcsContainer`), passing
/// `role_session_name`, `external_id` and `duration_seconds` (botocore `AssumeRoleProvider`).
struct AssumeRoleCredentialSource: CredentialSource {
    let settings: CredentialSourceSettings
    let profile: SharedConfig.Profile
    var name: String { "assume role" }

    func load() async throws -> AWSCredentials? {
        guard Self.isAssumeRoleProfile(profile) else { return nil }
        return try await assumeRole(profile: profile, visited: [])
    }

    static func isAssumeRoleProfile(_ profile: SharedConfig.Profile) -> Bool {
        profile["role_arn"] != nil && profile["web_identity_token_file"] == nil
    }

    private func assumeRole(profile: SharedConfig.Profile, visited: [String]) async throws -> AWSCredentials {
        let source = try await sourceCredentials(of: profile, visited: visited + [profile.name])
        let durationSeconds: Int?
        if let text = profile["duration_seconds"] {
            guard let value = Int(text) else {
                throw CredentialError.invalidProfile(profile: profile.name, reason: "duration_seconds is not a number: \(text)")
            }
            durationSeconds = value
        } else {
            durationSeconds = nil
        }
        do {
            return try await settings.sts(StaticCredentialProvider(source)).assumeRole(
                roleArn: profile["role_arn"]!,
                roleSessionName: profile["role_session_name"] ?? settings.defaultSessionName,
                externalId: profile["external_id"], durationSeconds: durationSeconds)
        } catch {
            throw CredentialError.sourceFailed(source: "\(name) (profile \(profile.name))", reason: "\(error)")
        }
    }

    private func sourceCredentials(of profile: SharedConfig.Profile, visited: [String]) async throws -> AWSCredentials {
        switch (profile["source_profile"], profile["credential_source"]) {
        case (nil, nil):
            throw CredentialError.invalidProfile(
                profile: profile.name, reason: "role_arn needs one of source_profile or credential_source")
        case (.some, .some):
            throw CredentialError.invalidProfile(
                profile: profile.name, reason: "source_profile and credential_source are mutually exclusive")
        case (let sourceName?, nil):
            return try await credentials(ofSourceProfile: sourceName, visited: visited)
        case (nil, let sourceKind?):
            return try await credentials(fromCredentialSource: sourceKind, profile: profile.name)
        }
    }

    /// The credentials of a `source_profile`: another role, web identity, process or keys.
    private func credentials(ofSourceProfile name: String, visited: [String]) async throws -> AWSCredentials {
        guard let source = settings.config.profiles[name] else { throw ConfigurationError.profileNotFound(name) }
        try source.checkReadable()
        let keys = try ProfileKeysCredentialSource.credentials(from: source.values, source: "profile \(name)")
        if name == visited.last, let keys { return keys }  // a profile may use its own static keys
        if visited.contains(name) { throw CredentialError.assumeRoleCycle(visited + [name]) }
        if Self.isAssumeRoleProfile(source) { return try await assumeRole(profile: source, visited: visited) }
        let candidates: [any CredentialSource] = [
            WebIdentityCredentialSource(settings: profileOnlySettings, profile: source),
            ProcessCredentialSource(profile: source, environment: settings.environment),
        ]
        for candidate in candidates {
            if let credentials = try await candidate.load() { return credentials }
        }
        guard let keys else {
            throw CredentialError.invalidProfile(profile: name, reason: "source profile has no credentials")
        }
        return keys
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
            throw CredentialError.invalidProfile(
                profile: profile, reason: "unknown credential_source \(kind); use Environment, Ec2InstanceMetadata or EcsContainer")
        }
        guard let credentials = try await source.load() else {
            throw CredentialError.sourceFailed(source: "credential_source \(kind)", reason: "no credentials found")
        }
        return credentials
    }
}
