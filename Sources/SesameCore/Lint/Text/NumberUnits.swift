// Stage 5 of the text engine: the vocabulary `NumberReader` reads figures with, one table per
// language: counters and nouns (what is counted), periods and units (over what, per what).

/// Japanese counters after a figure (「通」「名」「回」), periods before it (「1日あたり」「月に」「秒間」)
/// and units it is counted per (「1回あたり」「各回」).
enum JapaneseUnits {
    typealias Counted = NumberMention.Counted
    typealias Period = NumberMention.Period

    /// Counters, longest first where one starts another.
    private static let counters: [(word: Scalars, counted: Counted)] = ([
        ("件のメール", .messages), ("件のメッセージ", .messages), ("件の通知", .messages), ("件の送信", .messages),
        ("件の配信", .messages), ("件を送信", .messages), ("件送信", .messages), ("件配信", .messages),
        ("件の注文", .events), ("件の予約", .events), ("件の申込", .events), ("件の申し込み", .events),
        ("件の問い合わせ", .events), ("件のお問い合わせ", .events), ("件の出荷", .events), ("件の受注", .events),
        ("件の取引", .events), ("件のご注文", .events), ("件のご予約", .events),
        ("件のアドレス", .recipients), ("件の顧客", .recipients), ("件の会員", .recipients), ("件の登録", .recipients),
        ("件の連絡先", .recipients), ("件の宛先", .recipients),
        ("通", .messages),
        ("世帯", .recipients), ("店舗", .organisations), ("団体", .organisations), ("施設", .organisations),
        ("事業者", .organisations), ("契約", .organisations), ("アカウント", .recipients), ("ユーザー", .recipients),
        ("会員", .recipients), ("ドメイン", .organisations), ("拠点", .organisations), ("家族", .recipients), ("名", .recipients),
        ("人", .recipients), ("社", .organisations), ("店", .organisations), ("校", .organisations), ("組", .recipients),
        ("軒", .organisations),
        ("コマ", .events), ("回", .times), ("倍", .factor),
        ("時間", .notAVolume), ("週間", .notAVolume), ("か月", .notAVolume), ("ヶ月", .notAVolume), ("カ月", .notAVolume),
        ("ケ月", .notAVolume), ("ヵ月", .notAVolume), ("年度", .notAVolume), ("種類", .notAVolume), ("ページ", .notAVolume),
        ("文字", .notAVolume), ("か所", .notAVolume), ("箇所", .notAVolume), ("ドル", .notAVolume),
        ("日", .notAVolume), ("時", .notAVolume), ("分", .notAVolume), ("秒", .notAVolume), ("週", .notAVolume),
        ("月", .notAVolume), ("年", .notAVolume), ("歳", .notAVolume), ("円", .notAVolume), ("%", .notAVolume),
        ("割", .notAVolume), ("位", .notAVolume), ("番", .notAVolume), ("号", .notAVolume), ("条", .notAVolume),
        ("項", .notAVolume), ("章", .notAVolume), ("点", .notAVolume), ("枚", .notAVolume), ("本", .notAVolume),
        ("個", .notAVolume), ("度", .notAVolume), ("期", .notAVolume), ("代", .notAVolume), ("行", .notAVolume),
    ] as [(String, Counted)]).map { (Scalars($0.0.unicodeScalars), $0.1) }
    /// Words that start with a counter but mean something else (「通り」 "as", 「人気」 "popular", 「回答」 "answer").
    private static let notCounters: [Scalars] = scalarWords(["通り", "通知", "通販", "通信", "通常", "人気", "人材", "回答", "回収", "回線", "回復", "名簿", "名刺", "名称", "社員", "社内", "社長", "店頭", "月曜", "日曜", "年末", "年始"])
    /// Words before a bare 件 that say what it counts (「リスト約12万件」「注文は1日約200件」「送信件数」).
    private static let itemClues: [(String, Counted)] = [
        ("リスト", .recipients), ("アドレス", .recipients), ("名簿", .recipients), ("宛先", .recipients), ("顧客", .recipients),
        ("会員", .recipients), ("登録", .recipients), ("連絡先", .recipients), ("契約", .organisations),
        ("注文", .events), ("予約", .events), ("申込", .events), ("出荷", .events), ("受注", .events), ("問い合わせ", .events),
        ("送信", .messages), ("配信", .messages), ("メール", .messages), ("通知", .messages),
    ]
    /// How far back a clue for 件 is looked for: the noun phrase before the figure.
    static let itemClueReach = 20

