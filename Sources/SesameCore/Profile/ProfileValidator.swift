/// Walks a YAML tree against `ProfileSchema`, collecting every problem in one pass
/// (unknown and duplicate keys, types, values, limits, completeness) and keeping the
/// nodes that passed, by key path, for building the `Profile`.
struct ProfileValidator {
    let path: String
    /// The language of the messages.
    let language: Language
    private(set) var diagnostics: [Diagnostic] = []
    /// Key path (`use_case.sending.daily_volume`) → the node that passed its checks.
    private(set) var accepted: [String: YAMLNode] = [:]
    /// Key path → the node of its key, for locating findings about a field.
    private(set) var keys: [String: YAMLNode] = [:]
    /// Key paths reported missing or blank (`missing-field`).
    private(set) var missing: Set<String> = []

    init(path: String, language: Language = .en) {
        self.path = path
        self.language = language
    }

    mutating func checkRoot(_ root: YAMLNode, fields: [SchemaField] = ProfileSchema.fields) {
        checkMapping(root, fields: fields, prefix: "", topic: .clarity)
    }

    /// Checks one value against one field, as the wizard does with each answer: the problems
    /// (errors; notes about folded input are left out) and, when there are none, the value as the
    /// profile records it (folded: `３，０００` → `3000`).
    static func check(
        _ node: YAMLNode, keyPath: String, field: SchemaField, path: String = "answer", language: Language = .en
    ) -> (problems: [Diagnostic], value: YAMLNode?) {
        var validator = ProfileValidator(path: path, language: language)
        if node.isNull || node.scalar?.isBlank == true {
            if field.required { validator.reportMissing(field, keyPath: keyPath, at: node.start, present: true) }
        } else {
            validator.check(node, as: field.type, keyPath: keyPath, field: field)
        }
        let problems = validator.diagnostics.filter { $0.severity == .error }
        return (problems, problems.isEmpty ? validator.accepted[keyPath] ?? node : nil)
    }

    private mutating func report(_ rule: String, _ topic: Topic, at location: SourceLocation, _ message: LocalizedText) {
        diagnostics.append(Diagnostic(location: location, severity: .error, rule: rule, topic: topic, message: message.text(in: language)))
    }

    /// Accepts `folded`, which the user typed as `node`, and notes how it was read.
    private mutating func acceptFolded(_ folded: String, typed node: YAMLNode, keyPath: String, field: SchemaField) {
        var value = node
        value.kind = .scalar(folded, .plain)
        accepted[keyPath] = value
        noteFolded(folded, typed: node, keyPath: keyPath, field: field)
    }

    private mutating func noteFolded(_ folded: String, typed node: YAMLNode, keyPath: String, field: SchemaField) {
        diagnostics.append(Diagnostic(
            location: node.start, severity: .info, rule: "folded-input", topic: field.topic,
            message: ValidatorMessages.folded(keyPath, typed: node.scalar ?? "", value: folded).text(in: language)
        ))
    }

    private static func join(_ prefix: String, _ name: String) -> String {
        prefix.isEmpty ? name : "\(prefix).\(name)"
    }

    private mutating func checkMapping(_ node: YAMLNode, fields: [SchemaField], prefix: String, topic: Topic) {
        guard case let .mapping(pairs) = node.kind else {
            let what = prefix.isEmpty ? ValidatorMessages.theProfile.text(in: language) : "`\(prefix)`"
            report("wrong-type", topic, at: node.start, ValidatorMessages.notMapping(what, found: node.typeDescription))
            return
        }
        var seen: [String: YAMLNode] = [:]
        for (key, value) in pairs {
            guard let name = key.scalar, !key.isNull else {
                report("wrong-type", topic, at: key.start, ValidatorMessages.keyNotName(found: key.typeDescription))
                continue
            }
            let keyPath = Self.join(prefix, name)
            if let first = seen[name] {
                report("duplicate-key", topic, at: key.start, ValidatorMessages.duplicateKey(keyPath, firstLine: first.start.line))
                continue
            }
            seen[name] = key
            guard let field = fields.first(where: { $0.name == name }) else {
                let message = if let suggestion = Suggestion.closest(to: name, in: fields.map(\.name)) {
                    ValidatorMessages.unknownKey(keyPath, suggestion: Self.join(prefix, suggestion))
                } else {
                    ValidatorMessages.unknownKey(keyPath, expected: fields.map { "`\($0.name)`" })
                }
                report("unknown-key", topic, at: key.start, message)
                continue
            }
            keys[keyPath] = key
            if value.isNull {
                if field.required { reportMissing(field, keyPath: keyPath, at: value.start, present: true) }
                continue
            }
            check(value, as: field.type, keyPath: keyPath, field: field)
        }
        let location = prefix.isEmpty ? node.start : (keys[prefix]?.start ?? node.start)
        for field in fields where field.required && seen[field.name] == nil {
            reportMissing(field, keyPath: Self.join(prefix, field.name), at: location, present: false)
        }
        for field in fields where field.recommended && seen[field.name] == nil {
            diagnostics.append(Diagnostic(
                location: location, severity: .warning, rule: "incomplete-section", topic: field.topic,
                message: ValidatorMessages.missing(Self.join(prefix, field.name), summary: field.summary).text(in: language)))
        }
    }

