/// `sesame lint --list-rules --format json`: the rule catalogue as data, for editors and scripts.
public enum RuleListJSON {
    public static func render(_ rules: [RuleMetadata]) -> String {
        value(for: rules).serialized(pretty: true) + "\n"
    }

    public static func value(for rules: [RuleMetadata]) -> JSONValue {
        JSONValue.object([
            ("rules", .array(rules.map { rule in
                .object([
                    ("id", .string(rule.id)),
                    ("topic", .string(rule.topic.rawValue)),
                    ("severity", .string(rule.defaultSeverity.rawValue)),
                    ("summary", .string(rule.summary)),
                    ("rationale", .string(rule.rationale)),
                ])
            })),
        ]).versionedDocument
    }
}
