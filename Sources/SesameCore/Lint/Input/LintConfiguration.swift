/// A `.sesame-lint.yaml` file: rules to disable and severities to override for every file linted.
///
/// ```yaml
/// disable: [compliance-not-mentioned]
/// severity: {one-click-unsubscribe-missing: error, content-vague: off}
/// ```
public struct LintConfiguration: Sendable {
    /// The file name looked for in the current folder.
    public static let fileName = ".sesame-lint.yaml"
    /// A settings file holds two short keys; anything larger is not one.
    public static let maximumBytes = 64 * 1024

    public var path: String
    public var settings: LintSettings
    /// Problems in the file itself (unknown keys, wrong types), as diagnostics.
    public var diagnostics: [Diagnostic]

    /// Reads and checks the settings file at `path`.
    public static func load(path: String, from fileSystem: any FileSystem = LocalFileSystem()) throws(LintConfigurationError) -> LintConfiguration {
        let bytes: [UInt8]
        do {
            bytes = try fileSystem.read(path, limit: maximumBytes)
        } catch {
            throw .unreadable(error)
        }
        return try parse(bytes, path: path)
    }

    /// Checks settings text already in memory, read from `path`. A rule id the catalogue does not
    /// know is reported where the file names it, and dropped from the settings.
    public static func parse(_ bytes: [UInt8], path: String, catalogue: RuleCatalogue = .standard) throws(LintConfigurationError) -> LintConfiguration {
        let root: YAMLNode
        do {
            root = try YAMLLoader().load(bytes, path: path)
        } catch {
            throw .malformed(error)
        }
        var validator = ProfileValidator(path: path)
        validator.checkRoot(root, fields: ProfileSchema.lintFields)
        var settings = ProfileDocument.lintSettings(from: validator.accepted, prefix: "")
        let unknown = unknownRuleIDs(in: root, catalogue: catalogue)
        let unknownIDs = Set(unknown.map(\.id))
        settings.disabled.removeAll { unknownIDs.contains($0) }
        for id in unknownIDs { settings.severities[id] = nil }
        return LintConfiguration(
            path: path,
            settings: settings,
            diagnostics: (validator.diagnostics + unknown.compactMap { id in id.location.map(id.diagnostic(at:)) }).sorted()
        )
    }

    /// The ids under `disable:` and `severity:` that name no rule, each at its own place.
    private static func unknownRuleIDs(in root: YAMLNode, catalogue: RuleCatalogue) -> [UnknownRuleID] {
        guard case let .mapping(pairs) = root.kind else { return [] }
        var named: [YAMLNode] = []
        for (key, value) in pairs {
            switch (key.scalar, value.kind) {
            case let ("disable", .sequence(items)): named += items
            case let ("severity", .mapping(entries)): named += entries.map(\.key)
            default: break
            }
        }
        let known = Set(catalogue.descriptions.map(\.id))
        return named.compactMap { node in
            guard let id = node.scalar, !known.contains(id) else { return nil }
            return UnknownRuleID(id: id, suggestion: catalogue.suggestion(for: id), location: node.start)
        }
    }
}

/// Why a lint settings file could not be used at all (exit status 2).
public enum LintConfigurationError: Error, Sendable, Equatable {
    /// The file cannot be read (missing, a directory, over `LintConfiguration.maximumBytes`).
    case unreadable(FileError)
    /// The file is not YAML, or not UTF-8.
    case malformed(YAMLError)

    /// The problem as one line for the terminal, naming the file (`path: lint settings: …` or
    /// `path:line:column: error: lint settings: …`), quoted text shown escaped.
    public var message: String {
        TerminalText.sanitized(plainMessage)
    }

    private var plainMessage: String {
        switch self {
        case let .unreadable(error):
            error.oversize != nil
                ? "\(error.path): lint settings: the file is over \(LintConfiguration.maximumBytes / 1024) KiB; a settings file holds `disable:` and `severity:` only"
                : "\(error.path): lint settings: cannot read the file: \(error.reason)"
        case let .malformed(error): "\(error.location): error: lint settings: \(error.problem.text.en)"
        }
    }
}

extension LintSettings {
    /// These settings with `other`'s added on top (its severities win).
    public func merging(_ other: LintSettings) -> LintSettings {
        LintSettings(disabled: disabled + other.disabled.filter { !disabled.contains($0) },
                     severities: severities.merging(other.severities) { _, new in new })
    }
}
