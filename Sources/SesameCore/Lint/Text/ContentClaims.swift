// Stage 6 of the text engine: claims. What a text says its messages contain.

/// What a text says its messages are (review criteria, `content`): named kinds of message
/// (order confirmations, a weekly digest of new listings), and how often or on what event each
/// goes out; or only generic nouns ("notifications, updates and other communications", 「各種お知らせ」).
public struct ContentClaims: Sendable {
    /// How well the text answers "what do the messages contain?".
    public enum Verdict: Sendable, Equatable {
        /// Named kinds, and (for marketing) how often they go out.
        case answered
        /// Mail is mentioned, but only generically, or a marketing kind with no frequency.
        case weak(section: Int, sentence: Range<Int>)
        /// Nothing is said about what is sent.
        case missing
    }

    public let verdict: Verdict

    /// Words before a mail noun that name no kind: "other notifications", "our emails", 「各種お知らせ」,
    /// and words that say how the mail is sent or taken rather than what it is about ("we take email
    /// seriously", "responsible email", 「個人情報」, 「追加情報」).
    static let unqualifying: Set<String> = [
        "the", "our", "all", "other", "various", "general", "important", "these", "those", "such", "some", "any", "more",
        "your", "their", "its", "related", "relevant", "regular", "occasional", "service", "marketing", "promotional",
        "email", "e-mail", "and", "or", "of", "to", "send", "sends", "sent", "receive", "receives", "get", "gets", "many",
        "few", "several", "different", "useful", "helpful", "valuable", "new", "latest", "transactional", "automated",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "dozens", "hundreds",
        "thousands", "sequence", "series", "number", "lot", "lots", "couple",
        "automatic", "system", "outgoing", "bulk", "customer", "user", "member", "with", "for", "by", "a", "an", "us", "them",
        "take", "takes", "taking", "use", "uses", "using", "only", "every", "each", "responsible", "additional", "further",
        "extra", "personal", "receiving", "sending", "unsolicited", "legitimate", "commercial", "quality", "mass", "unwanted",
        "wanted", "requested", "outbound", "inbound", "forwarded", "this", "that", "which", "what", "following", "future",
        "same", "good", "best", "proper", "appropriate", "clear", "accurate", "detailed", "specific", "necessary", "required",
        // Where the mail comes from or whom it concerns, not what it says: "account emails", "platform notifications".
        "account", "product", "platform", "app", "application", "website", "site", "company", "business", "team",
        "include", "includes", "contain", "contains", "like", "can", "may", "must", "should", "shall",
        // Whether the mail can be turned off, not what it says: "optional emails", "essential notices".
        "optional", "mandatory", "essential", "non-essential", "compulsory", "non-marketing",
        "各種", "様々", "色々", "重要", "大切", "サービス", "当社", "弊社", "関連", "お得", "最新", "各", "全", "一般",
        "個人", "追加", "補足", "詳細", "顧客", "会員", "会員様", "お客様", "利用者", "登録", "連絡先", "属性", "企業", "必要",
    ]

    /// The Japanese words of `unqualifying` at least two scalars long, which also unqualify a word
    /// they begin (「会員様向け」).
    static let japaneseUnqualifyingPrefixes = unqualifying.filter { $0.unicodeScalars.count >= 2 && Language.isJapanese($0.unicodeScalars.first!) }

    /// Japanese words that name no kind when they stand alone before a mail noun, but begin words
    /// that do: 「ご利用に関するご連絡」「アカウント関連の通知」「システムからの自動通知」「ショップからの
    /// ご案内」 say where the mail comes from, while 「利用料金確定のお知らせ」「アカウント登録完了」 say
    /// what happened. (「商品のご案内」「新着情報」「更新情報」 stay kinds: writers accept them.)
    static let japaneseWholeWordsOnly: Set<String> = [
        "利用", "アカウント", "アカウント関連", "システム", "自動", "運営",
        "会社", "店舗", "ショップ", "アプリ", "サイト", "ウェブ", "プラットフォーム", "サービス関連", "各種サービス",
    ]

