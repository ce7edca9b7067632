/// Runs the catalogue over a document.
///
/// Message language: a finding placed in the text is reported in the language of the
/// sentence it sits in; a finding about the whole document (a missing answer, the URL, the
/// numbers) in the language most of the document is written in. Mixed drafts therefore get
/// Japanese messages for Japanese sentences and English ones for English sentences.
///
/// Inline suppression (plain drafts): a line containing `sesame-lint: disable RULE-ID[, RULE-ID…]`
/// (anywhere on the line, so `# sesame-lint: …` and `<!-- sesame-lint: … -->` work) switches those
/// rules off for the whole file. The line itself is not linted and not counted towards the
/// 5000-character limit; remove it before pasting the draft into the AWS form.
public struct Linter: Sendable {
    public var catalogue: RuleCatalogue

    public init(catalogue: RuleCatalogue = .standard) {
        self.catalogue = catalogue
    }

    /// Lints `document` with `settings` (disabled ids, severity overrides) and any inline suppressions.
    public func lint(_ document: LintDocument, settings: LintSettings = LintSettings()) -> LintResult {
        let directives = document.sections.count == 1 && document.sections[0].field == nil
            ? Suppression.directives(in: document.sections[0].text) : []
        let prepared = PreparedDocument(document, suppressedLines: Set(directives.map(\.line)))
        var disabled = Set(settings.disabled)
        for directive in directives { disabled.formUnion(directive.ruleIDs) }
        var diagnostics: [Diagnostic] = []
        for rule in catalogue.rules {
            let description = rule.ruleDescription
            guard !disabled.contains(description.id) else { continue }
            if let field = description.missingAnswer, document.answersReportedMissing.contains(field) { continue }
            guard document.kind.judgedTopics.contains(description.topic), document.kind == .request || !description.requestOnly else { continue }
            for finding in rule.findings(in: prepared) {
                let (location, language) = place(finding.place, in: prepared)
                diagnostics.append(Diagnostic(
                    location: location,
                    severity: settings.severities[description.id] ?? finding.severity ?? description.defaultSeverity,
                    rule: description.id,
                    topic: description.topic,
                    message: finding.message.text(in: language)
                ))
            }
        }
        var unknown = unknownRuleIDs(settings.disabled + settings.severities.keys.sorted())
        let known = Set(catalogue.rules.map(\.ruleDescription.id))
        for directive in directives {
            for id in directive.ruleIDs where !known.contains(id) {
                unknown.append(UnknownRuleID(id: id, suggestion: catalogue.suggestion(for: id),
                                             location: SourceLocation(path: document.path, line: directive.line, column: 1)))
            }
        }
        return LintResult(diagnostics: diagnostics.sorted(), inferredMailType: prepared.inferredMailType,
                          unknownRuleIDs: unknown, language: prepared.language)
    }

    /// The mail type a document describes (nil when it declares one or says nothing either way).
    public func inferMailType(_ document: LintDocument) -> MailTypeInference? {
        PreparedDocument(document).inferredMailType
    }

    /// Rule ids that are not in the catalogue, each with the closest known id, in the given order.
    public func unknownRuleIDs(_ ids: [String]) -> [UnknownRuleID] {
        let known = Set(catalogue.rules.map(\.ruleDescription.id))
        var seen: Set<String> = []
        return ids.filter { !known.contains($0) && seen.insert($0).inserted }
            .map { UnknownRuleID(id: $0, suggestion: catalogue.suggestion(for: $0)) }
    }

    private func place(_ place: FindingPlace, in document: PreparedDocument) -> (SourceLocation, Language) {
        switch place {
        case let .text(section, offset):
            let prepared = document.sections[section]
            let foldedIndex = prepared.folded.index(ofOriginal: offset)
            return (prepared.locator.location(ofScalarOffset: offset), prepared.language(at: foldedIndex))
        case let .document(field):
            if let field, let section = document.section(for: field) {
                return (section.locator.location(ofScalarOffset: 0), section.language)
            }
            return (document.document.anchor, document.language)
        case let .website(offset):
            var location = document.document.website?.location ?? document.document.anchor
            location.column += offset
            return (location, document.language)
        }
    }
}

/// What `lint` returns: the findings, sorted, and what the CLI should tell the user besides.
public struct LintResult: Sendable {
    public var diagnostics: [Diagnostic]
    /// Set when the document declared no mail type and the text suggests one.
    public var inferredMailType: MailTypeInference?
    /// Ids in settings or inline directives that name no rule.
    public var unknownRuleIDs: [UnknownRuleID]
    /// The language most of the document is written in: the language of remarks about the whole.
    public var language: Language
}

/// "unknown rule X; did you mean Y?"
public struct UnknownRuleID: Hashable, Sendable {
    public var id: String
    public var suggestion: String?
    /// Where it was written, for inline directives.
    public var location: SourceLocation?

    public init(id: String, suggestion: String?, location: SourceLocation? = nil) {
        self.id = id
        self.suggestion = suggestion
        self.location = location
    }

    public var message: String {
        "unknown rule '\(id)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "; run `sesame lint --list-rules` to see them")
    }
}
