// MARK: business-unnamed

struct BusinessUnnamedRule: LintRule {
    static let description = RuleDescription(
        id: "business-unnamed", topic: .business, defaultSeverity: .warning, languages: [.en, .ja],
        summary: LocalizedText(
            en: "The text names no organisation, product or site.",
            ja: "組織名、製品名、サイト名のどれも書かれていません。"),
        rationale: """
            Reviewers decide whether they trust a sender they can look up. A description that could \
            belong to any company ("we provide services") reads as boilerplate and is often denied \
            for lack of detail. Name the business or product and say what it does and for whom.
            """,
        triggeringExamples: [
            RuleExample("↓We are a company that provides services to many customers."),
            RuleExample("↓弊社は様々なサービスを提供しています。"),
        ],
        nonTriggeringExamples: [
            RuleExample("Harbor Lane Books is a two-person online shop in Bristol selling second-hand art books."),
            RuleExample("福岡市で中古の画集を扱うオンライン書店『ハーバーレーン書房』を二人で運営しています。"),
            RuleExample("当社はmidori-eikaiwa.jpで英会話教室を運営しています。"),
        ]
    )

    func findings(in document: PreparedDocument) -> [LintFinding] {
        guard document.hasText else { return [] }
        var candidates = document.sections(answering: .business)
        if candidates.isEmpty { candidates = document.sections }
        return candidates.contains(where: Self.namesSomething) ? [] : [finding(document)]
    }

    private func finding(_ document: PreparedDocument) -> LintFinding {
        LintFinding(place: .document(field: .business), message: LocalizedText(
            en: "the text never names the business or product; say who you are, what the site or app does and for whom (e.g. \"Harbor Lane Books, a two-person online shop selling second-hand art books\")",
            ja: "事業者名やサービス名が書かれていません。会社名・サービス名と、何を誰に提供しているかを具体的に書いてください(例:「福岡市で中古画集のオンライン書店『ハーバーレーン書房』を運営」)。"
        ))
    }

    private static let common: Set<String> = [
        "i", "aws", "ses", "sns", "sqs", "amazon", "simple", "email", "e-mail", "service", "services", "gmail", "yahoo",
        "outlook", "google", "microsoft", "apple", "eu", "us", "uk", "usa", "japan", "gdpr", "can-spam", "casl", "pecr",
        "api", "url", "json", "dkim", "spf", "dmarc", "html", "crm", "b2b", "b2c", "saas", "isp", "smtp", "todo", "tbd",
        "xxx", "ok", "faq", "settings", "lambda", "cloudwatch", "eventbridge", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "handling", "acquisition", "list", "lists", "bounce", "bounces",
        "complaint", "complaints", "opt-out", "opt-in", "unsubscribe", "volume", "sending", "rate", "content", "business",
        "recipients", "overview", "summary", "use", "case", "website", "consent", "process", "policy", "privacy", "mail",
        "type", "marketing", "transactional", "description", "about", "name", "company", "your", "insert", "product",
        "stop", "unsubscribing", "subject", "hard", "soft", "quota", "peak", "we", "our", "the", "and", "rfc",
        "list-unsubscribe", "list-unsubscribe-post", "one-click", "reply-to", "from", "to", "re", "fwd", "pdf",
        // Kinds of business and technology, not names: "a BtoB Web company", 「ECサイト」.
        "web", "btob", "btoc", "b2b2c", "ec", "it", "ai", "dx", "seo", "sms", "csv", "fax", "erp", "pos", "ui", "ux",
        "iot", "app", "apps", "ios", "android", "iphone", "ceo", "cto", "hr", "pr", "dm", "ng", "line",
        "paas", "iaas", "cms", "lms", "mail-type", "dear", "team", "regards", "sincerely",
        // What every request talks about: AWS's terms ("the Acceptable Use Policy", "AUP") and the sandbox.
        "acceptable", "aup", "tos", "terms", "sandbox", "production", "access", "support", "console", "region",
    ]

