// MARK: placeholder-text

struct PlaceholderTextRule: LintRule {
    static let description = RuleDescription(
        id: "placeholder-text", topic: .clarity, defaultSeverity: .error, languages: [.en, .ja],
        summary: LocalizedText(
            en: "Template residue: TODO, TBD, XXX, lorem ipsum, [Company Name], <insert …>, {{…}}, 「〇〇」, ××, example.com.",
            ja: "テンプレートの書きかけが残っています(TODO、TBD、XXX、lorem ipsum、[Company Name]、<insert …>、{{…}}、〇〇、××、example.com)。"),
        rationale: """
            A placeholder shows the request was sent unfinished; reviewers deny or ask again, which \
            costs days. Fill in every placeholder.
            """,
        triggeringExamples: [
            RuleExample("↓[Company Name] sends account emails. ↓TBD: volumes."),
            RuleExample("We send about ↓XXX emails per day from ↓example.com."),
            RuleExample("Hello ↓{{first_name}}, your order shipped."),
            RuleExample("株式会社↓〇〇です。詳細は↓後日記入します。"),
        ],
        nonTriggeringExamples: [
            RuleExample("Harbor Lane Books sends account emails; about 300 a day."),
            RuleExample("二〇〇〇年創業の書店です。"),
        ]
    )

    func findings(in document: PreparedDocument) -> [LintFinding] {
        var result: [LintFinding] = []
        for section in document.sections {
            var hits: [(start: Int, end: Int)] = section.matches(.placeholder).map { ($0.start, $0.end) }
            hits.append(contentsOf: Self.circleRuns(section.folded.scalars))
            hits.sort { ($0.start, -$0.end) < ($1.start, -$1.end) }
            var coveredUntil = -1
            for found in hits where found.start >= coveredUntil {
                let hit = (start: found.start, end: Self.wholePlaceholderEnd(section.folded.scalars, start: found.start, end: found.end))
                coveredUntil = hit.end
                let offset = section.originalOffset(hit.start)
                let end = hit.end < section.folded.origin.count - 1 ? section.originalOffset(hit.end - 1) + 1 : section.original.count
                var quote = String.UnicodeScalarView()
                quote.append(contentsOf: section.original[offset..<max(offset, end)])
                let q = String(quote)
                result.append(LintFinding(place: .text(section: section.index, offset: offset), message: LocalizedText(
                    en: "'\(q)' is a placeholder left in the text; replace it with the real detail before submitting",
                    ja: "「\(q)」はプレースホルダーのままです。申請前に実際の内容に置き換えてください。"
                )))
            }
        }
        return result
    }

    /// The longest placeholder can hold a few words (`[Your Company Name]`); beyond this the
    /// bracket is taken for unclosed and the quote stops at the end of the word.
    static let bracketReach = 60

    /// Where a placeholder found from its start (`[your`, `{{`, `todo`) really ends: at its closing
    /// bracket when it opened one on the same line, else at the end of its word. A quote never
    /// stops inside a token ('[Your' for `[Your Name]`).
    static func wholePlaceholderEnd(_ text: [Unicode.Scalar], start: Int, end: Int) -> Int {
        let closers: [Unicode.Scalar: [Unicode.Scalar]] = ["[": ["]"], "<": [">"], "{": ["}", "}"]]
        if let closer = closers[text[start]] {
            var i = end
            while i < text.count, i - start <= bracketReach, text[i] != "\n", text[i] != TextFolding.paragraph {
                if text[i] == closer[0] {
                    var j = i + 1
                    if closer.count == 2, j < text.count, text[j] == closer[1] { j += 1 }
                    return j
                }
                i += 1
            }
        }
        var i = end
        while i < text.count, TextFolding.isWordScalar(text[i - 1]), TextFolding.isWordScalar(text[i]) { i += 1 }
        return i
    }

