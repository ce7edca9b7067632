@testable import sesame
import Testing
import TestSupport

/// A command line that names a subcommand is parsed with the subcommand as the root
/// (`Sesame.parsedSubcommand`), and whatever that parse does not turn into the subcommand
/// itself goes through the whole tree as before: the answers below are exactly those of the
/// root parse, words, usage lines and exit statuses included.
@Suite("parsing a subcommand on its own")
struct SubcommandParseTests {
    @Test func aUsableCommandLineRunsTheCommand() async {
        let result = await InProcessSesame().run(["schema"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("{\n"))
        #expect(result.stderr.isEmpty)
    }

    @Test func versionAfterASubcommandIsTheRootsVersion() async {
        let result = await InProcessSesame().run(["status", "--version"])
        #expect(result.status == 0)
        #expect(result.stdout == "\(Sesame.version)\n")
    }

    @Test func helpOfASubcommandNamesItUnderSesame() async {
        let result = await InProcessSesame().run(["validate", "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("OVERVIEW: Check profiles for completeness and the API's limits."))
        #expect(result.stdout.contains("\nUSAGE: sesame validate <files> ... [--format <format>] [--lang <lang>]\n"))
    }

    @Test func aUsageErrorIsWordedAsTheRootParseWordsIt() async {
        let missing = await InProcessSesame().run(["validate"])
        #expect(missing.status == 2)
        #expect(missing.stdout.isEmpty)
        #expect(missing.stderr == """
            Error: Missing expected argument '<files> ...'
            Help:  <files>  Profiles to check (`-` reads standard input).
            Usage: sesame validate <files> ... [--format <format>] [--lang <lang>]
              See 'sesame validate --help' for more information.

            """)
        let extra = await InProcessSesame().run(["schema", "extra"])
        #expect(extra.status == 2)
        #expect(extra.stderr == """
            Error: Unexpected argument 'extra'
            Usage: sesame schema
              See 'sesame schema --help' for more information.

            """)
    }

    /// The subcommand's own parse does not look for `--generate-completion-script`
    /// (`Sesame.superCommandName`): after a subcommand, the word still gets the root's script.
    @Test(arguments: [["status", "--generate-completion-script", "bash"], ["validate", "--generate-completion-script=zsh"],
                      ["lint", "x.yaml", "--generate-completion-script", "fish"]])
    func aCompletionScriptAfterASubcommandIsTheRootsScript(_ arguments: [String]) async {
        let shell = arguments.last!.hasSuffix("zsh") ? "zsh" : arguments.last!
        let root = await InProcessSesame().run(["--generate-completion-script", shell])
        let result = await InProcessSesame().run(arguments)
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.count > 1000)
        #expect(result.stdout == root.stdout)
    }

    @Test func aBadValueIsRefusedWithTheCommandsUsage() async {
        let result = await InProcessSesame().run(["status", "--format", "xml"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("Error: The value 'xml' is invalid for '--format <format>'. Please provide one of 'text' and 'json'.\n"))
        #expect(result.stderr.contains("\nUsage: sesame status <options>\n"))
    }
}