    /// What follows a company form as grammar, not as its name: 「株式会社として」「株式会社では」.
    static let particlePhrases = ["として", "とし", "では", "には", "にて", "のよう", "のため", "の場合", "はじめ", "が多", "での", "との", "にも", "でも"]

    /// 「お知らせを受け取る」「適切に対応します」: a quoted phrase or sentence (an object particle, a
    /// verb's polite ending, a comma) is no name.
    static func isQuotedPhrase(_ quoted: ArraySlice<Unicode.Scalar>) -> Bool {
        let text = Array(quoted)
        if text.contains(where: { "を、。".unicodeScalars.contains($0) }) { return true }
        return ["ます", "です", "する", "ください", "ません"].contains { text.has($0, endingAt: text.count) }
    }

    static func isKatakana(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30A1 && s.value <= 0x30FA }

    /// Whether `position` lies inside a bracketed placeholder on its line: `<Company name>`, `[Your Name]`, `{{name}}`.
    static func insidePlaceholder(_ text: [Unicode.Scalar], _ position: Int) -> Bool {
        var k = position - 1
        while k >= 0, position - k <= PlaceholderTextRule.bracketReach, text[k] != "\n" {
            switch text[k] {
            case "<", "[", "{": return true
            case ">", "]", "}": return false
            default: k -= 1
            }
        }
        return false
    }

    /// What follows a name a writer introduces themselves by: 「ビューティーサプライ東京と申します」.
    static let selfIntroductions: [Scalars] = scalarWords(["と申します", "と申す", "と申し上げ"])

    /// Whether a self-introduction follows a name with katakana or Latin letters in it
    /// (「ビューティーサプライ東京と申します」「はなまるベーカリーと申します」): a shop's or a
    /// product's name; a surname alone (「佐藤と申します」) names no business.
    static func introducesName(_ text: [Unicode.Scalar]) -> Bool {
        var p = 0
        while p < text.count {
            defer { p += 1 }
            guard selfIntroductions.contains(where: { text.has($0, at: p) }) else { continue }
            var start = p
            while start > 0, text[start - 1] != "〇", text[start - 1] != "○",
                  Language.isJapanese(text[start - 1]) && !TextFolding.isHiragana(text[start - 1])
                    && !ContentClaims.isJapanesePunctuation(text[start - 1]) || TextFolding.isWordScalar(text[start - 1]) {
                start -= 1
            }
            let name = text[start..<p]
            if name.count >= 3, name.contains(where: { isKatakana($0) || $0.isASCII && $0.properties.isAlphabetic }),
               !name.contains(where: { "×".unicodeScalars.contains($0) }) { return true }
        }
        return false
    }

