import SesameCore
import Testing

@Suite struct ReporterTests {
    static let report = FileReport(path: "drafts/a b.txt", diagnostics: [
        Diagnostic(location: SourceLocation(path: "drafts/a b.txt", line: 3, column: 7), severity: .error,
                   rule: "bounce-handling-missing", topic: .bounceHandling, message: "no bounces: 100% bad,\nfix"),
        Diagnostic(location: SourceLocation(path: "drafts/a b.txt", line: 1, column: 1), severity: .info,
                   rule: "too-short", topic: .clarity, message: "short"),
    ])

    @Test func githubExactOutput() {
        let out = GitHubReporter.render([Self.report])
        #expect(out == """
            ::notice file=drafts/a b.txt,line=1,col=1,title=too-short::short
            ::error file=drafts/a b.txt,line=3,col=7,title=bounce-handling-missing::no bounces: 100%25 bad,\\nfix

            """)
    }

    @Test func jsonCarriesTheSchemaVersionAFailureAndTheInferredType() {
        let unreadable = FileReport(path: "gone.txt", diagnostics: [], failure: "cannot read gone.txt: no such file")
        let inferred = FileReport(path: "d.txt", diagnostics: [], inferredMailType: "MARKETING")
        #expect(JSONReporter.render([unreadable, inferred]) == """
            {
              "schema_version": 1,
              "files": [
                {
                  "path": "gone.txt",
                  "error": "cannot read gone.txt: no such file",
                  "findings": []
                },
                {
                  "path": "d.txt",
                  "inferred_mail_type": "MARKETING",
                  "findings": []
                }
              ],
              "summary": {
                "errors": 0,
                "warnings": 0
              }
            }

            """)
    }

    @Test func textLeavesAnUnreadableFileToStandardError() {
        let unreadable = FileReport(path: "gone.txt", diagnostics: [], failure: "cannot read gone.txt: no such file")
        #expect(TextReporter().render([unreadable, FileReport(path: "ok.txt", diagnostics: [])]) == "ok.txt: ok\n")
    }

    @Test func githubEscapesProperties() {
        let d = Diagnostic(location: SourceLocation(path: "c:/x,y%.txt", line: 2, column: 5), severity: .warning,
                           rule: "r", topic: .clarity, message: "a\r\nb")
        #expect(GitHubReporter.render([FileReport(path: "p", diagnostics: [d])])
                == "::warning file=c%3A/x%2Cy%25.txt,line=2,col=5,title=r::a\\r\\nb\n")
    }

    @Test func sarifShape() throws {
        let rules = RuleCatalogue.standard.metadata
        let value = SARIFReporter.value(for: [Self.report], rules: rules, toolVersion: "1.2.3")
        guard case let .object(root) = value else { Issue.record("not an object"); return }
        let dict = Dictionary(root, uniquingKeysWith: { a, _ in a })
        #expect(dict["$schema"] == .string(SARIFReporter.schema))
        #expect(dict["version"] == .string("2.1.0"))
        guard case let .array(runs)? = dict["runs"], case let .object(run)? = runs.first else { Issue.record("no run"); return }
        let r = Dictionary(run, uniquingKeysWith: { a, _ in a })
        #expect(r["columnKind"] == .string("unicodeCodePoints"))
        guard case let .object(tool)? = r["tool"], case let .object(driver)? = tool.first?.1 else { Issue.record("no driver"); return }
        let drv = Dictionary(driver, uniquingKeysWith: { a, _ in a })
        #expect(drv["name"] == .string("sesame"))
        #expect(drv["version"] == .string("1.2.3"))
        #expect(drv["informationUri"] == nil)
        guard case let .array(ruleValues)? = drv["rules"] else { Issue.record("no rules"); return }
        #expect(ruleValues.count == rules.count)
        for ruleValue in ruleValues {
            guard case let .object(members) = ruleValue else { continue }
            #expect(members.map(\.0).starts(with: ["id", "shortDescription", "fullDescription", "help", "defaultConfiguration"]))
        }
        guard case let .array(results)? = r["results"] else { Issue.record("no results"); return }
        #expect(results.count == 2)
        let text = value.serialized()
        #expect(text.contains(#""level":"note""#))
        #expect(text.contains(#""level":"error""#))
        #expect(text.contains(#""ruleIndex":\#(rules.firstIndex { $0.id == "bounce-handling-missing" }!)"#))
        #expect(text.contains(#""uri":"drafts/a%20b.txt""#))
        #expect(text.contains(#""region":{"startLine":3,"startColumn":7}"#))
    }

    @Test func sarifExactOutputForSmallReport() {
        let rule = RuleCatalogue.standard.rule(id: "too-short")!.ruleDescription.metadata
        var one = Self.report
        one.diagnostics = [Self.report.diagnostics[0]]
        let out = SARIFReporter.value(for: [FileReport(path: "d.txt", diagnostics: [
            Diagnostic(location: SourceLocation(path: "d.txt", line: 1, column: 1), severity: .info, rule: "too-short", topic: .clarity, message: "short"),
        ])], rules: [rule], toolVersion: "0.1.0").serialized()
        #expect(out == #"{"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[{"tool":{"driver":{"name":"sesame","version":"0.1.0","rules":[{"id":"too-short","shortDescription":{"text":"The description is too short to answer the four questions."},"fullDescription":{"text":"\#(rule.rationale)"},"help":{"text":"\#(rule.rationale)"},"defaultConfiguration":{"level":"warning"},"properties":{"tags":["clarity"]}}]}},"columnKind":"unicodeCodePoints","results":[{"ruleId":"too-short","ruleIndex":0,"level":"note","message":{"text":"short"},"locations":[{"physicalLocation":{"artifactLocation":{"uri":"d.txt"},"region":{"startLine":1,"startColumn":1}}}],"properties":{"topic":"clarity"}}]}]}"#)
    }
}
