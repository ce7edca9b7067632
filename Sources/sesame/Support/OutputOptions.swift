import ArgumentParser
import SesameCore

extension ReportFormat: ArgumentEnum {}

/// The two output formats every reporting command offers besides its own.
enum TextOrJSON: String, ArgumentEnum {
    case text
    case json
}

/// `validate`'s formats: text, JSON, GitHub annotations or GitLab's Code Quality report.
enum ValidationFormat: String, ArgumentEnum {
    case text
    case json
    case github
    case gitlab

    var reportFormat: ReportFormat {
        switch self {
        case .text: .text
        case .json: .json
        case .github: .github
        case .gitlab: .gitlab
        }
    }
}

/// Prints file reports to standard output in one of `validate`'s formats.
enum ReportPrinter {
    static func print(_ reports: [FileReport], format: ValidationFormat, language: Language = .en, in context: CommandContext) {
        context.output.write(format.reportFormat.render(reports, rules: [], toolVersion: Sesame.version,
                                                        colors: context.terminal.outputColors, language: language))
    }
}

extension CommandContext {
    /// Prints a JSON report to standard output as every command does: pretty, versioned
    /// (`"schema_version"` first), one trailing newline.
    func writeJSON(_ document: JSONValue) {
        output.write(document.versionedDocument.serialized(pretty: true) + "\n")
    }
}
