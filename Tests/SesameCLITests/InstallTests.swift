import Foundation
import Testing
import TestSupport

/// `make install-files` / `make uninstall` with the binary the tests built (the release build
/// that `make install` adds on top is the same step with another binary).
@Suite("make install")
struct InstallTests {
    @Test func installsBinaryManPageAndCompletionsThenUninstalls() throws {
        let prefix = try TestPaths.temporaryFolder()
        let make = URL(fileURLWithPath: "/usr/bin/env")
        let install = try CommandRunner.run(make, ["make", "-s", "install-files", "PREFIX=\(prefix.path)", "BINARY=\(TestPaths.sesameBinary.path)"])
        #expect(install.status == 0, "\(install.stderr)")
        let files = ["bin/sesame", "share/man/man1/sesame.1", "share/bash-completion/completions/sesame",
                     "share/zsh/site-functions/_sesame", "share/fish/vendor_completions.d/sesame.fish"]
        for file in files {
            #expect(FileManager.default.fileExists(atPath: prefix.appendingPathComponent(file).path), "\(file)")
        }

        // The installed binary works from any folder, with its templates inside.
        let elsewhere = try TestPaths.temporaryFolder()
        let profile = TestPaths.packageRoot.appendingPathComponent("examples/ja-transactional.yaml").path
        let render = try CommandRunner.run(prefix.appendingPathComponent("bin/sesame"), ["render", profile], currentDirectory: elsewhere)
        #expect(render.status == 0)
        #expect(render.stdout.hasPrefix("https://midori-eikaiwa.jp で運営している事業のトランザクションメールを送信するため"))

        let man = try String(contentsOf: prefix.appendingPathComponent("share/man/man1/sesame.1"), encoding: .utf8)
        #expect(man.hasPrefix(".TH SESAME 1 "))
        for command in ["init", "validate", "lint", "render", "submit", "status", "doctor", "schema"] {
            #expect(man.contains(".SS \"sesame \(command)\""), "man page lacks \(command)")
        }
        let bash = try CommandRunner.run(make, ["bash", "-n", prefix.appendingPathComponent("share/bash-completion/completions/sesame").path])
        #expect(bash.status == 0, "the bash completion script parses: \(bash.stderr)")

        let uninstall = try CommandRunner.run(make, ["make", "-s", "uninstall", "PREFIX=\(prefix.path)"])
        #expect(uninstall.status == 0)
        for file in files {
            #expect(!FileManager.default.fileExists(atPath: prefix.appendingPathComponent(file).path), "\(file) left behind")
        }
    }

    @Test func everyCommandsHelpHasAnExample() throws {
        for command in ["init", "validate", "lint", "render", "submit", "status", "doctor", "schema"] {
            let help = try CommandRunner.sesame([command, "--help"]).stdout
            #expect(help.contains("sesame \(command)"), "\(command) --help shows no example")
            #expect(help.contains("Example"), "\(command) --help has no Examples section")
        }
    }
}
