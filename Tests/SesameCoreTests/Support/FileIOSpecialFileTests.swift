import Foundation
import Testing
import TestSupport
@testable import SesameCore

/// A FIFO (or a device) where a file is expected is refused at once: reading would block until
/// a writer appears, replacing it would destroy something that is not a file.
@Suite struct FileIOSpecialFileTests {
    @Test func aFIFOIsRefusedForReadingAndWriting() throws {
        let fifo = try TestPaths.temporaryFolder().appendingPathComponent("out.yaml").path
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(throws: FileError(path: fifo, reason: FileIO.notRegular)) { try FileIO.read(fifo) }
        #expect(throws: FileError(path: fifo, reason: FileIO.notRegular)) { try FileIO.writeAtomically([1], to: fifo) }
        var info = stat()
        #expect(stat(fifo, &info) == 0 && (info.st_mode & S_IFMT) == S_IFIFO, "still the FIFO")
    }

    @Test func aDeviceIsRefused() {
        #expect(throws: FileError(path: "/dev/zero", reason: FileIO.notRegular)) { try FileIO.read("/dev/zero") }
    }
}
