/// What `validate` (and the wizard's answer checks) say about a profile, in both languages.
enum ValidatorMessages {
    static let theProfile = LocalizedText(en: "the profile", ja: "プロファイル")

    static func notMapping(_ what: String, found: LocalizedText) -> LocalizedText {
        LocalizedText(en: "\(what) must be a mapping of keys, found \(found.en)",
                      ja: "\(what) にはキーと値のマッピングを書いてください(現在は\(found.ja))。")
    }

    static func keyNotName(found: LocalizedText) -> LocalizedText {
        LocalizedText(en: "keys must be plain names, found \(found.en)", ja: "キーには名前を書いてください(現在は\(found.ja))。")
    }

    static func duplicateKey(_ keyPath: String, firstLine: Int) -> LocalizedText {
        LocalizedText(en: "duplicate key `\(keyPath)` (first set at line \(firstLine)); keep one",
                      ja: "キー `\(keyPath)` が重複しています(最初は \(firstLine) 行目)。どちらか一方にしてください。")
    }

    static func unknownKey(_ keyPath: String, suggestion: String) -> LocalizedText {
        LocalizedText(en: "unknown key `\(keyPath)`; did you mean `\(suggestion)`?",
                      ja: "不明なキー `\(keyPath)` です。`\(suggestion)` の誤りではありませんか？")
    }

    static func unknownKey(_ keyPath: String, expected names: [String]) -> LocalizedText {
        LocalizedText(en: "unknown key `\(keyPath)`; expected one of \(Language.en.list(names))",
                      ja: "不明なキー `\(keyPath)` です。使えるキーは \(Language.ja.list(names)) です。")
    }

    static func missing(_ keyPath: String, summary: LocalizedText) -> LocalizedText {
        LocalizedText(en: "`\(keyPath)` is missing: \(summary.en)", ja: "`\(keyPath)` がありません。\(summary.ja)")
    }

    static func empty(_ keyPath: String, summary: LocalizedText) -> LocalizedText {
        LocalizedText(en: "`\(keyPath)` is empty: \(summary.en)", ja: "`\(keyPath)` が空です。\(summary.ja)")
    }

    static func blank(_ keyPath: String, summary: LocalizedText) -> LocalizedText {
        LocalizedText(en: "`\(keyPath)` is blank: \(summary.en)", ja: "`\(keyPath)` が空欄です。\(summary.ja)")
    }

    static func emptyItem(_ itemPath: String) -> LocalizedText {
        LocalizedText(en: "`\(itemPath)` is empty", ja: "`\(itemPath)` が空です。")
    }

    static func wrongType(_ keyPath: String, expected: LocalizedText, found: LocalizedText) -> LocalizedText {
        LocalizedText(en: "`\(keyPath)` must be \(expected.en), found \(found.en)",
                      ja: "`\(keyPath)` には\(expected.ja)を書いてください(現在は\(found.ja))。")
    }

    static func removeQuotes(_ value: String) -> LocalizedText {
        LocalizedText(en: " (remove the quotes around \(value))", ja: "\(value) を囲む引用符を外してください。")
    }

    static let wholeNumber = LocalizedText(en: "a whole number", ja: "整数")
    static let mapping = LocalizedText(en: "a mapping", ja: "マッピング")
    static let list = LocalizedText(en: "a list (`[a, b]` or `- a` lines)", ja: "リスト(`[a, b]` または `- a` の行)")
    static let text = LocalizedText(en: "text", ja: "文字列")

    static func oneOf(_ values: [String]) -> LocalizedText {
        LocalizedText(en: "one of \(Language.en.list(values))", ja: "\(Language.ja.list(values)) のいずれか")
    }

    static func tooFewItems(_ keyPath: String, minimum: Int, count: Int) -> LocalizedText {
        LocalizedText(en: "`\(keyPath)` needs at least \(minimum) items, has \(count)",
                      ja: "`\(keyPath)` には \(minimum) 件以上必要です(現在 \(count) 件)。")
    }

    static func tooManyItems(_ keyPath: String, maximum: Int, count: Int) -> LocalizedText {
        LocalizedText(en: "`\(keyPath)` takes at most \(maximum) items, has \(count); remove \(count - maximum)",
                      ja: "`\(keyPath)` は \(maximum) 件までです(現在 \(count) 件)。\(count - maximum) 件減らしてください。")
    }

    static func duplicateItem(_ itemPath: String, value: String, firstLine: Int) -> LocalizedText {
        LocalizedText(en: "`\(itemPath)` repeats `\(value)` (already at line \(firstLine)); list it once",
                      ja: "`\(itemPath)` の `\(value)` は重複しています(\(firstLine) 行目にもあります)。一度だけ書いてください。")
    }

    static func countTooLarge(_ keyPath: String, _ text: String) -> LocalizedText {
        LocalizedText(en: "`\(keyPath)` \(text) is far too large for a count", ja: "`\(keyPath)` の \(text) は件数として大きすぎます。")
    }

    static func outOfRange(_ keyPath: String, minimum: Int, maximum: Int?, found value: Int) -> LocalizedText {
        switch maximum {
        case minimum?:
            LocalizedText(en: "`\(keyPath)` must be \(minimum), found \(value)", ja: "`\(keyPath)` は \(minimum) にしてください(現在は \(value))。")
        case let maximum?:
            LocalizedText(en: "`\(keyPath)` must be between \(minimum) and \(maximum), found \(value)",
                          ja: "`\(keyPath)` は \(minimum) 以上 \(maximum) 以下にしてください(現在は \(value))。")
        case nil:
            LocalizedText(en: "`\(keyPath)` must be at least \(minimum), found \(value)",
                          ja: "`\(keyPath)` は \(minimum) 以上にしてください(現在は \(value))。")
        }
    }

