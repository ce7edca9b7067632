internal import CYAML

/// Loads one YAML document into a tree of located nodes, refusing input that is not a
/// plain, small, single-document YAML mapping — without ever crashing or hanging on it.
public struct YAMLLoader: Sendable {
    /// The largest file accepted, in bytes.
    public var maximumBytes = 1 << 20
    /// How deeply collections may nest.
    public var maximumDepth = 32
    /// How many nodes the document may hold once aliases are expanded.
    public var maximumNodes = 10_000

    public init() {}

    /// Parses `bytes` read from `path`; the top level must be a mapping unless `requireMapping` is false.
    public func load(_ bytes: [UInt8], path: String, requireMapping: Bool = true) throws(YAMLError) -> YAMLNode {
        let origin = SourceLocation(path: path, line: 1, column: 1)
        guard bytes.count <= maximumBytes else {
            throw YAMLError(.tooLarge(bytes: bytes.count, limit: maximumBytes), at: origin)
        }
        let text = try Self.decodeUTF8(bytes, path: path)
        var builder = TreeBuilder(path: path, source: SourceLines(text), maximumDepth: maximumDepth, maximumNodes: maximumNodes)
        let root = try builder.parse(bytes)
        guard let root else { throw YAMLError(.emptyDocument, at: origin) }
        if !requireMapping { return root }
        guard case .mapping = root.kind else {
            throw YAMLError(.topLevelNotMapping(found: root.typeDescription), at: root.start)
        }
        return root
    }

    /// Checks that `bytes` are UTF-8 text with no NUL, naming the place of the first bad byte.
    /// Valid text is checked in one pass of the standard library's UTF-8 validation; only broken
    /// text is decoded scalar by scalar, to find the error's line and column.
    static func decodeUTF8(_ bytes: [UInt8], path: String) throws(YAMLError) -> String {
        if !bytes.contains(0), let valid = String(validating: bytes, as: UTF8.self) { return valid }
        var line = 1
        var column = 1
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var scalars = String.UnicodeScalarView()
        while true {
            switch decoder.decode(&iterator) {
            case let .scalarValue(scalar):
                if scalar == "\0" {
                    throw YAMLError(.binary, at: SourceLocation(path: path, line: line, column: column))
                }
                scalars.append(scalar)
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            case .emptyInput:
                return String(scalars)
            case .error:
                throw YAMLError(.invalidUTF8, at: SourceLocation(path: path, line: line, column: column))
            }
        }
    }
}

/// The source split into lines of Unicode scalars, to map multi-line scalars back to the file.
struct SourceLines {
    var lines: [[Unicode.Scalar]]

    init(_ text: String) {
        var lines: [[Unicode.Scalar]] = [[]]
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                if lines[lines.count - 1].last == "\r" { lines[lines.count - 1].removeLast() }
                lines.append([])
            } else {
                lines[lines.count - 1].append(scalar)
            }
        }
        self.lines = lines
    }

    subscript(line: Int) -> [Unicode.Scalar] {
        line >= 1 && line <= lines.count ? lines[line - 1] : []
    }
}

/// Turns libyaml's event stream into a node tree, enforcing the depth and alias budgets and
/// resolving merge keys (`<<: *defaults`). Each event costs constant work (collections grow in
/// place on the stack), so a long list loads in linear time.
private struct TreeBuilder {
    let path: String
    let source: SourceLines
    let maximumDepth: Int
    let maximumNodes: Int

    /// A collection being read: its items (a mapping's keys and values alternate) grow in place.
    private struct Open {
        var start: SourceLocation
        var anchor: String?
        var isMapping: Bool
        var items: [YAMLNode] = []
    }

    private var stack: [Open] = []
    private var anchors: [String: (node: YAMLNode, size: Int)] = [:]
    private var nodeCount = 0
    /// Whether an alias has been expanded: then a document over the node budget is an alias bomb.
    private var expandedAlias = false
    private var documents = 0
    private var root: YAMLNode?

    init(path: String, source: SourceLines, maximumDepth: Int, maximumNodes: Int) {
        self.path = path
        self.source = source
        self.maximumDepth = maximumDepth
        self.maximumNodes = maximumNodes
    }

