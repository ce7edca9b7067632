/// The answers given so far, by key path, and how they become a draft file and a profile.
public struct Answers: Sendable {
    public private(set) var values: [String: JSONValue] = [:]

    public init() {}

    public subscript(keyPath: String) -> JSONValue? {
        get { values[keyPath] }
        set { values[keyPath] = newValue }
    }

    /// How many questions have been answered (the version is not a question).
    public var count: Int { values.keys.count { $0 != ProfileKey.version.path } }

    /// The mail type answered so far.
    public var mailType: MailType? {
        if case let .string(type)? = values[ProfileKey.mailType.path] { return MailType(rawValue: type) }
        return nil
    }

    /// A whole-number answer (`.dailyVolume`).
    public func count(_ key: ProfileKey) -> Int? {
        if case let .int(number)? = values[key.path] { return number }
        return nil
    }

    /// The answers as a nested tree in the profile's key order, for writing a draft.
    public var tree: JSONValue {
        func build(_ fields: [SchemaField], prefix: String) -> [(String, JSONValue)] {
            fields.compactMap { field in
                let keyPath = prefix.isEmpty ? field.name : "\(prefix).\(field.name)"
                if case let .object(children) = field.type {
                    let members = build(children, prefix: keyPath)
                    return members.isEmpty ? nil : (field.name, .object(members))
                }
                return values[keyPath].map { (field.name, $0) }
            }
        }
        return .object(build(ProfileSchema.fields, prefix: ""))
    }

    /// Reads the answers back from a draft's YAML tree.
    public init(draft root: YAMLNode) {
        func walk(_ node: YAMLNode, prefix: String) {
            switch node.kind {
            case let .mapping(pairs):
                for (key, value) in pairs {
                    guard let name = key.scalar else { continue }
                    walk(value, prefix: prefix.isEmpty ? name : "\(prefix).\(name)")
                }
            case let .sequence(items):
                values[prefix] = .array(items.compactMap { $0.scalar.map(JSONValue.string) })
            case let .scalar(text, style):
                if style == .plain, let number = YAMLNode.integerValue(text) {
                    values[prefix] = .int(number)
                } else if !node.isNull {
                    values[prefix] = .string(text)
                }
            }
        }
        walk(root, prefix: "")
    }

    /// The answers validated as a whole profile, straight from the values (no YAML text is
    /// written and parsed back): its `profile` is set once every required answer is in and valid.
    public func document(path: String, language: Language = .en) -> ProfileDocument {
        ProfileLoader.validate(Self.node(for: tree, at: SourceLocation(path: path, line: 1, column: 1)), path: path, language: language)
    }

    /// A value as the YAML node the validator checks: numbers plain, text quoted (so that `yes`
    /// or `1` typed as text stays text) and located on its own (lint reads answers through their
    /// locator), lists and mappings in order.
    static func node(for value: JSONValue, at origin: SourceLocation) -> YAMLNode {
        switch value {
        case let .int(number):
            return YAMLNode(kind: .scalar(String(number), .plain), start: origin, end: origin)
        case let .string(text):
            return YAMLNode(kind: .scalar(text, .doubleQuoted), start: origin, end: origin,
                            locator: TextLocator(plainText: text, path: origin.path))
        case let .array(items):
            return YAMLNode(kind: .sequence(items.map { node(for: $0, at: origin) }), start: origin, end: origin)
        case let .object(members):
            let pairs = members.map { (key: node(for: .string($0.0), at: origin), value: node(for: $0.1, at: origin)) }
            return YAMLNode(kind: .mapping(pairs), start: origin, end: origin)
        default:
            return YAMLNode(kind: .scalar("", .plain), start: origin, end: origin)
        }
    }

    /// The answers a profile file gives: every question's value that passed validation, and an
    /// empty answer for an optional question the file leaves out (so that it is not asked).
    public init(file document: ProfileDocument) {
        let written = Answers(draft: document.root)
        for question in Questions.all + Questions.specifiedEmailAct {
            if document.value(at: question.keyPath) != nil {
                values[question.keyPath] = written[question.keyPath]
            } else if question.optional, written[question.keyPath] == nil {
                values[question.keyPath] = question.kind == .list ? .array([]) : .string("")
            }
        }
        values[ProfileKey.version.path] = .int(ProfileSchema.version)
    }

    /// What a profile file says for each question, as the text a person would type: the
    /// defaults offered when a question it answers invalidly is asked again.
    static func suggestions(from document: ProfileDocument) -> [String: String] {
        Answers(draft: document.root).values.compactMapValues(text(of:))
    }

    /// A value as the text a person would type for it: a list joined with ", ".
    static func text(of value: JSONValue) -> String? {
        switch value {
        case let .string(text): text
        case let .int(number): String(number)
        case let .array(items): items.compactMap { if case let .string(item) = $0 { item } else { nil } }.joined(separator: ", ")
        default: nil
        }
    }
}

extension ProfileDocument {
    /// The errors of a profile taken as `sesame init --from`'s answers: those of validation,
    /// except that `version` may be left out (the wizard writes it) and a missing `use_case` is
    /// every answer it holds, each named, so that a script learns all it has to add. `language`
    /// is the one the document was loaded in.
    public func answerProblems(language: Language) -> [Diagnostic] {
        diagnostics.filter { $0.severity == .error }.flatMap { diagnostic -> [Diagnostic] in
            guard diagnostic.rule == "missing-field" else { return [diagnostic] }
            if diagnostic.message.hasPrefix("`\(ProfileKey.version.path)`") { return [] }
            guard diagnostic.message.hasPrefix("`use_case`"),
                  case let .object(fields)? = ProfileSchema.fields.first(where: { $0.name == "use_case" })?.type else { return [diagnostic] }
            return fields.filter(\.required).map { field in
                var missing = diagnostic
                missing.topic = field.topic
                missing.message = ValidatorMessages.missing("use_case.\(field.name)", summary: field.summary).text(in: language)
                return missing
            }
        }
    }
}
