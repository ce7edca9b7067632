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

    @Test func everyCommandsHelpHasAnExample() throws {
        for command in Self.commands {
            let help = try CommandRunner.sesame([command, "--help"]).stdout
            #expect(help.contains("sesame \(command)"), "\(command) --help shows no example")
            #expect(help.contains("Example"), "\(command) --help has no Examples section")
        }
    }
}
