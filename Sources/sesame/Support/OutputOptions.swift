import ArgumentParser
import SesameCore

extension ReportFormat: ExpressibleByArgument {}

/// The two output formats every reporting command offers besides its own.
enum TextOrJSON: String, CaseIterable, ExpressibleByArgument {
    case text
    case json
}

/// `validate`'s formats: text, JSON, or GitLab's Code Quality report.
enum ValidationFormat: String, CaseIterable, ExpressibleByArgument {
    case text
    case json
    case gitlab

    var reportFormat: ReportFormat {
        switch self {
        case .text: .text
        case .json: .json
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
        case .gitlab: GitLabReporter.render(reports)
        case .sarif, .github: JSONReporter.render(reports)
        }
        Terminal.standardOutput.write(text)
    }
}
