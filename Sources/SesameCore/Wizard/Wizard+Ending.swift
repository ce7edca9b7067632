extension Wizard {
    // MARK: The final screen

    /// The summary, the review and the request as AWS reads it; then, on a terminal, a choice
    /// (as `gh` offers): write the profile, edit an answer (and see all this again), or cancel.
    func finish() throws -> WizardOutcome {
        while true {
            var cleaned = answers
            for (keyPath, value) in answers.values where value == .string("") || value == .array([]) { cleaned[keyPath] = nil }
            let document = cleaned.document(path: draftPath, language: language)
            guard document.isValid, let profile = document.profile else {
                // Every answer was checked as it was given; a combination can still fail (it is reported).
                for problem in document.diagnostics where problem.severity == .error { screen.say(problem.message, indent: "  ", .red) }
                return .interrupted(draft: draftPath)
            }
            show(cleaned, document: document, profile: profile)
            guard console.isInteractive else { return try write(profile) }
            screen.gap()
            screen.say(messages.whatNow, .bold)
            switch console.pick(options: messages.finalChoices, initial: 0) {
            case nil:
                return stop()
            case .option(0)?:
                return try write(profile)
            case .option(1)?:
                guard try editAnAnswer() else { return stop() }
            case .option?:
                // The answers may all have come from `--from` or `--edit`: keep them, as the message says.
                try saveDraft()
                screen.gap()
                screen.say(messages.cancelled(draftPath, resume: resumeCommand))
                return .cancelled(draft: draftPath)
            case .back?:
                continue
            }
        }
    }

    /// Writes the profile, removes the draft and says what comes next.
    private func write(_ profile: Profile) throws -> WizardOutcome {
        guard try writeOutput(Array(ProfileWriter.yaml(for: profile).utf8)) else { return .declinedOverwrite }
        fileSystem.remove(draftPath)
        screen.gap()
        screen.say(messages.written(outputPath))
        screen.say(messages.next(outputPath), .bold)
        return .written(outputPath)
    }

    /// The summary by question, the review and the preview.
    private func show(_ cleaned: Answers, document: ProfileDocument, profile: Profile) {
        let width = console.width ?? 80
        screen.gap()
        screen.say(messages.summary, .bold)
        for (index, question) in questions.enumerated() {
            guard let value = cleaned[question.keyPath], let text = Answers.text(of: value) else { continue }
            let number = "\(index + 1). "
            screen.say(number + texts(of: question).title, indent: "  ", hanging: "  " + String(repeating: " ", count: number.count))
            console.write(String(repeating: " ", count: number.count + 2) + Self.short(text, width: width - number.count - 2) + "\n")
        }
        if let advisor {
            screen.gap()
            screen.say(messages.review, .bold)
            let findings = advisor.review(document, language: language)
            if findings.isEmpty { screen.say(messages.clean, indent: "  ") }
            for finding in findings { screen.say(finding, indent: "  ", hanging: "    ") }
        }
        screen.gap()
        screen.say(messages.preview, .bold)
        do {
            let text = try RequestRenderer.useCaseDescription(for: profile, language: Language(profile.contactLanguage))
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                if line.isEmpty { console.write("  │\n") } else { screen.say(String(line), indent: "  │ ") }
            }
        } catch {
            screen.say(messages.tooLong(error.message(in: language)), indent: "  ", .yellow)
        }
    }

    /// Asks one answer again, chosen from the list of questions; false at the end of input.
    private func editAnAnswer() throws -> Bool {
        screen.gap()
        screen.say(messages.whichAnswer, .bold)
        let width = (console.width ?? 80) - 4
        let titles = questions.enumerated().map { Self.short("\($0.offset + 1). \(texts(of: $0.element).title)", width: width) }
        switch console.pick(options: titles, initial: 0) {
        case nil: return false
        case .back?: return true
        case let .option(index)?:
            let question = questions[index]
            switch ask(question, number: index + 1) {
            case nil: return false
            case .back?: return true
            case let .answer(value)?:
                answers[question.keyPath] = value
                try saveDraft()
                return true
            }
        }
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
            screen.gap()
            screen.prompt(messages.appeared(outputPath, draft: draftPath))
            guard console.isInteractive else {
                screen.gap()
                screen.say(messages.notOverwritten(outputPath))
                return false
            }
            screen.prompt(" " + messages.overwriteNow)
            guard let reply = console.readLine(), Self.isYes(reply, default: false) else {
                screen.gap()
                screen.say(messages.notOverwritten(outputPath))
                return false
            }
            try fileSystem.writeAtomically(bytes, to: outputPath, replacing: true)
            return true
        }
    }

    // MARK: The draft

    func loadDraft() -> Answers? {
        guard fileSystem.exists(draftPath), let bytes = try? fileSystem.read(draftPath),
              let root = try? YAMLLoader().load(bytes, path: draftPath)
        else { return nil }
        return Answers(draft: root)
    }

    /// A draft's answers checked again, as each answer is when it is given: a draft written by
    /// an older sesame, or edited by hand, may hold an answer that no longer passes. Such an
    /// answer is dropped, with why, so that its question is asked again instead of the profile
    /// failing at the end of every resume.
    func revalidated(_ draft: Answers) -> Answers {
        var kept = draft
        for (index, question) in (Questions.all + Questions.specifiedEmailAct).enumerated() {
            guard let value = draft[question.keyPath] else { continue }
            if question.optional, value == .string("") || value == .array([]) { continue }
            let checked = check(value, for: question)
            kept[question.keyPath] = checked.value
            guard checked.value == nil else { continue }
            screen.gap()
            screen.say(messages.staleAnswer(number: index + 1, of: questions.count, question.keyPath), .yellow)
            for problem in checked.problems { screen.say("\(messages.badAnswer): \(problem)", indent: "  ", .red) }
        }
        return kept
    }

    func saveDraft() throws {
        let text = try YAMLWriter.emit(answers.tree, header: [messages.draftHeader(answers.count, resume: resumeCommand)])
        try fileSystem.writeAtomically(Array(text.utf8), to: draftPath)
        guard !draftSaved else { return }
        draftSaved = true
        noteInterruptNotice()
    }
}
