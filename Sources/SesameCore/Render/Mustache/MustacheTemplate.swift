/// A Mustache template (https://mustache.github.io/mustache.5.html) without partials or
/// lambdas: variables (`{{name}}`, `{{{name}}}`, `{{&name}}`, dotted names, `{{.}}`), sections and
/// inverted sections, comments, set delimiters, the whitespace rules for standalone tags, the
/// `{{% CONTENT_TYPE: TEXT|HTML }}` pragma and swift-mustache's transforms (`{{uppercased(name)}}`).
///
/// sesame had rendered with swift-mustache, which imports Foundation and with it ICU: 40 MB of the
/// binary and thousands of protocol conformances that every process start pays to scan, for a
/// few templates. This engine renders what swift-mustache rendered for sesame's templates.
public struct MustacheTemplate: Sendable {
    let nodes: [MustacheNode]

    /// Parses `source`. Text is not HTML-escaped unless the template asks for it with
    /// `{{% CONTENT_TYPE: HTML }}` (or `escapesHTML` is true).
    public init(source: String, escapesHTML: Bool = false) throws(MustacheSyntaxError) {
        var parser = MustacheParser(source: source, escapesHTML: escapesHTML)
        nodes = try parser.parse()
    }

    /// The text of the template over `values`, the outermost context.
    public func render(_ values: [String: TemplateValue]) -> String {
        var out = ""
        var stack: [TemplateValue] = [.object(values)]
        Self.render(nodes, stack: &stack, into: &out)
        return out
    }

    private static func render(_ nodes: [MustacheNode], stack: inout [TemplateValue], into out: inout String) {
        for node in nodes {
            switch node {
            case let .text(text):
                out += text
            case let .variable(name, escaped):
                guard let value = name.lookUp(in: stack) else { continue }
                out += escaped ? htmlEscaped(value.text) : value.text
            case let .section(name, inverted, children):
                let value = name.lookUp(in: stack)
                if inverted {
                    if !value.isShown { render(children, stack: &stack, into: &out) }
                    continue
                }
                switch value {
                case nil, .bool(false)?: break
                case .bool(true)?: render(children, stack: &stack, into: &out)
                case let .list(items)?:
                    for item in items { renderInside(item, children, stack: &stack, into: &out) }
                case let value?: renderInside(value, children, stack: &stack, into: &out)
                }
            }
        }
    }

    private static func renderInside(_ value: TemplateValue, _ nodes: [MustacheNode], stack: inout [TemplateValue], into out: inout String) {
        stack.append(value)
        render(nodes, stack: &stack, into: &out)
        stack.removeLast()
    }

    static func htmlEscaped(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}

private extension TemplateValue? {
    /// Whether a section shows for this value: anything but nothing, false and an empty list.
    var isShown: Bool {
        switch self {
        case nil, .bool(false)?: false
        case let .list(items)?: !items.isEmpty
        default: true
        }
    }
}

/// Why a template cannot be parsed, and where (1-based line and column, in Unicode scalars).
public struct MustacheSyntaxError: Error, Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// A tag is opened and never closed.
        case unclosedTag
        /// `{{/name}}` closes a section opened with another name (or none).
        case sectionCloseNameIncorrect
        /// A section is opened and never closed.
        case expectedSectionEnd
        /// A `{{=<% %>=}}` tag is malformed.
        case invalidSetDelimiter
        /// A `{{% pragma }}` that is not `CONTENT_TYPE: TEXT|HTML`.
        case unrecognisedPragma
        /// A partial or template inheritance tag (`>`, `<`, `$`), which sesame templates cannot use.
        case partial
    }

    public var kind: Kind
    public var line: Int
    public var column: Int

    public init(kind: Kind, line: Int, column: Int) {
        self.kind = kind
        self.line = line
        self.column = column
    }
}

/// A parsed piece of a template.
indirect enum MustacheNode: Sendable {
    case text(String)
    case variable(MustacheName, escaped: Bool)
    case section(MustacheName, inverted: Bool, [MustacheNode])
}

/// The name in a tag: a dotted path (or `.`), inside zero or more transforms, outermost first.
struct MustacheName: Sendable {
    var path: [String]
    var transforms: [String]

    init(_ text: String) {
        var inner = Substring(text)
        var transforms: [String] = []
        while inner.hasSuffix(")"), let open = inner.firstIndex(of: "(") {
            transforms.append(String(inner[..<open]).trimmed)
            inner = inner[inner.index(after: open)..<inner.index(before: inner.endIndex)]
        }
        let name = String(inner).trimmed
        path = name == "." ? [] : name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        self.transforms = transforms
    }

    /// The value the name stands for: the first context (innermost first) that has the first
    /// part of the path, then the rest of the path inside it; then the transforms.
    func lookUp(in stack: [TemplateValue]) -> TemplateValue? {
        var value: TemplateValue
        if let first = path.first {
            guard let found = stack.reversed().lazy.compactMap({ $0.member(first) }).first else { return nil }
            value = found
            for part in path.dropFirst() {
                guard let member = value.member(part) else { return nil }
                value = member
            }
        } else {
            guard let top = stack.last else { return nil }
            value = top
        }
        for transform in transforms.reversed() {
            guard let result = value.transformed(by: transform) else { return nil }
            value = result
        }
        return value
    }
}