    /// Whether a Japanese word before a mail noun names no kind of message.
    static func isUnqualifyingJapanese(_ word: String) -> Bool {
        unqualifying.contains(word) || japaneseWholeWordsOnly.contains(word) || japaneseUnqualifyingPrefixes.contains { word.hasPrefix($0) }
    }

    /// Nouns after "email" or "mail" that make it describe the sending, not a message: "email
    /// practices", "email address", "mail server".
    static let attributiveHeads: Set<String> = [
        "address", "addresses", "practice", "practices", "marketing", "list", "lists", "program", "programs", "programme",
        "programmes", "sending", "service", "services", "provider", "providers", "deliverability", "infrastructure",
        "platform", "reputation", "hygiene", "policy", "policies", "volume", "volumes", "traffic", "content", "tool", "tools",
        "system", "systems", "account", "accounts", "server", "servers", "client", "clients", "domain", "domains",
        "authentication", "standards", "guidelines", "communication", "communications", "operations", "delivery",
    ]

    /// The concepts whose words, before a mail noun, name the sending machinery rather than a kind
    /// of message: "bounce notifications", 「苦情通知」, "unsubscribe requests", "SNS notifications".
    static let machinery: [Concept] = [.bounce, .complaint, .optOut, .noticeRoute]

    /// Whether a generic mail noun is qualified by what the mail is about: "payslip notifications",
    /// "leave approval messages", 「給与明細のお知らせ」, 「点検日程のご案内」.
    static func isQualified(_ match: ConceptMatch, in section: PreparedSection) -> Bool {
        guard let range = qualifier(of: match, in: section), !isMachinery(range, match, in: section) else { return false }
        var word = String.UnicodeScalarView()
        word.append(contentsOf: section.folded.scalars[range])
        let text = String(word)
        if Language.isJapanese(word.first!) {
            return !isUnqualifyingJapanese(text)
        }
        let lower = text.lowercased()
        return !unqualifying.contains(lower) && !EnglishUnits.stopWords.contains(lower) && !lower.allSatisfy(\.isNumber)
    }

    /// Whether a generic mail noun names the sending machinery ("bounce notifications", 「苦情の通知」):
    /// not a message the recipients get, so not a mention of content at all.
    static func isMachineryNoun(_ match: ConceptMatch, in section: PreparedSection) -> Bool {
        if let range = qualifier(of: match, in: section), isMachinery(range, match, in: section) { return true }
        // 「苦情は SNS で通知を受け」, "complaints arrive as SNS notifications": the notice follows its route closely.
        return machinery.contains { concept in
            section.matches(concept, inSentence: match.sentence).contains { (0...machineryGap).contains(match.start - $0.end) }
        }
    }

    /// How close after a bounce, complaint or route word a mail noun is still that word's notice.
    static let machineryGap = 4

    /// What links a Japanese qualifier to its mail noun: 「給与明細のお知らせ」「点検日程に関するご案内」
    /// 「ご注文についてのご連絡」. Longest first.
    static let japaneseLinks: [Scalars] = scalarWords(["に関しての", "についての", "に関する", "に関わる", "に係る", "の"])
    /// Nouns that make what precedes them a clause about the message: 「お薬のご用意ができた旨のお知らせ」
    /// 「手続きが完了したことのご連絡」.
    static let clauseNouns: [Scalars] = scalarWords(["旨", "こと"])
    /// How far back a clause before 旨 or こと is read for the word that says what happened.
    static let clauseReach = 30

    /// The word just before a generic mail noun (across 「の」「に関する」 in Japanese), when there is
    /// one long enough to be a qualifier; nil for "email practices" (there "email" is no mail noun).
    static func qualifier(of match: ConceptMatch, in section: PreparedSection) -> Range<Int>? {
        let text = section.folded.scalars
        var i = match.start
        if i > 0, Language.isJapanese(text[i - 1]) || Language.isJapanese(text[match.start]) {
            if let link = japaneseLinks.first(where: { text.has($0, endingAt: i) }) { i -= link.count }
            if let noun = clauseNouns.first(where: { text.has($0, endingAt: i) }) { return clauseWord(before: i - noun.count, in: text) }
            let start = japaneseWordStart(endingAt: i, in: text)
            return i - start >= 2 ? start..<i : nil
        }
        if isAttributive(match, in: text) { return nil }
        while i > 0, TextFolding.isSpace(text[i - 1]) { i -= 1 }
        var start = i
        while start > 0, TextFolding.isWordScalar(text[start - 1]) || text[start - 1] == "-" { start -= 1 }
        return i - start >= 3 && i < match.start ? start..<i : nil
    }

