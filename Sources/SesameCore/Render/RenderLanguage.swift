/// The language a request is rendered in.
public enum RenderLanguage: String, CaseIterable, Sendable {
    case en
    case ja

    /// The language that matches a profile's contact language.
    public init(_ contact: ContactLanguage) {
        self = contact == .japanese ? .ja : .en
    }

    /// The language most of a profile's answers are written in (by their share of Japanese characters).
    public init(writtenIn useCase: UseCase) {
        let text = UseCaseField.allCases.compactMap { useCase[$0] }.joined()
        let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
        let japanese = letters.filter(\.isJapanese).count
        self = !letters.isEmpty && japanese * 3 >= letters.count ? .ja : .en
    }

    /// The language's name in English, for messages.
    public var name: String { self == .ja ? "Japanese" : "English" }

    /// Formats a count with thousands separators, as the language writes it (both: `12,000`).
    public func format(_ value: Int) -> String {
        value.groupedDigits
    }

    /// A count AWS sends as a JSON number (a quota, a rate): a whole number within ±10^15 with
    /// separators as `format(_:)` writes it, anything else (`14.5`, `1e+20`, `nan`) as Swift
    /// prints the `Double`. Never traps, whatever the response held.
    public func format(count value: Double) -> String {
        guard value.isFinite, value == value.rounded(), abs(value) < 1e15 else { return String(value) }
        return format(Int(value))
    }

    func mailTypeLabel(_ type: MailType) -> String {
        switch (self, type) {
        case (.en, .marketing): "marketing"
        case (.en, .transactional): "transactional"
        case (.ja, .marketing): "マーケティング"
        case (.ja, .transactional): "トランザクション"
        }
    }

    func contactLanguageName(_ language: ContactLanguage) -> String {
        switch (self, language) {
        case (.en, .english): "English"
        case (.en, .japanese): "Japanese"
        case (.ja, .english): "英語"
        case (.ja, .japanese): "日本語"
        }
    }

    /// Joins a list as the language does: `a, b` or `a、b`.
    func list(_ items: [String]) -> String {
        items.joined(separator: self == .ja ? "、" : ", ")
    }
}
