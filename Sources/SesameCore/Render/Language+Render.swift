extension Language {
    /// The language most of a profile's answers are written in (nil when they hold no letters).
    public init?(writtenIn useCase: UseCase) {
        let text = UseCaseField.allCases.compactMap { useCase[$0] }.joined()
        guard let language = Language.guess(text.unicodeScalars) else { return nil }
        self = language
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
        name(of: Language(language))
    }
}
