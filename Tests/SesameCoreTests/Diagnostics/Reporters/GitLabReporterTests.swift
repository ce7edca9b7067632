import SesameCore
import Testing

@Suite struct GitLabReporterTests {
    private static func finding(_ line: Int, _ severity: Severity, _ rule: String, _ message: String) -> Diagnostic {
        Diagnostic(location: SourceLocation(path: "./ses/profile.yaml", line: line, column: 3), severity: severity,
                   rule: rule, topic: .bounceHandling, message: message)
    }

    @Test func exactCodeQualityReport() {
        let report = FileReport(path: "./ses/profile.yaml", diagnostics: [
            Self.finding(9, .error, "bounce-handling-missing", "no \"bounce\" plan\nfix it"),
            Self.finding(2, .info, "too-short", "short"),
            Self.finding(4, .warning, "bounce-handling-missing", "no \"bounce\" plan\nfix it"),
        ])
        #expect(GitLabReporter.render([report]) == """
            [
              {
                "description": "short",
                "check_name": "too-short",
                "fingerprint": "ce49ff914fcde81e",
                "severity": "info",
                "location": {
                  "path": "ses/profile.yaml",
                  "lines": {
                    "begin": 2
                  }
                }
              },
              {
                "description": "no \\"bounce\\" plan\\nfix it",
                "check_name": "bounce-handling-missing",
                "fingerprint": "526a1f9aaa6f7884",
                "severity": "minor",
                "location": {
                  "path": "ses/profile.yaml",
                  "lines": {
                    "begin": 4
                  }
                }
              },
              {
                "description": "no \\"bounce\\" plan\\nfix it",
                "check_name": "bounce-handling-missing",
                "fingerprint": "526a209aaa6f7a37",
                "severity": "major",
                "location": {
                  "path": "ses/profile.yaml",
                  "lines": {
                    "begin": 9
                  }
                }
              }
            ]

            """)
    }

    @Test func noFindingsIsAnEmptyArray() {
        #expect(GitLabReporter.render([FileReport(path: "ses/profile.yaml", diagnostics: [])]) == "[]\n")
    }

    @Test func fingerprintIgnoresTheLineSoAMovedFindingKeepsIt() {
        let before = GitLabReporter.value(for: [FileReport(path: "a", diagnostics: [Self.finding(3, .error, "r", "m")])])
        let after = GitLabReporter.value(for: [FileReport(path: "a", diagnostics: [Self.finding(30, .error, "r", "m")])])
        guard case let .array(first) = before, case let .object(one) = first[0],
              case let .array(second) = after, case let .object(two) = second[0] else {
            Issue.record("not an array of objects"); return
        }
        #expect(one.first { $0.0 == "fingerprint" }?.1 == two.first { $0.0 == "fingerprint" }?.1)
    }
}
