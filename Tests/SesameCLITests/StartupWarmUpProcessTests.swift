import Foundation
import Testing
import TestSupport

/// The warm-up thread of the binary's start-up (`StartupWarmUp`): it loads libcrypto and libcurl
/// while the arguments are parsed, and nothing about what the process prints, or when, changes.
/// The dynamic loader's log (`LD_DEBUG=files`) shows which libraries were mapped.
@Suite struct StartupWarmUpProcessTests {
    /// A port on which nothing listens: what a request gets is never the point here.
    private static let status = ["status", "--endpoint-url", "http://127.0.0.1:9", "--region", "us-east-1"]
    private static let credentials = ["AWS_ACCESS_KEY_ID": "AKIDWARMUP", "AWS_SECRET_ACCESS_KEY": "warm-up-secret"]

    @Test func aUsageErrorWaitsForTheWarmUpAndIsWordedAsBefore() throws {
        // Several times: the parse fails while the thread is still loading, at varying points.
        for _ in 0..<5 {
            let run = try CommandRunner.sesame(["status", "--region"], environment: ["LD_DEBUG": "files"])
            #expect(run.status == 2)
            #expect(Self.withoutLoaderLog(run.stderr) == """
                Error: Missing value for '--region <region>'
                Help:  --region <region>  A region to work in (repeatable).
                Usage: sesame status <options>
                  See 'sesame status --help' for more information.

                """)
            let loaded = StartupLibrariesTests.loadedFiles(run.stderr)
            #expect(loaded.contains { $0.hasPrefix("libcurl") }, "the warm-up ran to its end before the exit: \(loaded)")
        }
    }

    /// `log` without the dynamic loader's lines (`  1234:\tfile=…`).
    private static func withoutLoaderLog(_ log: String) -> String {
        log.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { line in !(line.drop { $0 == " " }.prefix { $0 != ":" }.allSatisfy(\.isNumber) && line.contains(":\t")) }
            .joined(separator: "\n")
    }

    @Test(arguments: [["status", "--help"], ["submit", "--help"], ["help", "status"], ["status", "--version"]])
    func helpAndVersionStartNoWarmUp(_ arguments: [String]) throws {
        let run = try CommandRunner.sesame(arguments, environment: ["LD_DEBUG": "files"])
        #expect(run.status == 0)
        let loaded = StartupLibrariesTests.loadedFiles(run.stderr)
        #expect(!loaded.contains { $0.hasPrefix("libcrypto") || $0.hasPrefix("libcurl") }, "\(arguments) maps \(loaded)")
    }

    /// A folder on `LD_LIBRARY_PATH` whose `name` is not a shared object: `dlopen` finds it first.
    private static func brokenLibrary(_ name: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sesame-broken-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(repeating: 0x2A, count: 4096).write(to: folder.appendingPathComponent(name))
        return folder
    }

    @Test func aBrokenLibcryptoIsReportedByTheFirstDigestNotAtStartUp() throws {
        let folder = try Self.brokenLibrary("libcrypto.so.3")
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CommandRunner.sesame(Self.status, environment: Self.credentials.merging(["LD_LIBRARY_PATH": folder.path]) { $1 })
        #expect(run.status == 127)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "sesame: error while loading shared libraries: \(folder.path)/libcrypto.so.3: invalid ELF header\n")
    }

    @Test func aBrokenLibcurlIsReportedByTheFirstRequest() throws {
        let folder = try Self.brokenLibrary("libcurl.so.4")
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CommandRunner.sesame(Self.status, environment: Self.credentials.merging(["LD_LIBRARY_PATH": folder.path]) { $1 })
        #expect(run.status == 3)
        #expect(run.stdout == """
            REGION     ACCESS  SENDING  QUOTA/24H  RATE/S  SENT/24H  ENFORCEMENT  REVIEW
            us-east-1  error                                                      see below

            """)
        #expect(run.stderr == "sesame: us-east-1: request to http://127.0.0.1:9/v2/email/account failed: libcurl could not be loaded "
            + "(\(folder.path)/libcurl.so.4: invalid ELF header); install libcurl4 (apt-get install libcurl4)\n")
    }
}
