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
    /// The output exists and the user declined to overwrite it.
    case declinedOverwrite
}

/// The guided questions of `sesame init`, over a `Console`: asks each question with why AWS
/// asks it and an example, checks each answer with the validator's own code, shows lint advice
/// on free-text answers, saves a draft after every answer, and writes the profile at the end.
public final class Wizard {
    private let console: Console
    private let language: Language
    private let outputPath: String
    private let force: Bool
    private let advisor: WizardAdvisor?
    private let defaults: [String: String]
    private let fileSystem: any FileSystem
    private let answersFile: ProfileDocument?
    private let messages: WizardMessages
    private var answers = Answers()
    /// Whether the output may be replaced at the end: `--force`, or the user agreed to
    /// overwrite the file that was there at the start. Otherwise a file that appears while the
    /// questions are asked is not replaced without asking again.
    private var mayReplace: Bool

    /// Where the draft is kept: next to the output.
    public var draftPath: String { outputPath + ".draft" }

    /// `answersFile` is a profile (complete or partial) whose valid answers are taken as given:
    /// only the questions it leaves unanswered or answers invalidly are asked, with its own value
    /// as the default, and no draft is resumed.
    public init(console: Console, language: Language, outputPath: String, force: Bool,
                advisor: WizardAdvisor? = nil, defaults: [String: String] = [:],
                fileSystem: any FileSystem = LocalFileSystem(), answersFile: ProfileDocument? = nil) {
        self.console = console
        self.language = language
        self.outputPath = outputPath
        self.force = force
        self.advisor = advisor
        self.defaults = defaults.merging(answersFile.map(Answers.suggestions(from:)) ?? [:]) { $1 }
        self.fileSystem = fileSystem
        self.answersFile = answersFile
        self.messages = WizardMessages(language: language)
        self.mayReplace = force
    }

    public func run() throws -> WizardOutcome {
        console.write(messages.welcome + "\n")
        if fileSystem.exists(outputPath), !force {
            if answersFile != nil, !console.isInteractive {
                console.write(messages.notOverwritten(outputPath) + "\n")
                return .declinedOverwrite
            }
            console.write(messages.exists(outputPath))
            guard let reply = console.readLine(), Self.isYes(reply, default: false) else {
                console.write("\n" + messages.notOverwritten(outputPath) + "\n")
                return .declinedOverwrite
            }
            mayReplace = true
        }
        if let answersFile {
            answers = Answers(file: answersFile)
        } else if let draft = loadDraft(), draft.count > 0 {
            console.write(messages.resume(draftPath, draft.count))
            guard let reply = console.readLine() else { return .interrupted(draft: draftPath) }
            if Self.isYes(reply, default: true) { answers = revalidated(draft) }
        }
        answers["version"] = .int(ProfileSchema.version)
        let total = Questions.all.count
        for (index, question) in Questions.all.enumerated() where answers[question.keyPath] == nil {
            guard let answer = ask(question, number: index + 1, of: total) else {
                console.write("\n" + messages.interrupted(draftPath) + "\n")
                return .interrupted(draft: draftPath)
            }
            answers[question.keyPath] = answer
            try saveDraft()
        }
        return try finish()
    }

    // MARK: Asking

    /// Asks until the answer is valid; nil at the end of input.
    private func ask(_ question: Question, number: Int, of total: Int) -> JSONValue? {
        let texts = question.text[language] ?? question.text[.en]!
        console.write("\n" + bold("[\(number)/\(total)] \(texts.title)") + "\n")
        console.write(dim("  \(messages.why): \(texts.why)") + "\n")
        console.write(dim("  \(messages.example): \(texts.example)") + "\n")
        while true {
            guard let raw = read(question) else { return nil }
            if question.optional, raw.isBlank { return question.kind == .list ? .array([]) : .string("") }
            let checked = check(Self.value(raw, for: question), for: question)
            guard let value = checked.value else {
                for problem in checked.problems { console.write(red("  \(messages.badAnswer): \(problem)") + "\n") }
                continue
            }
            if question.kind == .text, let field = UseCaseField.allCases.first(where: { $0.keyPath == question.keyPath }),
               let advisor, case let .string(text) = value {
                let advice = advisor.advice(on: text, for: field, context: answers, language: language)
                if !advice.isEmpty {
                    console.write(yellow("  \(messages.advice):") + "\n")
                    for line in advice { console.write(yellow("  - \(line)") + "\n") }
                    // Piped answers are one line per question: a keep/rewrite reply would take the next one.
                    guard console.isInteractive else {
                        console.write(yellow("  " + messages.adviceKept) + "\n")
                        return value
                    }
                    console.write("  " + messages.rewrite)
                    guard let reply = console.readLine() else { return value }
                    if reply.trimmed.lowercased() == "r" { continue }
                }
            }
            return value
        }
    }

