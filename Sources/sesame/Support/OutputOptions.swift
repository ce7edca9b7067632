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

    var reportFormat: ReportFormat {
        switch self {
        case .text: .text
        case .json: .json
        case .github: .github
        case .gitlab: .gitlab
        }
    }
}

/// Prints file reports to standard output in the chosen format.
enum ReportPrinter {
    static func print(_ reports: [FileReport], format: ReportFormat, rules: [String: String] = [:]) {
        let text: String = switch format {
        case .text: TextReporter(colors: Terminal.standardOutput.allowsColor).render(reports)
        case .json: JSONReporter.render(reports)
        case .github: GitHubReporter.render(reports)
        case .gitlab: GitLabReporter.render(reports)
        case .sarif: JSONReporter.render(reports)
        }
        Terminal.standardOutput.write(text)
    }
}
