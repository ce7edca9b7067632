/// What `render` says besides the request, in both languages.
public enum RenderMessages {
    /// The answers are mostly in one language and the template's headings in the other.
    public static func mixedLanguages(_ file: String, written: Language, headings: Language) -> LocalizedText {
        LocalizedText(
            en: "note: the answers in \(file) are mostly in \(Language.en.name(of: written)), the headings will be in \(Language.en.name(of: headings))",
            ja: "注意: \(file) の回答は主に\(Language.ja.name(of: written))で書かれていますが、見出しは\(Language.ja.name(of: headings))になります"
        )
    }
}
