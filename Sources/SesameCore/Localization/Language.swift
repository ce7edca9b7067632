/// A language sesame speaks. Every sentence a person reads exists in both (see `LocalizedText`);
/// ids, JSON keys and SARIF stay English whatever the language.
///
/// This folder depends on nothing else in SesameCore: lint, render, the validator, the wizard,
/// doctor and the CLI all build on it.
public enum Language: String, CaseIterable, Sendable, Comparable {
    case en
    case ja

    public static func < (lhs: Language, rhs: Language) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The language a command speaks: `--lang` when given, else the locale (`LC_ALL`, `LC_MESSAGES`,
    /// `LANG`, the first that is set), else `fallback` (a profile's `contact_language`, the language
    /// a text is written in), else English.
    public static func resolve(flag: Language?, environment: [String: String], fallback: Language? = nil) -> Language {
        flag ?? Language(locale: environment) ?? fallback ?? .en
    }

    /// The language the locale asks for: Japanese for `ja…`, English for any other named locale,
    /// nil when no locale is set or it is `C`/`POSIX` (which say nothing about the reader).
    public init?(locale environment: [String: String]) {
        guard let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap({ environment[$0] }).first(where: { !$0.isEmpty })
        else { return nil }
        let name = locale.prefix { $0 != "." && $0 != "@" }.lowercased()
        if name == "c" || name == "posix" { return nil }
        self = name.hasPrefix("ja") ? .ja : .en
    }

    /// Kana, kanji, the half-width katakana and 、。〃: the scalars that make a text Japanese.
    /// (Full-width Latin letters and digits are not: `TextFolding` and `InputFolding` fold them to ASCII.)
    @inline(__always)
    public static func isJapanese(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (0x3040...0x30FF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v)
            || (0xFF66...0xFF9D).contains(v) || (0x3001...0x3003).contains(v)
            || (0x31F0...0x31FF).contains(v) || (0xF900...0xFAFF).contains(v)
    }

    /// The language of a text from its counts of Japanese scalars and Latin letters: Japanese when
    /// there is some Japanese and at least one Japanese scalar for every three Latin letters
    /// (a Japanese sentence with a few product names stays Japanese). Nil when both are zero.
    public static func guess(japanese: Int, latin: Int) -> Language? {
        if japanese == 0 && latin == 0 { return nil }
        return japanese > 0 && japanese * 3 >= latin ? .ja : .en
    }

    /// The language `text` is written in, as `guess(japanese:latin:)` decides; nil when it has no letters.
    public static func guess(_ text: some Sequence<Unicode.Scalar>) -> Language? {
        ScriptCount(text).language
    }

    /// The language's own name in this language (`Japanese`, `日本語`).
    public func name(of language: Language) -> String {
        switch language {
        case .en: LocalizedText(en: "English", ja: "英語").text(in: self)
        case .ja: LocalizedText(en: "Japanese", ja: "日本語").text(in: self)
        }
    }

    /// Formats a count with thousands separators, as the language writes it (both: `12,000`).
    public func format(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped += "," }
            grouped.append(digit)
        }
        return value < 0 ? "-" + grouped : grouped
    }

    /// A count AWS sends as a JSON number (a quota, a rate): a whole number within ±10^15 with
    /// separators as `format(_:)` writes it, anything else (`14.5`, `1e+20`, `nan`) as Swift
    /// prints the `Double`. Never traps, whatever the response held.
    public func format(count value: Double) -> String {
        guard value.isFinite, value == value.rounded(), abs(value) < 1e15 else { return String(value) }
        return format(Int(value))
    }

    /// Joins a list as the language does: `a, b` or `a、b`.
    public func list(_ items: [String]) -> String {
        items.joined(separator: self == .ja ? "、" : ", ")
    }
}

/// How many scalars of a text are Japanese (`Language.isJapanese`) and how many are Latin letters:
/// all a language guess reads. Counts add up, so a document's language is its sections' sum.
public struct ScriptCount: Sendable, Equatable {
    public var japanese = 0
    public var latin = 0

    public init() {}

    public init(_ text: some Sequence<Unicode.Scalar>) {
        for scalar in text {
            if Language.isJapanese(scalar) {
                japanese += 1
            } else if (0x61...0x7A).contains(scalar.value) || (0x41...0x5A).contains(scalar.value) {
                latin += 1
            }
        }
    }

    /// The language of the counted text (`Language.guess(japanese:latin:)`); nil when it has no letters.
    public var language: Language? { Language.guess(japanese: japanese, latin: latin) }

    public static func + (lhs: ScriptCount, rhs: ScriptCount) -> ScriptCount {
        var sum = lhs
        sum.japanese += rhs.japanese
        sum.latin += rhs.latin
        return sum
    }
}