    static func tooShort(_ keyPath: String, minimum: Int, length: Int) -> LocalizedText {
        LocalizedText(en: "`\(keyPath)` must be at least \(minimum) characters, has \(length)",
                      ja: "`\(keyPath)` は \(minimum) 文字以上にしてください(現在 \(length) 文字)。")
    }

    static func tooLong(_ keyPath: String, maximum: Int, length: Int) -> LocalizedText {
        LocalizedText(en: "`\(keyPath)` must be at most \(maximum) characters, has \(length) (\(length - maximum) too many)",
                      ja: "`\(keyPath)` は \(maximum) 文字以内にしてください(現在 \(length) 文字、\(length - maximum) 文字超過)。")
    }

    static func invalidURL(_ keyPath: String, problem: LocalizedText) -> LocalizedText {
        LocalizedText(en: "`\(keyPath)` is not a usable website URL: \(problem.en)",
                      ja: "`\(keyPath)` はウェブサイトの URL として使えません。\(problem.ja)")
    }

    static func invalidEmail(_ keyPath: String, _ text: String, problem: LocalizedText) -> LocalizedText {
        LocalizedText(en: "`\(keyPath)` `\(text)` is not an email address: \(problem.en)",
                      ja: "`\(keyPath)` の `\(text)` はメールアドレスではありません。\(problem.ja)")
    }

    static func invalidContact(_ keyPath: String, _ text: String, problem: LocalizedText) -> LocalizedText {
        LocalizedText(en: "`\(keyPath)` `\(text)` is not an email address or a URL: \(problem.en)",
                      ja: "`\(keyPath)` の `\(text)` はメールアドレスまたは URL として使えません。\(problem.ja)")
    }

    static func invalidValue(_ keyPath: String, _ text: String, suggestion: String) -> LocalizedText {
        LocalizedText(en: "`\(keyPath)` cannot be `\(text)`; did you mean `\(suggestion)`?",
                      ja: "`\(keyPath)` に `\(text)` は使えません。`\(suggestion)` の誤りではありませんか？")
    }

    static func invalidValue(_ keyPath: String, _ text: String, values: [String]) -> LocalizedText {
        LocalizedText(en: "`\(keyPath)` cannot be `\(text)`; use one of \(Language.en.list(values))",
                      ja: "`\(keyPath)` に `\(text)` は使えません。\(Language.ja.list(values)) のいずれかにしてください。")
    }

    static func notARegion(_ keyPath: String, _ text: String) -> LocalizedText {
        LocalizedText(en: "`\(keyPath)` cannot be `\(text)`; it is not a region where SES is offered",
                      ja: "`\(keyPath)` に `\(text)` は使えません。SES が提供されているリージョンではありません。")
    }

    /// A value typed the way an IME types it, read as `value` (a note, not a problem).
    static func folded(_ keyPath: String, typed: String, value: String) -> LocalizedText {
        LocalizedText(en: "`\(keyPath)` `\(typed)` was read as `\(value)`; writing `\(value)` keeps the file plain ASCII for other tools",
                      ja: "`\(keyPath)` の「\(typed)」は `\(value)` として読み取りました。ほかのツールでも読めるよう `\(value)` と書くことをおすすめします。")
    }
}

/// What a URL or an address lacks, in both languages (`Formats`).
enum FormatMessages {
    static let urlSpaces = LocalizedText(en: "a URL cannot contain spaces", ja: "URL に空白は使えません。")
    static let urlNotAbsolute = LocalizedText(en: "it must be an absolute URL starting with https://", ja: "https:// で始まる絶対 URL にしてください。")
    static let urlNoHost = LocalizedText(en: "it has no host name", ja: "ホスト名がありません。")
    static func urlBadHost(_ host: Substring) -> LocalizedText {
        LocalizedText(en: "its host name `\(host)` is malformed", ja: "ホスト名 `\(host)` の形式が正しくありません。")
    }

    static let contactNeither = LocalizedText(
        en: "write an email address (name@example.org) or a URL starting with https://",
        ja: "メールアドレス(name@example.jp)か、https:// で始まる URL を書いてください。")

    static let emailSpaces = LocalizedText(en: "an address cannot contain spaces", ja: "アドレスに空白は使えません。")
    static let emailOneAt = LocalizedText(en: "an address has exactly one @", ja: "@ はちょうど 1 つ必要です。")
    static let emailNoLocalPart = LocalizedText(en: "nothing before the @", ja: "@ の前が空です。")
    static func emailDomainParts(_ domain: Substring) -> LocalizedText {
        LocalizedText(en: "the domain `\(domain)` needs a dot and no empty parts", ja: "ドメイン `\(domain)` には「.」が必要で、空の部分があってはいけません。")
    }

    static func emailDomainCharacters(_ domain: Substring) -> LocalizedText {
        LocalizedText(en: "the domain `\(domain)` has characters a domain cannot have", ja: "ドメイン `\(domain)` にはドメインに使えない文字が含まれています。")
    }
}
