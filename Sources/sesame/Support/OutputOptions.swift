import ArgumentParser
import SesameCore

extension ReportFormat: ExpressibleByArgument {}

/// The two output formats every reporting command offers besides its own.
enum TextOrJSON: String, CaseIterable, ExpressibleByArgument {
    case text
    case json
}

/// Prints file reports to standard output as text or JSON.
enum ReportPrinter {
    static func print(_ reports: [FileReport], format: TextOrJSON, in context: CommandContext) {
        let text: String = switch format {
        case .text: TextReporter(colors: context.terminal.outputColors).render(reports)
        case .json: JSONReporter.render(reports)
        }
        context.output.write(text)
    }
}
