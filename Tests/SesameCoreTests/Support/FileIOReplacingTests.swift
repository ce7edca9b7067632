import Foundation
import Testing
import TestSupport
@testable import SesameCore

/// How `FileIO` replaces, refuses to replace and creates files: a replaced file keeps its
/// permissions, a write that must not replace anything never does, and exclusive creation is
/// the lock's primitive.
@Suite struct FileIOReplacingTests {
    private func mode(_ path: String) -> mode_t {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_mode & 0o7777 : 0
    }

    @Test func aReplacedFileKeepsItsPermissions() throws {
        let path = try TestPaths.temporaryFolder().appendingPathComponent("profile.yaml").path
        try FileIO.writeAtomically(Array("one".utf8), to: path)
        #expect(chmod(path, 0o600) == 0)
        try FileIO.writeAtomically(Array("two".utf8), to: path)
        #expect(mode(path) == 0o600)
        #expect(try FileIO.read(path) == Array("two".utf8))
        #expect(chmod(path, 0o640) == 0)
        try FileIO.writeAtomically(Array("three".utf8), to: path)
        #expect(mode(path) == 0o640)
    }

    @Test func aNewFileGetsTheModeLessTheUmask() throws {
        let path = try TestPaths.temporaryFolder().appendingPathComponent("new.yaml").path
        let mask = umask(0o022)
        umask(mask)
        try FileIO.writeAtomically(Array("one".utf8), to: path, mode: 0o666)
        #expect(mode(path) == 0o666 & ~mask)
    }

    @Test func notReplacingLeavesAnExistingFileAndNoTemporaryFile() throws {
        let folder = try TestPaths.temporaryFolder()
        let path = folder.appendingPathComponent("out.yaml").path
        try FileIO.writeAtomically(Array("theirs".utf8), to: path)
        #expect(throws: FileError(path: path, reason: "already exists", alreadyExists: true)) {
            try FileIO.writeAtomically(Array("ours".utf8), to: path, replacing: false)
        }
        #expect(try FileIO.read(path) == Array("theirs".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.yaml"])
    }

    @Test func notReplacingWritesANewFileAndLeavesNoTemporaryFile() throws {
        let folder = try TestPaths.temporaryFolder()
        let path = folder.appendingPathComponent("out.yaml").path
        try FileIO.writeAtomically(Array("ours".utf8), to: path, replacing: false)
        #expect(try FileIO.read(path) == Array("ours".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.yaml"])
    }

    @Test func exclusiveCreationFailsWhenSomethingIsThere() throws {
        let path = try TestPaths.temporaryFolder().appendingPathComponent("out.yaml.lock").path
        try FileIO.createExclusively(Array("first".utf8), at: path, mode: 0o600)
        #expect(mode(path) == 0o600)
        #expect(throws: FileError(path: path, reason: "already exists", alreadyExists: true)) {
            try FileIO.createExclusively(Array("second".utf8), at: path)
        }
        #expect(try FileIO.read(path) == Array("first".utf8))
    }
}
