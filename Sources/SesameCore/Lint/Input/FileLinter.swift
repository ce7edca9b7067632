/// Lints one file end to end, as `sesame lint FILE` does: reads it, decides whether it is a
/// profile (`.yaml`, `.yml`) or a plain draft (anything else, `-` for standard input), lints
/// it with the settings that apply, and returns the report with what the user should be told.
public struct FileLinter: Sendable {
    public var catalogue: RuleCatalogue
    /// Settings from the command line and the settings file; a profile's own `lint:` section adds to them.
    public var settings: LintSettings
    /// The mail type a plain draft is for; nil infers it from the text.
    public var mailType: MailType?
    /// What a plain draft is; nil detects it from its opening lines.
    public var kind: DraftKind?
    /// Where drafts are read from.
    public var fileSystem: any FileSystem
    /// The length of the description a profile renders to, which is what AWS counts
    /// (`RequestRenderer.useCaseLength(for:)`); passed in so that linting needs no renderer.
    public var renderedLength: @Sendable (Profile) -> Int?
    /// The language the user asked for (`--lang`, the locale), for what is said about a file: why
    /// it cannot be read, a profile's validation findings, the notes. Nil: English for the first
    /// two, the draft's own language for the notes. Findings on the text follow the text.
    public var language: Language?

    public init(
        catalogue: RuleCatalogue = .standard, settings: LintSettings = LintSettings(), mailType: MailType? = nil,
        kind: DraftKind? = nil, fileSystem: any FileSystem = LocalFileSystem(), language: Language? = nil,
        renderedLength: @escaping @Sendable (Profile) -> Int?
    ) {
        self.language = language
        self.fileSystem = fileSystem
        self.catalogue = catalogue
        self.settings = settings
        self.mailType = mailType
        self.kind = kind
        self.renderedLength = renderedLength
    }

    /// Whether `path` is linted as a profile rather than as a plain draft.
    public static func isProfile(_ path: String) -> Bool {
        path.hasSuffix(".yaml") || path.hasSuffix(".yml")
    }

    /// Whether text read from standard input is a profile: it has a top-level `use_case:` key,
    /// which no prose draft starts a line with.
    public static func looksLikeProfile(_ bytes: [UInt8]) -> Bool {
        let key = Array("use_case:".utf8)
        var lineStart = true
        for index in bytes.indices {
            if lineStart, bytes[index...].starts(with: key) { return true }
            lineStart = bytes[index] == UInt8(ascii: "\n")
        }
        return false
    }

    /// Reads and lints the file at `path`; `-` reads standard input, a profile when `standardInput`
    /// says so or when it looks like one.
    public func lint(path: String, standardInput: StandardInputKind? = nil) -> FileLintOutcome {
        guard path == "-" else { return Self.isProfile(path) ? lintProfile(path) : lintDraft(path) }
        let bytes: [UInt8]
        do {
            bytes = try fileSystem.read(path)
        } catch {
            return .unusable(path: path, message: FileMessages.cannotRead(error, in: language ?? .en), diagnostic: nil)
        }
        let kind = standardInput ?? (Self.looksLikeProfile(bytes) ? .profile : .draft)
        return kind == .profile ? lintProfile(path, bytes: bytes) : lintDraft(path, bytes: bytes)
    }

    private func lintProfile(_ path: String, bytes: [UInt8]? = nil) -> FileLintOutcome {
        let document: ProfileDocument
        do {
            document = if let bytes { try ProfileLoader.parse(bytes, path: path, language: language ?? .en) } else { try ProfileLoader.load(path: path, language: language ?? .en) }
        } catch {
            return .unusable(path: path, message: error.message(in: language ?? .en), diagnostic: error.diagnostic(in: language ?? .en))
        }
        let lintDocument = LintDocument(profile: document, renderedLength: document.profile.flatMap(renderedLength))
        let result = Linter(catalogue: catalogue).lint(lintDocument, settings: settings.merging(document.profile?.lint ?? LintSettings()))
        let unknown = result.unknownRuleIDs.map { $0.diagnostic(at: document.lintLocation) }
        return FileLintOutcome(report: FileReport(path: path, diagnostics: document.diagnostics + result.diagnostics + unknown))
    }

