import SesameCore

/// Loading a profile for a command that needs a valid one (render, submit): problems are
/// printed as diagnostics and turned into the contract's exit statuses.
enum ProfileInput {
    static func loadValid(_ path: String, in context: CommandContext) throws -> (ProfileDocument, Profile) {
        let document: ProfileDocument
        do {
            document = try ProfileLoader.load(path: path)
        } catch {
            throw CommandFailure(category: .unusableInput, message: error.message(in: .en))
        }
        guard document.isValid, let profile = document.profile else {
            let reporter = TextReporter(colors: context.terminal.errorColors)
            for diagnostic in document.diagnostics {
                context.error.write(reporter.line(for: diagnostic) + "\n")
            }
            throw CommandFailure(category: .inputProblem, message: "\(path) is not a valid profile; fix the errors above (`sesame validate \(path)`)")
        }
        return (document, profile)
    }

    /// Maps a rendering failure to the contract: a bad template is unusable input (2), a description
    /// over the limit is a problem in the profile (1), reported at its `use_case` key.
    static func failure(_ error: RenderError, document: ProfileDocument) -> CommandFailure {
        switch error {
        case .template, .unreadable:
            return CommandFailure(category: .unusableInput, message: error.message)
        case .tooLong:
            return CommandFailure(category: .inputProblem, message: "\(document.location(of: "use_case")): error: \(error.message) [use-case-too-long]")
        }
    }

    /// A valid profile for `submit`: loaded, linted (lint errors stop it unless `force`; they are
    /// printed either way) and rendered once.
    static func loadForSubmission(_ path: String, force: Bool, in context: CommandContext) throws -> SubmissionRequest {
        let (document, profile) = try loadValid(path, in: context)
        let lint = Linter().lint(LintDocument(profile: document, renderedLength: RequestRenderer.useCaseLength(for: profile)),
                                 settings: profile.lint)
        let errors = lint.diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty {
            let reporter = TextReporter(colors: context.terminal.errorColors)
            for diagnostic in errors { context.error.write(reporter.line(for: diagnostic) + "\n") }
            if !force {
                throw CommandFailure(category: .inputProblem,
                                     message: CommandMessages.lintErrorsStopSubmission(path).text(in: context.language(flag: nil)))
            }
        }
        do {
            return try SubmissionRequest(profile: profile)
        } catch {
            throw failure(error, document: document)
        }
    }
}
