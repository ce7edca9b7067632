import Foundation
import Testing
import TestSupport

/// The CI integration files are examples people copy: they must parse, and every sesame
/// invocation in them must use options the command really has.
@Suite("CI examples")
struct CIExamplesTests {
    private static let files = ["examples/ci/github-actions.yml", "examples/ci/gitlab-ci.yml", ".pre-commit-hooks.yaml"]

    private func text(_ path: String) throws -> String {
        try String(contentsOf: TestPaths.packageRoot.appendingPathComponent(path), encoding: .utf8)
    }

    @Test(arguments: files)
    func parsesAsYAML(path: String) throws {
        let check = "import sys, yaml; yaml.safe_load(open(sys.argv[1]))"
        let result = try CommandRunner.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", check, path])
        #expect(result.status == 0 || result.stderr.contains("No module named 'yaml'"), "\(result.stderr)")
        let validate = try CommandRunner.sesame(["validate", path])
        #expect(!validate.stdout.contains("YAML syntax error"), "libyaml reads it too: \(validate.stdout)")
    }

    @Test(arguments: files)
    func everyInvocationUsesRealOptions(path: String) throws {
        let lines = try text(path).split(separator: "\n").map(String.init)
        var checked = 0
        for line in lines {
            guard let range = line.range(of: "sesame "), !line.contains("#"),
                  let command = line[range.upperBound...].split(separator: " ").first.map(String.init),
                  ["validate", "lint", "render", "submit", "status", "doctor", "init", "schema"].contains(command)
            else { continue }
            let help = try CommandRunner.sesame([command, "--help"]).stdout
            for word in line[range.upperBound...].split(separator: " ") where word.hasPrefix("--") {
                #expect(help.contains(String(word)), "\(path): `sesame \(command)` has no \(word)")
            }
            checked += 1
        }
        #expect(checked > 0)
    }

    @Test func theWorkflowsLintCommandsWorkOnAGoodProfile() throws {
        for format in ["github", "sarif", "text"] {
            let result = try CommandRunner.sesame(["lint", "examples/saas-transactional.yaml", "--format", format])
            #expect(result.status == 0)
        }
    }

    @Test func preCommitFilesPatternSelectsProfilesAndDrafts() throws {
        let pattern = try #require(text(".pre-commit-hooks.yaml").split(separator: "\n").first { $0.contains("files:") })
        let regex = String(pattern.split(separator: "'")[1])
        let expression = try NSRegularExpression(pattern: regex)
        func matches(_ name: String) -> Bool {
            expression.firstMatch(in: name, range: NSRange(name.startIndex..., in: name)) != nil
        }
        #expect(matches("ses/profile.yaml"))
        #expect(matches("sesame.yaml"))
        #expect(matches("docs/ses-request.txt"))
        #expect(!matches("Sources/main.swift"))
        #expect(!matches("config/database.yaml"))
    }
}