    /// Where the run of kanji and katakana ending at `end` starts.
    static func japaneseWordStart(endingAt end: Int, in text: [Unicode.Scalar]) -> Int {
        var start = end
        while start > 0, Language.isJapanese(text[start - 1]), !TextFolding.isHiragana(text[start - 1]),
              !isJapanesePunctuation(text[start - 1]) { start -= 1 }
        return start
    }

    /// In the clause ending at `end` (「お薬のご用意ができた」), the last word of two or more kanji or
    /// katakana that is not itself generic (「用意」): what the message reports.
    static func clauseWord(before end: Int, in text: [Unicode.Scalar]) -> Range<Int>? {
        let floor = max(0, end - clauseReach)
        var p = end
        while p > floor, !isJapanesePunctuation(text[p - 1]), text[p - 1] != "\n" {
            let start = japaneseWordStart(endingAt: p, in: text)
            if p - start >= 2, start >= floor {
                let word = String(String.UnicodeScalarView(text[start..<p]))
                if !isUnqualifyingJapanese(word) { return start..<p }
            }
            p = start == p ? p - 1 : start
        }
        return nil
    }

    /// Kinds of message that are also the business's own nouns (a school's lessons, a blog's
    /// articles): they name a message only in a sentence about mail.
    static let topicNouns: [Scalars] = scalarWords([
        "前日", "レッスン", "授業", "時間割", "休講", "成績", "検査結果", "診察", "記事", "レシピ", "コラム", "コメント", "障害",
        "メンテナンス", "見積", "アンケート", "articles", "recipes", "guides", "tips", "survey", "statement", "timetable",
    ])
    /// Words that show a sentence is about mail.
    static let mailWords: [Scalars] = scalarWords([
        "メール", "送", "配信", "通知", "お知らせ", "ご案内", "ご連絡", "mail", "send", "sent", "notif", "message", "remind",
    ])

    static func isTopicNoun(_ match: ConceptMatch, in section: PreparedSection) -> Bool {
        topicNouns.contains { section.folded.scalars.has($0, at: match.start) }
    }

    /// Whether sentence `index` of `section` talks about mail (a profile's content answer always does).
    static func talksAboutMail(_ index: Int, in section: PreparedSection) -> Bool {
        guard section.field != .content, index < section.sentences.count else { return true }
        let text = section.folded.scalars
        return section.sentences[index].contains { p in mailWords.contains { text.has($0, at: p) } }
    }

    /// Words of the mail type that name no message: "transactional emails", "account notifications".
    static let hollowKinds: [Scalars] = scalarWords(["transactional", "account notification"])

    static func isHollowKind(_ match: ConceptMatch, in section: PreparedSection) -> Bool {
        hollowKinds.contains { section.folded.scalars.has($0, at: match.start) }
    }

    /// Whether a generic mail noun is qualified by a word of promotion (「キャンペーン情報」「セールの
    /// お知らせ」, "promotional information"): that names the programme, not what is in it, as
    /// 「新商品のご案内」 does not.
    static func isPromotional(_ match: ConceptMatch, in section: PreparedSection) -> Bool {
        guard let range = qualifier(of: match, in: section) else { return false }
        return section.matches(.promotion, inSentence: match.sentence).contains {
            $0.start < range.upperBound && range.lowerBound < $0.end
        }
    }

    /// 「、」「・」「（」: a qualifier never runs across punctuation.
    static func isJapanesePunctuation(_ scalar: Unicode.Scalar) -> Bool {
        (0x3000...0x303F).contains(scalar.value) || scalar.value == 0x30FB || (0xFF00...0xFF0F).contains(scalar.value)
    }

