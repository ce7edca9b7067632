import ArgumentParser
import SesameCore

extension ReportFormat: ExpressibleByArgument {}

/// The two output formats every reporting command offers besides its own.
enum TextOrJSON: String, CaseIterable, ExpressibleByArgument {
    case text
    case json
}

/// Prints file reports to standard output in the chosen format.
enum ReportPrinter {
    static func print(_ reports: [FileReport], format: ReportFormat, rules: [String: String] = [:], language: Language = .en) {
        let text: String = switch format {
        case .text: TextReporter(colors: Terminal.standardOutput.allowsColor, language: language).render(reports)
        case .json: JSONReporter.render(reports)
        case .sarif, .github: JSONReporter.render(reports)
        }
        Terminal.standardOutput.write(text)
    }
}
