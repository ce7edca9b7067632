/// What a template is for.
public enum TemplateKind: String, Sendable {
    /// The use-case description sent as `UseCaseDescription`.
    case useCase = "use-case"
    /// The body of an AWS Support case (`--via support`).
    case supportCase = "support-case"
    /// The reply to a reviewer's follow-up on the case (`sesame reply`).
    case reply

    /// The variables a template of this kind may name.
    var variables: [(name: String, summary: String)] {
        self == .reply ? TemplateVariables.documented + TemplateVariables.replyDocumented : TemplateVariables.documented
    }
}

/// Why a request could not be rendered.
public enum RenderError: Error, Sendable {
    /// The template cannot be used: a syntax error or an unknown variable, at a place (exit 2).
    case template(SourceLocation, LocalizedText)
    /// The template file cannot be read (exit 2).
    case unreadable(FileError)
    /// The rendered description is over the API's limit (exit 1).
    case tooLong(UseCaseLengthReport)

    /// The failure as one line for the terminal in `language`, quoted template text shown escaped.
    public func message(in language: Language) -> String {
        switch self {
        case let .template(location, problem): TerminalText.sanitized("\(location): error: \(problem.text(in: language))")
        case let .unreadable(error):
            TerminalText.sanitized(RenderMessages.unreadableTemplate(error.path, error.reason.text(in: language)).text(in: language))
        case let .tooLong(report): report.message(in: language)
        }
    }
}

/// A parsed Mustache template whose variables are known to exist.
public struct RequestTemplate: Sendable {
    /// Where it came from: a path, or `built-in:NAME`.
    public let origin: String
    let compiled: MustacheTemplate

    /// The template shipped inside the binary for `kind` in `language`.
    public static func builtIn(_ kind: TemplateKind, language: Language) -> RequestTemplate {
        let name = "\(kind.rawValue).\(language.rawValue)"
        guard let source = EmbeddedTemplates.all[name] else { preconditionFailure("no built-in template \(name)") }
        // Only parsed: that a built-in template names only its kind's variables is checked once,
        // by a test (`everyBuiltInTemplateUsesOnlyDocumentedVariables`), not on every run.
        do {
            return RequestTemplate(origin: "built-in:\(name)", compiled: try MustacheTemplate(source: source))
        } catch {
            preconditionFailure("built-in template \(name) does not parse: line \(error.line), column \(error.column)")
        }
    }

    /// A user's template file, checked against the documented variables.
    public static func load(path: String) throws(RenderError) -> RequestTemplate {
        let bytes: [UInt8]
        do {
            bytes = try FileIO.read(path, limit: 256 * 1024)
        } catch {
            throw .unreadable(error)
        }
        guard let source = String(validating: bytes, as: UTF8.self) else {
            throw .template(SourceLocation(path: path, line: 1, column: 1), RenderMessages.notUTF8)
        }
        return try RequestTemplate(source: source, origin: path)
    }

    /// Parses `source`; `origin` names it in errors. Plain text unless the template says otherwise.
    /// Its tags may name the variables of `kind`.
    public init(source: String, origin: String, kind: TemplateKind = .useCase) throws(RenderError) {
        try TemplateChecker(source: source, origin: origin, kind: kind).check()
        do {
            compiled = try MustacheTemplate(source: source)
        } catch {
            throw .template(SourceLocation(path: origin, line: error.line, column: error.column), RenderMessages.syntaxError(error.kind))
        }
        self.origin = origin
    }

    private init(origin: String, compiled: MustacheTemplate) {
        self.origin = origin
        self.compiled = compiled
    }

    func render(_ values: [String: TemplateValue]) -> String {
        compiled.render(values)
    }
}

/// Finds tags that name variables the renderer does not provide, before rendering (where
/// Mustache would silently print nothing), with their place and a suggestion.
private struct TemplateChecker {
    let source: String
    let origin: String
    let kind: TemplateKind

    func check() throws(RenderError) {
        let names = TemplateVariables.names(of: kind.variables)
        let scalars = Array(source.unicodeScalars)
        var index = 0
        var line = 1
        var column = 1
        while index < scalars.count {
            if scalars[index] == "{", index + 1 < scalars.count, scalars[index + 1] == "{" {
                let (tagLine, tagColumn) = (line, column)
                let triple = index + 2 < scalars.count && scalars[index + 2] == "{"
                let open = triple ? 3 : 2
                let close: [Unicode.Scalar] = triple ? ["}", "}", "}"] : ["}", "}"]
                guard let end = Self.find(close, in: scalars, from: index + open) else {
                    throw RenderError.template(SourceLocation(path: origin, line: tagLine, column: tagColumn), RenderMessages.unclosedTag)
                }
                let body = String(String.UnicodeScalarView(scalars[(index + open)..<end])).trimmed
                if try !checkTag(body, names: names, line: tagLine, column: tagColumn) { return }
                for scalar in scalars[index..<(end + close.count)] {
                    if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
                }
                index = end + close.count
                continue
            }
            if scalars[index] == "\n" { line += 1; column = 1 } else { column += 1 }
            index += 1
        }
    }

    /// Checks one tag against the variable `names`; returns false when checking must stop (custom delimiters).
    private func checkTag(_ body: String, names: Set<String>, line: Int, column: Int) throws(RenderError) -> Bool {
        guard let sigil = body.first else { return true }
        switch sigil {
        case "!", "%", "/": return true
        case "=": return false
        case ">", "<", "$":
            throw RenderError.template(SourceLocation(path: origin, line: line, column: column), RenderMessages.syntaxError(.partial))
        default: break
        }
        var name = "#^&{".contains(sigil) ? String(body.dropFirst()).trimmed : body
        if let open = name.firstIndex(of: "("), name.hasSuffix(")") {
            name = String(name[name.index(after: open)..<name.index(before: name.endIndex)]).trimmed
        }
        guard !names.contains(name) else { return true }
        let suggestion = Suggestion.closest(to: name, in: kind.variables.map(\.name))
        let problem = suggestion.map { RenderMessages.unknownVariable(name, didYouMean: $0) }
            ?? RenderMessages.unknownVariable(name, command: kind == .reply ? "reply" : "render")
        throw RenderError.template(SourceLocation(path: origin, line: line, column: column), problem)
    }

    private static func find(_ needle: [Unicode.Scalar], in scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start
        while index + needle.count <= scalars.count {
            if scalars[index] == needle[0], Array(scalars[index..<(index + needle.count)]) == needle { return index }
            index += 1
        }
        return nil
    }
}
