/// Walks a YAML tree against `ProfileSchema`, collecting every problem in one pass
/// (unknown and duplicate keys, types, values, limits, completeness) and keeping the
/// nodes that passed, by key path, for building the `Profile`.
struct ProfileValidator {
    let path: String
    private(set) var diagnostics: [Diagnostic] = []
    /// Key path (`use_case.sending.daily_volume`) → the node that passed its checks.
    private(set) var accepted: [String: YAMLNode] = [:]
    /// Key path → the node of its key, for locating findings about a field.
    private(set) var keys: [String: YAMLNode] = [:]
    /// Key paths reported missing or blank (`missing-field`).
    private(set) var missing: Set<String> = []

    init(path: String) {
        self.path = path
    }

    mutating func checkRoot(_ root: YAMLNode, fields: [SchemaField] = ProfileSchema.fields) {
        checkMapping(root, fields: fields, prefix: "", topic: .clarity)
    }

    /// Checks one value against one field, as the wizard does with each answer.
    static func check(_ node: YAMLNode, keyPath: String, field: SchemaField, path: String = "answer") -> [Diagnostic] {
        var validator = ProfileValidator(path: path)
        if node.isNull || node.scalar?.isBlank == true {
            if field.required { validator.reportMissing(field, keyPath: keyPath, at: node.start, present: true) }
        } else {
            validator.check(node, as: field.type, keyPath: keyPath, field: field)
        }
        return validator.diagnostics
    }

    private mutating func report(_ rule: String, _ topic: Topic, at location: SourceLocation, _ message: String) {
        diagnostics.append(Diagnostic(location: location, severity: .error, rule: rule, topic: topic, message: message))
    }

    private static func join(_ prefix: String, _ name: String) -> String {
        prefix.isEmpty ? name : "\(prefix).\(name)"
    }

