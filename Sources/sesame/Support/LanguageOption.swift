import ArgumentParser
import SesameCore

extension Language: ExpressibleByArgument {}

/// `--lang en|ja`, the language of a command's messages.
struct LanguageOption: ParsableArguments {
    @Option(help: "Language of messages: en or ja (default: LC_ALL, LC_MESSAGES or LANG; else the profile's contact_language).")
    var lang: Language?

    /// `--lang`, else the context's locale, else `fallback`, else English.
    func resolve(in context: CommandContext, fallback: Language? = nil) -> Language {
        context.language(flag: lang, fallback: fallback)
    }

    /// `--lang`, else the locale's; nil when neither says, so that a command may follow the
    /// language of the text it reads.
    func explicit(in context: CommandContext) -> Language? {
        lang ?? Language(locale: context.environment)
    }
}