    /// The counter after a figure at `p` and where it ends.
    static func counter(in text: [Unicode.Scalar], at p: Int, numeral: NumberReader.Numeral) -> (Counted, Int)? {
        guard p < text.count, text[p].value >= 0x80 || text[p] == "%" else { return nil }
        if notCounters.contains(where: { text.has($0, at: p) }) { return nil }
        var found: (Counted, Int)?
        for (counter, counted) in counters where text.has(counter, at: p) {
            found = (counted, p + counter.count)
            break
        }
        if found == nil, text.has("件", at: p) {
            let floor = max(0, numeral.start - itemClueReach)
            var counted: Counted = .unknown
            for (clue, meaning) in itemClues {
                if (floor..<numeral.start).contains(where: { text.has(clue, at: $0) }) {
                    counted = meaning
                    break
                }
            }
            found = (counted, p + 1)
        }
        guard let (counted, end) = found else { return nil }
        // 「一人ひとり」「一件一件」: each one, not one.
        if numeral.kind == .kanji, text.has("ひとり", at: end) || text.has("一", at: end) { return (.notAVolume, end) }
        return (counted, end)
    }

    /// After a figure of one: the period it names (「1日」「1か月」「1秒間」「1週間」), where that ends.
    static func periodAfterOne(in text: [Unicode.Scalar], at p: Int) -> Int? {
        for unit in ["日", "秒", "分", "時間", "週間", "週", "か月", "ヶ月", "カ月", "ケ月", "ヵ月", "年"] where text.has(unit, at: p) {
            return p + unit.unicodeScalars.count
        }
        return nil
    }

    /// After a counter: 「あたり」「につき」「ごとに」 make the figure a unit (「1回あたり」「1人につき」), not a count.
    static func perAfter(in text: [Unicode.Scalar], at p: Int) -> Int? {
        for unit in ["あたり", "当たり", "につき", "ごとに", "ごと"] where text.has(unit, at: p) {
            return p + unit.unicodeScalars.count
        }
        return nil
    }

    /// Periods written before a figure; `recurring` for those naming how often a send recurs.
    private static let periodLeads: [(lead: Scalars, period: Period, recurring: Bool)] = ([
        ("1日あたり", .day, false), ("1日当たり", .day, false), ("1日平均", .day, false), ("1日", .day, false),
        ("一日", .day, false), ("日あたり", .day, false), ("日当たり", .day, false), ("日に", .day, false), ("毎日", .day, true),
        ("日量", .day, false), ("日次", .day, false),
        ("秒間", .second, false), ("毎秒", .second, false), ("1秒あたり", .second, false), ("1秒", .second, false),
        ("秒あたり", .second, false), ("分間", .minute, false), ("毎分", .minute, false), ("1分", .minute, false),
        ("時間あたり", .hour, false), ("1時間", .hour, false), ("毎時", .hour, false),
        ("週に", .week, true), ("毎週", .week, true), ("1週間", .week, false), ("週あたり", .week, false), ("週間", .week, false),
        ("月に", .month, true), ("毎月", .month, true), ("月間", .month, false), ("1か月", .month, false), ("1ヶ月", .month, false),
        ("1カ月", .month, false), ("ひと月", .month, false), ("月あたり", .month, false), ("月次", .month, false),
        ("年に", .year, true), ("年間", .year, false), ("毎年", .year, true), ("1年", .year, false),
    ] as [(String, Period, Bool)]).map { (Scalars($0.0.unicodeScalars), $0.1, $0.2) }
    /// A bare 「週」「月」「年」 names the period only right before the figure (「週1通」「月2回」「年6回」,
    /// 「月約3,000通」): elsewhere it is part of a word (「月曜日」「今年」).
    private static let bareLeads: [(lead: Unicode.Scalar, period: Period)] = [("週", .week), ("月", .month), ("年", .year)]
    /// What may stand between a bare period and its figure: 「月約3,000通」「キャンペーン月は最大で約9,600通」
    /// 「通常の月で約3,000通」 (a topic particle after the period's noun, then an approximation).
    private static let bareGap: [Scalars] = scalarWords([
        "", "約", "に約", "平均", "最大", "は", "は約", "は平均", "は最大", "は最大で", "は最大で約", "は平均で", "は平均で約",
        "で", "で約", "で平均", "で最大", "には", "には約", "には最大",
    ])

