import Foundation
import Testing
import TestSupport

private func fixture(_ name: String) throws -> String {
    try String(contentsOf: TestPaths.packageRoot.appendingPathComponent("Tests/SesameCLITests/Fixtures/\(name)"), encoding: .utf8)
}

private func write(_ bytes: [UInt8], named name: String) throws -> String {
    let url = try TestPaths.temporaryFolder().appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
}

@Suite("sesame validate")
struct ValidateCommandTests {
    @Test func examplesAreValid() throws {
        let result = try CommandRunner.sesame([
            "validate", "examples/saas-transactional.yaml", "examples/newsletter-marketing.yaml", "examples/ja-transactional.yaml",
        ])
        #expect(result.status == 0)
        #expect(result.stdout == """
        examples/saas-transactional.yaml: ok
        examples/newsletter-marketing.yaml: ok
        examples/ja-transactional.yaml: ok

        """)
        #expect(result.stderr.isEmpty)
    }

    @Test func brokenExampleListsEveryProblem() throws {
        let result = try CommandRunner.sesame(["validate", "examples/broken.yaml"])
        #expect(result.status == 1)
        #expect(result.stdout == (try fixture("validate-broken.txt")))
    }

    @Test func jsonOutputHasTheContractShape() throws {
        let result = try CommandRunner.sesame(["validate", "--format", "json", "examples/broken.yaml"])
        #expect(result.status == 1)
        #expect(result.stdout == (try fixture("validate-broken.json")))
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let summary = json?["summary"] as? [String: Int]
        #expect(summary == ["errors": 14, "warnings": 0])
    }

    @Test func readsStandardInput() throws {
        let text = try String(contentsOf: TestPaths.packageRoot.appendingPathComponent("examples/saas-transactional.yaml"), encoding: .utf8)
        let result = try CommandRunner.sesame(["validate", "-"], stdin: text)
        #expect(result.status == 0)
        #expect(result.stdout == "-: ok\n")
    }

    @Test func aMissingFileIsInTheJSONWithItsError() throws {
        let result = try CommandRunner.sesame(["validate", "--format", "json", "/nonexistent/profile.yaml", "examples/saas-transactional.yaml"])
        #expect(result.status == 2)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["schema_version"] as? Int == 1)
        let files = try #require(json["files"] as? [[String: Any]])
        #expect(files.count == 2)
        #expect(files[0]["path"] as? String == "/nonexistent/profile.yaml")
        #expect(files[0]["error"] as? String == "cannot read /nonexistent/profile.yaml: no such file")
        #expect(files[1]["error"] == nil)
    }

    @Test func missingFileExitsTwo() throws {
        let result = try CommandRunner.sesame(["validate", "/nonexistent/profile.yaml"])
        #expect(result.status == 2)
        #expect(result.stderr == "sesame: cannot read /nonexistent/profile.yaml: no such file\n")
    }

    @Test func noFileIsAUsageError() throws {
        let result = try CommandRunner.sesame(["validate"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("Missing expected argument '<files> ...'"))
    }

    /// Each class of unusable input: one clear `path:line:column` error, exit 2, well within a second.
    @Test(arguments: [
        ("nul.yaml", Array("version: 1\nmail_type: \0\n".utf8), "2:12", "file contains NUL bytes"),
        ("latin1.yaml", Array("version: 1\nbusiness: caf".utf8) + [0xE9, 0x0A], "2:14", "file is not valid UTF-8"),
        ("two.yaml", Array("version: 1\n---\nversion: 1\n".utf8), "2:1", "more than one YAML document"),
        ("list.yaml", Array("- version: 1\n".utf8), "1:1", "the top level must be a mapping"),
        ("scalar.yaml", Array("hello\n".utf8), "1:1", "the top level must be a mapping"),
        ("empty.yaml", [], "1:1", "the file is empty"),
        ("deep.yaml", Array(("a: " + String(repeating: "[", count: 100) + String(repeating: "]", count: 100) + "\n").utf8), "1:35", "nesting deeper than 32 levels"),
        ("tab.yaml", Array("use_case:\n\tbusiness: x\n".utf8), "2:1", "this is a tab"),
        ("quote.yaml", Array("version: 1\nwebsite_url: \"https://x.org\nmail_type: MARKETING\n".utf8), "4:1", "while scanning a quoted scalar at line 2, column 14"),
        ("binary.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00], "1:1", "not valid UTF-8"),
    ])
    func unusableInput(name: String, bytes: [UInt8], place: String, message: String) throws {
        let path = try write(bytes, named: name)
        let started = Date()
        let result = try CommandRunner.sesame(["validate", path], timeout: 10)
        #expect(result.status == 2)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("\(path):\(place): error: ") == true, "\(result.stdout)")
        #expect(result.stdout.contains(message), "\(result.stdout)")
        #expect(Date().timeIntervalSince(started) < 5)
    }

    @Test func billionLaughsIsRefusedAtOnce() throws {
        var text = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...12 {
            text += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        let path = try write(Array(text.utf8), named: "laughs.yaml")
        let result = try CommandRunner.sesame(["validate", path], timeout: 10)
        #expect(result.status == 2)
        #expect(result.stdout.contains("aliases expand to more than 10000 nodes"))
    }

    @Test func oversizeFileIsRefusedWithoutReadingIt() throws {
        let path = try write(Array(repeating: UInt8(ascii: "#"), count: 2 << 20), named: "big.yaml")
        let result = try CommandRunner.sesame(["validate", path], timeout: 10)
        #expect(result.status == 2)
        #expect(result.stdout.hasPrefix("\(path):1:1: error: file is over the 1048576-byte limit for a profile"))
    }
}

@Suite("sesame schema")
struct SchemaCommandTests {
    @Test func printsTheCommittedSchema() throws {
        let result = try CommandRunner.sesame(["schema"])
        #expect(result.status == 0)
        let committed = try String(contentsOf: TestPaths.packageRoot.appendingPathComponent("schema/profile.schema.json"), encoding: .utf8)
        #expect(result.stdout == committed)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(json?["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        #expect(json?["required"] as? [String] == ["version", "mail_type", "website_url", "use_case"])
    }
}

@Suite("sesame (root)")
struct RootCommandTests {
    @Test func unknownSubcommandIsAUsageError() throws {
        let result = try CommandRunner.sesame(["frobnicate"])
        #expect(result.status == 2)
        #expect(result.stderr == "sesame: 'frobnicate' is not a sesame command (`sesame --help` lists the commands)\n")
    }

    @Test func versionPrints() throws {
        let result = try CommandRunner.sesame(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout == "0.2.0\n")
    }

    @Test func helpListsEveryCommandOfTheContract() throws {
        let result = try CommandRunner.sesame(["--help"])
        #expect(result.status == 0)
        for command in ["init", "validate", "lint", "render", "submit", "status", "doctor", "schema"] {
            #expect(result.stdout.contains("  \(command) "), "help lacks \(command)")
        }
    }
}

@Suite("sesame validate in Japanese")
struct ValidateJapaneseTests {
    /// Every finding in Japanese, at the same `path:line:column` and with the same rule id as in English.
    @Test func brokenExampleInJapaneseFromTheLocale() throws {
        let result = try CommandRunner.sesame(["validate", "examples/broken.yaml"], environment: ["LANG": "ja_JP.UTF-8"])
        #expect(result.status == 1)
        #expect(result.stdout == (try fixture("validate-broken.ja.txt")))
        let english = try fixture("validate-broken.txt").split(separator: "\n").dropLast()
        let japanese = result.stdout.split(separator: "\n").dropLast()
        #expect(japanese.count == english.count)
        for (ja, en) in zip(japanese, english) {
            #expect(ja.prefix { $0 != " " } == en.prefix { $0 != " " })
            #expect(ja.split(separator: " ").last == en.split(separator: " ").last)
            #expect(ja.unicodeScalars.contains { (0x3040...0x30FF).contains($0.value) }, "\(ja)")
        }
    }

    @Test func theFlagWinsOverTheLocale() throws {
        let english = try CommandRunner.sesame(["validate", "--lang", "en", "examples/broken.yaml"], environment: ["LANG": "ja_JP.UTF-8"])
        #expect(english.stdout == (try fixture("validate-broken.txt")))
        let japanese = try CommandRunner.sesame(["validate", "--lang", "ja", "examples/broken.yaml"], environment: ["LC_ALL": "C"])
        #expect(japanese.stdout == (try fixture("validate-broken.ja.txt")))
    }

    @Test func jsonMessagesFollowTheLanguage() throws {
        let result = try CommandRunner.sesame(["validate", "--format", "json", "--lang", "ja", "examples/broken.yaml"])
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let files = json?["files"] as? [[String: Any]]
        let first = (files?.first?["findings"] as? [[String: Any]])?.first
        #expect(first?["rule"] as? String == "missing-field")
        #expect((first?["message"] as? String)?.hasPrefix("`mail_type` がありません。") == true)
    }
}
