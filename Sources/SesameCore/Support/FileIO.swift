#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a file could not be read or written; the message names the path.
public struct FileError: Error, Hashable, Sendable, CustomStringConvertible {
    public var path: String
    /// Why, in English and Japanese (`FileMessages`).
    public var reason: LocalizedText
    /// Set when the file is over the size limit: its size, when known.
    public var oversize: Int?

    public init(path: String, reason: LocalizedText, oversize: Int? = nil) {
        self.path = path
        self.reason = reason
        self.oversize = oversize
    }

    public var description: String { "\(path): \(reason.en)" }
}

/// Reading and writing whole files with the POSIX calls, so that the size limit is
/// checked before anything is read and a write is never seen half done.
public enum FileIO {
    /// Reads the file at `path` (`-` is standard input), refusing more than `limit` bytes.
    /// A named path must be a regular file: a FIFO would block the open (and the read) until some
    /// other process writes, a device may never end. It is opened without blocking and refused.
    public static func read(_ path: String, limit: Int = 1 << 20) throws(FileError) -> [UInt8] {
        let descriptor = path == "-" ? 0 : open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { throw FileError(path: path, reason: describe(errno)) }
        defer { if descriptor != 0 { close(descriptor) } }
        var info = stat()
        if fstat(descriptor, &info) == 0 {
            if (info.st_mode & S_IFMT) == S_IFDIR { throw FileError(path: path, reason: FileMessages.isDirectory) }
            if path != "-", (info.st_mode & S_IFMT) != S_IFREG { throw FileError(path: path, reason: notRegular) }
            if (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) > limit {
                throw FileError(path: path, reason: FileMessages.overLimit(size: Int(info.st_size), limit: limit), oversize: Int(info.st_size))
            }
        }
        if descriptor != 0 { _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileError(path: path, reason: describe(errno))
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > limit {
                throw FileError(path: path, reason: FileMessages.overLimit(size: nil, limit: limit), oversize: bytes.count)
            }
        }
    }

    /// Replaces the file at `path` with `bytes` atomically: a temporary file in the same
    /// folder is written, flushed and renamed over it, so readers see the old or the new file.
    /// Something other than a regular file at `path` (a FIFO, a device) is refused, not replaced.
    public static func writeAtomically(_ bytes: [UInt8], to path: String, mode: mode_t = 0o644) throws(FileError) {
        var existing = stat()
        if stat(path, &existing) == 0, (existing.st_mode & S_IFMT) != S_IFREG {
            throw FileError(path: path, reason: (existing.st_mode & S_IFMT) == S_IFDIR ? FileMessages.isDirectory : notRegular)
        }
        let folder = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : "."
        let name = path.split(separator: "/").last.map(String.init) ?? path
        var template = Array("\(folder.isEmpty ? "/" : folder)/.\(name).tmp-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw FileError(path: path, reason: describe(errno)) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var committed = false
        defer {
            if !committed { unlink(temporary) }
        }
        do {
            defer { close(descriptor) }
            var offset = 0
            while offset < bytes.count {
                let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
                if written < 0 {
                    if errno == EINTR { continue }
                    throw FileError(path: path, reason: describe(errno))
                }
                offset += written
            }
            let mask = umask(0)
            umask(mask)
            guard fchmod(descriptor, mode & ~mask) == 0, fsync(descriptor) == 0 else {
                throw FileError(path: path, reason: describe(errno))
            }
        }
        guard rename(temporary, path) == 0 else { throw FileError(path: path, reason: describe(errno)) }
        committed = true
    }

    /// Whether something exists at `path`.
    public static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    /// Removes the file at `path`, if there is one.
    public static func remove(_ path: String) {
        unlink(path)
    }

    /// Why a FIFO, socket or device is refused as a file to read or replace.
    static let notRegular = FileMessages.notRegular

    private static func describe(_ code: Int32) -> LocalizedText { FileMessages.reason(errno: code) }
}