    /// Runs of two or more 〇/○/◯ that are not part of a kanji numeral (二〇〇〇年).
    static func circleRuns(_ text: [Unicode.Scalar]) -> [(start: Int, end: Int)] {
        let circles = Set("〇○◯".unicodeScalars)
        let numerals = Set("一二三四五六七八九十百千万億年月日".unicodeScalars)
        var result: [(Int, Int)] = []
        var i = 0
        while i < text.count {
            guard circles.contains(text[i]) else { i += 1; continue }
            var j = i
            while j < text.count && circles.contains(text[j]) { j += 1 }
            let numeral = (i > 0 && numerals.contains(text[i - 1])) || (j < text.count && numerals.contains(text[j]))
            if j - i >= 2 && !numeral { result.append((i, j)) }
            i = j
        }
        return result
    }
}

// MARK: too-short

struct TooShortRule: LintRule {
    static let minimumWeight = 400
    static let description = RuleDescription(
        id: "too-short", topic: .clarity, defaultSeverity: .warning, languages: [.en, .ja],
        summary: LocalizedText(
            en: "The description is too short to answer the four questions.",
            ja: "説明が短すぎて、4 つの質問に答えられていません。"),
        rationale: """
            Too little detail is the most reported reason for denial. A few hundred characters cannot \
            say how the list is built, how bounces, complaints and unsubscribes are handled, and why \
            the volume. (Japanese characters count double when judging length.)
            """,
        requestOnly: true,
        triggeringExamples: [
            RuleExample("↓We send receipts to our customers."),
            RuleExample("↓注文確認メールを送ります。"),
        ],
        nonTriggeringExamples: [
            RuleExample(String(repeating: "Customers who order from our shop receive a receipt and a shipping notice. ", count: 7)),
            RuleExample(String(repeating: "当店で注文されたお客様に、注文確認と発送通知をお送りします。", count: 8)),
        ]
    )

    func findings(in document: PreparedDocument) -> [LintFinding] {
        guard document.hasText else {
            // An empty draft answers nothing; an empty profile answer is the validator's to report.
            let isDraft = document.sections.count == 1 && document.sections[0].field == nil
            return isDraft ? [LintFinding(place: .document(field: nil), message: LocalizedText(
                en: "the draft is empty; write the use-case description: who you are, who gets the mail, how the list is built, how bounces, complaints and unsubscribes are handled, and why the volume",
                ja: "下書きが空です。事業内容、受信者、リストの作り方、バウンス・苦情・配信停止の扱い、送信数の根拠を書いてください。"
            ), severity: .error)] : []
        }
        let weight = document.sections.reduce(0) { $0 + $1.latinCount + 2 * $1.japaneseCount }
            + document.sections.reduce(0) { total, section in
                total + section.folded.scalars.count { !TextFolding.isSpace($0) && !Language.isJapanese($0) && !($0.value >= 0x61 && $0.value <= 0x7A) }
            }
        guard weight < Self.minimumWeight else { return [] }
        return [LintFinding(place: .document(field: nil), message: LocalizedText(
            en: "the description is very short (\(document.characterCount) characters); a reviewer needs how the list is built, how bounces, complaints and unsubscribes are handled, and why the volume",
            ja: "説明が短すぎます(\(document.characterCount)文字)。リストの作り方、バウンス・苦情・配信停止の扱い、送信数の根拠を書いてください。"
        ))]
    }
}

// MARK: too-long

struct TooLongRule: LintRule {
    static let limit = 5000
    static let description = RuleDescription(
        id: "too-long", topic: .clarity, defaultSeverity: .error, languages: [.en, .ja],
        summary: LocalizedText(
            en: "Over the 5000-character limit of the use-case description.",
            ja: "ユースケースの説明が 5000 文字の上限を超えています。"),
        rationale: """
            PutAccountDetails accepts at most 5000 characters (Unicode characters, not bytes: 5000 \
            Japanese characters are allowed). Exactly 5000 is fine. The finding points at the first \
            character over the limit; shorten the text rather than let it be cut.
            """,
        requestOnly: true,
        triggeringExamples: [
            RuleExample(String(repeating: "a", count: 5000) + "↓b", variants: false),
            RuleExample(String(repeating: "あ", count: 5000) + "↓い", variants: false),
        ],
        nonTriggeringExamples: [
            RuleExample(String(repeating: "a", count: 5000), variants: false),
            RuleExample(String(repeating: "あ", count: 5000), variants: false),
        ]
    )