    /// The period a Japanese lead ending at `end` names (not before `floor`).
    static func periodLead(in text: [Unicode.Scalar], endingAt end: Int, floor: Int, figureStart: Int) -> (period: Period, recurring: Bool)? {
        // Every lead ends in a Japanese scalar: Latin text and digits skip the table.
        guard end > floor, end <= text.count, text[end - 1].value >= 0x3000 else { return nil }
        for (lead, period, recurring) in periodLeads {
            let length = lead.count
            guard end - length >= floor, text.has(lead, endingAt: end) else { continue }
            // 「11日」「2021年」 are dates, not the 1 of a period.
            if lead[0] == "1", end - length > 0, isDigit(text[end - length - 1]) { continue }
            return (period, recurring)
        }
        for (lead, period) in bareLeads where text[end - 1] == lead {
            if bareGap.contains(where: { text[end..<figureStart].elementsEqual($0) }) { return (period, false) }
        }
        return nil
    }

    /// Units a figure is counted per, written before it (「1回あたり」「各回」「1回の配信で」「ずつ」).
    private static let unitLeads: [Scalars] = scalarWords(["あたり", "当たり", "につき", "ごとに", "ごと", "各回", "毎回", "各", "1回の配信で", "1回で", "1回に", "配信日は", "配信のたびに"])

    /// Unit leads that make the unit one send (「1回あたり」「各回」「配信のたびに」), not one recipient or order.
    private static let sendLeads: [Scalars] = scalarWords(["1回あたり", "1回当たり", "1回につき", "1回ごとに", "1回ごと", "一回あたり", "各回", "毎回", "1回の配信で", "1回で", "1回に", "配信日は", "配信のたびに", "1配信あたり", "配信ごとに", "各号"])

    static func sendLead(in text: [Unicode.Scalar], endingAt end: Int, floor: Int) -> Bool {
        sendLeads.contains { end - $0.count >= floor && text.has($0, endingAt: end) }
    }

    static func unitLead(in text: [Unicode.Scalar], endingAt end: Int, floor: Int) -> Bool {
        // Every unit lead ends in a Japanese scalar.
        guard end > floor, end <= text.count, text[end - 1].value >= 0x3000 else { return false }
        // 「送信量につきましては」: "as for", not 「1件につき」.
        if text.has("まし", at: end) { return false }
        return unitLeads.contains { end - $0.count >= floor && text.has($0, endingAt: end) }
    }
}

/// English nouns after a figure ("emails", "subscribers", "orders"), periods ("a day", "/s",
/// "every Tuesday", "monthly") and units ("per recipient", "each").
enum EnglishUnits {
    typealias Counted = NumberMention.Counted
    typealias Period = NumberMention.Period

    private static let periodWords: [(String, Period)] = [
        ("seconds", .second), ("second", .second), ("sec", .second), ("s", .second), ("minute", .minute), ("min", .minute),
        ("hour", .hour), ("hr", .hour), ("h", .hour), ("24 hours", .day), ("24-hour period", .day), ("24 hour period", .day),
        ("working day", .day), ("business day", .day), ("weekday", .day), ("day", .day), ("d", .day), ("night", .day),
        ("week", .week), ("wk", .week), ("fortnight", .week), ("month", .month), ("mo", .month), ("quarter", .quarter),
        ("year", .year), ("yr", .year),
        ("日", .day), ("秒", .second), ("月", .month), ("週", .week), ("時間", .hour), ("分", .minute),
    ]
    private static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    private static let adverbs: [(String, Period, recurring: Bool)] = [
        ("daily", .day, false), ("nightly", .day, false), ("hourly", .hour, false), ("weekly", .week, true),
        ("fortnightly", .week, true), ("monthly", .month, true), ("quarterly", .quarter, true), ("yearly", .year, true),
        ("annually", .year, true), ("mps", .second, false), ("tps", .second, false),
    ]

    /// The period word at `p` ("day", "24 hours", "s"), its period and end.
    static func periodWord(in text: [Unicode.Scalar], at p: Int) -> (Period, Int)? {
        for (word, period) in periodWords where text.has(word, at: p) {
            let end = p + word.unicodeScalars.count
            let plural = end < text.count && text[end] == "s" && word.count > 1 && word.unicodeScalars.first!.value < 0x80
            let wordEnd = plural ? end + 1 : end
            if wordEnd < text.count, TextFolding.isWordScalar(text[wordEnd]) { continue }
            return (period, wordEnd)
        }
        return nil
    }

