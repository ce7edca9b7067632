import SesameCore

/// The wizard's reviewer: the lint rules, run on one answer or on the whole profile.
struct LintAdvisor: WizardAdvisor {
    /// Rules about the wording itself, which apply to any single answer.
    private static let wordingRules: Set<String> = ["placeholder-text", "vague-boilerplate", "business-fluff"]

    func advice(on text: String, for field: UseCaseField, context: Answers, language: Language) -> [String] {
        let section = LintSection(field: field, text: text, locator: TextLocator(plainText: text, path: "answer"))
        let document = LintDocument(
            path: "answer", sections: [section], declaredMailType: context.mailType,
            dailyVolume: context.count(.dailyVolume),
            peakPerSecond: context.count(.peakPerSecond)
        )
        // Linting one answer alone: only findings about this answer's topic, or its wording, apply.
        return Linter().lint(document).diagnostics
            .filter { $0.topic == field.topic || Self.wordingRules.contains($0.rule) }
            .filter { $0.severity != .info }
            .map { "\($0.message) [\($0.rule)]" }
    }

    func review(_ document: ProfileDocument, language: Language) -> [String] {
        let settings = document.profile?.lint ?? LintSettings()
        return Linter().lint(LintDocument(profile: document, renderedLength: document.profile.map(RequestRenderer.useCaseLength)), settings: settings).diagnostics.map {
            "\($0.severity.rawValue): \($0.message) [\($0.rule)]"
        }
    }
}
