/// `path:line:column: severity: message [rule]`, one line a finding, grouped by file,
/// with a one-line verdict per file. Paths, messages and rule ids pass through
/// `TerminalText.sanitized(_:)`: a key or value quoted from a profile or draft cannot write
/// control characters to the terminal.
public struct TextReporter: Sendable {
    /// Whether to colour severities with ANSI escapes (only on a terminal, never with NO_COLOR).
    public var colors: Bool

    public init(colors: Bool = false) {
        self.colors = colors
    }

    public func render(_ reports: [FileReport]) -> String {
        var out = ""
        for report in reports {
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
        let errors = report.errorCount
        let warnings = report.warningCount
        let path = TerminalText.sanitized(report.path)
        if errors == 0 && warnings == 0 {
            return "\(path): ok" + (report.diagnostics.isEmpty ? "" : " (\(count(report.diagnostics.count, "note")))")
        }
        return "\(path): \(count(errors, "error")), \(count(warnings, "warning"))"
    }

    private func count(_ n: Int, _ noun: String) -> String {
        "\(n) \(noun)\(n == 1 ? "" : "s")"
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
