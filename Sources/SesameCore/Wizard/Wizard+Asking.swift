/// What the user gave to one question.
enum WizardReply: Equatable {
    /// A valid answer, as the profile records it.
    case answer(JSONValue)
    /// `:b`: back to the previous question.
    case back
}

/// What was typed or picked, before it is checked.
private enum Typed {
    case text(String)
    case back
}

extension Wizard {
    /// Asks until the answer is valid: the answer, `.back` (when `canGoBack`), or nil at the
    /// end of input.
    func ask(_ question: Question, number: Int, canGoBack: Bool = true) -> WizardReply? {
        let texts = texts(of: question)
        screen.gap()
        let counter = "[\(number)/\(questions.count)] "
        screen.say(counter + texts.title, hanging: String(repeating: " ", count: counter.count), .bold)
        screen.say("\(messages.why): \(texts.why)", indent: "  ", .dim)
        screen.say("\(messages.example): \(texts.example)", indent: "  ", .dim)
        var current = currentText(of: question)
        while true {
            guard let typed = read(question, current: current) else { return nil }
            guard case let .text(raw) = typed else {
                if canGoBack { return .back }
                screen.say(messages.firstQuestion, indent: "  ", .yellow)
                continue
            }
            if question.optional, raw.isBlank { return .answer(question.kind == .list ? .array([]) : .string("")) }
            let checked = check(Self.value(raw, for: question), for: question)
            guard let value = checked.value else {
                for problem in checked.problems { screen.say("\(messages.badAnswer): \(problem)", indent: "  ", .red) }
                continue
            }
            let warnings = self.warnings(on: value, for: question)
            guard !warnings.isEmpty else { return .answer(value) }
            screen.say("\(messages.advice):", indent: "  ", .yellow)
            for line in warnings { screen.say(line, indent: "  - ", hanging: "    ", .yellow) }
            // Piped answers are one line per question: a keep/rewrite reply would take the next one.
            guard console.isInteractive else {
                screen.say(messages.adviceKept, indent: "  ", .yellow)
                return .answer(value)
            }
            screen.prompt("  " + messages.rewrite)
            guard let reply = console.readLine(), InputFolding.width(reply).trimmed.lowercased() == "r" else { return .answer(value) }
            // Rewriting starts from the text given: it is the default, and what `:e` opens.
            current = Answers.text(of: value)
        }
    }

    /// The question's words in the wizard's language.
    func texts(of question: Question) -> Question.Texts {
        question.text[language] ?? question.text[.en]!
    }

    /// The text a question starts from: its current answer when it is asked again, else the default.
    private func currentText(of question: Question) -> String? {
        if let value = answers[question.keyPath], let text = Answers.text(of: value), !text.isEmpty { return text }
        return defaults[question.keyPath]
    }

    /// What a reviewer would say about a valid answer: a plain http:// website at once, and the
    /// lint rules' advice on free text.
    private func warnings(on value: JSONValue, for question: Question) -> [String] {
        guard case let .string(text) = value else { return [] }
        if question.key == .websiteURL { return text.lowercased().hasPrefix("http://") ? [messages.plainHTTP] : [] }
        guard question.kind == .text, let advisor, let field = UseCaseField.allCases.first(where: { $0.key == question.key }) else { return [] }
        return advisor.advice(on: text, for: field, context: answers, language: language)
    }

    /// Reads the raw answer the way the question's kind wants it, starting from `current`.
    private func read(_ question: Question, current: String?) -> Typed? {
        switch question.kind {
        case let .choice(options):
            let initial = current.flatMap { options.firstIndex(of: $0) } ?? 0
            guard console.isInteractive else { return pickByLine(options, initial: initial) }
            screen.say(messages.pickHint, indent: "  ")
            switch console.pick(options: options, initial: initial) {
            case nil: return nil
            case .back?: return .back
            case let .option(index)?: return .text(options[index])
            }
        case .line, .count, .list:
            screen.prompt("> " + (current.map { screen.paint("[\(messages.defaultValue($0))] ", .dim) } ?? ""))
            guard let reply = console.readLine(allowingBack: true) else { return nil }
            guard case let .line(line) = reply, !Self.isBack(line) else { return .back }
            return .text(line.isBlank ? (current ?? line) : line)
        case .text:
            guard console.isInteractive else {
                screen.prompt("> ")
                return console.readLine().map { Self.isBack($0) ? .back : .text($0) }
            }
            return readText(question, current: current)
        }
    }

