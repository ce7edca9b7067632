/// A profile loaded from a file, with the YAML tree it came from, so that every later
/// finding (validation, lint, rendering limits) can point at the right line and column.
public struct ProfileDocument: Sendable {
    public var path: String
    /// The profile, when every field it needs passed validation.
    public var profile: Profile?
    /// Every validation problem, sorted by place.
    public var diagnostics: [Diagnostic]
    public var root: YAMLNode
    private var values: [String: YAMLNode]
    private var keys: [String: YAMLNode]
    /// The `use_case` answers validation already reported as missing or blank (`missing-field`).
    public var missingAnswers: Set<UseCaseField>

    init(path: String, root: YAMLNode, validator: ProfileValidator) {
        self.path = path
        self.root = root
        self.missingAnswers = Set(UseCaseField.allCases.filter { validator.missing.contains($0.keyPath) })
        self.values = validator.accepted
        self.keys = validator.keys
        self.diagnostics = validator.diagnostics.sorted()
        self.profile = Self.build(from: validator.accepted)
    }

    /// True when validation found no errors.
    public var isValid: Bool { !diagnostics.contains { $0.severity == .error } }

    /// The node of a key path's value, if it passed validation (`use_case.opt_out`).
    public func value(at keyPath: String) -> YAMLNode? { values[keyPath] }

    /// The node of a key's value, if it passed validation.
    public func value(at key: ProfileKey) -> YAMLNode? { values[key.path] }

    /// Where a key path is written: its key, else its value, else the top of the file.
    public func location(of keyPath: String) -> SourceLocation {
        keys[keyPath]?.start ?? values[keyPath]?.start ?? SourceLocation(path: path, line: 1, column: 1)
    }

    private static func build(from values: [String: YAMLNode]) -> Profile? {
        func text(_ key: ProfileKey) -> String? { values[key.path]?.scalar }
        func integer(_ key: ProfileKey) -> Int? { text(key).flatMap(YAMLNode.integerValue) }
        func list(_ key: ProfileKey) -> [String] {
            guard case let .sequence(items)? = values[key.path]?.kind else { return [] }
            return items.compactMap { $0.scalar?.trimmed }
        }
        guard let mailType = text(.mailType).flatMap(MailType.init(rawValue:)),
              let website = text(.websiteURL)?.trimmed
        else { return nil }
        var useCase = UseCase(sending: Sending(dailyVolume: integer(.dailyVolume), peakPerSecond: integer(.peakPerSecond)))
        for field in UseCaseField.allCases {
            useCase[field] = text(field.key)
        }
        return Profile(
            version: integer(.version) ?? ProfileSchema.version,
            mailType: mailType,
            websiteURL: website,
            contactLanguage: text(.contactLanguage).flatMap(ContactLanguage.init(rawValue:)) ?? .english,
            additionalContacts: list(.additionalContacts),
            regions: list(.regions),
            useCase: useCase,
            specifiedEmailAct: specifiedEmailAct(text),
            lint: lintSettings(from: values, prefix: "lint.")
        )
    }

    /// The `compliance.specified_email_act` section, when it has at least one accepted part.
    private static func specifiedEmailAct(_ text: (ProfileKey) -> String?) -> SpecifiedEmailAct? {
        let act = SpecifiedEmailAct(senderName: text(.senderName)?.trimmed, postalAddress: text(.postalAddress)?.trimmed,
                                    optOutContact: text(.optOutContact)?.trimmed)
        return act.parts.isEmpty ? nil : act
    }

    /// Lint settings from accepted values (`PREFIX.disable`, `PREFIX.severity`).
    static func lintSettings(from values: [String: YAMLNode], prefix: String) -> LintSettings {
        var lint = LintSettings()
        if case let .sequence(items)? = values[prefix + "disable"]?.kind {
            lint.disabled = items.compactMap { $0.scalar?.trimmed }
        }
        if case let .mapping(pairs)? = values[prefix + "severity"]?.kind {
            for (key, value) in pairs {
                guard let rule = key.scalar, let level = value.scalar else { continue }
                if level == "off" {
                    lint.disabled.append(rule)
                } else if let severity = Severity(rawValue: level) {
                    lint.severities[rule] = severity
                }
            }
        }
        return lint
    }

    /// Where the lint settings of this profile are written, for findings about them.
    public var lintLocation: SourceLocation { location(of: "lint") }
}

/// Why a profile could not be loaded at all (exit status 2), as opposed to loaded with problems.
public enum ProfileLoadError: Error, Sendable {
    case unreadable(FileError)
    case malformed(YAMLError)

    /// The problem as a diagnostic in `language`, when it has a place in the file.
    public func diagnostic(in language: Language) -> Diagnostic? {
        if case let .malformed(error) = self { return error.diagnostic(in: language) }
        return nil
    }

    /// The problem as one line for the terminal, in `language`, quoted text shown escaped.
    public func message(in language: Language) -> String {
        switch self {
        case let .unreadable(error):
            FileMessages.cannotRead(error, in: language)
        case let .malformed(error):
            TerminalText.sanitized("\(error.location): error: \(error.problem.text.text(in: language))")
        }
    }
}

/// Reads, parses and validates profiles.
public enum ProfileLoader {
    /// Loads the profile at `path` (`-` for standard input): throws when the file cannot be
    /// read or is not a usable YAML mapping; otherwise returns it with every validation finding.
    /// Messages are written in `language`.
    public static func load(path: String, loader: YAMLLoader = YAMLLoader(), language: Language = .en) throws(ProfileLoadError) -> ProfileDocument {
        let bytes: [UInt8]
        do {
            bytes = try FileIO.read(path, limit: loader.maximumBytes)
        } catch {
            if let size = error.oversize {
                throw .malformed(YAMLError(.tooLarge(bytes: size, limit: loader.maximumBytes),
                                           at: SourceLocation(path: path, line: 1, column: 1)))
            }
            throw .unreadable(error)
        }
        return try parse(bytes, path: path, loader: loader, language: language)
    }

    /// Parses and validates profile text already in memory.
    public static func parse(
        _ bytes: [UInt8], path: String, loader: YAMLLoader = YAMLLoader(), language: Language = .en
    ) throws(ProfileLoadError) -> ProfileDocument {
        let root: YAMLNode
        do {
            root = try loader.load(bytes, path: path)
        } catch {
            throw .malformed(error)
        }
        return validate(root, path: path, language: language)
    }

    /// Validates a YAML tree built in memory (the wizard's answers) as a profile.
    public static func validate(_ root: YAMLNode, path: String, language: Language = .en) -> ProfileDocument {
        var validator = ProfileValidator(path: path, language: language)
        validator.checkRoot(root)
        return ProfileDocument(path: path, root: root, validator: validator)
    }
}
