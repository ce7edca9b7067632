/// Which topics a reviewer's sentence asks about, by the words SES reviewers use in English and
/// Japanese. Works on text folded by `TextFolding` (lower case, full-width ASCII folded).
///
/// Every keyword of every topic is found; where two hits overlap, the longer one wins, so
/// "unsubscribe" is opt-out and not list building, and 「登録解除」 is opt-out, not 「登録」.
enum QuestionClassifier {
    /// The topics `folded` mentions, in the order they first appear.
    static func topics(in folded: String) -> [Topic] {
        let text = Array(folded.unicodeScalars)
        var hits: [(topic: Topic, start: Int, length: Int)] = []
        for (topic, words) in keywords {
            for word in words {
                for start in occurrences(of: word, in: text) { hits.append((topic, start, word.count)) }
            }
        }
        var taken = [Bool](repeating: false, count: text.count)
        var accepted: [(topic: Topic, start: Int)] = []
        for hit in hits.sorted(by: { $0.length != $1.length ? $0.length > $1.length : $0.start < $1.start }) {
            let range = hit.start..<(hit.start + hit.length)
            guard !range.contains(where: { taken[$0] }) else { continue }
            for index in range { taken[index] = true }
            accepted.append((hit.topic, hit.start))
        }
        var seen: Set<Topic> = []
        return accepted.sorted { $0.start < $1.start }.map(\.topic).filter { seen.insert($0).inserted }
    }

    /// A sentence that asks for something ("please provide", 「教えてください」).
    static func isRequest(_ folded: String) -> Bool {
        requestPhrases.contains { folded.contains($0) }
    }

    /// A request for the use case as a whole ("more information about your use case").
    static func isGeneralRequest(_ folded: String) -> Bool {
        generalPhrases.contains { folded.contains($0) }
    }

    /// Greetings, thanks, the closing about replying to the case, and lead-ins to a list
    /// ("please provide the following", 「以下の情報をご提供ください」).
    static func isBoilerplate(_ folded: String) -> Bool {
        boilerplatePhrases.contains { folded.contains($0) }
    }

    private static func occurrences(of word: [Unicode.Scalar], in text: [Unicode.Scalar]) -> [Int] {
        guard !word.isEmpty, word.count <= text.count else { return [] }
        var found: [Int] = []
        var start = 0
        while start + word.count <= text.count {
            if text[start] == word[0], text[start..<(start + word.count)].elementsEqual(word) {
                if isWordStart(before: start == 0 ? nil : text[start - 1], word.first!) { found.append(start) }
            }
            start += 1
        }
        return found
    }

    /// A Latin keyword must not start inside a Latin word ("url" is not in "curl"); it may end
    /// inside one, so "collect" finds "collected" and "bounce" finds "bounces".
    private static func isWordStart(before neighbour: Unicode.Scalar?, _ edge: Unicode.Scalar) -> Bool {
        guard let neighbour, edge.isASCII, edge.properties.isAlphabetic else { return true }
        return !(neighbour.isASCII && (neighbour.properties.isAlphabetic || ("0"..."9").contains(neighbour)))
    }

    private static let keywords: [(Topic, [[Unicode.Scalar]])] = [
        (.listAcquisition, [
            "mailing list", "email list", "e-mail list", "recipient list", "contact list", "your list", "the list",
            "build", "acquire", "acquisition", "collect", "obtain", "gather", "email addresses", "e-mail addresses",
            "opt-in", "opt in", "opted in", "double opt", "consent", "permission", "sign up", "sign-up", "signup",
            "リスト", "メールアドレスの取得", "アドレスの取得", "取得", "収集", "入手", "同意", "オプトイン", "許諾", "登録",
        ]),
        (.bounceHandling, [
            "bounce", "hard bounce", "soft bounce", "undeliverable", "non-existent", "suppression list",
            "バウンス", "サプレッションリスト", "不達", "配信不能", "エラーメール", "宛先不明",
        ]),
        (.complaintHandling, [
            "complaint", "feedback loop", "spam report", "marked as spam", "mark your email as spam",
            "苦情", "迷惑メール報告", "迷惑メールとして報告", "クレーム", "スパム報告",
        ]),
        (.optOut, [
            "opt out", "opt-out", "optout", "opted out", "unsubscrib",
            "stop receiving", "no longer wish", "no longer want", "remove themselves", "removed from",
            "配信停止", "オプトアウト", "登録解除", "購読解除", "配信解除", "受信を停止", "受信停止", "受け取りを停止",
        ]),
        (.sendingVolume, [
            "sending rate", "send rate", "sending quota", "send quota", "quota", "sending limit",
            "volume", "how many emails", "how many messages", "how many e-mails", "per day", "per second", "daily",
            "frequency", "how often",
            "送信レート", "送信クォータ", "クォータ", "送信量", "送信数", "通数", "頻度", "1日あたり", "一日あたり", "送信上限",
        ]),
        (.website, [
            "website", "web site", "url", "homepage", "home page", "domain",
            "ウェブサイト", "webサイト", "web サイト", "ホームページ", "サイト", "ドメイン",
        ]),
        (.content, [
            "sample", "example of the email", "examples of the email", "content", "template",
            "type of email", "types of email", "kind of email", "kinds of email", "what you send", "what you will send",
            "サンプル", "内容", "本文", "テンプレート", "見本", "種類",
        ]),
        (.business, [
            "your business", "your company", "your organization", "your organisation", "your service", "your product",
            "事業", "会社", "企業", "ビジネス", "サービスの概要",
        ]),
        (.recipients, [
            "who will receive", "who receives", "who are your recipients", "who are the recipients",
            "relationship", "your audience", "target audience",
            "受信者の属性", "受信者との関係", "どのような方", "誰に", "送信先",
        ]),
    ].map { topic, words in (topic, words.map { Array(TextFolding.fold($0).scalars) }) }

    private static let requestPhrases = [
        "please provide", "please describe", "please explain", "please tell", "please let us know", "please share",
        "please send", "please include", "please confirm", "please clarify", "please elaborate", "please give",
        "please detail", "please specify", "please submit", "please attach", "please list",
        "can you", "could you", "would you", "we need", "we would like to know", "we'd like to know", "tell us",
        "ください", "お知らせ", "お聞かせ", "ご教示", "お願いします", "お願いいたします", "ご記入", "ご説明",
    ]

    private static let generalPhrases = [
        "additional information", "more information", "more details", "additional details", "your use case",
        "use case", "how you plan to use amazon ses", "how you will use amazon ses",
        "ユースケース", "詳細", "追加の情報", "詳しい情報", "ご利用方法", "利用方法",
    ]

    private static let boilerplatePhrases = [
        "thank you", "thanks", "hello", "dear", "regards", "support center", "reply to this case", "replying to this",
        "respond to this case", "this case", "appreciate", "sincerely", "best,",
        "the following", "below", "as follows",
        "ありがとう", "お問い合わせ", "ご返信", "返信", "ケース", "よろしく", "恐れ入", "お世話", "以下の", "下記の", "次の",
    ]
}
