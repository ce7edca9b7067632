/// What `render` says besides the request, in both languages.
public enum RenderMessages {
    /// The answers are mostly in one language and the template's headings in the other.
    public static func mixedLanguages(_ file: String, written: Language, headings: Language) -> LocalizedText {
        LocalizedText(
            en: "note: the answers in \(file) are mostly in \(Language.en.name(of: written)), the headings will be in \(Language.en.name(of: headings))",
            ja: "注意: \(file) の回答は主に\(Language.ja.name(of: written))で書かれていますが、見出しは\(Language.ja.name(of: headings))になります"
        )
    }

    static func unreadableTemplate(_ path: String, _ reason: String) -> LocalizedText {
        LocalizedText(en: "cannot read template \(path): \(reason)", ja: "テンプレート \(path) を読み込めません: \(reason)")
    }

    static let notUTF8 = LocalizedText(en: "template is not valid UTF-8", ja: "テンプレートが正しい UTF-8 ではありません")
    static let unclosedTag = LocalizedText(en: "a tag is not closed with }}", ja: "タグが }} で閉じられていません")

    static func unknownVariable(_ name: String, didYouMean suggestion: String) -> LocalizedText {
        LocalizedText(en: "unknown variable `\(name)`; did you mean `\(suggestion)`?",
                      ja: "不明な変数 `\(name)` です。`\(suggestion)` の誤りではありませんか？")
    }

    static func unknownVariable(_ name: String, command: String) -> LocalizedText {
        LocalizedText(en: "unknown variable `\(name)`; the variables are listed in the README under `sesame \(command)`",
                      ja: "不明な変数 `\(name)` です。使える変数は README の `sesame \(command)` の項にあります")
    }

    static func syntaxError(_ kind: MustacheSyntaxError.Kind) -> LocalizedText {
        switch kind {
        case .sectionCloseNameIncorrect:
            LocalizedText(en: "template syntax error: a section is closed with a different name than it was opened with",
                          ja: "テンプレートの構文エラー: セクションが開いたときと違う名前で閉じられています")
        case .unclosedTag:
            LocalizedText(en: "template syntax error: a tag is not closed", ja: "テンプレートの構文エラー: タグが閉じられていません")
        case .expectedSectionEnd:
            LocalizedText(en: "template syntax error: a section is opened but never closed",
                          ja: "テンプレートの構文エラー: セクションが開いたまま閉じられていません")
        case .invalidSetDelimiter:
            LocalizedText(en: "template syntax error: a set-delimiter tag is malformed", ja: "テンプレートの構文エラー: 区切り文字を変えるタグの書き方が正しくありません")
        case .unrecognisedPragma:
            LocalizedText(en: "template syntax error: a {{% pragma }} is not understood", ja: "テンプレートの構文エラー: {{% pragma }} を解釈できません")
        case .partial:
            LocalizedText(en: "partials and template inheritance are not available in sesame templates",
                          ja: "sesame のテンプレートでは、パーシャルとテンプレートの継承は使えません")
        }
    }

    static func answerLength(_ keyPath: String, _ length: Int) -> LocalizedText {
        LocalizedText(en: "`\(keyPath)` (\(length) characters)", ja: "`\(keyPath)`(\(length) 文字)")
    }

    static func tooLong(_ length: Int, over: Int, limit: Int, _ longest: String) -> LocalizedText {
        LocalizedText(
            en: "the rendered use-case description is \(length) characters, \(over) over the \(limit)-character limit of UseCaseDescription; shorten the longest answers: \(longest)",
            ja: "生成したユースケースの説明は \(length) 文字で、UseCaseDescription の上限 \(limit) 文字を \(over) 文字超えています。長い回答から短くしてください: \(longest)")
    }
}
