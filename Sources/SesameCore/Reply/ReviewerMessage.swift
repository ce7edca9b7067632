/// A reviewer's follow-up on the support case, as pasted by the user, split into what it asks.
///
/// AWS writes these follow-ups in a few recognisable shapes, in English and Japanese: a
/// greeting, a sentence or two of context, then either a bulleted or numbered list of
/// questions or a paragraph of "please describe…" sentences, and a closing about replying to
/// the case. Each list item and each sentence is a candidate; it is a question when it ends in
/// a question mark, asks for something ("please provide", 「ご提供ください」) or is a list
/// item, and it is kept when it names a topic or asks for something specific. Greetings,
/// thanks, lead-ins ending in a colon and the closing are dropped.
public struct ReviewerMessage: Hashable, Sendable {
    /// The questions, in the order the reviewer asked them.
    public var questions: [ReviewerQuestion]
    /// The language most of the message is written in.
    public var language: Language

    /// Reads `text`. Never fails: a message with no recognisable question gives no questions.
    public init(text: String) {
        let units = Self.units(in: text)
        var specific: [ReviewerQuestion] = []
        var general: [ReviewerQuestion] = []
        for unit in units {
            let folded = TextFolding.fold(unit.text)
            let foldedText = folded.string(0..<folded.count)
            let topics = QuestionClassifier.topics(in: foldedText)
            let asks = unit.isListItem || Self.isQuestion(unit.text, folded: foldedText)
            guard asks, !Self.endsInColon(unit.text) else { continue }
            if !topics.isEmpty {
                specific.append(ReviewerQuestion(text: unit.text, topics: topics, line: unit.line))
            } else if QuestionClassifier.isGeneralRequest(foldedText) {
                general.append(ReviewerQuestion(text: unit.text, topics: ReviewerQuestion.standardTopics, line: unit.line))
            } else if !QuestionClassifier.isBoilerplate(foldedText) {
                specific.append(ReviewerQuestion(text: unit.text, topics: [], line: unit.line))
            }
        }
        // "Please tell us more about your use case" is answered by the whole standard set, but
        // only when the reviewer did not go on to ask specific questions.
        questions = specific.isEmpty ? Array(general.prefix(1)) : specific
        language = Self.language(of: text)
    }

    /// True when the text asks: a question mark at the end, or a request phrase.
    static func isQuestion(_ text: String, folded: String) -> Bool {
        if let last = text.trimmed.unicodeScalars.last, last == "?" || last == "？" { return true }
        return QuestionClassifier.isRequest(folded)
    }

    private static func endsInColon(_ text: String) -> Bool {
        guard let last = text.trimmed.unicodeScalars.last else { return false }
        return last == ":" || last == "："
    }

    /// The language most of the message is written in (English when it has no letters).
    static func language(of text: String) -> Language {
        Language.guess(text.unicodeScalars) ?? .en
    }

    /// A list item with its continuation lines, or one sentence of a paragraph.
    struct Unit: Hashable {
        var text: String
        var line: Int
        var isListItem: Bool
    }

