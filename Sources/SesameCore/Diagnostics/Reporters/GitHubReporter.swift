/// GitHub Actions workflow commands: `::error file=PATH,line=L,col=C,title=RULE::message`,
/// one line per diagnostic (info becomes `notice`). Every value is first passed through
/// `TerminalText.sanitized(_:)`, so a newline or escape quoted from a profile can neither start a
/// workflow command of its own nor colour the log.
public enum GitHubReporter {
    public static func render(_ reports: [FileReport]) -> String {
        var out = ""
        for report in reports {
            for d in report.diagnostics {
                out += "::\(command(d.severity)) file=\(property(d.location.path)),line=\(d.location.line),col=\(d.location.column),title=\(property(d.rule))::\(data(d.message))\n"
            }
        }
        return out
    }

    static func command(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "notice"
        }
    }

    /// Escaping of a command's message: control characters shown escaped, then `%` (and any CR or
    /// LF, which the sanitiser has already replaced) percent-encoded.
    static func data(_ text: String) -> String {
        var out = ""
        for scalar in TerminalText.sanitized(text).unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Escaping of a property value: the message escapes plus `:` and `,`.
    static func property(_ text: String) -> String {
        var out = ""
        for scalar in data(text).unicodeScalars {
            switch scalar {
            case ":": out += "%3A"
            case ",": out += "%2C"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