    /// Reads the raw answer the way the question's kind wants it.
    private func read(_ question: Question) -> String? {
        let suggested = defaults[question.keyPath]
        switch question.kind {
        case let .choice(options):
            let initial = suggested.flatMap { options.firstIndex(of: $0) } ?? 0
            console.write("  " + messages.pickHint + "\n")
            return console.pick(options: options, initial: initial).map { options[$0] }
        case .line, .count, .list:
            console.write("> " + (suggested.map { dim("[\(messages.defaultValue($0))] ") } ?? ""))
            guard let line = console.readLine() else { return nil }
            return line.isBlank ? (suggested ?? line) : line
        case .text:
            guard console.isInteractive else {
                console.write("> ")
                return console.readLine()
            }
            console.write(dim("  " + messages.textHint) + "\n")
            if let suggested { console.write(dim("  [\(messages.defaultValue(Self.short(.string(suggested))))]") + "\n") }
            var lines: [String] = []
            while true {
                console.write(lines.isEmpty ? "> " : "  ")
                guard let line = console.readLine() else { return lines.isEmpty ? nil : lines.joined(separator: "\n").joiningBrokenJapaneseLines }
                if line.trimmed == ":e" {
                    if let edited = console.edit(lines.joined(separator: "\n")) { return edited.trimmed.joiningBrokenJapaneseLines }
                    console.write(messages.editorFailed + "\n")
                    continue
                }
                if line.isBlank { return lines.isEmpty ? (suggested ?? "") : lines.joined(separator: "\n").joiningBrokenJapaneseLines }
                lines.append(line)
            }
        }
    }

    /// An answer checked with the validator's own code for its question: the value as the
    /// profile records it (folded: `３，０００` → `3000`), or the problems' messages.
    private func check(_ value: JSONValue, for question: Question) -> (value: JSONValue?, problems: [String]) {
        let checked = ProfileValidator.check(Self.node(for: value), keyPath: question.keyPath, field: question.field, language: language)
        guard let folded = checked.value else { return (nil, checked.problems.map(\.message)) }
        return (Self.value(of: folded, for: question), [])
    }

    /// The typed value of a raw answer.
    static func value(_ raw: String, for question: Question) -> JSONValue {
        let text = raw.trimmed
        switch question.kind {
        case .count:
            return YAMLNode.integerValue(text).map(JSONValue.int) ?? .string(text)
        case .list:
            let items = text.split(whereSeparator: \.isWhitespace).flatMap { InputFolding.listItems(String($0)) ?? [String($0)] }
            return .array(items.map(JSONValue.string))
        case .choice:
            return .string(text.uppercased())
        case .line, .text:
            return .string(text)
        }
    }

    /// The value the profile records: the node the validator accepted (and folded), as the answer's type.
    static func value(of node: YAMLNode, for question: Question) -> JSONValue {
        switch node.kind {
        case let .scalar(text, _):
            if question.kind == .count, let number = YAMLNode.integerValue(text) { return .int(number) }
            return .string(text)
        case let .sequence(items):
            return .array(items.compactMap(\.scalar).map(JSONValue.string))
        case .mapping:
            return .null
        }
    }

    /// The value as the YAML node the validator checks.
    private static func node(for value: JSONValue) -> YAMLNode {
        let origin = SourceLocation(path: "answer", line: 1, column: 1)
        switch value {
        case let .int(number):
            return YAMLNode(kind: .scalar(String(number), .plain), start: origin, end: origin)
        case let .array(items):
            return YAMLNode(kind: .sequence(items.map(node(for:))), start: origin, end: origin)
        case let .string(text):
            return YAMLNode(kind: .scalar(text, .doubleQuoted), start: origin, end: origin)
        default:
            return YAMLNode(kind: .scalar("", .plain), start: origin, end: origin)
        }
    }

    // MARK: Draft and result

    private func loadDraft() -> Answers? {
        guard fileSystem.exists(draftPath), let bytes = try? fileSystem.read(draftPath),
              let root = try? YAMLLoader().load(bytes, path: draftPath)
        else { return nil }
        return Answers(draft: root)
    }

