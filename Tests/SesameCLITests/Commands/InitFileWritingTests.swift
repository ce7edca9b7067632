import Foundation
import SesameCore
import Testing
import TestSupport
@testable import sesame

/// How `sesame init` writes: never over a file that appeared meanwhile, never two at once on one
/// output (the lock), keeping the mode of a file it replaces, and resuming a draft whose answer
/// no longer passes by asking that answer again. The terminal parts (asking before replacing,
/// the lock held by a live run, the editor's private file and Ctrl-C while it runs) are in
/// `InitCommandTests.drivenThroughAPseudoTerminal`.
@Suite("sesame init: writing files")
struct InitFileWritingTests {
    private let sesame = InProcessSesame()

    private func mode(_ path: String) -> mode_t {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_mode & 0o7777 : 0
    }

    /// Someone else writes the output while the questions are asked (here: as the first draft is
    /// saved). Without a terminal nothing can be asked, so it is left alone and the draft kept.
    @Test func aFileThatAppearsMeanwhileIsNotReplacedWithoutATerminal() async throws {
        let folder = try TestPaths.temporaryFolder()
        let output = folder.appendingPathComponent("p.yaml").path
        var appearing = InProcessSesame()
        appearing.fileSystem = AppearingFile(path: output, text: "theirs: true\n")
        let result = await appearing.run(["init", "-o", output, "--lang", "en"], input: pipedAnswers)
        #expect(result.status == 1)
        #expect(result.stdout.hasSuffix("\n\(output) appeared while the questions were asked (your answers are kept in \(output).draft).\n\(output) was left as it is. Use --force, or choose another --output.\n"))
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "theirs: true\n")
        #expect(FileManager.default.fileExists(atPath: output + ".draft"), "the answers are not lost")
        #expect(!FileManager.default.fileExists(atPath: output + ".lock"))

