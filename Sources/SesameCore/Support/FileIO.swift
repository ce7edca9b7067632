/// Why a file could not be read or written; the message names the path.
public struct FileError: Error, Hashable, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String
    /// Set when the file is over the size limit: its size, when known.
    public var oversize: Int?
    /// True when a write that must not replace anything found a file at the path.
    public var alreadyExists: Bool

    public init(path: String, reason: String, oversize: Int? = nil, alreadyExists: Bool = false) {
        self.path = path
        self.reason = reason
        self.oversize = oversize
        self.alreadyExists = alreadyExists
    }

    public var description: String { "\(path): \(reason)" }
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
            if (info.st_mode & S_IFMT) == S_IFDIR { throw FileError(path: path, reason: "is a directory, not a file") }
            if path != "-", (info.st_mode & S_IFMT) != S_IFREG { throw FileError(path: path, reason: notRegular) }
            if (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) > limit {
                throw FileError(path: path, reason: "is \(info.st_size) bytes, over the \(limit)-byte limit", oversize: Int(info.st_size))
            }
        }
        if descriptor != 0 { _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { buffer in
                SystemCall.retryingInterrupts { Glibc.read(descriptor, buffer.baseAddress, buffer.count) }
            }
            guard count >= 0 else { throw FileError(path: path, reason: describe(errno)) }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > limit {
                throw FileError(path: path, reason: "is over the \(limit)-byte limit", oversize: bytes.count)
            }
        }
    }

    /// Replaces the file at `path` with `bytes` atomically: a temporary file in the same
    /// folder is written, flushed and renamed over it, so readers see the old or the new file.
    /// The new file keeps the permissions of the one it replaces (a `0600` profile stays
    /// `0600`); a new file gets `mode` less the umask. Something other than a regular file at
    /// `path` (a FIFO, a device) is refused, not replaced.
    ///
    /// With `replacing: false` an existing file is never replaced, even one that appears while
    /// the temporary file is written: the temporary file is linked into place (`link(2)` fails
    /// when the name exists), and an existing file is reported as `FileError.alreadyExists`.
    public static func writeAtomically(_ bytes: [UInt8], to path: String, mode: mode_t = 0o644, replacing: Bool = true) throws(FileError) {
        var existing = stat()
        var permissions = mode & ~currentUmask()
        if stat(path, &existing) == 0 {
            guard (existing.st_mode & S_IFMT) == S_IFREG else {
                throw FileError(path: path, reason: (existing.st_mode & S_IFMT) == S_IFDIR ? "is a directory, not a file" : notRegular)
            }
            guard replacing else { throw FileError(path: path, reason: alreadyExistsReason, alreadyExists: true) }
            permissions = existing.st_mode & 0o7777
        }
        let temporary = try writeTemporary(bytes, beside: path, permissions: permissions)
        var committed = false
        defer { if !committed || !replacing { unlink(temporary) } }
        if replacing {
            guard rename(temporary, path) == 0 else { throw FileError(path: path, reason: describe(errno)) }
        } else if link(temporary, path) != 0 {
            throw errno == EEXIST ? FileError(path: path, reason: alreadyExistsReason, alreadyExists: true)
                                  : FileError(path: path, reason: describe(errno))
        }
        committed = true
    }

    /// Creates the file at `path` holding `bytes`, failing with `FileError.alreadyExists` when
    /// something is there (`O_CREAT | O_EXCL`, as git takes `index.lock`).
    public static func createExclusively(_ bytes: [UInt8], at path: String, mode: mode_t = 0o644) throws(FileError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard descriptor >= 0 else {
            throw errno == EEXIST ? FileError(path: path, reason: alreadyExistsReason, alreadyExists: true)
                                  : FileError(path: path, reason: describe(errno))
        }
        defer { close(descriptor) }
        do {
            try writeAll(bytes, to: descriptor, path: path)
        } catch {
            unlink(path)
            throw error
        }
    }

    /// Writes `bytes` to a new temporary file next to `path` with `permissions`, flushed to disk;
    /// returns its path.
    private static func writeTemporary(_ bytes: [UInt8], beside path: String, permissions: mode_t) throws(FileError) -> String {
        let folder = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : "."
        let name = path.split(separator: "/").last.map(String.init) ?? path
        var template = Array("\(folder.isEmpty ? "/" : folder)/.\(name).tmp-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw FileError(path: path, reason: describe(errno)) }
        defer { close(descriptor) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        do throws(FileError) {
            try writeAll(bytes, to: descriptor, path: path)
            guard fchmod(descriptor, permissions) == 0, fsync(descriptor) == 0 else {
                throw FileError(path: path, reason: describe(errno))
            }
        } catch {
            unlink(temporary)
            throw error
        }
        return temporary
    }

    /// Writes every byte, retrying partial writes and interrupted calls.
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(FileError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                SystemCall.retryingInterrupts { Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset) }
            }
            guard written >= 0 else { throw FileError(path: path, reason: describe(errno)) }
            offset += written
        }
    }

    /// The process's umask (reading it means setting it, so it is set back at once).
    private static func currentUmask() -> mode_t {
        let mask = umask(0)
        umask(mask)
        return mask
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

    static let alreadyExistsReason = "already exists"

    /// Why a FIFO, socket or device is refused as a file to read or replace.
    static let notRegular = "is not a regular file (a FIFO, socket or device); sesame reads and writes only regular files"

    private static func describe(_ code: Int32) -> String {
        switch code {
        case ENOENT: "no such file"
        case EACCES, EPERM: "permission denied"
        case EISDIR: "is a directory, not a file"
        case ENOSPC: "no space left on the device"
        default: String(cString: strerror(code)).lowercased()
        }
    }
}
