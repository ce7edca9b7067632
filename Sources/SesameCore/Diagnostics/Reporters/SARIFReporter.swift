/// SARIF 2.1.0 for code-scanning tools: one run, the rule catalogue as `tool.driver.rules`,
/// one result per diagnostic. Columns count Unicode code points, as every sesame location does.
public enum SARIFReporter {
    public static let schema = "https://json.schemastore.org/sarif-2.1.0.json"

    /// The SARIF log as pretty-printed JSON text.
    public static func render(_ reports: [FileReport], rules: [RuleMetadata], toolVersion: String) -> String {
        value(for: reports, rules: rules, toolVersion: toolVersion).serialized(pretty: true) + "\n"
    }

    public static func value(for reports: [FileReport], rules: [RuleMetadata], toolVersion: String) -> JSONValue {
        var index: [String: Int] = [:]
        for (i, rule) in rules.enumerated() { index[rule.id] = i }
        let results: [JSONValue] = reports.flatMap { report in
            report.diagnostics.map { diagnostic in
                var members: [(String, JSONValue)] = [("ruleId", .string(diagnostic.rule))]
                if let i = index[diagnostic.rule] { members.append(("ruleIndex", .int(i))) }
                members += [
                    ("level", .string(level(diagnostic.severity))),
                    ("message", .object([("text", .string(diagnostic.message))])),
                    ("locations", .array([.object([
                        ("physicalLocation", .object([
                            ("artifactLocation", .object([("uri", .string(uri(diagnostic.location.path)))])),
                            ("region", .object([
                                ("startLine", .int(diagnostic.location.line)),
                                ("startColumn", .int(diagnostic.location.column)),
                            ])),
                        ])),
                    ])])),
                    ("properties", .object([("topic", .string(diagnostic.topic.rawValue))])),
                ]
                return JSONValue.object(members)
            }
        }
        var run: [(String, JSONValue)] = [
            ("tool", .object([("driver", .object([
                ("name", .string("sesame")),
                ("version", .string(toolVersion)),
                ("rules", .array(rules.map(rule))),
            ]))])),
        ]
        let failures = reports.filter { $0.failure != nil }
        if !failures.isEmpty { run.append(("invocations", .array([invocation(reporting: failures)]))) }
        run += [
            ("columnKind", .string("unicodeCodePoints")),
            ("results", .array(results)),
        ]
        return .object([
            ("$schema", .string(schema)),
            ("version", .string("2.1.0")),
            ("runs", .array([.object(run)])),
        ])
    }

    /// Files that could not be read, as SARIF's tool execution notifications: the run did not
    /// succeed, and each notice names the file.
    private static func invocation(reporting failures: [FileReport]) -> JSONValue {
        .object([
            ("executionSuccessful", .bool(false)),
            ("toolExecutionNotifications", .array(failures.map { report in
                .object([
                    ("level", .string("error")),
                    ("message", .object([("text", .string(report.failure ?? ""))])),
                    ("locations", .array([.object([
                        ("physicalLocation", .object([
                            ("artifactLocation", .object([("uri", .string(uri(report.path)))])),
                        ])),
                    ])])),
                ])
            })),
        ])
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    private static func rule(_ d: RuleMetadata) -> JSONValue {
        .object([
            ("id", .string(d.id)),
            ("shortDescription", .object([("text", .string(d.summary))])),
            ("fullDescription", .object([("text", .string(d.rationale))])),
            ("help", .object([("text", .string(d.rationale))])),
            ("defaultConfiguration", .object([("level", .string(level(d.defaultSeverity)))])),
            ("properties", .object([("tags", .array([.string(d.topic.rawValue)]))])),
        ])
    }

    /// A relative path as a URI reference (percent-encoding what a URI cannot hold); `-` is standard input.
    static func uri(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            let c = Character(Unicode.Scalar(byte))
            if byte < 0x80, c.isLetter || c.isNumber || "-._~/:@!$&'()*+,;=".contains(c) {
                out.append(c)
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return out
    }
}
