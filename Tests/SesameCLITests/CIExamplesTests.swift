import Foundation
import Testing
import TestSupport

/// The CI integration files are examples people copy: they must parse, and every sesame
/// invocation in them must use options the command really has.
@Suite("CI examples")
struct CIExamplesTests {
    private static let files = ["action.yml", "examples/ci/github-actions.yml", "examples/ci/gitlab-ci.yml", ".pre-commit-hooks.yaml"]
    /// The files that spell out sesame command lines (the GitHub workflow goes through action.yml).
    private static let invocations = ["examples/ci/gitlab-ci.yml", ".pre-commit-hooks.yaml"]

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

    @Test(arguments: invocations)
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

    /// Each hook's `files` pattern, in order, as pre-commit reads it (a search, not a full match).
    private func preCommitPatterns() throws -> [NSRegularExpression] {
        try text(".pre-commit-hooks.yaml").split(separator: "\n").filter { $0.contains("files:") }.map {
            try NSRegularExpression(pattern: String($0.split(separator: "'")[1]))
        }
    }

    @Test func preCommitHooksSelectProfilesAndDraftsWhereSesameKeepsThem() throws {
        let patterns = try preCommitPatterns()
        try #require(patterns.count == 2)
        func matches(_ pattern: NSRegularExpression, _ name: String) -> Bool {
            pattern.firstMatch(in: name, range: NSRange(name.startIndex..., in: name)) != nil
        }
        let (lint, validate) = (patterns[0], patterns[1])
        for name in ["ses/profile.yaml", "ses/drafts/use-case.txt", "sesame.yaml", "config/sesame-prod.yml", "request.ses.txt", "docs/request.ses.md"] {
            #expect(matches(lint, name), "sesame-lint skips \(name)")
        }
        for name in ["ses/profile.yaml", "sesame.yaml", "config/sesame-prod.yml"] {
            #expect(matches(validate, name), "sesame-validate skips \(name)")
        }
        #expect(!matches(validate, "ses/drafts/use-case.txt"), "drafts are not profiles")
        for name in ["Sources/main.swift", "config/database.yaml", "docs/sessions.yaml", "sessions/notes.txt", "docs/ses-request.txt",
                     ".sesame-lint.yaml", "ses/profile.yaml.draft", "assets/ses/logo.png"] {
            #expect(!matches(lint, name) && !matches(validate, name), "a hook runs on \(name)")
        }
        let hooks = try text(".pre-commit-hooks.yaml")
        #expect(hooks.components(separatedBy: "\n  language: system\n").count == 3, "both hooks run the installed sesame")
        #expect(hooks.contains("rev: v0.2.0"))
    }

    @Test func githubWorkflowPinsTheActionAndGuardsTheSARIFUpload() throws {
        let workflow = try text("examples/ci/github-actions.yml")
        #expect(workflow.contains("uses: OWNER/sesame@v0.2.0"))
        #expect(workflow.contains("container: swift:6.3-bookworm") && !workflow.contains("swift:6.0"))
        #expect(workflow.contains("actions: read") && workflow.contains("security-events: write"))
        #expect(workflow.contains("uses: github/codeql-action/upload-sarif@v4"))
        #expect(workflow.contains("github.event.pull_request.head.repo.full_name == github.repository"), "no upload from forks")
        let action = try text("action.yml")
        #expect(action.contains("using: composite") && action.contains("uses: actions/cache@"))
        for input in ["profile:", "mode:", "regions:", "sarif:"] { #expect(action.contains("  \(input)\n")) }
    }

    @Test func gitlabJobWritesACodeQualityReport() throws {
        let pipeline = try text("examples/ci/gitlab-ci.yml")
        #expect(pipeline.contains("--format gitlab > gl-code-quality-report.json"))
        #expect(pipeline.contains("codequality: gl-code-quality-report.json"))
        #expect(pipeline.contains("image: swift:6.3-bookworm"))
        let result = try CommandRunner.sesame(["lint", "examples/broken.yaml", "--format", "gitlab"])
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("[\n  {\n    \"description\": "))
        #expect(result.stdout.contains("\"path\": \"examples/broken.yaml\""))
        let validate = try CommandRunner.sesame(["validate", "examples/broken.yaml", "--format", "gitlab"])
        #expect(validate.status == 1 && validate.stdout.contains("\"check_name\": \"duplicate-key\""))
    }

    // MARK: The composite action's script, on the binary the tests built

    private static let actionScript = URL(fileURLWithPath: "/usr/bin/env")

    private func runAction(_ arguments: [String], _ environment: [String: String]) throws -> CommandResult {
        try CommandRunner.run(Self.actionScript, ["bash", "scripts/github-action"] + arguments,
                              environment: ["SESAME": TestPaths.sesameBinary.path].merging(environment) { _, new in new })
    }

    @Test func actionLintsAGoodProfileAndHandsOverTheSARIFReport() throws {
        let folder = try TestPaths.temporaryFolder()
        let sarif = folder.appendingPathComponent("out.sarif").path
        let output = folder.appendingPathComponent("github-output").path
        let result = try runAction(["run"], ["PROFILE": "examples/saas-transactional.yaml", "SARIF": sarif, "GITHUB_OUTPUT": output])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.isEmpty, "no annotations for a good profile: \(result.stdout)")
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "sarif=\(sarif)\n")
        #expect(try String(contentsOfFile: sarif, encoding: .utf8).contains("\"version\": \"2.1.0\""))
    }

    @Test func actionAnnotatesABrokenProfileAndFails() throws {
        let sarif = try TestPaths.temporaryFolder().appendingPathComponent("out.sarif").path
        let result = try runAction(["run"], ["PROFILE": "examples/broken.yaml", "SARIF": sarif, "MODE": "lint"])
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("::error file=examples/broken.yaml,line="))
        #expect(FileManager.default.fileExists(atPath: sarif), "the SARIF report is written even when lint fails")
    }

    @Test func actionRefusesAnUnknownModeAndAMissingProfile() throws {
        let mode = try runAction(["run"], ["PROFILE": "examples/saas-transactional.yaml", "MODE": "publish"])
        #expect(mode.status == 2)
        #expect(mode.stdout == "::error title=sesame action::mode must be lint or submit, not 'publish'\n")
        let missing = try runAction(["run"], ["PROFILE": "ses/nowhere.yaml"])
        #expect(missing.status == 2 && missing.stderr.contains("the profile ses/nowhere.yaml does not exist"))
    }

    @Test func actionReusesACachedBinaryInsteadOfBuilding() throws {
        let folder = try TestPaths.temporaryFolder()
        try FileManager.default.copyItem(at: TestPaths.sesameBinary, to: folder.appendingPathComponent("sesame"))
        // No swift on PATH: building would fail, so success means the cached binary was used.
        let result = try runAction(["build", folder.path], ["PATH": "/usr/bin:/bin"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("from the cache: not building"))
    }

    @Test func actionCacheKeyNamesTheSystemSwiftAndSources() throws {
        let path = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
        let first = try runAction(["cache-key"], path)
        let second = try runAction(["cache-key"], path)
        #expect(first.status == 0 && first.stdout == second.stdout)
        let key = first.stdout.trimmingCharacters(in: .newlines)
        #expect(key.hasPrefix("sesame-\(Self.machine())-"))
        #expect(key.range(of: "-swift[0-9.]+-[0-9a-f]{16}$", options: .regularExpression) != nil, "\(key)")
    }

    private static func machine() -> String {
        var name = utsname()
        uname(&name)
        return withUnsafeBytes(of: &name.machine) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
    }
}
