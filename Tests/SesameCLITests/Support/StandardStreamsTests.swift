import Testing
import TestSupport

/// Standard output that cannot be written is an error, as in coreutils and git: the report
/// did not reach its reader, so the command exits 2 and says why on standard error.
@Suite("writes to standard output are checked")
struct StandardStreamsTests {
    private let full = "sesame: cannot write to standard output: No space left on device\n"

    @Test(arguments: [
        ["render", "examples/saas-transactional.yaml", "--format", "json"],
        ["lint", "examples/saas-transactional.yaml", "--format", "sarif"],
        ["schema"],
        ["validate", "examples/saas-transactional.yaml"],
    ])
    func aFullDeviceExitsTwo(_ arguments: [String]) throws {
        let result = try CommandRunner.sesame(arguments, stdoutPath: "/dev/full")
        #expect(result.status == 2)
        #expect(result.stderr == full)
    }

    @Test func aFailedWriteKeepsAWorseStatus() async {
        var sesame = InProcessSesame()
        sesame.failingOutput = true
        let result = await sesame.run(["status", "--region", "us-east-1", "--endpoint-url", "http://127.0.0.1:9"])
        #expect(result.status == 3, "AWS failing is exit 3 even when the table could not be written")
        #expect(result.stderr.hasSuffix(full))
    }

    @Test func aFailedWriteTurnsSuccessIntoTwo() async {
        var sesame = InProcessSesame()
        sesame.failingOutput = true
        let result = await sesame.run(["render", "examples/saas-transactional.yaml"])
        #expect(result.status == 2)
        #expect(result.stderr == full)
    }
}