    mutating func parse(_ bytes: [UInt8]) throws(YAMLError) -> YAMLNode? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw YAMLError(.syntax(YAMLSyntaxProblem("the YAML parser could not start")), at: location(line: 1, column: 1))
        }
        defer { yaml_parser_delete(&parser) }
        return try bytes.withUnsafeBufferPointer { (buffer) throws(YAMLError) -> YAMLNode? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    throw syntaxError(parser)
                }
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { return root }
                try handle(event)
            }
        }
    }

    private func syntaxError(_ parser: yaml_parser_t) -> YAMLError {
        var problem = YAMLSyntaxProblem(parser.problem.map { String(cString: $0) } ?? "malformed YAML")
        if let context = parser.context.map({ String(cString: $0) }) {
            problem.context = context
            problem.contextLine = Int(parser.context_mark.line) + 1
            problem.contextColumn = Int(parser.context_mark.column) + 1
        }
        let mark = parser.problem_mark
        let line = Int(mark.line) + 1
        let column = Int(mark.column) + 1
        let text = source[line]
        problem.isTab = column - 1 < text.count && text[column - 1] == "\t"
        return YAMLError(.syntax(problem), at: location(line: line, column: column))
    }

    private func location(_ mark: yaml_mark_t) -> SourceLocation {
        location(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    private func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(path: path, line: line, column: column)
    }

    private mutating func handle(_ event: yaml_event_t) throws(YAMLError) {
        let start = location(event.start_mark)
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 { throw YAMLError(.multipleDocuments, at: start) }
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let value = Self.string(data.value, length: data.length)
            var style = Self.style(data.style)
            if style == .plain, let tag = data.tag.map({ String(cString: $0) }), tag == "tag:yaml.org,2002:str" {
                style = .doubleQuoted
            }
            let end = location(event.end_mark)
            let node = YAMLNode(
                kind: .scalar(value, style), start: start, end: end,
                locator: locator(for: value, style: style, start: start, end: end)
            )
            try add(node, size: 1, anchor: data.anchor.map { String(cString: $0) })
        case YAML_ALIAS_EVENT:
            let name = String(cString: event.data.alias.anchor)
            guard let anchored = anchors[name] else { throw YAMLError(.undefinedAlias(name), at: start) }
            var copy = anchored.node
            copy.start = start
            copy.end = location(event.end_mark)
            expandedAlias = true
            try add(copy, size: anchored.size, anchor: nil)
        case YAML_SEQUENCE_START_EVENT:
            try open(Open(start: start, anchor: event.data.sequence_start.anchor.map { String(cString: $0) }, isMapping: false))
        case YAML_MAPPING_START_EVENT:
            try open(Open(start: start, anchor: event.data.mapping_start.anchor.map { String(cString: $0) }, isMapping: true))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            try close(end: location(event.end_mark))
        default:
            break
        }
    }

    private mutating func open(_ collection: Open) throws(YAMLError) {
        guard stack.count < maximumDepth else { throw YAMLError(.tooDeep(limit: maximumDepth), at: collection.start) }
        stack.append(collection)
    }

    private mutating func close(end: SourceLocation) throws(YAMLError) {
        guard let top = stack.popLast() else { return }
        let node: YAMLNode
        if top.isMapping {
            let pairs = stride(from: 0, to: top.items.count - 1, by: 2).map { (key: top.items[$0], value: top.items[$0 + 1]) }
            node = YAMLNode(kind: .mapping(try Self.mergingKeys(pairs)), start: top.start, end: end)
        } else {
            node = YAMLNode(kind: .sequence(top.items), start: top.start, end: end)
        }
        // The collection's own size was counted as its children arrived; count it once more for itself.
        try add(node, size: 1, anchor: top.anchor, countedChildren: true)
    }

    private mutating func add(_ node: YAMLNode, size: Int, anchor: String?, countedChildren: Bool = false) throws(YAMLError) {
        nodeCount += size
        guard nodeCount <= maximumNodes else {
            throw YAMLError(expandedAlias ? .aliasBudgetExceeded(limit: maximumNodes) : .tooManyNodes(limit: maximumNodes), at: node.start)
        }
        if let anchor {
            anchors[anchor] = (node, countedChildren ? Self.size(of: node) : size)
        }
        if stack.isEmpty {
            root = node
        } else {
            stack[stack.count - 1].items.append(node)
        }
    }

    /// YAML merge keys (`<<: *defaults`, or `<<: [*a, *b]`): the merged mappings' pairs are added
    /// where the mapping does not set the key itself, earlier mappings winning over later ones.
    /// A quoted `"<<"` is an ordinary key.
    private static func mergingKeys(_ pairs: [(key: YAMLNode, value: YAMLNode)]) throws(YAMLError) -> [(key: YAMLNode, value: YAMLNode)] {
        func isMerge(_ key: YAMLNode) -> Bool { key.isPlain && key.scalar == "<<" }
        guard pairs.contains(where: { isMerge($0.key) }) else { return pairs }
        var result = pairs.filter { !isMerge($0.key) }
        var present = Set(result.compactMap(\.key.scalar))
        for (key, value) in pairs where isMerge(key) {
            let sources: [YAMLNode] = if case let .sequence(items) = value.kind { items } else { [value] }
            for source in sources {
                guard case let .mapping(merged) = source.kind else { throw YAMLError(.invalidMerge, at: source.start) }
                for pair in merged where pair.key.scalar.map({ present.insert($0).inserted }) ?? true {
                    result.append(pair)
                }
            }
        }
        return result
    }

    private static func size(of node: YAMLNode) -> Int {
        switch node.kind {
        case .scalar: 1
        case let .sequence(items): 1 + items.reduce(0) { $0 + size(of: $1) }
        case let .mapping(pairs): 1 + pairs.reduce(0) { $0 + size(of: $1.key) + size(of: $1.value) }
        }
    }

    private static func string(_ pointer: UnsafeMutablePointer<UInt8>?, length: Int) -> String {
        guard let pointer else { return "" }
        return String(decoding: UnsafeBufferPointer(start: pointer, count: length), as: UTF8.self)
    }

    private static func style(_ style: yaml_scalar_style_t) -> YAMLNode.ScalarStyle {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }

    /// Anchors each source line of a scalar's content to its offset in the value, so that a
    /// finding inside a long answer points at the right line and column of the file.
    private func locator(for value: String, style: YAMLNode.ScalarStyle, start: SourceLocation, end: SourceLocation) -> TextLocator {
        switch style {
        case .literal, .folded:
            return blockLocator(style: style, start: start, end: end)
        case .plain, .singleQuoted, .doubleQuoted:
            return flowLocator(quoted: style != .plain, start: start, end: end)
        }
    }

    private func blockLocator(style: YAMLNode.ScalarStyle, start: SourceLocation, end: SourceLocation) -> TextLocator {
        let lastLine = end.column == 1 ? end.line - 1 : end.line
        var anchors: [TextLocator.Anchor] = []
        var indent: Int?
        var offset = 0
        var blanks = 0
        var previousLength: Int?
        for lineNumber in stride(from: start.line + 1, through: max(lastLine, start.line), by: 1) {
            let line = source[lineNumber]
            guard let firstContent = line.firstIndex(where: { $0 != " " }) else {
                blanks += 1
                continue
            }
            let blockIndent = indent ?? firstContent
            indent = blockIndent
            if let previousLength {
                offset += previousLength + (style == .literal ? blanks + 1 : max(blanks, 1))
            } else {
                offset += blanks
            }
            anchors.append(.init(offset: offset, location: location(line: lineNumber, column: blockIndent + 1)))
            previousLength = line.count - blockIndent
            blanks = 0
        }
        if anchors.isEmpty { anchors.append(.init(offset: 0, location: start)) }
        return TextLocator(anchors: anchors)
    }

    private func flowLocator(quoted: Bool, start: SourceLocation, end: SourceLocation) -> TextLocator {
        var first = start
        if quoted { first.column += 1 }
        var anchors = [TextLocator.Anchor(offset: 0, location: first)]
        guard end.line > start.line else { return TextLocator(anchors: anchors) }
        let firstLine = source[start.line]
        var offset = Self.trimmedLength(firstLine.dropFirst(first.column - 1))
        var blanks = 0
        for lineNumber in (start.line + 1)...end.line {
            let line = source[lineNumber]
            guard let firstContent = line.firstIndex(where: { $0 != " " && $0 != "\t" }) else {
                blanks += 1
                continue
            }
            offset += max(blanks, 1)
            anchors.append(.init(offset: offset, location: location(line: lineNumber, column: firstContent + 1)))
            offset += Self.trimmedLength(line[firstContent...])
            blanks = 0
        }
        return TextLocator(anchors: anchors)
    }

    private static func trimmedLength(_ scalars: ArraySlice<Unicode.Scalar>) -> Int {
        var length = scalars.count
        var index = scalars.endIndex
        while index > scalars.startIndex, scalars[index - 1] == " " || scalars[index - 1] == "\t" {
            index -= 1
            length -= 1
        }
        return length
    }
}