    /// The message cut into list items and sentences, with the line each starts on.
    static func units(in text: String) -> [Unit] {
        let lines = text.replacing("\r\n", with: "\n").replacing("\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var units: [Unit] = []
        var paragraph: [(text: String, line: Int)] = []
        var item: Unit?
        func flushParagraph() {
            for sentence in sentences(in: paragraph) { units.append(sentence) }
            paragraph = []
        }
        func flushItem() {
            if let finished = item { units.append(finished) }
            item = nil
        }
        for (index, raw) in lines.enumerated() {
            let line = raw.trimmed
            if line.isEmpty || line.hasPrefix(">") {
                flushItem()
                flushParagraph()
                continue
            }
            if let body = listItemBody(line) {
                flushItem()
                flushParagraph()
                item = Unit(text: body, line: index + 1, isListItem: true)
            } else if var open = item, raw.first == " " || raw.first == "\t" || raw.first == "\u{3000}" {
                open.text = join(open.text, line)
                item = open
            } else {
                flushItem()
                paragraph.append((line, index + 1))
            }
        }
        flushItem()
        flushParagraph()
        return units.filter { !$0.text.isEmpty }
    }

    /// The text after a bullet or a number (`-`, `*`, `•`, `・`, `1.`, `2)`, `(3)`, `①`, `１．`), or nil.
    static func listItemBody(_ line: String) -> String? {
        let scalars = Array(line.unicodeScalars)
        guard let first = scalars.first else { return nil }
        let bullets: Set<Unicode.Scalar> = ["-", "*", "•", "・", "●", "○", "■", "□", "◆", "‐", "–", "—", "･"]
        if bullets.contains(first) {
            let rest = String(String.UnicodeScalarView(scalars.dropFirst())).trimmed
            return first == "-" && rest.hasPrefix("-") ? nil : rest
        }
        if (0x2460...0x2473).contains(first.value) {  // ① … ⑳
            return String(String.UnicodeScalarView(scalars.dropFirst())).trimmed
        }
        var index = 0
        let opensParenthesis = first == "(" || first == "（"
        if opensParenthesis { index += 1 }
        let digitsStart = index
        while index < scalars.count, isDigit(scalars[index]) { index += 1 }
        guard index > digitsStart, index - digitsStart <= 2, index < scalars.count else { return nil }
        let closing: Set<Unicode.Scalar> = opensParenthesis ? [")", "）"] : [".", ")", "．", "）", "、"]
        guard closing.contains(scalars[index]) else { return nil }
        index += 1
        guard index == scalars.count || scalars[index].properties.isWhitespace || Language.isJapanese(scalars[index]) else { return nil }
        return String(String.UnicodeScalarView(scalars[index...])).trimmed
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar) || (0xFF10...0xFF19).contains(scalar.value)
    }

    /// A paragraph's sentences: cut after `?`, `!`, `.` followed by a space or the end, and after `。？！`.
    static func sentences(in paragraph: [(text: String, line: Int)]) -> [Unit] {
        var result: [Unit] = []
        var current = ""
        var startLine = paragraph.first?.line ?? 1
        for (text, line) in paragraph {
            if current.isEmpty { startLine = line }
            let scalars = Array(text.unicodeScalars)
            for (index, scalar) in scalars.enumerated() {
                if current.isEmpty, scalar.properties.isWhitespace { continue }
                if current.isEmpty { startLine = line }
                current.unicodeScalars.append(scalar)
                let next = index + 1 < scalars.count ? scalars[index + 1] : nil
                let ends = "。？！".unicodeScalars.contains(scalar)
                    || ("?!.".unicodeScalars.contains(scalar) && (next == nil || next!.properties.isWhitespace)
                        && !(scalar == "." && endsInAbbreviation(current)))
                if ends {
                    result.append(Unit(text: current.trimmed, line: startLine, isListItem: false))
                    current = ""
                }
            }
            if !current.isEmpty { current = join(current, "") }
        }
        if !current.trimmed.isEmpty { result.append(Unit(text: current.trimmed, line: startLine, isListItem: false)) }
        return result
    }

    /// True when `text` ends in "e.g.", "i.e.", "etc." and the like, whose full stop ends no sentence.
    private static func endsInAbbreviation(_ text: String) -> Bool {
        let word = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "(" }).last.map(String.init) ?? ""
        return ["e.g.", "i.e.", "etc.", "approx.", "inc.", "ltd.", "co.", "no.", "vs."].contains(word)
    }

    /// Two pieces of a wrapped line joined as the language wraps: a space between Latin words, none in Japanese.
    private static func join(_ head: String, _ tail: String) -> String {
        guard !tail.isEmpty else { return head.hasSuffix(" ") || (head.unicodeScalars.last.map(Language.isJapanese) ?? false) ? head : head + " " }
        if head.isEmpty || head.hasSuffix(" ") { return head + tail }
        if (head.unicodeScalars.last.map(Language.isJapanese) ?? false) || (tail.unicodeScalars.first.map(Language.isJapanese) ?? false) { return head + tail }
        return head + " " + tail
    }
}

/// One thing the reviewer asked, in their words, with the topics it is about.
public struct ReviewerQuestion: Hashable, Sendable {
    /// The reviewer's own wording, one line (a wrapped list item is joined).
    public var text: String
    /// What it asks about, in the order the text mentions them; empty when it matches no topic.
    public var topics: [Topic]
    /// The line of the message it starts on (1-based).
    public var line: Int

    public init(text: String, topics: [Topic], line: Int) {
        self.text = text
        self.topics = topics
        self.line = line
    }

    /// What a reply answers when there is no message: the four questions AWS asks, and volume.
    public static let standardTopics: [Topic] = [.listAcquisition, .bounceHandling, .complaintHandling, .optOut, .sendingVolume]
}