    private mutating func checkMapping(_ node: YAMLNode, fields: [SchemaField], prefix: String, topic: Topic) {
        guard case let .mapping(pairs) = node.kind else {
            let what = prefix.isEmpty ? "the profile" : "`\(prefix)`"
            report("wrong-type", topic, at: node.start, "\(what) must be a mapping of keys, found \(node.typeDescription)")
            return
        }
        var seen: [String: YAMLNode] = [:]
        for (key, value) in pairs {
            guard let name = key.scalar, !key.isNull else {
                report("wrong-type", topic, at: key.start, "keys must be plain names, found \(key.typeDescription)")
                continue
            }
            let keyPath = Self.join(prefix, name)
            if let first = seen[name] {
                report("duplicate-key", topic, at: key.start,
                       "duplicate key `\(keyPath)` (first set at line \(first.start.line)); keep one")
                continue
            }
            seen[name] = key
            guard let field = fields.first(where: { $0.name == name }) else {
                var message = "unknown key `\(keyPath)`"
                if let suggestion = Suggestion.closest(to: name, in: fields.map(\.name)) {
                    message += "; did you mean `\(Self.join(prefix, suggestion))`?"
                } else {
                    message += "; expected one of \(fields.map { "`\($0.name)`" }.joined(separator: ", "))"
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
        for field in fields where field.required && seen[field.name] == nil {
            let location = prefix.isEmpty ? node.start : (keys[prefix]?.start ?? node.start)
            reportMissing(field, keyPath: Self.join(prefix, field.name), at: location, present: false)
        }
    }

    private mutating func reportMissing(_ field: SchemaField, keyPath: String, at location: SourceLocation, present: Bool) {
        let state = present ? "is empty" : "is missing"
        missing.insert(keyPath)
        report("missing-field", field.topic, at: location, "`\(keyPath)` \(state): \(field.summary)")
    }

    private mutating func check(_ node: YAMLNode, as type: SchemaType, keyPath: String, field: SchemaField) {
        switch type {
        case let .object(fields):
            checkMapping(node, fields: fields, prefix: keyPath, topic: field.topic)
            accepted[keyPath] = node
        case let .dictionary(valueType):
            guard case let .mapping(pairs) = node.kind else {
                return wrongType(node, keyPath: keyPath, field: field, expected: "a mapping")
            }
            var valid = true
            for (key, value) in pairs {
                guard let name = key.scalar else { valid = false; continue }
                let before = diagnostics.count
                check(value, as: valueType, keyPath: Self.join(keyPath, name), field: field)
                valid = valid && diagnostics.count == before
            }
            if valid { accepted[keyPath] = node }
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

    private mutating func wrongType(_ node: YAMLNode, keyPath: String, field: SchemaField, expected: String) {
        var message = "`\(keyPath)` must be \(expected), found \(node.typeDescription)"
        if case let .scalar(value, style) = node.kind, style != .plain, expected == "a whole number",
           YAMLNode.integerValue(value) != nil {
            message += " (remove the quotes around \(value))"
        }
        report("wrong-type", field.topic, at: node.start, message)
    }

    private mutating func checkList(
        _ node: YAMLNode, itemType: SchemaType, minItems: Int, maxItems: Int?, unique: Bool, keyPath: String, field: SchemaField
    ) {
        guard case let .sequence(items) = node.kind else {
            return wrongType(node, keyPath: keyPath, field: field, expected: "a list (`[a, b]` or `- a` lines)")
        }
        let before = diagnostics.count
        if items.count < minItems {
            report("out-of-range", field.topic, at: node.start, "`\(keyPath)` needs at least \(minItems) items, has \(items.count)")
        }
        if let maxItems, items.count > maxItems {
            report("out-of-range", field.topic, at: items[maxItems].start,
                   "`\(keyPath)` takes at most \(maxItems) items, has \(items.count); remove \(items.count - maxItems)")
        }
        var seen: [String: Int] = [:]
        for (index, item) in items.enumerated() {
            let itemPath = "\(keyPath)[\(index)]"
            if item.isNull {
                report("wrong-type", field.topic, at: item.start, "`\(itemPath)` is empty")
                continue
            }
            let itemBefore = diagnostics.count
            check(item, as: itemType, keyPath: itemPath, field: field)
            if unique, diagnostics.count == itemBefore, let value = item.scalar {
                let normalized = value.lowercased()
                if let first = seen[normalized] {
                    report("duplicate-item", field.topic, at: item.start,
                           "`\(itemPath)` repeats `\(value)` (already at line \(first)); list it once")
                } else {
                    seen[normalized] = item.start.line
                }
            }
        }
        if diagnostics.count == before { accepted[keyPath] = node }
    }

    private mutating func checkInteger(_ node: YAMLNode, minimum: Int, maximum: Int?, keyPath: String, field: SchemaField) {
        guard case let .scalar(text, .plain) = node.kind, let value = YAMLNode.integerValue(text) else {
            if case let .scalar(text, .plain) = node.kind, !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "_") }) {
                report("out-of-range", field.topic, at: node.start, "`\(keyPath)` \(text) is far too large for a count")
                return
            }
            return wrongType(node, keyPath: keyPath, field: field, expected: "a whole number")
        }
        if value < minimum || maximum.map({ value > $0 }) == true {
            let range = maximum.map { $0 == minimum ? "\(minimum)" : "between \(minimum) and \($0)" } ?? "at least \(minimum)"
            report("out-of-range", field.topic, at: node.start, "`\(keyPath)` must be \(range), found \(value)")
            return
        }
        accepted[keyPath] = node
    }

    private mutating func checkString(
        _ node: YAMLNode, minLength: Int, maxLength: Int?, format: SchemaType.StringFormat, keyPath: String, field: SchemaField
    ) {
        guard let text = node.scalar else {
            return wrongType(node, keyPath: keyPath, field: field, expected: "text")
        }
        let trimmed = text.trimmed
        let length = text.unicodeScalars.count
        if trimmed.isEmpty {
            missing.insert(keyPath)
            report("missing-field", field.topic, at: node.start, "`\(keyPath)` is blank: \(field.summary)")
            return
        }
        if length < minLength {
            report("out-of-range", field.topic, at: node.start,
                   "`\(keyPath)` must be at least \(minLength) characters, has \(length)")
            return
        }
        if let maxLength, length > maxLength {
            report("out-of-range", field.topic, at: node.start,
                   "`\(keyPath)` must be at most \(maxLength) characters, has \(length) (\(length - maxLength) too many)")
            return
        }
        switch format {
        case .text:
            break
        case .url:
            if let problem = Formats.urlProblem(trimmed) {
                report("invalid-url", field.topic, at: node.start, "`\(keyPath)` is not a usable website URL: \(problem)")
                return
            }
        case .email:
            if let problem = Formats.emailProblem(trimmed) {
                report("invalid-email", field.topic, at: node.start, "`\(keyPath)` `\(text)` is not an email address: \(problem)")
                return
            }
        }
        accepted[keyPath] = node
    }

    private mutating func checkEnumeration(_ node: YAMLNode, values: [String], keyPath: String, field: SchemaField) {
        guard let text = node.scalar else {
            return wrongType(node, keyPath: keyPath, field: field, expected: "one of \(values.joined(separator: ", "))")
        }
        guard values.contains(text) else {
            let rule = values == SESRegions.all ? "unknown-region" : "invalid-value"
            var message = "`\(keyPath)` cannot be `\(text)`"
            if let suggestion = Suggestion.closest(to: text, in: values) {
                message += "; did you mean `\(suggestion)`?"
            } else if values.count <= 8 {
                message += "; use one of \(values.joined(separator: ", "))"
            } else {
                message += "; it is not a region where SES is offered"
            }
            report(rule, field.topic, at: node.start, message)
            return
        }
        accepted[keyPath] = node
    }
}