    /// A proper name: a capitalised word not opening a sentence, a domain name, a quoted Japanese
    /// name, or a company form (株式会社…) that is not a placeholder.
    static func namesSomething(_ section: PreparedSection) -> Bool {
        let text = section.original
        var i = 0
        while i < text.count {
            let s = text[i]
            // Japanese quoted names and company forms.
            if s == "「" || s == "『" {
                var j = i + 1
                while j < text.count && text[j] != "」" && text[j] != "』" && j - i < 40 { j += 1 }
                if j < text.count, j - i >= 3, !text[(i + 1)..<j].contains(where: { "〇○◯×".unicodeScalars.contains($0) }),
                   !Self.isQuotedPhrase(text[(i + 1)..<j]) { return true }
            }
            if TextFolding.isWordScalar(s) && (i == 0 || !TextFolding.isWordScalar(text[i - 1]) && text[i - 1] != "-" && text[i - 1] != "'") {
                var j = i
                while j < text.count && (TextFolding.isWordScalar(text[j]) || text[j] == "-" || (text[j] == "." && j + 1 < text.count && TextFolding.isWordScalar(text[j + 1]))) { j += 1 }
                var word = String.UnicodeScalarView()
                word.append(contentsOf: text[i..<j])
                let token = String(word)
                let lower = token.lowercased()
                // "〇〇.co.jp": the end of a placeholder domain names nothing.
                if lower.contains("."), i == 0 || text[i - 1] != ".", let tld = lower.split(separator: ".").last, tld.count >= 2, tld.allSatisfy(\.isLetter),
                   !lower.hasPrefix("example."), !lower.contains(".example."), !lower.hasSuffix(".example"),
                   !["e.g", "i.e", "etc"].contains(where: { lower.hasPrefix($0) }) {
                    return true
                }
                // "Q1", "A2": question labels; a word inside a placeholder (<Company name>) names nothing.
                let label = token.count <= 3 && token.unicodeScalars.dropFirst().allSatisfy { $0.value >= 0x30 && $0.value <= 0x39 }
                if label || Self.insidePlaceholder(text, i) {
                    i = j
                    continue
                }
                let first = text[i]
                let hasUpper = (first.value >= 0x41 && first.value <= 0x5A)
                    || text[i..<j].dropFirst().contains { $0.value >= 0x41 && $0.value <= 0x5A }
                // "XX", "XXXX": a placeholder for a figure or a name.
                let placeholder = lower.allSatisfy { $0 == "x" }
                if hasUpper, !placeholder, !common.contains(lower), !lower.allSatisfy({ $0.isNumber }) {
                    // Sentence-initial capitals prove nothing, unless the word is capitalised inside too (HubSpot).
                    var k = i - 1
                    while k >= 0 && (text[k] == " " || text[k] == "\t") { k -= 1 }
                    let initial = k < 0 || ".!?:\n\r-*•(\"[<>#。、「『）)".unicodeScalars.contains(text[k])
                    let innerCapital = text[i..<j].dropFirst().contains { $0.value >= 0x41 && $0.value <= 0x5A }
                        && !text[i..<j].allSatisfy { !($0.value >= 0x61 && $0.value <= 0x7A) }
                    if !initial || innerCapital || Language.isJapanese(k >= 0 ? text[k] : " ") { return true }
                }
                i = j
                continue
            }
            i += 1
        }
        // 株式会社○○ (but not the placeholder 株式会社〇〇).
        let folded = section.folded.scalars
        if introducesName(folded) { return true }
        for form in ["株式会社", "有限会社", "合同会社", "(株)", "一般社団法人", "医療法人", "学校法人"] {
            let f = Array(form.unicodeScalars)
            var p = 0
            while p + f.count <= folded.count {
                if folded[p..<(p + f.count)].elementsEqual(f) {
                    let after = p + f.count < folded.count ? folded[p + f.count] : " "
                    let before = p > 0 ? folded[p - 1] : " "
                    let placeholder = "〇○◯×".unicodeScalars
                    // 株式会社はてな, 有限会社はなみずき: a kana name may begin with what looks like a particle;
                    // 「株式会社は、」「株式会社として」 do not.
                    let afterNext = p + f.count + 1 < folded.count ? folded[p + f.count + 1] : " "
                    let kanaName = TextFolding.isHiragana(afterNext) || Self.isKatakana(afterNext)
                    let particleAfter = "のはがをにでと".unicodeScalars.contains(after)
                        && !(kanaName && !Self.particlePhrases.contains { folded[(p + f.count)...].starts(with: $0.unicodeScalars) })
                    let nameAfter = (Language.isJapanese(after) || TextFolding.isWordScalar(after)) && !placeholder.contains(after)
                        && !particleAfter
                    let nameBefore = (Language.isJapanese(before) || TextFolding.isWordScalar(before)) && !placeholder.contains(before)
                        && !"のはがをにでと。、".unicodeScalars.contains(before)
                    if nameAfter || nameBefore { return true }
                }
                p += 1
            }
        }
        return false
    }
}
