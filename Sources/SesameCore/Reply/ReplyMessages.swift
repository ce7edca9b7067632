/// The sentences of a reply that do not come from the profile, and the questions back to the
/// user: the reply's part of the message catalogue.
enum ReplyMessages {
    /// What a reply answers without a message: the four questions AWS asks, and volume.
    static func standardQuestions(_ language: Language) -> [ReviewerQuestion] {
        let questions: [(Topic, LocalizedText)] = [
            (.listAcquisition, LocalizedText(en: "How do you build your mailing list, and how do recipients give their consent?",
                                             ja: "メーリングリストはどのように作成し、受信者の同意をどのように得ていますか？")),
            (.bounceHandling, LocalizedText(en: "How do you handle bounces?", ja: "バウンスにはどのように対応していますか？")),
            (.complaintHandling, LocalizedText(en: "How do you handle complaints?", ja: "苦情にはどのように対応していますか？")),
            (.optOut, LocalizedText(en: "How can recipients opt out of your email?", ja: "受信者はどのようにしてメールの配信を停止できますか？")),
            (.sendingVolume, LocalizedText(en: "How much email will you send, how fast, and why?",
                                           ja: "どのくらいの量のメールを、どのくらいの速さで送信しますか？また、その理由は何ですか？")),
        ]
        return questions.enumerated().map { index, entry in
            ReviewerQuestion(text: entry.1.text(in: language), topics: [entry.0], line: index + 1)
        }
    }

    /// The volume figures as one sentence (the same words as the request's).
    static func volume(daily: String, peak: String) -> LocalizedText {
        LocalizedText(en: "We expect to send up to \(daily) messages a day, with a peak of \(peak) per second.",
                      ja: "1 日あたり最大 \(daily) 通、ピーク時で毎秒 \(peak) 通の送信を見込んでいます。")
    }

    /// The website, on a line of its own so that copying it takes no punctuation along.
    static func website(_ url: String) -> LocalizedText {
        LocalizedText(en: "Our website is at this address:\n\(url)", ja: "当社のウェブサイトは次のとおりです。\n\(url)")
    }

    /// Where a question is in the message, as the start of a message about it.
    static func place(line: Int) -> LocalizedText {
        LocalizedText(en: "line \(line): ", ja: "\(line) 行目：")
    }

    /// A question no part of the profile is about.
    static func nothingAnswers(_ question: String) -> LocalizedText {
        LocalizedText(
            en: "the reviewer asks “\(question)”, and nothing in the profile is about it: write the answer into the reply yourself before you send it.",
            ja: "レビュー担当者の質問「\(question)」に当たる内容がプロファイルにありません。送信する前に、回答を返信に書き加えてください。")
    }

    /// A question whose answer belongs in keys the profile leaves empty.
    static func missingKeys(_ question: String, keys: String) -> LocalizedText {
        LocalizedText(
            en: "the reviewer asks “\(question)”, and the profile has no \(keys): add it to the profile and run `sesame reply` again.",
            ja: "レビュー担当者の質問「\(question)」に答える \(keys) がプロファイルにありません。プロファイルに追記してから、もう一度 `sesame reply` を実行してください。")
    }

    static func openQuestion(_ question: OpenQuestion, _ language: Language) -> String {
        let keys = language.list(question.missing.flatMap(keyPaths).map { "`\($0)`" })
        let place = question.line.map { Self.place(line: $0).text(in: language) } ?? ""
        let body = keys.isEmpty ? nothingAnswers(question.question) : missingKeys(question.question, keys: keys)
        return place + body.text(in: language)
    }

    /// The profile keys that answer `topic`.
    static func keyPaths(_ topic: Topic) -> [String] {
        switch topic {
        case .sendingVolume: [ProfileKey.dailyVolume.path, ProfileKey.peakPerSecond.path]
        case .website: [ProfileKey.websiteURL.path]
        case .mailType: [ProfileKey.mailType.path]
        default: UseCaseField.allCases.filter { $0.topic == topic }.map(\.keyPath)
        }
    }

    /// A question as one line: runs of white space become one space, control characters go.
    static func oneLine(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !scalars.isEmpty
                continue
            }
            if scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format { continue }
            if pendingSpace { scalars.append(" ") }
            pendingSpace = false
            scalars.append(scalar)
        }
        return String(scalars)
    }
}