    private mutating func reportMissing(_ field: SchemaField, keyPath: String, at location: SourceLocation, present: Bool) {
        missing.insert(keyPath)
        let message = present ? ValidatorMessages.empty(keyPath, summary: field.summary) : ValidatorMessages.missing(keyPath, summary: field.summary)
        report("missing-field", field.topic, at: location, message)
    }

    private mutating func check(_ node: YAMLNode, as type: SchemaType, keyPath: String, field: SchemaField) {
        switch type {
        case let .object(fields):
            checkMapping(node, fields: fields, prefix: keyPath, topic: field.topic)
            accepted[keyPath] = node
        case let .dictionary(valueType):
            guard case let .mapping(pairs) = node.kind else {
                return wrongType(node, keyPath: keyPath, field: field, expected: ValidatorMessages.mapping)
            }
            var valid = true
            var read = node
            read.kind = .mapping(pairs.map { pair in
                guard let name = pair.key.scalar else { valid = false; return pair }
                let before = diagnostics.count
                check(pair.value, as: valueType, keyPath: Self.join(keyPath, name), field: field)
                valid = valid && !diagnostics[before...].contains { $0.severity == .error }
                return (pair.key, accepted[Self.join(keyPath, name)] ?? pair.value)
            })
            if valid { accepted[keyPath] = read }
        case let .list(itemType, minItems, maxItems, uniqueItems):
            checkList(node, itemType: itemType, minItems: minItems, maxItems: maxItems, unique: uniqueItems, keyPath: keyPath, field: field)
        case let .integer(minimum, maximum):
            checkInteger(node, minimum: minimum, maximum: maximum, keyPath: keyPath, field: field)
        case let .string(minLength, maxLength, format):
            checkString(node, minLength: minLength, maxLength: maxLength, format: format, keyPath: keyPath, field: field)
        case let .enumeration(values):
            checkEnumeration(node, values: values, keyPath: keyPath, field: field)
        }
    }

    private mutating func wrongType(_ node: YAMLNode, keyPath: String, field: SchemaField, expected: LocalizedText) {
        var message = ValidatorMessages.wrongType(keyPath, expected: expected, found: node.typeDescription)
        if case let .scalar(value, style) = node.kind, style != .plain, expected == ValidatorMessages.wholeNumber,
           YAMLNode.integerValue(value) != nil {
            let hint = ValidatorMessages.removeQuotes(value)
            message = LocalizedText(en: message.en + hint.en, ja: message.ja + hint.ja)
        }
        report("wrong-type", field.topic, at: node.start, message)
    }

    private mutating func checkList(
        _ node: YAMLNode, itemType: SchemaType, minItems: Int, maxItems: Int?, unique: Bool, keyPath: String, field: SchemaField
    ) {
        guard case let .sequence(items) = node.kind else {
            if let text = node.scalar, let typed = InputFolding.listItems(text) {
                // `a@example.jp，b@example.jp` on one line: the items it lists, each at the list's place.
                var list = node
                list.kind = .sequence(typed.map { item in
                    var itemNode = node
                    itemNode.kind = .scalar(item, .plain)
                    return itemNode
                })
                let before = diagnostics.count
                checkList(list, itemType: itemType, minItems: minItems, maxItems: maxItems, unique: unique, keyPath: keyPath, field: field)
                // One note for the whole line rather than one an item, all at the same place.
                diagnostics = Array(diagnostics[..<before]) + diagnostics[before...].filter { $0.rule != "folded-input" }
                if case let .sequence(read)? = accepted[keyPath]?.kind {
                    noteFolded("[\(read.compactMap(\.scalar).joined(separator: ", "))]", typed: node, keyPath: keyPath, field: field)
                }
                return
            }
            return wrongType(node, keyPath: keyPath, field: field, expected: ValidatorMessages.list)
        }
        let before = diagnostics.count
        if items.count < minItems {
            report("out-of-range", field.topic, at: node.start, ValidatorMessages.tooFewItems(keyPath, minimum: minItems, count: items.count))
        }
        if let maxItems, items.count > maxItems {
            report("out-of-range", field.topic, at: items[maxItems].start,
                   ValidatorMessages.tooManyItems(keyPath, maximum: maxItems, count: items.count))
        }
        var seen: [String: Int] = [:]
        for (index, item) in items.enumerated() {
            let itemPath = "\(keyPath)[\(index)]"
            if item.isNull {
                report("wrong-type", field.topic, at: item.start, ValidatorMessages.emptyItem(itemPath))
                continue
            }
            let itemBefore = diagnostics.count
            check(item, as: itemType, keyPath: itemPath, field: field)
            if unique, !diagnostics[itemBefore...].contains(where: { $0.severity == .error }),
               let value = accepted[itemPath]?.scalar ?? item.scalar {
                let normalized = value.lowercased()
                if let first = seen[normalized] {
                    report("duplicate-item", field.topic, at: item.start,
                           ValidatorMessages.duplicateItem(itemPath, value: value, firstLine: first))
                } else {
                    seen[normalized] = item.start.line
                }
            }
        }
        guard !diagnostics[before...].contains(where: { $0.severity == .error }) else { return }
        var list = node
        list.kind = .sequence(items.indices.map { accepted["\(keyPath)[\($0)]"] ?? items[$0] })
        accepted[keyPath] = list
    }