        // The answers are in the draft: --force resumes it and replaces the file.
        let forced = await sesame.run(["init", "-o", output, "--lang", "en", "--force"], input: "y\n")
        #expect(forced.status == 0, "\(forced.stdout)")
        #expect(try String(contentsOfFile: output, encoding: .utf8).contains("mail_type: MARKETING"))
    }

    @Test func forceKeepsTheModeOfTheFileItReplaces() throws {
        let folder = try TestPaths.temporaryFolder()
        let output = folder.appendingPathComponent("private.yaml").path
        try "precious: true\n".write(toFile: output, atomically: true, encoding: .utf8)
        #expect(chmod(output, 0o600) == 0)
        let result = try CommandRunner.run(TestPaths.sesameBinary, ["init", "-o", output, "--lang", "en", "--force"], stdin: pipedAnswers)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try String(contentsOfFile: output, encoding: .utf8).contains("mail_type: MARKETING"))
        #expect(mode(output) == 0o600, "a 0600 profile stays 0600")
    }

    /// A lock left by another run (or a crash): refused at once, saying who holds it and how to
    /// remove a stale one; nothing is asked or written.
    @Test func aHeldLockIsRefusedAndSaysWhoHoldsIt() async throws {
        let folder = try TestPaths.temporaryFolder()
        let output = folder.appendingPathComponent("p.yaml").path
        let lock = output + ".lock"
        try "pid: 4242\nhost: build-box\nsince: 2026-12-01T12:00:00Z\n".write(toFile: lock, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(TestPaths.sesameBinary, ["init", "-o", output, "--lang", "en"], stdin: pipedAnswers)
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == "sesame: another `sesame init` is writing \(output): \(lock) is held by process 4242 on build-box since 2026-12-01T12:00:00Z. If that process is no longer running, remove \(lock) and run again.\n")
        #expect(!FileManager.default.fileExists(atPath: output))
        #expect(!FileManager.default.fileExists(atPath: output + ".draft"))
        #expect(FileManager.default.fileExists(atPath: lock), "another's lock is not removed")

        let japanese = await sesame.run(["init", "-o", output, "--lang", "ja"], input: pipedAnswers)
        #expect(japanese.status == 1)
        #expect(japanese.stderr == "sesame: 別の `sesame init` が \(output) を作成中です。\(lock) は build-box のプロセス 4242 が 2026-12-01T12:00:00Z から保持しています。そのプロセスが既に終了している場合は、\(lock) を削除してからもう一度実行してください。\n")

        try FileManager.default.removeItem(atPath: lock)
        let freed = try CommandRunner.run(TestPaths.sesameBinary, ["init", "-o", output, "--lang", "en"], stdin: pipedAnswers)
        #expect(freed.status == 0, "\(freed.stderr)")
        #expect(!FileManager.default.fileExists(atPath: lock), "the run's own lock is removed at the end")
    }

    /// A draft holding an answer that no longer passes (edited by hand, or written by an older
    /// sesame) is not a dead end: that one answer is asked again, the others are kept.
    @Test func aStaleDraftAnswerIsAskedAgain() async throws {
        let folder = try TestPaths.temporaryFolder()
        let output = folder.appendingPathComponent("p.yaml").path
        let lines = pipedAnswers.split(separator: "\n", omittingEmptySubsequences: false)
        let first = await sesame.run(["init", "-o", output, "--lang", "en"], input: lines.prefix(8).joined(separator: "\n") + "\n")
        #expect(first.status == 1)
        let draft = try String(contentsOfFile: output + ".draft", encoding: .utf8)
        #expect(draft.contains("website_url: https://harborlanebooks.co.uk\n"))
        try draft.replacingOccurrences(of: "website_url: https://harborlanebooks.co.uk\n", with: "website_url: harborlanebooks.co.uk\n")
            .write(toFile: output + ".draft", atomically: true, encoding: .utf8)

        let rest = "y\nhttps://harborlanebooks.co.uk\n" + lines.dropFirst(8).joined(separator: "\n")
        let resumed = await sesame.run(["init", "-o", output, "--lang", "en"], input: rest)
        #expect(resumed.status == 0, "\(resumed.stdout)")
        #expect(resumed.stdout.contains("Resume it? [Y/n] y\n\nThe draft's answer to [2/15] (website_url) no longer passes its check; it is asked again.\n  That answer cannot be used: `website_url` is not a usable website URL: it must be an absolute URL starting with https://\n\n[2/15] What is the address of your website?"))
        #expect(resumed.stdout.contains("> https://harborlanebooks.co.uk\n\n[7/15]"), "only that answer is asked again")
        #expect(await sesame.run(["validate", output]).status == 0)
    }

    /// While the editor runs, Ctrl-C is the editor's: sesame ignores SIGINT and SIGQUIT, and
    /// puts its own handlers back afterwards.
    @Test func interruptsAreIgnoredOnlyWhileTheEditorRuns() {
        func disposition(_ signal: Int32) -> UnsafeMutableRawPointer? {
            var current = sigaction()
            sigaction(signal, nil, &current)
            return unsafeBitCast(current.__sigaction_handler.sa_handler, to: UnsafeMutableRawPointer?.self)
        }
        let ignored = unsafeBitCast(SIG_IGN, to: UnsafeMutableRawPointer?.self)
        let before = (disposition(SIGINT), disposition(SIGQUIT))
        let during = TerminalState.ignoringInterrupts { (disposition(SIGINT), disposition(SIGQUIT)) }
        #expect(during.0 == ignored && during.1 == ignored)
        #expect(disposition(SIGINT) == before.0 && disposition(SIGQUIT) == before.1)
    }
}

/// The real file system, except that the first draft written also makes `path` appear, as if
/// another program wrote it while the wizard was asking.
private final class AppearingFile: FileSystem, @unchecked Sendable {
    private let path: String
    private let text: String
    private var appeared = false
    private let local = LocalFileSystem()

    init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    func read(_ path: String, limit: Int) throws(FileError) -> [UInt8] { try local.read(path, limit: limit) }
    func exists(_ path: String) -> Bool { local.exists(path) }
    func remove(_ path: String) { local.remove(path) }
    func createExclusively(_ bytes: [UInt8], at path: String) throws(FileError) { try local.createExclusively(bytes, at: path) }

    func writeAtomically(_ bytes: [UInt8], to path: String, replacing: Bool) throws(FileError) {
        try local.writeAtomically(bytes, to: path, replacing: replacing)
        if path.hasSuffix(".draft"), !appeared {
            appeared = true
            try local.writeAtomically(Array(text.utf8), to: self.path, replacing: true)
        }
    }
}