    /// A period after a figure: "per day", "a day", "/day", "/ s", "each month", "every Tuesday",
    /// "once a month", "monthly", "in 24 hours", "on a weekday".
    static func period(in text: [Unicode.Scalar], at p: Int) -> (period: Period, end: Int, recurring: Bool)? {
        if let found = slashPeriod(in: text, at: p) { return (found.0, found.1, false) }
        for (word, period, recurring) in adverbs where text.hasWord(word, at: p) {
            return (period, p + word.unicodeScalars.count, recurring)
        }
        for (lead, recurring) in periodAfterLeads where text.hasWord(lead, at: p) {
            var q = p + lead.unicodeScalars.count
            guard q < text.count, TextFolding.isSpace(text[q]) else { continue }
            q += 1
            // "on a normal day", "on an average weekday", "in campaign months": one describing word may come between.
            var described = false
            if lead.hasPrefix("on") || lead == "in" && q < text.count && !isDigit(text[q]), periodWord(in: text, at: q) == nil,
               let end = wordEnd(in: text, at: q), end < text.count {
                q = end + 1
                described = true
            }
            // "in 24 hours"; "in busy months" (a plural period after a describing word) is per such period.
            let inPeriod = { (end: Int) in text.has("24", at: q) || described && text[end - 1] == "s" }
            if let (period, end) = periodWord(in: text, at: q), lead != "in" || inPeriod(end) {
                if lead == "on" && period != .day { continue }
                return (period, end, recurring)
            }
            if recurring || lead == "on" || lead == "each", let day = weekdays.first(where: { text.has($0, at: q) }) {
                var end = q + day.unicodeScalars.count
                if end < text.count, text[end] == "s" { end += 1 }
                return (.week, end, true)
            }
        }
        return nil
    }

    /// Words that put a period after a figure ("per day", "once a week", "every other month");
    /// `recurring` for those naming how often a send recurs.
    private static let periodAfterLeads: [(String, recurring: Bool)] = [
        ("per", false), ("a", false), ("an", false), ("each", false), ("every", true), ("in a", false), ("in an", false),
        ("in one", false), ("in", false), ("within", false), ("once a", true), ("once an", true), ("once per", true),
        ("once every", true), ("twice a", true), ("twice per", true), ("times a", true), ("times per", true),
        ("on a", false), ("on an", false), ("on", true), ("every other", true), ("every two", true),
    ]

    /// "/day", "/ s", "/日": a period written with a slash.
    static func slashPeriod(in text: [Unicode.Scalar], at p: Int) -> (Period, Int)? {
        guard p < text.count, text[p] == "/" else { return nil }
        var q = p + 1
        if q < text.count, text[q] == " " { q += 1 }
        return periodWord(in: text, at: q)
    }

    /// A unit the figure is counted per: "per recipient", "per order", "for each guest", "each";
    /// `send` when the unit is one send ("per mailing", "for each campaign").
    static func perUnit(in text: [Unicode.Scalar], at p: Int) -> (end: Int, send: Bool)? {
        for lead in ["per", "for each", "for every", "to each", "each", "apiece"] where text.hasWord(lead, at: p) {
            let end = p + lead.unicodeScalars.count
            if lead == "each" || lead == "apiece" {
                // "two emails each": nothing countable follows.
                let q = end < text.count && text[end] == " " ? end + 1 : end
                if q < text.count, TextFolding.isWordScalar(text[q]), periodWord(in: text, at: q) == nil,
                   !["of", "to", "and", "day", "week", "month"].contains(where: { text.hasWord($0, at: q) }) {
                    return nil
                }
                return (end, false)
            }
            guard end < text.count, text[end] == " ", let wordEnd = wordEnd(in: text, at: end + 1) else { continue }
            if periodWord(in: text, at: end + 1) != nil { return nil }
            let unit = String(String.UnicodeScalarView(text[(end + 1)..<wordEnd]))
            return (wordEnd, sendUnits.contains(unit))
        }
        return nil
    }

    /// Units that are one send: "8,000 emails per mailing".
    private static let sendUnits: Set<String> = [
        "send", "sends", "mailing", "mailings", "campaign", "campaigns", "newsletter", "newsletters", "issue", "issues",
        "blast", "blasts", "broadcast", "broadcasts", "edition", "editions",
    ]

    /// Words before "clients" or "customers" that make them organisations: "140 retail clients".
    private static let organisationalWords: Set<String> = [
        "retail", "business", "corporate", "enterprise", "commercial", "wholesale", "b2b", "institutional", "trade",
        "agency", "restaurant", "hotel", "school", "shop", "store", "merchant", "brand",
    ]