    private mutating func checkInteger(_ node: YAMLNode, minimum: Int, maximum: Int?, keyPath: String, field: SchemaField) {
        var folded = false
        let value: Int
        if case let .scalar(text, .plain) = node.kind, let number = YAMLNode.integerValue(text) {
            value = number
        } else if let text = node.scalar, YAMLNode.integerValue(text) == nil, let number = InputFolding.count(text) {
            // As typed (`３，０００`, `3,000通`): accepted, with a note saying how to write it.
            value = number
            folded = true
        } else {
            if case let .scalar(text, .plain) = node.kind, !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "_") }) {
                report("out-of-range", field.topic, at: node.start, ValidatorMessages.countTooLarge(keyPath, text))
                return
            }
            return wrongType(node, keyPath: keyPath, field: field, expected: ValidatorMessages.wholeNumber)
        }
        if value < minimum || maximum.map({ value > $0 }) == true {
            report("out-of-range", field.topic, at: node.start, ValidatorMessages.outOfRange(keyPath, minimum: minimum, maximum: maximum, found: value))
            return
        }
        if folded {
            acceptFolded(String(value), typed: node, keyPath: keyPath, field: field)
        } else {
            accepted[keyPath] = node
        }
    }

    private mutating func checkString(
        _ node: YAMLNode, minLength: Int, maxLength: Int?, format: SchemaType.StringFormat, keyPath: String, field: SchemaField
    ) {
        guard let typed = node.scalar else {
            return wrongType(node, keyPath: keyPath, field: field, expected: ValidatorMessages.text)
        }
        // Addresses and URLs typed in full width (`ｉｎｆｏ＠ｅｘａｍｐｌｅ．ｊｐ`) are read in ASCII.
        let text = format == .text ? typed : InputFolding.width(typed)
        let trimmed = text.trimmed
        let length = text.unicodeScalars.count
        if trimmed.isEmpty {
            missing.insert(keyPath)
            report("missing-field", field.topic, at: node.start, ValidatorMessages.blank(keyPath, summary: field.summary))
            return
        }
        if length < minLength {
            report("out-of-range", field.topic, at: node.start, ValidatorMessages.tooShort(keyPath, minimum: minLength, length: length))
            return
        }
        if let maxLength, length > maxLength {
            report("out-of-range", field.topic, at: node.start, ValidatorMessages.tooLong(keyPath, maximum: maxLength, length: length))
            return
        }
        switch format {
        case .text:
            break
        case .url:
            if let problem = WebsiteURL(trimmed).problem {
                report("invalid-url", field.topic, at: node.start, ValidatorMessages.invalidURL(keyPath, problem: problem))
                return
            }
        case .email:
            if let problem = Formats.emailProblem(trimmed) {
                report("invalid-email", field.topic, at: node.start, ValidatorMessages.invalidEmail(keyPath, typed, problem: problem))
                return
            }
        case .contact:
            if let problem = Formats.contactProblem(trimmed) {
                report("invalid-contact", field.topic, at: node.start, ValidatorMessages.invalidContact(keyPath, typed, problem: problem))
                return
            }
        }
        if text == typed {
            accepted[keyPath] = node
        } else {
            acceptFolded(trimmed, typed: node, keyPath: keyPath, field: field)
        }
    }

    private mutating func checkEnumeration(_ node: YAMLNode, values: [String], keyPath: String, field: SchemaField) {
        guard let text = node.scalar else {
            return wrongType(node, keyPath: keyPath, field: field, expected: ValidatorMessages.oneOf(values))
        }
        guard values.contains(text) else {
            if let value = InputFolding.choice(text, in: values) {
                return acceptFolded(value, typed: node, keyPath: keyPath, field: field)
            }
            let rule = values == SESRegions.all ? "unknown-region" : "invalid-value"
            let message = if let suggestion = Suggestion.closest(to: text, in: values) {
                ValidatorMessages.invalidValue(keyPath, text, suggestion: suggestion)
            } else if values.count <= 8 {
                ValidatorMessages.invalidValue(keyPath, text, values: values)
            } else {
                ValidatorMessages.notARegion(keyPath, text)
            }
            report(rule, field.topic, at: node.start, message)
            return
        }
        accepted[keyPath] = node
    }
}
