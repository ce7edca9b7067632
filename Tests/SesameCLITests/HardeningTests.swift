import Foundation
import Testing
import TestSupport

// Hardening: the real binary against the emulator when things go wrong — untrusted or bad
// certificates, every fault the emulator can inject, hostile values in responses — and the
// guarantee that no secret ever reaches the screen or the disk.

/// Runs `sesame` against `emulator` with its credentials (and `environment` on top).
private func sesame(_ emulator: EmulatorProcess, _ arguments: [String], environment: [String: String] = [:],
                    currentDirectory: URL? = nil, timeout: TimeInterval = 30) throws -> CommandResult {
    try CommandRunner.sesame(arguments, environment: emulator.sesameEnvironment.merging(environment) { _, new in new },
                             currentDirectory: currentDirectory, timeout: timeout)
}

/// The emulator's request log as `Operation:status` (or `Operation:fault` when a fault answered).
private func attempts(_ emulator: EmulatorProcess) async throws -> [String] {
    try await emulator.requests().map { "\($0.operation ?? "?"):\($0.fault ?? $0.status.map(String.init) ?? "?")" }
}

// MARK: - Values in responses

/// Numbers that are valid JSON but do not fit an `Int`: they used to trap the process
/// (`Int(Double)` on 1e20) in `status` and `doctor`.
@Suite("hardening: hostile values in responses")
struct HostileValueTests {
    @Test func hugeQuotaNumbersArePrintedNotTrapped() async throws {
        let emulator = try EmulatorProcess()
        try await emulator.putAccount(region: "us-east-1", json: #"{"max_24_hour_send":1e20,"sent_last_24_hours":1e19,"max_send_rate":1e300}"#)
        let status = try sesame(emulator, ["status", "--region", "us-east-1"])
        #expect(status.status == 0, "\(status.stderr)")
        #expect(status.stdout == """
        REGION     ACCESS   SENDING  QUOTA/24H  RATE/S  SENT/24H  ENFORCEMENT  REVIEW
        us-east-1  sandbox  enabled  1e+20      1e+300  1e+19     HEALTHY      —

        """)
        let doctor = try sesame(emulator, ["doctor", "--region", "us-east-1", "--format", "json", "--lang", "en"])
        #expect(doctor.status == 1, "\(doctor.stderr)")
        #expect(doctor.stdout.contains(#""message": "Sent 1e+19 of 1e+20 messages in the last 24 hours; maximum rate 1e+300 per second.""#),
                "\(doctor.stdout)")
    }
}