    private func lintDraft(_ path: String, bytes: [UInt8]? = nil) -> FileLintOutcome {
        let text: String
        do {
            text = try DraftText.decode(try bytes ?? fileSystem.read(path), path: path)
        } catch let error as FileError {
            return .unusable(path: path, message: FileMessages.cannotRead(error, in: language ?? .en), diagnostic: nil)
        } catch let error as YAMLError {
            return .unusable(path: path, message: TerminalText.sanitized(error.problem.text.text(in: language ?? .en)),
                             diagnostic: error.diagnostic(in: language ?? .en))
        } catch {
            return .unusable(path: path, message: TerminalText.sanitized("cannot read \(path): \(error)"), diagnostic: nil)
        }
        return lint(text: text, path: path)
    }

    /// Lints a draft already in memory (a reply `sesame reply` composed) exactly as a draft file
    /// at `path` is linted; `path` is where the findings say they are.
    public func lint(text: String, path: String) -> FileLintOutcome {
        var document = LintDocument.plainDraft(path: path, text: text, mailType: mailType)
        let detected = kind == nil ? DraftKind.detect(in: text) : nil
        document.kind = kind ?? detected ?? .request
        let result = Linter(catalogue: catalogue).lint(document, settings: settings)
        let language = self.language ?? result.language
        var notes: [String] = []
        if detected == .reply {
            notes.append(LocalizedText(
                en: "\(path): read as a reply on the support case (its opening lines answer the reviewer): no 5000-character limit, judged on the four questions; say --kind request to lint it as a request",
                ja: "\(path): 冒頭の行からサポートケースへの返信として読みました(5000 文字の上限なし、4 つの質問への回答を確認します)。申請文として確認するには --kind request を指定してください。"
            ).text(in: language))
        }
        if let inferred = result.inferredMailType {
            notes.append(LocalizedText(
                en: "\(path): treated as \(inferred.summary); say --mail-type to choose",
                ja: "\(path): 「\(inferred.evidence.joined(separator: "」「"))」という記述から \(inferred.mailType.rawValue) として扱いました。--mail-type で指定できます。"
            ).text(in: language))
        }
        let origin = SourceLocation(path: path, line: 1, column: 1)
        let unknown = result.unknownRuleIDs.map { $0.diagnostic(at: $0.location ?? origin) }
        return FileLintOutcome(report: FileReport(path: path, diagnostics: result.diagnostics + unknown,
                                                  inferredMailType: result.inferredMailType?.mailType.rawValue),
                               notes: notes.map(TerminalText.sanitized))
    }
}

/// What standard input holds, when `sesame lint -` is told (`--stdin-kind`).
public enum StandardInputKind: String, CaseIterable, Sendable {
    case profile
    case draft
}

/// What linting one file gave: its report, notes for the user, and whether the file was unusable.
public struct FileLintOutcome: Sendable {
    public var report: FileReport
    /// Remarks about how the file was read (an inferred mail type, a draft taken for a reply), one
    /// line each, in the draft's language, quoted text shown escaped.
    public var notes: [String]

    public init(report: FileReport, notes: [String] = []) {
        self.report = report
        self.notes = notes
    }

    /// Set when the file could not be read or parsed at all (exit status 2): the problem as one
    /// line (`report.failure`), for when it has no place in the file to be reported at.
    public var failure: String? { report.failure }

    public var isUnusable: Bool { failure != nil }

    static func unusable(path: String, message: String, diagnostic: Diagnostic?) -> FileLintOutcome {
        FileLintOutcome(report: FileReport(path: path, diagnostics: diagnostic.map { [$0] } ?? [], failure: message))
    }
}

extension UnknownRuleID {
    /// The finding for an unknown id, at `location` (the settings or the directive naming it).
    public func diagnostic(at location: SourceLocation) -> Diagnostic {
        Diagnostic(location: location, severity: .warning, rule: "unknown-rule", topic: .clarity, message: message)
    }
}
