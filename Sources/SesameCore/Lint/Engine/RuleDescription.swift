/// Everything a rule says about itself: the catalogue, `--list-rules`, `docs/rules.md`,
/// SARIF and the example verifier are all built from this one value.
public struct RuleDescription: Sendable {
    /// Stable kebab-case identifier, accepted by `--disable` and the profile's `lint:` section.
    public var id: String
    public var topic: Topic
    public var defaultSeverity: Severity
    /// The languages whose text the rule reads; empty for rules about values (the website URL, numbers).
    public var languages: [Language]
    /// One line: what the rule looks for, in English and Japanese (`--list-rules`, `docs/rules.md`;
    /// SARIF carries the English).
    public var summary: LocalizedText
    /// Why a reviewer cares, for the user.
    public var rationale: String
    /// For a rule that reports an unanswered (or half-answered) question: the profile field whose
    /// absence the validator already reports, which makes this rule's finding a repetition.
    public var missingAnswer: UseCaseField?
    /// Whether the rule is about the request form only (its length), so that replies skip it.
    public var requestOnly: Bool
    /// Texts that must produce a finding at every `↓` marker, and only there.
    public var triggeringExamples: [RuleExample] { makeTriggeringExamples() }
    /// Texts that must produce no finding of this rule.
    public var nonTriggeringExamples: [RuleExample] { makeNonTriggeringExamples() }

    // The examples are built only when asked for (tests, docs): linting never needs them, and
    // some are long texts that every start-up would otherwise pay for.
    private let makeTriggeringExamples: @Sendable () -> [RuleExample]
    private let makeNonTriggeringExamples: @Sendable () -> [RuleExample]

    public init(
        id: String, topic: Topic, defaultSeverity: Severity, languages: [Language], summary: LocalizedText,
        rationale: String, missingAnswer: UseCaseField? = nil, requestOnly: Bool = false, triggeringExamples: @escaping @autoclosure @Sendable () -> [RuleExample],
        nonTriggeringExamples: @escaping @autoclosure @Sendable () -> [RuleExample]
    ) {
        self.id = id
        self.topic = topic
        self.defaultSeverity = defaultSeverity
        self.languages = languages
        self.summary = summary
        self.rationale = rationale
        self.missingAnswer = missingAnswer
        self.requestOnly = requestOnly
        self.makeTriggeringExamples = triggeringExamples
        self.makeNonTriggeringExamples = nonTriggeringExamples
    }

    /// What a report (SARIF) needs to know about the rule.
    public var metadata: RuleMetadata {
        RuleMetadata(id: id, topic: topic, defaultSeverity: defaultSeverity, summary: summary.en, rationale: rationale)
    }
}

/// A sample text for a rule, with `↓` where each finding belongs, and the facts a profile
/// would supply (declared mail type, URL, numbers). It remembers where it was written, so a
/// failing example is reported at its own line.
public struct RuleExample: Sendable, CustomStringConvertible {
    /// Which part of the document the text stands for.
    public enum Field: Sendable {
        /// The text is a plain draft.
        case draft
        /// The text is the website URL (the draft is empty).
        case website
    }

    public static let marker: Character = "↓"

    public var text: String
    public var language: Language?
    public var field: Field
    public var mailType: MailType?
    public var dailyVolume: Int?
    public var peakPerSecond: Int?
    /// Whether the verifier also runs the example after a Japanese prefix line and with CRLF line
    /// ends (off for examples whose meaning depends on the exact length).
    public var variants: Bool
    public var file: StaticString
    public var line: UInt

    public init(
        _ text: String, language: Language? = nil, field: Field = .draft, mailType: MailType? = nil,
        dailyVolume: Int? = nil, peakPerSecond: Int? = nil, variants: Bool = true,
        file: StaticString = #filePath, line: UInt = #line
    ) {
        self.variants = variants
        self.text = text
        self.language = language
        self.field = field
        self.mailType = mailType
        self.dailyVolume = dailyVolume
        self.peakPerSecond = peakPerSecond
        self.file = file
        self.line = line
    }

    /// The text without its markers.
    public var plainText: String { text.filter { $0 != Self.marker } }

    /// The scalar offsets of the markers in the plain text.
    public var markerOffsets: [Int] {
        var offsets: [Int] = []
        var offset = 0
        for scalar in text.unicodeScalars {
            if scalar == "↓" { offsets.append(offset) } else { offset += 1 }
        }
        return offsets
    }

    /// The language of the example: declared, else the language its text is written in (`Language.guess`).
    public var effectiveLanguage: Language {
        language ?? Language.guess(text.unicodeScalars) ?? .en
    }

    /// The document the example stands for, at `path`.
    public func document(path: String = "example.txt", prefix: String = "") -> LintDocument {
        switch field {
        case .draft:
            var doc = LintDocument.plainDraft(path: path, text: prefix + plainText, mailType: mailType)
            doc.dailyVolume = dailyVolume
            doc.peakPerSecond = peakPerSecond
            return doc
        case .website:
            return LintDocument(
                path: path, sections: [], declaredMailType: mailType,
                website: LocatedText(text: plainText, location: SourceLocation(path: path, line: 1, column: 1)),
                dailyVolume: dailyVolume, peakPerSecond: peakPerSecond
            )
        }
    }

    public var description: String { "\(String(describing: file).split(separator: "/").last ?? ""):\(line)" }
}
