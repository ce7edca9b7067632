/// A `.sesame-lint.yaml` file: rules to disable and severities to override for every file linted.
///
/// ```yaml
/// disable: [compliance-not-mentioned]
/// severity: {one-click-unsubscribe-missing: error, content-vague: off}
/// ```
public struct LintConfiguration: Sendable {
    /// The file name looked for in the current folder.
    public static let fileName = ".sesame-lint.yaml"

    public var path: String
    public var settings: LintSettings
    /// Problems in the file itself (unknown keys, wrong types), as diagnostics.
    public var diagnostics: [Diagnostic]

    /// Loads and checks the file at `path`.
    public static func load(path: String) throws(ProfileLoadError) -> LintConfiguration {
        let bytes: [UInt8]
        do {
            bytes = try FileIO.read(path, limit: 64 * 1024)
        } catch {
            throw .unreadable(error)
        }
        let root: YAMLNode
        do {
            root = try YAMLLoader().load(bytes, path: path)
        } catch {
            throw .malformed(error)
        }
        var validator = ProfileValidator(path: path)
        validator.checkRoot(root, fields: ProfileSchema.lintFields)
        return LintConfiguration(
            path: path,
            settings: ProfileDocument.lintSettings(from: validator.accepted, prefix: ""),
            diagnostics: validator.diagnostics.sorted()
        )
    }
}

extension LintSettings {
    /// These settings with `other`'s added on top (its severities win).
    public func merging(_ other: LintSettings) -> LintSettings {
        LintSettings(disabled: disabled + other.disabled.filter { !disabled.contains($0) },
                     severities: severities.merging(other.severities) { _, new in new })
    }
}

/// Reading a plain-text draft: UTF-8 text with no NUL, as for profiles.
public enum DraftText {
    public static func decode(_ bytes: [UInt8], path: String) throws(YAMLError) -> String {
        var text = try YAMLLoader.decodeUTF8(bytes, path: path)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }
}