    /// Whether the describing words between a figure and its noun (`start..<end`) make the people organisations.
    static func isOrganisational(in text: [Unicode.Scalar], from start: Int, to end: Int) -> Bool {
        guard ["client", "customer", "account", "buyer"].contains(where: { text.has($0, at: end) }) else { return false }
        var p = start
        while p < end {
            guard let wordEnd = wordEnd(in: text, at: p) else {
                p += 1
                continue
            }
            if organisationalWords.contains(String(String.UnicodeScalarView(text[p..<wordEnd]))) { return true }
            p = wordEnd
        }
        return false
    }

    private static let nouns: [(String, Counted)] = {
        let messages = ["email", "e-mail", "mail", "message", "msg", "notification", "digest", "reminder", "alert", "receipt",
                        "confirmation", "send", "reply", "replies", "acknowledgement", "acknowledgment", "invoice", "notice",
                        "letter", "update", "text"]
        let recipients = ["subscriber", "customer", "user", "member", "reader", "recipient", "account", "client", "student",
                          "patient", "parent", "people", "person", "household", "family", "families", "buyer", "guest",
                          "contact", "address", "employee", "staff", "player", "pupil", "learner", "owner", "fan", "donor",
                          "volunteer", "attendee", "participant", "visitor", "resident", "teacher", "driver", "carer",
                          "follower", "lead", "prospect", "mailbox", "subscription"]
        let organisations = ["shop", "store", "company", "companies", "firm", "organisation", "organization", "business",
                             "salon", "workspace", "tenant", "agency", "agencies", "school", "venue", "dealer", "vendor",
                             "seller", "merchant", "retailer", "restaurant", "clinic", "practice", "domain", "parish",
                             "library", "libraries", "brand", "site", "office", "branch", "branches", "team", "hotel", "gym",
                             "club", "church", "churches", "charity", "charities", "council"]
        let events = ["order", "booking", "reservation", "appointment", "sign-up", "signup", "registration", "purchase",
                      "transaction", "lesson", "class", "visit", "event", "shipment", "delivery", "deliveries", "ticket",
                      "show", "request", "submission", "stay", "rota", "enquiry", "enquiries", "inquiry", "inquiries", "fax",
                      "faxes", "call", "statement", "report", "job", "form", "checkout"]
        let times = ["time"]
        let notVolumes = ["second", "sec", "minute", "min", "hour", "hr", "hrs", "day", "week", "month", "year", "quarter",
                          "percent", "per cent", "dollar", "usd", "eur", "euro", "gbp", "pound", "yen", "jpy", "am", "pm",
                          "gb", "mb", "kb", "ms", "character", "char", "word", "page", "mile", "km", "kg", "step", "point",
                          "star", "digit", "bit", "byte", "degree", "item"]
        var table: [(word: String, counted: Counted, length: Int)] = []
        for (words, counted) in [(messages, Counted.messages), (recipients, .recipients), (organisations, .organisations), (events, .events), (times, .times), (notVolumes, .notAVolume)] {
            for word in words { table.append((word, counted, word.unicodeScalars.count)) }
        }
        // Longest first, so "sign-up" is tried before "sign" (each length counted once, not per comparison).
        return table.sorted { $0.length > $1.length }.map { ($0.word, $0.counted) }
    }()
    /// Sends counted by name: low counts of these are how often mail goes out ("two campaigns a week").
    private static let sends = ["newsletter", "campaign", "mailing", "blast", "bulletin", "issue", "promotion", "offer", "announcement"]

    /// The noun at `p` after a figure, what it counts and where it ends (plurals included).
    static func noun(in text: [Unicode.Scalar], at p: Int, numeral: NumberReader.Numeral) -> (Counted, Int)? {
        if p < text.count, text[p] == "%" { return (.notAVolume, p + 1) }
        guard let end = wordEnd(in: text, at: p) else { return nil }
        func matches(_ word: String) -> Bool {
            guard text.has(word, at: p) else { return false }
            let rest = end - p - word.unicodeScalars.count
            if rest == 0 { return true }
            if rest == 1 { return text[end - 1] == "s" }
            return rest == 2 && text[end - 2] == "e" && text[end - 1] == "s"
        }
        if sends.contains(where: matches) { return (numeral.value <= NumberReader.sendsAtMost ? .times : .messages, end) }
        for (word, counted) in nouns where matches(word) { return (counted, end) }
        return nil
    }

