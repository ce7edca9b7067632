/// The `--format json` shape of product.md, shared by `validate` and `lint`. A file that could
/// not be read carries an `error` member; a draft whose mail type was inferred, `inferred_mail_type`.
public enum JSONReporter {
    public static func render(_ reports: [FileReport]) -> String {
        value(for: reports).serialized(pretty: true) + "\n"
    }

    public static func value(for reports: [FileReport]) -> JSONValue {
        let summary = ReportSummary(reports)
        return JSONValue.object([
            ("files", .array(reports.map { report in
                var members: [(String, JSONValue)] = [("path", .string(report.path))]
                if let failure = report.failure { members.append(("error", .string(failure))) }
                if let inferred = report.inferredMailType { members.append(("inferred_mail_type", .string(inferred))) }
                members.append(("findings", .array(report.diagnostics.map(finding))))
                return .object(members)
            })),
            ("summary", .object([("errors", .int(summary.errors)), ("warnings", .int(summary.warnings))])),
        ]).versionedDocument
    }

    private static func finding(_ diagnostic: Diagnostic) -> JSONValue {
        .object([
            ("rule", .string(diagnostic.rule)),
            ("topic", .string(diagnostic.topic.rawValue)),
            ("severity", .string(diagnostic.severity.rawValue)),
            ("message", .string(diagnostic.message)),
            ("line", .int(diagnostic.location.line)),
            ("column", .int(diagnostic.location.column)),
        ])
    }
}
