import Foundation
import Testing
import TestSupport

/// The commands that never talk to AWS load no library they do not use: libcurl and libcrypto
/// are opened on first use (CurlLibrary, Sources/CCrypto), never at start-up, where mapping and
/// relocating them cost every command millions of instructions. The dynamic loader's own log
/// (`LD_DEBUG=files`, on standard error) lists every object the process maps.
@Suite struct StartupLibrariesTests {
    private static let profile = TestPaths.packageRoot.appendingPathComponent("examples/ja-transactional.yaml").path

    @Test(arguments: [
        ["--help"], ["--version"], ["schema"],
        ["validate", profile], ["render", profile], ["lint", profile],
    ])
    func offlineCommandsMapNeitherLibcryptoNorLibcurl(_ arguments: [String]) throws {
        let run = try CommandRunner.run(TestPaths.sesameBinary, arguments, environment: ["LD_DEBUG": "files"])
        #expect(run.status == 0, "\(arguments): \(run.stderr.suffix(2000))")
        let loaded = Self.loadedFiles(run.stderr)
        #expect(loaded.contains { $0.hasPrefix("libc.so") }, "the loader's log is read: \(loaded)")
        #expect(!loaded.contains { $0.hasPrefix("libcrypto") || $0.hasPrefix("libcurl") || $0.hasPrefix("libssl") },
                "\(arguments) maps \(loaded)")
    }

    /// The names after `file=` in the loader's log (`  1234:	file=libc.so.6 [0];  needed by …`).
    static func loadedFiles(_ log: String) -> [String] {
        log.split(separator: "\n").compactMap { line in
            guard let start = line.range(of: "file=") else { return nil }
            let name = line[start.upperBound...].prefix { $0 != " " && $0 != "\t" && $0 != "[" }
            return String(name.split(separator: "/").last ?? name)
        }
    }

    @Test func theLogIsReadByName() {
        let log = "     42:\tfile=libc.so.6 [0];  needed by ./sesame [0]\n     42:\tfile=/usr/lib/x86_64-linux-gnu/libcrypto.so.3 [0];  dynamically loaded by x [0]\nsesame output"
        #expect(Self.loadedFiles(log) == ["libc.so.6", "libcrypto.so.3"])
    }
}
