import ArgumentParser
import SesameCore

extension Language: ArgumentEnum {}

/// `--lang en|ja`, the language of a command's messages. Each command that has it declares
/// `@Option(help: .languageOfMessages) var lang: Language?` itself: an option group would be
/// one more type ArgumentParser reflects, decodes and casts in every start of the command.
extension ArgumentHelp {
    static let languageOfMessages: ArgumentHelp =
        "Language of messages: en or ja (default: LC_ALL, LC_MESSAGES or LANG; else the profile's contact_language)."
}

extension Language? {
    /// `--lang` (this), else the context's locale, else `fallback`, else English.
    func resolve(in context: CommandContext, fallback: Language? = nil) -> Language {
        context.language(flag: self, fallback: fallback)
    }

    /// `--lang`, else the locale's; nil when neither says, so that a command may follow the
    /// language of the text it reads.
    func explicit(in context: CommandContext) -> Language? {
        self ?? Language(locale: context.environment)
    }
}
