/// The shared config and credentials files, read and merged per profile as botocore does
/// (`configloader.build_profile_map`, `session.full_config`).
public struct SharedConfig: Sendable, Equatable {
    /// A profile's settings: `values` holds the merged keys (credentials file winning);
    /// `credentialsFileValues` and `configFileValues` keep each file's own keys, because
    /// the chain reads static keys from each file as a separate source.
    public struct Profile: Sendable, Equatable {
        public var name: String
        public var values: [String: String] = [:]
        public var credentialsFileValues: [String: String] = [:]
        public var configFileValues: [String: String] = [:]
        /// Lines of this profile's sections (or of the `[services]` section it names) that could
        /// not be read: using the profile fails with the first, other profiles are unaffected.
        public var problems: [ConfigurationError] = []

        public init(name: String) { self.name = name }

        /// Throws the first line of the profile that could not be read, if any.
        public func checkReadable() throws(ConfigurationError) {
            if let problem = problems.first { throw problem }
        }

        public subscript(key: String) -> String? {
            guard let value = values[key], !value.isEmpty else { return nil }
            return value
        }
    }

    public var profiles: [String: Profile]
    /// `[services NAME]` sections: service key (`sesv2`) → nested settings.
    public var services: [String: [String: [String: String]]]
    /// `[sso-session NAME]` sections of the config file: `sso_start_url`, `sso_region`, ….
    public var ssoSessions: [String: [String: String]]

    public init(profiles: [String: Profile] = [:], services: [String: [String: [String: String]]] = [:],
                ssoSessions: [String: [String: String]] = [:]) {
        self.profiles = profiles
        self.services = services
        self.ssoSessions = ssoSessions
    }

    /// Builds the profile map from the parsed config file (`[default]`, `[profile x]`,
    /// `[services x]`, `[sso-session x]`; bare `[x]` ignored) and credentials file (bare `[x]`).
    /// The paths name the files in the problems of a profile.
    public init(configFile: INIFile, credentialsFile: INIFile,
                configPath: String = "config", credentialsPath: String = "credentials") {
        var profiles: [String: Profile] = [:]
        var services: [String: [String: [String: String]]] = [:]
        var ssoSessions: [String: [String: String]] = [:]
        var serviceProblems: [String: [ConfigurationError]] = [:]
        func problems(of section: INIFile.Section, named header: String, in path: String) -> [ConfigurationError] {
            section.problems.map { .unreadableFile(path: path, problem: $0, section: header) }
        }
        // `[profile default]` wins over `[default]`, as in botocore: apply bare first.
        let configSections = configFile.sections.sorted { lhs, rhs in
            (lhs.key == "default" ? 0 : 1, lhs.key) < (rhs.key == "default" ? 0 : 1, rhs.key)
        }
        for (header, section) in configSections {
            let words = header.split(separator: " ", omittingEmptySubsequences: true)
            if header == "default" || (words.count == 2 && words[0] == "profile") {
                let name = header == "default" ? "default" : String(words[1])
                profiles[name, default: Profile(name: name)].configFileValues.merge(section.values) { $1 }
                profiles[name]!.problems += problems(of: section, named: header, in: configPath)
            } else if words.count == 2 && words[0] == "services" {
                services[String(words[1])] = section.nested
                serviceProblems[String(words[1])] = problems(of: section, named: header, in: configPath)
            } else if words.count == 2 && words[0] == "sso-session" {
                ssoSessions[String(words[1])] = section.values
            }
        }
        for (name, section) in credentialsFile.sections {
            profiles[name, default: Profile(name: name)].credentialsFileValues = section.values
            profiles[name]!.problems += problems(of: section, named: name, in: credentialsPath)
        }
        for name in profiles.keys {
            profiles[name]!.values = profiles[name]!.configFileValues.merging(profiles[name]!.credentialsFileValues) { $1 }
            if let section = profiles[name]!["services"] { profiles[name]!.problems += serviceProblems[section] ?? [] }
        }
        self.profiles = profiles
        self.services = services
        self.ssoSessions = ssoSessions
    }

    /// Reads `AWS_CONFIG_FILE` (default `~/.aws/config`) and `AWS_SHARED_CREDENTIALS_FILE`
    /// (default `~/.aws/credentials`). Missing files count as empty; unreadable ones are an error.
    public static func load(environment: [String: String], homeDirectory: String) throws -> SharedConfig {
        let paths = ConfigPaths(environment: environment, homeDirectory: homeDirectory)
        return SharedConfig(configFile: try readINI(paths.configFile), credentialsFile: try readINI(paths.credentialsFile),
                            configPath: paths.configFile, credentialsPath: paths.credentialsFile)
    }

    /// The most a config or credentials file may hold; real ones are a few kilobytes.
    static let sizeLimit = 16 << 20

    /// A missing file is empty, as in botocore; one that is there but cannot be read (no
    /// permission, a folder, a FIFO, over the limit) is an error, not silently "missing".
    private static func readINI(_ path: String) throws -> INIFile {
        let bytes: [UInt8]
        do {
            bytes = try CredentialFile.contents(path, limit: sizeLimit)
        } catch {
            if case .missing = error { return INIFile() }
            throw ConfigurationError.fileNotReadable(path: path, reason: error)
        }
        do {
            return try INIFile(parsing: String(decoding: bytes, as: UTF8.self))
        } catch {
            throw ConfigurationError.unreadableFile(path: path, problem: error)
        }
    }
}
