import ArgumentParser
import SesameCore

extension ReportFormat: ExpressibleByArgument {}

/// The two output formats every reporting command offers besides its own.
enum TextOrJSON: String, CaseIterable, ExpressibleByArgument {
    case text
    case json
}

/// `validate`'s formats: text, JSON, GitHub annotations or GitLab's Code Quality report.
enum ValidationFormat: String, CaseIterable, ExpressibleByArgument {
    case text
    case json
    case github
    case gitlab
}

/// Prints file reports to standard output in one of `validate`'s formats.
enum ReportPrinter {
    static func print(_ reports: [FileReport], format: ValidationFormat, in context: CommandContext) {
        let text: String = switch format {
        case .text: TextReporter(colors: context.terminal.outputColors).render(reports)
        case .json: JSONReporter.render(reports)
        case .github: GitHubReporter.render(reports)
        case .gitlab: GitLabReporter.render(reports)
        }
        context.output.write(text)
    }
}
