import SesameCore

/// Loading a profile for a command that needs a valid one (render, submit): problems are
/// printed as diagnostics and turned into the contract's exit statuses. They are written in the
/// language of `--lang` or the locale (the profile's own `contact_language` is not known before
/// the profile is read), else English.
enum ProfileInput {
    static func loadValid(_ path: String, flag: Language?, in context: CommandContext) throws -> (ProfileDocument, Profile) {
        let language = context.language(flag: flag)
        let document: ProfileDocument
        do {
            document = try ProfileLoader.load(path: path, language: language)
        } catch {
            throw CommandFailure(category: .unusableInput, message: error.message(in: language))
        }
        guard document.isValid, let profile = document.profile else {
            let reporter = TextReporter(colors: context.terminal.errorColors)
            for diagnostic in document.diagnostics {
                context.error.write(reporter.line(for: diagnostic) + "\n")
            }
            throw CommandFailure(category: .inputProblem, message: CommandMessages.invalidProfile(path).text(in: language))
        }
        return (document, profile)
    }

    /// Maps a rendering failure to the contract: a bad template is unusable input (2), a description
    /// over the limit is a problem in the profile (1), reported at its `use_case` key.
    static func failure(_ error: RenderError, document: ProfileDocument, language: Language) -> CommandFailure {
        switch error {
        case .template, .unreadable:
            return CommandFailure(category: .unusableInput, message: error.message(in: language))
        case .tooLong:
            return CommandFailure(category: .inputProblem,
                                  message: "\(document.location(of: "use_case")): error: \(error.message(in: language)) [use-case-too-long]")
        }
    }

    /// A valid profile for `submit`: loaded, linted (lint errors stop it unless `force`; they are
    /// printed either way) and rendered once.
    static func loadForSubmission(_ path: String, force: Bool, flag: Language?, in context: CommandContext) throws -> SubmissionRequest {
        let (document, profile) = try loadValid(path, flag: flag, in: context)
        let language = context.language(flag: flag, fallback: Language(profile.contactLanguage))
        let lint = Linter().lint(LintDocument(profile: document, renderedLength: RequestRenderer.useCaseLength(for: profile)),
                                 settings: profile.lint)
        let errors = lint.diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty {
            let reporter = TextReporter(colors: context.terminal.errorColors)
            for diagnostic in errors { context.error.write(reporter.line(for: diagnostic) + "\n") }
            if !force {
                throw CommandFailure(category: .inputProblem,
                                     message: CommandMessages.lintErrorsStopSubmission(path).text(in: language))
            }
        }
        do {
            return try SubmissionRequest(profile: profile)
        } catch {
            throw failure(error, document: document, language: language)
        }
    }
}
