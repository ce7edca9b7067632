import Foundation
import Testing
import TestSupport

/// `AWS_RETRY_MODE` through the command line, against the emulator's faults (in process, so the
/// backoff's sleeps return at once; the requests are real and signed).
@Suite struct RetryModeCommandTests {
    let emulator: EmulatorProcess

    init() throws {
        emulator = try EmulatorProcess()
    }

    func status(_ environment: [String: String]) async -> InProcessResult {
        var sesame = InProcessSesame()
        sesame.environment.merge(emulator.sesameEnvironment) { $1 }
        sesame.environment.merge(environment) { $1 }
        return await sesame.run(["status"])
    }

    @Test func legacyModeOutlastsFourThrottlesThatStandardModeGivesUpOn() async throws {
        let faults = #"[{"operation":"GetAccount","count":4,"action":"error","status":429,"code":"SlowDownPlease"}]"#
        try await emulator.addFaults(faults)
        let legacy = await status(["AWS_RETRY_MODE": "legacy"])
        #expect(legacy.status == 0, "\(legacy.stderr)")
        #expect(legacy.stdout.contains("us-east-1  sandbox  enabled"))
        #expect(try await emulator.requests().map(\.status) == [429, 429, 429, 429, 200])

        try await emulator.reset()
        try await emulator.addFaults(faults)
        let standard = await status([:])
        #expect(standard.status == 3)
        #expect(try await emulator.requests().map(\.status) == [429])
    }

    @Test func anUnknownModeIsAUsageErrorBeforeAnyRequest() async throws {
        let result = await status(["AWS_RETRY_MODE": "fast"])
        #expect(result.status == 2)
        #expect(result.stderr == "sesame: invalid retry mode \"fast\" (from AWS_RETRY_MODE): it must be one of legacy, standard, adaptive\n")
        #expect(try await emulator.requests().isEmpty)
    }
}
