/// The `--format json` shape of product.md, shared by `validate` and `lint`.
public enum JSONReporter {
    public static func render(_ reports: [FileReport]) -> String {
        value(for: reports).serialized(pretty: true) + "\n"
    }

    public static func value(for reports: [FileReport]) -> JSONValue {
        let summary = ReportSummary(reports)
        return .object([
            ("files", .array(reports.map { report in
                .object([
                    ("path", .string(report.path)),
                    ("findings", .array(report.diagnostics.map(finding))),
                ])
            })),
            ("summary", .object([("errors", .int(summary.errors)), ("warnings", .int(summary.warnings))])),
        ])
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
