@testable import sesame
import Foundation
import SesameCore
import Testing
import TestSupport

@Suite("the command line before parsing")
struct CommandLinePreflightTests {
    private let subcommands = ["init", "validate", "lint", "render", "status"]

    @Test func aMisspeltCommandIsRefusedWithTheClosestName() async {
        let result = await InProcessSesame().run(["valdate", "x.yaml"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "sesame: 'valdate' is not a sesame command; did you mean 'validate'? (`sesame --help` lists the commands)\n")
    }

    @Test func helpForAnUnknownCommandIsAnError() async {
        let result = await InProcessSesame().run(["help", "lnt"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "sesame: 'lnt' is not a sesame command; did you mean 'lint'? (`sesame --help` lists the commands)\n")
    }

    @Test func helpForAKnownCommandStillWorks() async {
        let result = await InProcessSesame().run(["help", "lint"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("OVERVIEW: Review a profile or a hand-written draft"))
    }

    @Test func theMessageFollowsTheLocaleAndEscapesWhatWasTyped() async {
        var sesame = InProcessSesame()
        sesame.environment["LANG"] = "ja_JP.UTF-8"
        let result = await sesame.run(["int\u{1B}]0;x"])
        #expect(result.status == 2)
        #expect(result.stderr == "sesame: 'int\\u{1B}]0;x' というコマンドはありません（コマンドの一覧は `sesame --help` で表示できます）\n")
        let close = await sesame.run(["int"])
        #expect(close.stderr == "sesame: 'int' というコマンドはありません。'init' のことですか？（コマンドの一覧は `sesame --help` で表示できます）\n")
    }

    @Test func colorIsTakenOutWhereverItIsWritten() throws {
        let before = try CommandLinePreflight(["--color", "always", "lint", "a.txt"], subcommands: subcommands)
        #expect(before.arguments == ["lint", "a.txt"])
        #expect(before.color == .always)
        let after = try CommandLinePreflight(["lint", "a.txt", "--color=never"], subcommands: subcommands)
        #expect(after.arguments == ["lint", "a.txt"])
        #expect(after.color == .never)
        let terminated = try CommandLinePreflight(["lint", "--", "--color=never"], subcommands: subcommands)
        #expect(terminated.arguments == ["lint", "--", "--color=never"])
        #expect(terminated.color == .auto)
    }

    @Test func aBadColorValueIsAUsageError() async {
        let bad = await InProcessSesame().run(["lint", "a.txt", "--color", "sometimes"])
        #expect(bad.status == 2)
        #expect(bad.stderr == "sesame: --color takes auto, always or never, not 'sometimes'\n")
        let missing = await InProcessSesame().run(["lint", "a.txt", "--color"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "sesame: --color needs a value: auto, always or never\n")
    }

    @Test func colorChoiceOverridesTheTerminalFacts() {
        var facts = TerminalFacts.none
        #expect(!facts.outputColors)
        facts.colorChoice = .always
        #expect(facts.outputColors && facts.errorColors)
        facts = TerminalFacts(inputIsTerminal: true, outputIsTerminal: true, errorIsTerminal: true, width: 80, colorsForbidden: true)
        #expect(!facts.outputColors)
        facts.colorChoice = .always
        #expect(facts.outputColors, "--color always wins over NO_COLOR, as the user asked explicitly")
        facts.colorsForbidden = false
        facts.colorChoice = .never
        #expect(!facts.outputColors && !facts.errorColors)
    }

    @Test func alwaysColoursAPipe() async throws {
        let folder = try TestPaths.temporaryFolder()
        let path = folder.appendingPathComponent("draft.txt").path
        try "We will send stuff.".write(toFile: path, atomically: true, encoding: .utf8)
        let plain = await InProcessSesame().run(["lint", path])
        #expect(!plain.stdout.contains("\u{1B}["))
        let coloured = await InProcessSesame().run(["--color", "always", "lint", path])
        #expect(coloured.stdout.contains("\u{1B}[1;31merror\u{1B}[0m"))
        #expect(coloured.status == plain.status)
    }
}
