import Foundation
import Testing
import TestSupport
@testable import SesameCore

/// The lock `sesame init` takes beside its output: one holder at a time, and a held lock says
/// who holds it and how to remove it when it is stale.
@Suite struct FileLockTests {
    private let owner = FileLock.Owner(processID: 4242, host: "build-box", since: "2026-12-01T12:00:00Z")

    @Test func oneHolderAtATimeAndReleaseFreesIt() throws {
        let path = try TestPaths.temporaryFolder().appendingPathComponent("p.yaml.lock").path
        let lock = try FileLock.acquire(path, owner: owner, fileSystem: LocalFileSystem())
        #expect(String(decoding: try FileIO.read(path), as: UTF8.self) == "pid: 4242\nhost: build-box\nsince: 2026-12-01T12:00:00Z\n")
        #expect(throws: FileLock.Failure.self) { try FileLock.acquire(path, owner: owner, fileSystem: LocalFileSystem()) }
        lock.release()
        #expect(!FileIO.exists(path))
        try FileLock.acquire(path, owner: owner, fileSystem: LocalFileSystem()).release()
    }

    @Test func aHeldLockSaysWhoHoldsItInBothLanguages() throws {
        let path = try TestPaths.temporaryFolder().appendingPathComponent("p.yaml.lock").path
        _ = try FileLock.acquire(path, owner: owner, fileSystem: LocalFileSystem())
        do {
            _ = try FileLock.acquire(path, owner: owner, fileSystem: LocalFileSystem())
            Issue.record("the second acquire succeeded")
        } catch {
            #expect(error.message(in: .en, guarding: "p.yaml") == "another `sesame init` is writing p.yaml: \(path) is held by process 4242 on build-box since 2026-12-01T12:00:00Z. If that process is no longer running, remove \(path) and run again.")
            #expect(error.message(in: .ja, guarding: "p.yaml") == "別の `sesame init` が p.yaml を作成中です。\(path) は build-box のプロセス 4242 が 2026-12-01T12:00:00Z から保持しています。そのプロセスが既に終了している場合は、\(path) を削除してからもう一度実行してください。")
        }
    }

    @Test func aLockSesameDidNotWriteStillHoldsAndSaysSo() throws {
        let path = try TestPaths.temporaryFolder().appendingPathComponent("p.yaml.lock").path
        try FileIO.writeAtomically(Array("\u{1B}]52;c;junk\n".utf8), to: path)
        do {
            _ = try FileLock.acquire(path, owner: owner, fileSystem: LocalFileSystem())
            Issue.record("acquired a lock that exists")
        } catch {
            #expect(error.message(in: .en, guarding: "p.yaml") == "another `sesame init` is writing p.yaml: \(path) exists and does not say who holds it. If no `sesame init` is running, remove \(path) and run again.")
        }
    }

    @Test func aHostileOwnerIsShownEscaped() throws {
        let path = try TestPaths.temporaryFolder().appendingPathComponent("p.yaml.lock").path
        try FileIO.writeAtomically(Array("pid: 7\nhost: \u{1B}[2Jevil\nsince: now\n".utf8), to: path)
        do {
            _ = try FileLock.acquire(path, owner: owner, fileSystem: LocalFileSystem())
            Issue.record("acquired a lock that exists")
        } catch {
            #expect(error.message(in: .en, guarding: "p.yaml").contains("process 7 on \\u{1B}[2Jevil since now"))
        }
    }
}
