/// One sentence a person reads, in English and Japanese: the unit of sesame's message catalogue.
///
/// Messages live in per-area catalogue files next to the code that uses them (`ValidatorMessages`,
/// `DoctorMessages`, …), each a `LocalizedText(en: "…", ja: "…")` literal (a function when the
/// sentence takes values). The initialiser needs both languages, and `MessageCatalogueTests` reads
/// every such literal in `Sources/` and fails when one language is empty, the Japanese is not
/// Japanese, the English is not English, or the two interpolate different values.
public struct LocalizedText: Hashable, Sendable {
    public var en: String
    public var ja: String

    public init(en: String, ja: String) {
        self.en = en
        self.ja = ja
    }

    /// The sentence in `language`.
    public func text(in language: Language) -> String { language == .ja ? ja : en }

}
