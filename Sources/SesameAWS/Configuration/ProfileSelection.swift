/// Which profile to use, and whether the user named it explicitly.
///
/// An explicit profile (`--profile`) turns off the environment credential source and the
/// web-identity environment variables; one from `AWS_DEFAULT_PROFILE` (which wins) or
/// `AWS_PROFILE` does not (botocore `configprovider.py`, `create_credential_resolver`).
public struct ProfileSelection: Sendable, Equatable {
    public var name: String
    public var isExplicit: Bool

    public init(explicit: String?, environment: [String: String]) {
        if let explicit, !explicit.isEmpty {
            self.name = explicit
            self.isExplicit = true
        } else {
            self.name = environment.nonEmpty("AWS_DEFAULT_PROFILE") ?? environment.nonEmpty("AWS_PROFILE") ?? "default"
            self.isExplicit = false
        }
    }

    /// The selected profile from `config`. A missing `default` is an empty profile; any
    /// other missing name is an error, and so is a line of the profile that could not be read.
    public func profile(in config: SharedConfig) throws -> SharedConfig.Profile {
        if let profile = config.profiles[name] {
            try profile.checkReadable()
            return profile
        }
        guard name == "default" else { throw ConfigurationError.profileNotFound(name) }
        return SharedConfig.Profile(name: name)
    }
}

extension Dictionary where Key == String, Value == String {
    /// The value of `key`, treating an empty string as unset.
    func nonEmpty(_ key: String) -> String? {
        guard let value = self[key], !value.isEmpty else { return nil }
        return value
    }

    /// True only for the string `true`, case-insensitive (`utils.ensure_boolean`).
    func flag(_ key: String) -> Bool {
        self[key]?.lowercased() == "true"
    }
}
