/// `path:line:column: severity: message [rule]`, one line a finding, grouped by file,
/// with a one-line verdict per file. Paths, messages and rule ids pass through
/// `TerminalText.sanitized(_:)`: a key or value quoted from a profile or draft cannot write
/// control characters to the terminal.
public struct TextReporter: Sendable {
    /// Whether to colour severities with ANSI escapes (only on a terminal, never with NO_COLOR).
    public var colors: Bool
    /// The language of the verdict lines (the messages come written in it).
    public var language: Language

    public init(colors: Bool = false, language: Language = .en) {
        self.colors = colors
        self.language = language
    }

    public func render(_ reports: [FileReport]) -> String {
        var out = ""
        // A file that could not be read at all is told on standard error, not given a verdict.
        for report in reports where report.failure == nil || !report.diagnostics.isEmpty {
            for diagnostic in report.diagnostics {
                out += line(for: diagnostic) + "\n"
            }
            out += verdict(for: report) + "\n"
        }
        return out
    }

    /// One diagnostic in the shared `path:line:column: severity: message [rule]` form.
    public func line(for diagnostic: Diagnostic) -> String {
        let severity = paint(diagnostic.severity.rawValue, as: diagnostic.severity)
        let location = TerminalText.sanitized(diagnostic.location.description)
        return "\(location): \(severity): \(TerminalText.sanitized(diagnostic.message)) [\(TerminalText.sanitized(diagnostic.rule))]"
    }

    private func verdict(for report: FileReport) -> String {
        let path = TerminalText.sanitized(report.path)
        let verdict = if report.errorCount == 0 && report.warningCount == 0 {
            report.diagnostics.isEmpty ? ReporterMessages.clean : ReporterMessages.clean(notes: report.diagnostics.count)
        } else {
            ReporterMessages.problems(errors: report.errorCount, warnings: report.warningCount)
        }
        return "\(path): \(verdict.text(in: language))"
    }

    private func paint(_ text: String, as severity: Severity) -> String {
        guard colors else { return text }
        let code = switch severity {
        case .error: "1;31"
        case .warning: "1;33"
        case .info: "1;36"
        }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }
}