    func findings(in document: PreparedDocument) -> [LintFinding] {
        let count = document.characterCount
        guard count > Self.limit else { return [] }
        let message = LocalizedText(
            en: "the description is \(grouped(count)) characters, \(grouped(count - Self.limit)) over the 5000-character limit; shorten it by at least \(grouped(count - Self.limit))",
            ja: "説明が\(grouped(count))文字で、上限の5000文字を\(grouped(count - Self.limit))文字超えています。\(grouped(count - Self.limit))文字以上短くしてください。"
        )
        if document.sections.count == 1, document.sections[0].field == nil {
            // Point at the first character beyond the limit (counting as the form does).
            let section = document.sections[0]
            let directiveFree = section.countedScalars == section.original.count
            return [LintFinding(place: directiveFree ? .text(section: 0, offset: Self.limit) : .document(field: nil), message: message)]
        }
        return [LintFinding(place: .document(field: nil), message: message)]
    }
}

// MARK: length-near-limit

struct LengthNearLimitRule: LintRule {
    static let description = RuleDescription(
        id: "length-near-limit", topic: .clarity, defaultSeverity: .info, languages: [.en, .ja],
        summary: LocalizedText(
            en: "Within 500 characters of the 5000-character limit.",
            ja: "5000 文字の上限まで残り 500 文字以内です。"),
        rationale: "Edits and the rendered template can push a long text over the limit; keep some room.",
        requestOnly: true,
        triggeringExamples: [
            RuleExample("↓" + String(repeating: "a", count: 4800), variants: false),
            RuleExample("↓" + String(repeating: "あ", count: 4501), variants: false),
        ],
        nonTriggeringExamples: [
            RuleExample(String(repeating: "a", count: 4500), variants: false),
            RuleExample(String(repeating: "あ", count: 5001), variants: false),
        ]
    )

    func findings(in document: PreparedDocument) -> [LintFinding] {
        let count = document.characterCount
        guard count > TooLongRule.limit - 500, count <= TooLongRule.limit else { return [] }
        return [LintFinding(place: .document(field: nil), message: LocalizedText(
            en: "the description is \(grouped(count)) characters, \(grouped(TooLongRule.limit - count)) under the 5000-character limit; keep room for later edits",
            ja: "説明は\(grouped(count))文字で、上限の5000文字まで残り\(grouped(TooLongRule.limit - count))文字です。今後の修正の余裕を残してください。"
        ))]
    }
}

// MARK: vague-boilerplate

struct VagueBoilerplateRule: PhraseRule {
    static let concept = Concept.vagueBoilerplate
    static let description = RuleDescription(
        id: "vague-boilerplate", topic: .clarity, defaultSeverity: .info, languages: [.en, .ja],
        summary: LocalizedText(
            en: "Boilerplate that fits any company: \"best practices\", \"as needed\", 「適宜対応」.",
            ja: "どの会社にも当てはまる定型文(「ベストプラクティス」「必要に応じて」「適宜対応」)です。"),
        rationale: """
            Phrases that fit any company tell a reviewer nothing. Say what you actually do: which \
            notification, what happens to the address, how fast.
            """,
        triggeringExamples: [
            RuleExample("We follow ↓best practices for deliverability."),
            RuleExample("苦情には↓適宜対応します。"),
        ],
        nonTriggeringExamples: [
            RuleExample("Hard bounces are suppressed at once."),
            RuleExample("ハードバウンスは即時に除外します。"),
        ]
    )

    static func message(quote: String) -> LocalizedText {
        LocalizedText(
            en: "'\(quote)' fits any company; say concretely what you do (which notification, what happens to the address, how fast)",
            ja: "「\(quote)」はどの会社にも当てはまる表現です。具体的に何をするか(どの通知で、アドレスをどう扱い、どれくらいの速さで)を書いてください。"
        )
    }
}
