import Foundation
import Testing
import TestSupport

/// `make install-files` / `make uninstall` into temporary prefixes with the binary the tests built
/// (`make install` is the release build followed by the same step).
@Suite("make install")
struct InstallTests {
    private static let commands = ["init", "validate", "lint", "render", "submit", "status", "doctor", "schema"]
    private static let make = URL(fileURLWithPath: "/usr/bin/env")

    private func install(into prefix: URL) throws {
        let install = try CommandRunner.run(Self.make, ["make", "-s", "install-files", "PREFIX=\(prefix.path)", "BINARY=\(TestPaths.sesameBinary.path)"])
        #expect(install.status == 0, "\(install.stderr)")
        #expect(install.stderr.isEmpty, "installs without warnings: \(install.stderr)")
    }

    private func uninstall(from prefix: URL) throws {
        let uninstall = try CommandRunner.run(Self.make, ["make", "-s", "uninstall", "PREFIX=\(prefix.path)"])
        #expect(uninstall.status == 0, "\(uninstall.stderr)")
    }

    @Test func installsAStrippedBinaryManPagesAndCompletionsThenUninstallsAllOfIt() throws {
        let prefix = try TestPaths.temporaryFolder().appendingPathComponent("prefix")
        try install(into: prefix)
        let pages = ["sesame"] + Self.commands.map { "sesame-\($0)" }
        let files = ["bin/sesame", "share/bash-completion/completions/sesame", "share/zsh/site-functions/_sesame",
                     "share/fish/vendor_completions.d/sesame.fish"] + pages.map { "share/man/man1/\($0).1" }
            + pages.map { "share/man/ja/man1/\($0).1" }
        for file in files {
            #expect(FileManager.default.fileExists(atPath: prefix.appendingPathComponent(file).path), "\(file)")
        }
        let sections = try CommandRunner.run(Self.make, ["readelf", "-S", "--wide", prefix.appendingPathComponent("bin/sesame").path])
        #expect(sections.status == 0)
        #expect(!sections.stdout.contains(".symtab"), "the installed binary is stripped")

        // The installed binary works from any folder, with its templates inside.
        let elsewhere = try TestPaths.temporaryFolder()
        let profile = TestPaths.packageRoot.appendingPathComponent("examples/ja-transactional.yaml").path
        let render = try CommandRunner.run(prefix.appendingPathComponent("bin/sesame"), ["render", profile], currentDirectory: elsewhere)
        #expect(render.status == 0)
        #expect(render.stdout.hasPrefix("当社が運営するサービス(https://midori-eikaiwa.jp)からトランザクションメールを送信するため"))

        let bash = try CommandRunner.run(Self.make, ["bash", "-n", prefix.appendingPathComponent("share/bash-completion/completions/sesame").path])
        #expect(bash.status == 0, "the bash completion script parses: \(bash.stderr)")

        try uninstall(from: prefix)
        #expect(!FileManager.default.fileExists(atPath: prefix.path), "uninstall removes every file and folder install created")
    }

