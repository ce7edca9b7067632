@testable import sesame
import Testing

/// Which command lines start the warm-up thread (`StartupWarmUp.plan`): a reading of the words
/// alone, before ArgumentParser runs, that warms only what the command will surely need.
@Suite("the start-up warm-up's plan")
struct StartupWarmUpTests {
    @Test(arguments: [
        ["status"], ["status", "--region", "eu-west-1", "--json"], ["status", "--watch"],
        ["doctor", "--to", "someone@example.com"], ["submit", "ses.yaml", "--yes"],
        ["reply", "ses.yaml", "--message", "reviewer.txt", "--send", "--case", "41895771377"],
    ])
    func theCommandsThatTalkToAWSWarmItsLibraries(_ arguments: [String]) {
        #expect(StartupWarmUp.plan(for: arguments) == .awsLibraries)
    }

    @Test(arguments: [
        // The local commands, and the commands that need no AWS library.
        [], ["validate", "ses.yaml"], ["lint", "ses.yaml"], ["render", "ses.yaml"], ["schema"], ["init"],
        // Answered by ArgumentParser: the command never runs.
        ["--help"], ["-h"], ["--version"], ["help", "status"], ["status", "--help"], ["status", "-h"],
        ["submit", "ses.yaml", "--version"], ["status", "--generate-completion-script", "bash"],
        ["--generate-completion-script=zsh"], ["--experimental-dump-help"],
        // Sends nothing.
        ["submit", "ses.yaml", "--dry-run"], ["reply", "ses.yaml", "--message", "reviewer.txt"],
        // Not a command's name in the first place: left to the preflight and the parser.
        ["--region", "eu-west-1", "status"], ["Status"],
    ])
    func everythingElseStartsNoThread(_ arguments: [String]) {
        #expect(StartupWarmUp.plan(for: arguments) == nil)
    }

    @Test func noThreadIsStartedWhenThereIsNothingToWarm() {
        #expect(StartupWarmUp.start(for: ["lint", "ses.yaml"]) == nil)
        #expect(StartupWarmUp.start(for: ["status", "--help"]) == nil)
    }
}
