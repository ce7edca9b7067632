/// The sentences of a reply that do not come from the profile, in English and Japanese.
enum ReplyMessages {
    /// What a reply answers without a message: the four questions AWS asks, and volume.
    static func standardQuestions(_ language: Language) -> [ReviewerQuestion] {
        let texts: [(Topic, String, String)] = [
            (.listAcquisition, "How do you build your mailing list, and how do recipients give their consent?",
             "メーリングリストはどのように作成し、受信者の同意をどのように得ていますか？"),
            (.bounceHandling, "How do you handle bounces?", "バウンスにはどのように対応していますか？"),
            (.complaintHandling, "How do you handle complaints?", "苦情にはどのように対応していますか？"),
            (.optOut, "How can recipients opt out of your email?", "受信者はどのようにしてメールの配信を停止できますか？"),
            (.sendingVolume, "How much email will you send, how fast, and why?",
             "どのくらいの量のメールを、どのくらいの速さで送信しますか？また、その理由は何ですか？"),
        ]
        return texts.enumerated().map { index, entry in
            ReviewerQuestion(text: language == .ja ? entry.2 : entry.1, topics: [entry.0], line: index + 1)
        }
    }

    /// The volume figures as one sentence (the same words as the request's).
    static func volume(daily: String, peak: String, _ language: Language) -> String {
        switch language {
        case .en: "We expect to send up to \(daily) messages a day, with a peak of \(peak) per second."
        case .ja: "1日あたり最大\(daily)通、ピーク時で毎秒\(peak)通の送信を見込んでいます。"
        }
    }

    /// The website, on a line of its own so that copying it takes no punctuation along.
    static func website(_ url: String, _ language: Language) -> String {
        switch language {
        case .en: "Our website is at this address:\n\(url)"
        case .ja: "当社のウェブサイトは次のとおりです。\n\(url)"
        }
    }

    static func openQuestion(_ question: OpenQuestion, _ language: Language) -> String {
        let keys = question.missing.flatMap(keyPaths).map { "`\($0)`" }
        switch language {
        case .en:
            let place = question.line.map { "line \($0): " } ?? ""
            return keys.isEmpty
                ? "\(place)the reviewer asks “\(question.question)”, and nothing in the profile is about it: write the answer into the reply yourself before you send it."
                : "\(place)the reviewer asks “\(question.question)”, and the profile has no \(keys.joined(separator: ", ")): add it to the profile and run `sesame reply` again."
        case .ja:
            let place = question.line.map { "\($0) 行目：" } ?? ""
            return keys.isEmpty
                ? "\(place)レビュー担当者の質問「\(question.question)」に当たる内容がプロファイルにありません。送信する前に、回答を返信に書き加えてください。"
                : "\(place)レビュー担当者の質問「\(question.question)」に答える \(keys.joined(separator: "、")) がプロファイルにありません。プロファイルに追記してから、もう一度 `sesame reply` を実行してください。"
        }
    }

    /// The profile keys that answer `topic`.
    static func keyPaths(_ topic: Topic) -> [String] {
        switch topic {
        case .sendingVolume: ["use_case.sending.daily_volume", "use_case.sending.peak_per_second"]
        case .website: ["website_url"]
        case .mailType: ["mail_type"]
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
