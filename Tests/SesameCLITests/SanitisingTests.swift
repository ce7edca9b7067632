import Foundation
import Testing
import TestSupport

/// Text quoted from a profile or draft cannot steer the terminal or GitHub's log: the text and
/// `github` formats show control characters escaped, JSON keeps them (escaped by the encoder).
@Suite("sanitising quoted profile and draft text")
struct SanitisingTests {
    /// A profile whose unknown key carries ESC, a newline and a forged workflow command.
    static let hostileProfile = """
    version: 1
    "x\\e[31m\\n::error file=ci.yaml,line=1::forged": 1

    """

    private func folder(_ files: [String: String]) throws -> URL {
        let folder = try TestPaths.temporaryFolder()
        for (name, text) in files {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return folder
    }

    @Test func validateTextShowsTheKeyEscaped() throws {
        let dir = try folder(["p.yaml": Self.hostileProfile])
        let result = try CommandRunner.sesame(["validate", "p.yaml"], currentDirectory: dir)
        #expect(result.status == 1)
        let line = result.stdout.split(separator: "\n").first { $0.contains("unknown key") }.map(String.init)
        #expect(line?.hasPrefix("p.yaml:2:1: error: unknown key `x\\u{1B}[31m\\n::error file=ci.yaml,line=1::forged`") == true, "\(result.stdout)")
        #expect(!result.stdout.contains("\u{1B}"))
        #expect(!result.stdout.split(separator: "\n").contains { $0.hasPrefix("::") }, "\(result.stdout)")
    }

    @Test func validateJSONKeepsTheKey() throws {
        let dir = try folder(["p.yaml": Self.hostileProfile])
        let result = try CommandRunner.sesame(["validate", "--format", "json", "p.yaml"], currentDirectory: dir)
        #expect(result.status == 1)
        #expect(result.stdout.contains(#"unknown key `x\u001b[31m\n::error file=ci.yaml,line=1::forged`"#), "\(result.stdout)")
    }

    @Test func lintGitHubFormatCannotForgeACommand() throws {
        let dir = try folder(["p.yaml": Self.hostileProfile])
        let result = try CommandRunner.sesame(["lint", "--format", "github", "p.yaml"], currentDirectory: dir)
        let lines = result.stdout.split(separator: "\n")
        #expect(!lines.isEmpty)
        #expect(lines.allSatisfy { $0.hasPrefix("::error file=p.yaml,") || $0.hasPrefix("::warning file=p.yaml,") || $0.hasPrefix("::notice file=p.yaml,") }, "\(result.stdout)")
        #expect(!result.stdout.contains("\u{1B}"))
    }

    @Test func templateTagsAreQuotedEscaped() throws {
        let dir = try folder(["t.mustache": "Hello {{na\u{1B}]0;pwned\u{07}me}}\n"])
        let result = try CommandRunner.sesame(["render", "--template", "t.mustache", TestPaths.packageRoot.appendingPathComponent("examples/saas-transactional.yaml").path],
                                              currentDirectory: dir)
        #expect(result.status == 2)
        #expect(result.stderr.contains("unknown variable `na\\u{1B}]0;pwned\\u{7}me`"), "\(result.stderr)")
        #expect(!result.stderr.contains("\u{1B}"))
    }
}