    /// A word that may stand between a figure and its noun ("4,000 order confirmation emails",
    /// "3,000 active subscribers"), and its end; nil for words that end the figure's phrase.
    static func describingWord(in text: [Unicode.Scalar], at p: Int) -> Int? {
        guard let end = wordEnd(in: text, at: p), end - p >= 2 else { return nil }
        let word = String(String.UnicodeScalarView(text[p..<end]))
        return stopWords.contains(word) || WrittenNumbers.isNumberWord(word) ? nil : end
    }

    /// English function words and common verbs: never a word that describes what a figure counts
    /// (nor, for `ContentClaims`, a word that says what a message is about: "we can email", "include notifications").
    static let stopWords: Set<String> = [
        "and", "or", "but", "to", "from", "with", "which", "that", "we", "our", "us", "is", "are", "was", "were", "be",
        "been", "will", "would", "can", "could", "at", "by", "on", "than", "in", "of", "for", "if", "so", "it", "its",
        "this", "these", "those", "they", "them", "you", "your", "as", "per", "an", "the", "each", "every", "up", "about",
        "around", "over", "under", "when", "while", "during", "after", "before", "via", "through", "including", "plus",
        "then", "also", "only", "more", "less", "all", "some", "any", "most", "such", "like", "not", "no", "into", "out",
        "sent", "send", "sends", "sending", "go", "goes", "went", "get", "gets", "have", "has", "had", "do", "does",
        "once", "twice", "times", "mostly", "mainly", "other", "others", "across", "between", "within", "where", "who",
    ]

    /// A multiplier after digits: "5k", "1.5 million", "2 thousand", "3 hundred".
    static func multiplier(in text: [Unicode.Scalar], at end: Int) -> (Double, Int)? {
        if end < text.count, text[end] == "k", end + 1 >= text.count || !TextFolding.isWordScalar(text[end + 1]) { return (1_000, end + 1) }
        let q = end < text.count && text[end] == " " ? end + 1 : end
        for (word, scale) in [("million", 1_000_000.0), ("thousand", 1_000), ("hundred", 100), ("billion", 1_000_000_000)]
        where text.hasWord(word, at: q) {
            return (scale, q + word.unicodeScalars.count)
        }
        return nil
    }

    /// A period word ending at `end` before a figure: "daily quota of", "monthly volume of", "send
    /// rate of", "peak rate:", "quota of" (SES quotas are per 24 hours).
    static func periodLead(in text: [Unicode.Scalar], endingAt end: Int, floor: Int) -> (period: Period, recurring: Bool)? {
        // Every lead ends in a Latin letter, at a word boundary.
        guard end > floor, end <= text.count, text[end - 1].value < 0x80,
              end == text.count || !TextFolding.isWordScalar(text[end]) else { return nil }
        for (lead, period) in periodLeads {
            let start = end - lead.count
            guard start >= floor, text.has(lead, endingAt: end), start == 0 || !TextFolding.isWordScalar(text[start - 1]) else { continue }
            return (period, false)
        }
        return nil
    }

    private static let periodLeads: [(lead: Scalars, period: Period)] = ([
        ("daily", .day), ("per day", .day), ("a day", .day), ("quota", .day), ("weekly", .week), ("per week", .week),
        ("monthly", .month), ("per month", .month), ("hourly", .hour), ("per hour", .hour), ("yearly", .year),
        ("annual", .year), ("annually", .year), ("quarterly", .quarter), ("rate", .second), ("throughput", .second),
        ("per second", .second),
    ] as [(String, Period)]).map { (Scalars($0.0.unicodeScalars), $0.1) }

    /// The end of the word (letters, digits, inner hyphens and apostrophes) starting at `p`.
    static func wordEnd(in text: [Unicode.Scalar], at p: Int) -> Int? {
        guard p < text.count, TextFolding.isWordScalar(text[p]) else { return nil }
        var e = p
        while e < text.count {
            if TextFolding.isWordScalar(text[e]) {
                e += 1
            } else if "-'".unicodeScalars.contains(text[e]), e + 1 < text.count, TextFolding.isWordScalar(text[e + 1]) {
                e += 1
            } else {
                break
            }
        }
        return e
    }
}

