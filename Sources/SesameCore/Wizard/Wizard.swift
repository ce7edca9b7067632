/// Gives the wizard the reviewer's view of an answer and of the whole profile (the lint rules).
public protocol WizardAdvisor {
    /// Advice on one free-text answer, as short lines; empty when it reads well. `context` holds
    /// the answers given so far (mail type, volumes) that the rules weigh the text against.
    func advice(on text: String, for field: UseCaseField, context: Answers, language: Language) -> [String]
    /// Findings on the whole profile, as short lines.
    func review(_ document: ProfileDocument, language: Language) -> [String]
}

/// How a wizard run ended.
public enum WizardOutcome: Equatable, Sendable {
    /// The profile was written to this path.
    case written(String)
    /// Input ended (EOF) before every answer was given; the draft holds what was answered.
    case interrupted(draft: String)
    /// The user chose Cancel on the final screen; the draft holds the answers.
    case cancelled(draft: String)
    /// The output exists and the user declined to overwrite it.
    case declinedOverwrite
}

/// The guided questions of `sesame init`, over a `Console`: asks each question with why AWS
/// asks it and an example, checks each answer with the validator's own code, shows lint advice
/// on free-text answers, saves a draft after every answer, lets the user go back a question,
/// and ends on a screen that writes the profile, edits an answer or cancels.
public final class Wizard {
    let console: Console
    let screen: WizardScreen
    let language: Language
    let outputPath: String
    let force: Bool
    let advisor: WizardAdvisor?
    let defaults: [String: String]
    let fileSystem: any FileSystem
    let answersFile: ProfileDocument?
    let messages: WizardMessages
    /// The command that resumes this run's draft (`sesame init --output ses/profile.yaml`).
    let resumeCommand: String
    var answers = Answers()
    /// Whether the draft file holds answers (saved by this run, or the one resumed).
    var draftSaved = false
    /// Whether the output may be replaced at the end: `--force`, or the user agreed to
    /// overwrite the file that was there at the start. Otherwise a file that appears while the
    /// questions are asked is not replaced without asking again.
    var mayReplace: Bool

    /// The questions of this run: for marketing mail in Japanese (the contact language, or the
    /// wizard in Japanese), the 特定電子メール法 questions come after the others.
    var questions: [Question] {
        let japanese = answers[ProfileKey.contactLanguage.path] == .string("JA") || language == .ja
        return Questions.all + (answers.mailType == .marketing && japanese ? Questions.specifiedEmailAct : [])
    }

    /// Where the draft is kept: next to the output.
    public var draftPath: String { outputPath + ".draft" }

    /// `answersFile` is a profile (complete or partial) whose valid answers are taken as given:
    /// only the questions it leaves unanswered or answers invalidly are asked, with its own value
    /// as the default, and no draft is resumed. `resumeCommand` is what the user is told to run
    /// to resume the draft.
    public init(console: Console, language: Language, outputPath: String, force: Bool,
                advisor: WizardAdvisor? = nil, defaults: [String: String] = [:],
                fileSystem: any FileSystem = LocalFileSystem(), answersFile: ProfileDocument? = nil,
                resumeCommand: String = "sesame init") {
        self.console = console
        self.screen = WizardScreen(console: console)
        self.language = language
        self.outputPath = outputPath
        self.force = force
        self.advisor = advisor
        self.defaults = defaults.merging(answersFile.map(Answers.suggestions(from:)) ?? [:]) { $1 }
        self.fileSystem = fileSystem
        self.answersFile = answersFile
        self.messages = WizardMessages(language: language)
        self.resumeCommand = resumeCommand
        self.mayReplace = force
    }

    public func run() throws -> WizardOutcome {
        screen.say(messages.welcome(resume: resumeCommand))
        noteInterruptNotice()
        if fileSystem.exists(outputPath), !force {
            if answersFile != nil, !console.isInteractive {
                screen.say(messages.notOverwritten(outputPath))
                return .declinedOverwrite
            }
            screen.prompt(messages.exists(outputPath))
            guard let reply = console.readLine(), Self.isYes(reply, default: false) else {
                screen.gap()
                screen.say(messages.notOverwritten(outputPath))
                return .declinedOverwrite
            }
            mayReplace = true
        }
        if let answersFile {
            answers = Answers(file: answersFile)
        } else if let draft = loadDraft(), draft.count > 0 {
            screen.prompt(messages.resume(draftPath, draft.count))
            guard let reply = console.readLine() else { return stop() }
            if Self.isYes(reply, default: true) {
                answers = revalidated(draft)
                draftSaved = true
                noteInterruptNotice()
            }
        }
        answers[ProfileKey.version.path] = .int(ProfileSchema.version)
        guard try walk() else { return stop() }
        return try finish()
    }

    /// Asks every question without an answer, in order. `:b` goes back one question; the
    /// questions from there up to where the user was are asked again (their answers offered as
    /// the defaults). False at the end of input.
    private func walk() throws -> Bool {
        var index = 0
        var revisitUntil = 0
        while index < questions.count {
            let question = questions[index]
            guard answers[question.keyPath] == nil || index < revisitUntil else {
                index += 1
                continue
            }
            switch ask(question, number: index + 1, canGoBack: index > 0) {
            case nil:
                return false
            case .back?:
                revisitUntil = max(revisitUntil, index)
                index -= 1
            case let .answer(value)?:
                answers[question.keyPath] = value
                try saveDraft()
                index += 1
            }
        }
        return true
    }

    /// The end of input before the profile was written: says what was kept, and how to resume.
    func stop() -> WizardOutcome {
        screen.gap()
        screen.say(draftSaved ? messages.stopped(draftPath, resume: resumeCommand) : messages.stoppedBeforeAnyAnswer)
        return .interrupted(draft: draftPath)
    }

    /// Tells the console what a Ctrl-C from now on should say: where the answers are, or that
    /// none was saved yet.
    func noteInterruptNotice() {
        console.setInterruptNotice(draftSaved ? messages.interruptedNotice(draftPath, resume: resumeCommand) : messages.interruptedBeforeAnyAnswer)
    }

    /// Whether a reply to a yes/no question means yes; an empty reply means `answer`.
    public static func isYes(_ reply: String, default answer: Bool) -> Bool {
        let text = reply.trimmed.lowercased()
        if text.isEmpty { return answer }
        return ["y", "yes", "はい", "ｙ"].contains(text)
    }
}
