import SesameCore

/// How colour is chosen: `--color auto|always|never`, accepted before or after the subcommand
/// (as cargo and ripgrep do). `auto` colours a terminal unless `NO_COLOR` or `TERM=dumb` says not to.
enum ColorChoice: String, CaseIterable, Sendable {
    case auto
    case always
    case never
}

/// What `main` checks before ArgumentParser sees the command line: the global `--color` option,
/// and a misspelt subcommand (ArgumentParser would answer "unexpected argument" or print the
/// top-level help for `sesame help lnt`).
struct CommandLinePreflight {
    /// The arguments without `--color`, for ArgumentParser.
    var arguments: [String]
    var color: ColorChoice = .auto

    /// A usage problem found before parsing, worded for the user.
    struct Problem: Error {
        var message: LocalizedText
    }

    /// Takes `--color VALUE` / `--color=VALUE` out of `arguments` (up to a `--`), and checks that
    /// the first word (or the word after `help`) names a subcommand.
    init(_ arguments: [String], subcommands: [String]) throws(Problem) {
        var remaining: [String] = []
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            if argument == "--" {
                remaining += arguments[index...]
                break
            }
            if argument == "--color" || argument.hasPrefix("--color=") {
                let value: String
                if argument == "--color" {
                    index += 1
                    guard index < arguments.endIndex else { throw Problem(message: PreflightMessages.colorNeedsValue) }
                    value = arguments[index]
                } else {
                    value = String(argument.dropFirst("--color=".count))
                }
                guard let choice = ColorChoice(rawValue: value) else { throw Problem(message: PreflightMessages.badColor(value)) }
                color = choice
            } else {
                remaining.append(argument)
            }
            index += 1
        }
        self.arguments = remaining
        try Self.checkSubcommand(in: remaining, subcommands: subcommands)
    }

    private static func checkSubcommand(in arguments: [String], subcommands: [String]) throws(Problem) {
        guard let first = arguments.first, !first.hasPrefix("-") else { return }
        var word = first
        if first == "help" {
            guard arguments.count > 1, !arguments[1].hasPrefix("-") else { return }
            word = arguments[1]
        }
        guard !subcommands.contains(word) else { return }
        throw Problem(message: PreflightMessages.unknownCommand(TerminalText.sanitized(word),
                                                                suggestion: Suggestion.closest(to: word, in: subcommands)))
    }
}

/// The preflight's sentences, in English and Japanese.
enum PreflightMessages {
    static func unknownCommand(_ word: String, suggestion: String?) -> LocalizedText {
        if let suggestion {
            return LocalizedText(
                en: "'\(word)' is not a sesame command; did you mean '\(suggestion)'? (`sesame --help` lists the commands)",
                ja: "'\(word)' というコマンドはありません。'\(suggestion)' のことですか？（コマンドの一覧は `sesame --help` で表示できます）")
        }
        return LocalizedText(
            en: "'\(word)' is not a sesame command (`sesame --help` lists the commands)",
            ja: "'\(word)' というコマンドはありません（コマンドの一覧は `sesame --help` で表示できます）")
    }

    static let colorNeedsValue = LocalizedText(
        en: "--color needs a value: auto, always or never",
        ja: "--color には auto、always、never のいずれかを指定してください")

    static func badColor(_ value: String) -> LocalizedText {
        LocalizedText(
            en: "--color takes auto, always or never, not '\(TerminalText.sanitized(value))'",
            ja: "--color に指定できるのは auto、always、never です（'\(TerminalText.sanitized(value))' は指定できません）")
    }
}