/// 漢数字 and digits mixed with 万・千・百: 「一万」「三千」「3万5千」「1万2,000」「数千」「十数」「数十万」.
enum KanjiNumerals {
    private static let digits: [Unicode.Scalar: Double] = ["〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]
    private static let units: [Unicode.Scalar: Double] = ["十": 10, "百": 100, "千": 1_000]
    private static let bigUnits: [Unicode.Scalar: Double] = ["万": 10_000, "億": 100_000_000]
    /// 「数千」「何万」: several of the unit.
    private static let several: Set<Unicode.Scalar> = ["数", "何"]
    /// Every scalar above, as plain values: a short linear scan is cheaper than four hashed lookups
    /// for each Japanese scalar of the text.
    private static let numeralScalars: [UInt32] = (Array(digits.keys) + Array(units.keys) + Array(bigUnits.keys) + Array(several)).map(\.value)

    static func starts(_ s: Unicode.Scalar) -> Bool {
        // Every kanji numeral is at 〇 (U+3007) or above: Latin text skips the lookups.
        s.value >= 0x3007 && numeralScalars.contains(s.value)
    }

    static func isPart(_ s: Unicode.Scalar) -> Bool { starts(s) || isDigit(s) }

    /// The numeral at `i`; nil when there is none (a lone 数 before no unit or counter).
    static func read(_ text: [Unicode.Scalar], at i: Int) -> NumberReader.Numeral? {
        var total = 0.0
        var section = 0.0
        var pending: Double?
        var approximate = false
        var sawDigits = false
        var sawKanji = false
        var firstScale: Double?
        var j = i
        while j < text.count {
            let s = text[j]
            if isDigit(s) {
                guard pending == nil, let (value, end) = NumberReader.digits(in: text, at: j) else { break }
                pending = value
                sawDigits = true
                j = end
                continue
            }
            if let d = digits[s] {
                guard pending == nil else { break }
                pending = d
                sawKanji = true
            } else if several.contains(s) {
                guard pending == nil else { break }
                pending = NumberReader.few
                approximate = true
            } else if let unit = units[s] {
                section += (pending ?? 1) * unit
                if firstScale == nil { firstScale = unit }
                pending = nil
                sawKanji = true
            } else if let big = bigUnits[s] {
                section += pending ?? 0
                total += (section == 0 ? 1 : section) * big
                if firstScale == nil || firstScale! < big { firstScale = big }
                section = 0
                pending = nil
                sawKanji = true
            } else {
                break
            }
            j += 1
        }
        guard j > i, sawKanji || approximate else { return nil }
        let value = total + section + (pending ?? 0)
        // A lone 数 or 何 is "several" only before a counter (「数通」「数回」), checked by the reader.
        return NumberReader.Numeral(
            kind: sawDigits ? .digits : .kanji, value: value, low: value, approximate: approximate,
            start: i, end: j, multiplier: firstScale ?? 1
        )
    }
}

/// Numbers written in English words: "one", "twenty-five", "two hundred", "a few hundred",
/// "several thousand", "dozens", "tens of thousands", "a couple of", "once", "twice".
enum WrittenNumbers {
    private static let small: [String: Double] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    private static let scales: [String: Double] = ["hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000]
    /// Plural scales are approximations: "hundreds of" ≈ 300, "tens of thousands" ≈ 30,000.
    private static let pluralScales: [String: Double] = ["dozens": 12, "tens": 10, "hundreds": 100, "thousands": 1_000, "millions": 1_000_000]
    private static let times: [String: Double] = ["once": 1, "twice": 2, "thrice": 3]

    static func isNumberWord(_ word: String) -> Bool {
        small[word] != nil || scales[word] != nil || pluralScales[word] != nil || times[word] != nil
            || ["few", "several", "dozen", "couple", "a", "an"].contains(word)
    }

    /// Words a written number can start with, other than "twenty-five" compounds.
    private static let startWords: Set<String> = Set(small.keys).union(times.keys).union(pluralScales.keys)
        .union(["a", "an", "few", "several", "some", "couple", "dozen"])
    /// Longer than any start word or compound ("seventy-seven"): no number.
    private static let longestStart = 13

    /// Whether the word at `start..<end` can start a written number; "a", "an" and "some" only
    /// when a scale or "few"/"couple"/"dozen" follows. Cheap for the many words that start none.
    private static func canStart(_ text: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        let length = end - start
        guard length <= longestStart, let letter = letterIndex(text[start]) else { return false }
        let isStartWord = startsByLetter[letter].contains { $0.count == length && text.has($0, at: start) }
        guard isStartWord || text[start..<end].contains("-") && compound(String(String.UnicodeScalarView(text[start..<end]))) != nil
        else { return false }
        guard articles.contains(where: { $0.count == length && text.has($0, at: start) }) else { return true }
        guard end + 1 < text.count, text[end] == " ", let nextEnd = EnglishUnits.wordEnd(in: text, at: end + 1) else { return false }
        return afterArticle.contains { $0.count == nextEnd - end - 1 && text.has($0, at: end + 1) }
    }

    /// The start words as scalars, by first letter (a–z): a word is compared with the few that
    /// share its first letter, and no `String` is made for the many words that start no number.
    private static let startsByLetter: [[Scalars]] = {
        var buckets = [[Scalars]](repeating: [], count: 26)
        for word in scalarWords(Array(startWords)) { buckets[letterIndex(word[0])!].append(word) }
        return buckets
    }()
    /// "a", "an", "some" start a number only before a scale or "few", "couple", "dozen".
    private static let articles = scalarWords(["a", "an", "some"])
    private static let afterArticle = scalarWords(Array(scales.keys) + ["few", "couple", "dozen"])

    /// 0–25 for a lowercase ASCII letter.
    private static func letterIndex(_ s: Unicode.Scalar) -> Int? {
        s.value >= 0x61 && s.value <= 0x7A ? Int(s.value - 0x61) : nil
    }

    static func read(_ text: [Unicode.Scalar], at i: Int) -> NumberReader.Numeral? {
        // Most words start no number: look at the first one (and the next after "a") before reading six.
        guard let firstEnd = EnglishUnits.wordEnd(in: text, at: i), canStart(text, i, firstEnd) else { return nil }
        var words: [(String, Int, Int)] = []
        var p = i
        // Up to six words: "two hundred and fifty thousand", "a few hundred".
        while words.count < 6, let end = EnglishUnits.wordEnd(in: text, at: p) {
            words.append((String(String.UnicodeScalarView(text[p..<end])), p, end))
            guard end < text.count, text[end] == " " else { break }
            p = end + 1
        }
        guard let first = words.first else { return nil }
        if let count = times[first.0] {
            return NumberReader.Numeral(kind: .words, value: count, low: count, approximate: false, start: i, end: first.2, timesWord: true)
        }
        var total = 0.0
        var current = 0.0
        var seen = false
        var approximate = false
        var end = i
        var index = 0
        func word(_ n: Int) -> String? { n < words.count ? words[n].0 : nil }
        while index < words.count {
            let w = words[index].0
            if let v = small[w] ?? compound(w) {
                guard !seen || current.truncatingRemainder(dividingBy: 10) == 0 && v < 10 || current >= 100 && current.truncatingRemainder(dividingBy: 100) == 0 else { break }
                current += v
            } else if w == "a" || w == "an" {
                guard !seen, let next = word(index + 1), scales[next] != nil || ["dozen", "few", "couple"].contains(next) else { break }
                if next == "few" {
                    current = NumberReader.few
                    approximate = true
                    index += 1
                } else if next == "couple" {
                    current = 2
                    index += 1
                    if word(index + 1) == "of" { index += 1 }
                } else {
                    current = 1
                }
            } else if (w == "few" || w == "several" || w == "some") && !seen {
                guard w != "some" || word(index + 1).map({ scales[$0] != nil }) == true else { break }
                current = NumberReader.few
                approximate = true
            } else if w == "couple", !seen {
                current = 2
                if word(index + 1) == "of" { index += 1 }
            } else if w == "dozen" {
                current = (current == 0 ? 1 : current) * 12
            } else if let scale = scales[w], seen || current > 0 {
                if scale == 100 {
                    current = (current == 0 ? 1 : current) * 100
                } else {
                    total += (current == 0 ? 1 : current) * scale
                    current = 0
                }
            } else if let scale = pluralScales[w], !seen || approximate {
                // "dozens", "hundreds of", "tens of thousands", "a few hundred" is handled above.
                var value = NumberReader.few * scale
                if word(index + 1) == "of", let next = word(index + 2), let outer = pluralScales[next], outer > scale {
                    value *= outer
                    index += 2
                }
                current = value
                approximate = true
                seen = true
                end = words[index].2
                if word(index + 1) == "of" { end = words[index + 1].2 }
                index += 1
                break
            } else if w == "and", seen, current >= 100, let next = word(index + 1), small[next] != nil || compound(next) != nil {
                index += 1
                continue
            } else {
                break
            }
            seen = true
            end = words[index].2
            index += 1
        }
        guard seen else { return nil }
        let value = total + current
        return NumberReader.Numeral(kind: .words, value: value, low: value, approximate: approximate, start: i, end: end)
    }

    /// "twenty-five": a tens word and a unit joined by a hyphen.
    private static func compound(_ word: String) -> Double? {
        let parts = word.split(separator: "-")
        guard parts.count == 2, let tens = small[String(parts[0])], tens >= 20, let unit = small[String(parts[1])], unit < 10 else { return nil }
        return tens + unit
    }
}