    /// Whether the qualifier `range` is part of a word about bounces, complaints, unsubscribing or
    /// the notification route.
    static func isMachinery(_ range: Range<Int>, _ match: ConceptMatch, in section: PreparedSection) -> Bool {
        machinery.contains { concept in
            section.matches(concept, inSentence: match.sentence).contains { $0.start < range.upperBound && range.lowerBound < $0.end }
        }
    }

    /// "email practices", "mail server": a singular mail noun followed by a noun it describes.
    static func isAttributive(_ match: ConceptMatch, in text: [Unicode.Scalar]) -> Bool {
        var start = match.end
        guard start < text.count, TextFolding.isSpace(text[start]) else { return false }
        start += 1
        var end = start
        while end < text.count, TextFolding.isWordScalar(text[end]) { end += 1 }
        guard end > start else { return false }
        var word = String.UnicodeScalarView()
        word.append(contentsOf: text[start..<end])
        return attributiveHeads.contains(String(word).lowercased())
    }

    /// Reads the content claims of `document`. In a profile the `content` field is read; in a draft, all of it.
    init(_ document: PreparedDocument) {
        var named = false
        var marketing = false
        var timed = false
        var firstVague: (section: Int, start: Int)?
        var firstMentioned: (section: Int, start: Int)?
        func earlier(_ a: (section: Int, start: Int)?, _ b: (section: Int, start: Int)) -> (section: Int, start: Int) {
            guard let a else { return b }
            return (a.section, a.start) <= (b.section, b.start) ? a : b
        }
        let mentions: [Concept] = [.messageKind, .transactionalSignal, .marketingSignal, .genericContent, .vagueContent]
        for section in document.sections(answering: .content) {
            for concept in mentions {
                for match in section.matches(concept) where Polarity.affirmed.accepts(match) {
                    let place = (section: section.index, start: match.start)
                    switch concept {
                    case .genericContent where Self.isMachineryNoun(match, in: section): continue
                    // "standards of email sending": no message is mentioned, and none is worth quoting first.
                    case .genericContent where Self.isAttributive(match, in: section.folded.scalars):
                        firstMentioned = earlier(firstMentioned, place)
                        continue
                    case .transactionalSignal where Self.isHollowKind(match, in: section):
                        firstVague = earlier(firstVague, place)
                    // 「オンライン英会話のレッスンを提供しています」: a topic noun names a message only where mail is talked about.
                    case .messageKind where Self.isTopicNoun(match, in: section) && !Self.talksAboutMail(match.sentence, in: section):
                        continue
                    case .messageKind, .transactionalSignal: named = true
                    case .genericContent where Self.isPromotional(match, in: section):
                        marketing = true
                        firstVague = earlier(firstVague, place)
                    case .genericContent where Self.isQualified(match, in: section): named = true
                    case .genericContent, .vagueContent: firstVague = earlier(firstVague, place)
                    case .marketingSignal: marketing = true
                    default: break
                    }
                    firstMentioned = earlier(firstMentioned, place)
                    if !timed, !section.matches(.frequency, inSentence: match.sentence, polarity: .affirmed).isEmpty
                        || section.numbers.contains(where: { $0.sentence == match.sentence && ($0.kind == .frequency || $0.recurring) }) {
                        timed = true
                    }
                }
            }
            // A profile's content answer is all about the messages: a frequency anywhere in it counts.
            if section.field == .content, section.matches(.frequency).contains(where: Polarity.affirmed.accepts) { timed = true }
        }
        let vagueOnly = document.sections(answering: .content).contains { section in
            section.matches(.vagueContent).contains(where: Polarity.affirmed.accepts)
        }
        // A relay's content is its users' own mail: with abuse controls described, that is an answer.
        let relay = RelayClaims(document)
        // Named kinds answer the question; a marketing programme with no named kind ("our newsletter")
        // answers it only with its frequency.
        let described = named || marketing && timed
        if (described || relay.relay != nil && relay.controlled) && !vagueOnly {
            verdict = .answered
        } else if let place = firstVague ?? firstMentioned {
            let section = document.sections[place.section]
            let sentence = section.sentences.first { $0.contains(place.start) } ?? (place.start..<place.start + 1)
            verdict = .weak(section: place.section, sentence: sentence)
        } else {
            verdict = .missing
        }
    }
}