    /// A draft's answers checked again, as each answer is when it is given: a draft written by
    /// an older sesame, or edited by hand, may hold an answer that no longer passes. Such an
    /// answer is dropped, with why, so that its question is asked again instead of the profile
    /// failing at the end of every resume.
    private func revalidated(_ draft: Answers) -> Answers {
        var kept = draft
        for (index, question) in Questions.all.enumerated() {
            guard let value = draft[question.keyPath] else { continue }
            if question.optional, value == .string("") || value == .array([]) { continue }
            let checked = check(value, for: question)
            kept[question.keyPath] = checked.value
            guard checked.value == nil else { continue }
            console.write("\n" + yellow(messages.staleAnswer(number: index + 1, of: Questions.all.count, question.keyPath)) + "\n")
            for problem in checked.problems { console.write(red("  \(messages.badAnswer): \(problem)") + "\n") }
        }
        return kept
    }

    private func saveDraft() throws {
        let text = try YAMLWriter.emit(answers.tree, header: ["Draft of `sesame init` (\(answers.count) answers so far); run it again to resume."])
        try fileSystem.writeAtomically(Array(text.utf8), to: draftPath)
    }

    private func finish() throws -> WizardOutcome {
        var cleaned = answers
        for (keyPath, value) in answers.values where value == .string("") || value == .array([]) { cleaned[keyPath] = nil }
        guard let document = cleaned.profile(), let profile = document.profile else {
            // Every answer was checked as it was given; a combination can still fail (it is reported).
            let problems = (try? ProfileLoader.parse(Array((try YAMLWriter.emit(cleaned.tree)).utf8), path: draftPath).diagnostics) ?? []
            for problem in problems { console.write(red("  \(problem.message)") + "\n") }
            return .interrupted(draft: draftPath)
        }
        console.write("\n" + bold(messages.summary) + "\n")
        for question in Questions.all {
            guard let value = cleaned[question.keyPath] else { continue }
            console.write("  \(question.keyPath): \(Self.short(value))\n")
        }
        if let advisor {
            console.write("\n" + bold(messages.review) + "\n")
            let findings = advisor.review(document, language: language)
            console.write(findings.isEmpty ? "  \(messages.clean)\n" : findings.map { "  \($0)\n" }.joined())
        }
        console.write("\n" + bold(messages.preview) + "\n")
        do {
            let text = try RequestRenderer.useCaseDescription(for: profile, language: Language(profile.contactLanguage))
            console.write(text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "  │" : "  │ \($0)" }.joined(separator: "\n") + "\n")
        } catch {
            console.write(yellow("  " + messages.tooLong(error.message)) + "\n")
        }
        guard try writeOutput(Array(ProfileWriter.yaml(for: profile).utf8)) else { return .declinedOverwrite }
        fileSystem.remove(draftPath)
        console.write("\n" + messages.written(outputPath) + "\n" + bold(messages.next(outputPath)) + "\n")
        return .written(outputPath)
    }

    /// Writes the profile. Unless replacing was agreed, the file is linked into place only if the
    /// name is still free, checked atomically at that moment: a file that appeared while the
    /// questions were asked is replaced only when the user says so again on a terminal, and
    /// never without one. False when it was left as it is (the draft keeps the answers).
    private func writeOutput(_ bytes: [UInt8]) throws -> Bool {
        do {
            try fileSystem.writeAtomically(bytes, to: outputPath, replacing: mayReplace)
            return true
        } catch where error.alreadyExists {
            console.write("\n" + messages.appeared(outputPath, draft: draftPath))
            guard console.isInteractive else {
                console.write("\n" + messages.notOverwritten(outputPath) + "\n")
                return false
            }
            console.write(" " + messages.overwriteNow)
            guard let reply = console.readLine(), Self.isYes(reply, default: false) else {
                console.write("\n" + messages.notOverwritten(outputPath) + "\n")
                return false
            }
            try fileSystem.writeAtomically(bytes, to: outputPath, replacing: true)
            return true
        }
    }

    private static func short(_ value: JSONValue) -> String {
        switch value {
        case let .string(text):
            let line = text.replacing("\n", with: " ").removingSpacesBetweenJapanese
            return line.count > 70 ? String(line.prefix(67)) + "…" : line
        case let .int(number): return String(number)
        case let .array(items): return items.map(short).joined(separator: ", ")
        default: return value.serialized()
        }
    }

    /// Whether a reply to a yes/no question means yes; an empty reply means `answer`.
    public static func isYes(_ reply: String, default answer: Bool) -> Bool {
        let text = reply.trimmed.lowercased()
        if text.isEmpty { return answer }
        return ["y", "yes", "はい", "ｙ"].contains(text)
    }

    // MARK: Colours

    private func paint(_ text: String, _ code: String) -> String { console.colors ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
    private func bold(_ text: String) -> String { paint(text, "1") }
    private func dim(_ text: String) -> String { paint(text, "2") }
    private func red(_ text: String) -> String { paint(text, "31") }
    private func yellow(_ text: String) -> String { paint(text, "33") }
}