    @Test func uninstallKeepsWhatWasThereBefore() throws {
        let prefix = try TestPaths.temporaryFolder()
        let other = prefix.appendingPathComponent("share/man/man1/other.1")
        try FileManager.default.createDirectory(at: other.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("x".utf8).write(to: other)
        try install(into: prefix)
        try uninstall(from: prefix)
        let left = try FileManager.default.subpathsOfDirectory(atPath: prefix.path).sorted()
        #expect(left == ["share", "share/man", "share/man/man1", "share/man/man1/other.1"])
    }

    @Test func oneManPagePerCommandWithEnvironmentFilesAndExitStatus() throws {
        let folder = try TestPaths.temporaryFolder()
        let generate = try CommandRunner.run(Self.make, ["python3", "scripts/generate-manual", TestPaths.sesameBinary.path, folder.path])
        #expect(generate.status == 0, "\(generate.stderr)")
        let written = generate.stdout.split(separator: "\n").map(String.init)
        #expect(written.first == "sesame.1")
        #expect(Set(Self.commands.map { "sesame-\($0).1" }).isSubset(of: written), "one page per command: \(written)")
        let main = try String(contentsOf: folder.appendingPathComponent("sesame.1"), encoding: .utf8)
        #expect(main.hasPrefix(".TH SESAME 1 "))
        for command in Self.commands {
            #expect(main.contains("\\fBsesame\\-\(command)\\fR(1)"), "sesame(1) lists sesame-\(command)(1)")
            let page = try String(contentsOf: folder.appendingPathComponent("sesame-\(command).1"), encoding: .utf8)
            #expect(page.hasPrefix(".TH SESAME-\(command.uppercased()) 1 "))
            for section in [".SH SYNOPSIS", ".SH DESCRIPTION", ".SH EXIT STATUS", ".SH SEE ALSO"] {
                #expect(page.contains(section), "sesame-\(command).1 lacks \(section)")
            }
        }
        let lint = try String(contentsOf: folder.appendingPathComponent("sesame-lint.1"), encoding: .utf8)
        #expect(lint.contains(".sesame\\-lint.yaml") && lint.contains("NO_COLOR") && lint.contains("\\-\\-format <format>"))
        let initPage = try String(contentsOf: folder.appendingPathComponent("sesame-init.1"), encoding: .utf8)
        #expect(initPage.contains("EDITOR, VISUAL") && initPage.contains("FILE.draft"))
        let status = try String(contentsOf: folder.appendingPathComponent("sesame-status.1"), encoding: .utf8)
        #expect(status.contains("AWS_CA_BUNDLE") && status.contains(".TP\n3\nAWS or network failure"))
    }

    /// The Japanese pages: the same pages and sections as the English ones, every sentence
    /// from scripts/manual.ja.json, which must translate exactly the English the pages have.
    @Test func japanesePagesFollowTheEnglishOnes() throws {
        let folder = try TestPaths.temporaryFolder()
        let script = TestPaths.packageRoot.appendingPathComponent("scripts/generate-manual").path
        let english = try CommandRunner.run(Self.make, ["python3", script, TestPaths.sesameBinary.path, folder.appendingPathComponent("en").path])
        let japanese = try CommandRunner.run(Self.make, ["python3", script, TestPaths.sesameBinary.path, folder.appendingPathComponent("ja").path, "--lang", "ja"])
        #expect(japanese.status == 0, "\(japanese.stderr)")
        #expect(japanese.stdout == english.stdout, "the same pages")
        let lint = try String(contentsOf: folder.appendingPathComponent("ja/sesame-lint.1"), encoding: .utf8)
        #expect(lint.hasPrefix(".TH SESAME-LINT 1 "))
        #expect(lint.contains("\"ユーザーコマンド\"\n.ad l\n.hy 0\n.SH 名前\nsesame\\-lint \\- プロファイルや手書きの下書きを、SES の審査担当者の目で読み直します。\n"))
        for section in ["書式", "説明", "オプション", "環境変数", "ファイル", "終了ステータス", "関連項目"] {
            #expect(lint.contains(".SH \(section)\n"), "sesame-lint.1 lacks \(section)")
        }
        #expect(lint.contains("\\fB\\-\\-format <format>\\fR\n.nf\n出力形式です。値: text, json, sarif, github, gitlab。既定値:\ntext。\n.fi"))
        #expect(lint.contains("例:\n  sesame lint examples/newsletter\\-marketing.yaml\n"), "examples stay as they are")
        // Lines in no-fill mode are the generator's: groff 1.22 cannot break Japanese itself, so
        // none may be wider than a terminal once indented (7 columns, 14 under an option).
        var noFill = false
        for line in lint.split(separator: "\n", omittingEmptySubsequences: false) {
            if line == ".nf" || line == ".fi" { noFill = line == ".nf"; continue }
            guard noFill, !line.hasPrefix("  sesame") else { continue }
            let width = line.replacingOccurrences(of: "\\-", with: "-").unicodeScalars.reduce(0) { $0 + ((0x3000...0x9FFF).contains($1.value) || (0xFF00...0xFF60).contains($1.value) ? 2 : 1) }
            #expect(width <= 72, "\(line)")
        }
    }

    /// A help text changed in the binary without its translation, or a translation left over,
    /// stops the Japanese pages with the sentence named.
    @Test func aMissingOrStaleTranslationIsAnError() throws {
        let folder = try TestPaths.temporaryFolder()
        let catalogue = TestPaths.packageRoot.appendingPathComponent("scripts/manual.ja.json")
        var entries = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: catalogue)) as? [String: String])
        entries["Show sandbox, quota and review status, region by region."] = nil
        entries["A sentence no page has."] = "どのページにもない文です。"
        let edited = folder.appendingPathComponent("manual.ja.json")
        try JSONSerialization.data(withJSONObject: entries).write(to: edited)
        let script = TestPaths.packageRoot.appendingPathComponent("scripts/generate-manual").path
        let result = try CommandRunner.run(Self.make, ["env", "SESAME_MANUAL_CATALOGUE=\(edited.path)", "python3", script,
                                                       TestPaths.sesameBinary.path, folder.appendingPathComponent("ja").path, "--lang", "ja"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("generate-manual: no Japanese for: \"Show sandbox, quota and review status, region by region.\"\n"))
        #expect(result.stderr.contains("translates English that no page has: \"A sentence no page has.\"\n"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("ja").path), "no page is written")
    }

    @Test func everyCommandsHelpHasAnExample() throws {
        for command in Self.commands {
            let help = try CommandRunner.sesame([command, "--help"]).stdout
            #expect(help.contains("sesame \(command)"), "\(command) --help shows no example")
            #expect(help.contains("Example"), "\(command) --help has no Examples section")
        }
    }
}