    /// Free text on a terminal: lines until an empty one, `:e` for the editor (on the text so
    /// far, else the current one), `:b` on the first line to go back.
    private func readText(_ question: Question, current: String?) -> Typed? {
        screen.say(messages.textHint, indent: "  ", .dim)
        if let current { screen.say("[\(messages.defaultValue(Self.short(current, width: (console.width ?? 80) - 16)))]", indent: "  ", .dim) }
        var lines: [String] = []
        while true {
            screen.prompt(lines.isEmpty ? "> " : "  ")
            guard let reply = console.readLine(allowingBack: lines.isEmpty) else { return lines.isEmpty ? nil : .text(lines.joined(separator: "\n").joiningBrokenJapaneseLines) }
            guard case let .line(line) = reply, !(lines.isEmpty && Self.isBack(line)) else { return .back }
            if line.trimmed == ":e" {
                let start = lines.isEmpty ? current ?? "" : lines.joined(separator: "\n")
                if let edited = console.edit(start, comments: editorComments(question)) { return .text(edited.trimmed.joiningBrokenJapaneseLines) }
                screen.say(messages.editorFailed)
                continue
            }
            if line.isBlank { return .text(lines.isEmpty ? current ?? "" : lines.joined(separator: "\n").joiningBrokenJapaneseLines) }
            lines.append(line)
        }
    }

    /// A pick list without a terminal: numbered lines, the default starred; a number, the
    /// option's name (`トランザクション` too) or an empty line for the default.
    private func pickByLine(_ options: [String], initial: Int) -> Typed? {
        for (index, option) in options.enumerated() {
            console.write("  \(index + 1)) \(option)\(index == initial ? " *" : "")\n")
        }
        while true {
            screen.prompt("> ")
            guard let line = console.readLine() else { return nil }
            if Self.isBack(line) { return .back }
            let text = InputFolding.width(line).trimmed
            if text.isEmpty { return .text(options[initial]) }
            if let number = Int(text), number >= 1, number <= options.count { return .text(options[number - 1]) }
            if let option = options.first(where: { $0.lowercased() == text.lowercased() }) ?? InputFolding.choice(line, in: options) {
                return .text(option)
            }
            screen.say(messages.pickByLineHint(options.count, options), indent: "  ")
        }
    }

    /// The comment lines of the editor's file, as `git commit` writes them: the question, why
    /// AWS asks, the example and how the file is read, wrapped at 72 columns.
    private func editorComments(_ question: Question) -> [String] {
        let texts = texts(of: question)
        let paragraphs = [texts.title, "\(messages.why): \(texts.why)", "\(messages.example): \(texts.example)", messages.editorHint]
        return Array(paragraphs.map { TextWrapping.lines($0, width: 72) }.joined(separator: [""]))
    }

    /// `:b` (also typed in full width), or the ↑ key's escape sequence ended by Enter (piped
    /// input; at a terminal ↑ on an empty line goes back at once).
    static func isBack(_ line: String) -> Bool {
        InputFolding.width(line).trimmed == ":b" || line == "\u{1B}[A" || line == "\u{1B}OA"
    }

    /// An answer checked with the validator's own code for its question: the value as the
    /// profile records it (folded: `３，０００` → `3000`), or the problems' messages.
    func check(_ value: JSONValue, for question: Question) -> (value: JSONValue?, problems: [String]) {
        let checked = ProfileValidator.check(Answers.node(for: value, at: SourceLocation(path: "answer", line: 1, column: 1)), keyPath: question.keyPath, field: question.field, language: language)
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

    /// An answer on one line of at most `width` columns (a multi-line answer's lines joined),
    /// with control characters shown escaped (answers may come from a file).
    static func short(_ text: String, width: Int) -> String {
        TextWrapping.truncated(TerminalText.sanitized(text.replacing("\n", with: " ").removingSpacesBetweenJapanese), width: max(width, 20))
    }
}
