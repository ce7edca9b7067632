import SesameCore

/// The wizard's reviewer: the lint rules, run on one answer or on the whole profile.
/// (Until the lint engine lands it has nothing to say.)
struct LintAdvisor: WizardAdvisor {
    func advice(on text: String, for field: UseCaseField, mailType: MailType?, language: RenderLanguage) -> [String] {
        []
    }

    func review(_ document: ProfileDocument, language: RenderLanguage) -> [String] {
        []
    }
}
