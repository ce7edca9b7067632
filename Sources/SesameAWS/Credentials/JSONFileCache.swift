/// A folder of `<key>.json` files, as botocore's `JSONFileCache` keeps them
/// (`~/.aws/sso/cache`, `~/.aws/cli/cache`): read whole, written atomically (a temporary
/// file created with mode 0600 in the same folder, flushed, then renamed over the old one).
/// Missing folders are created below the home folder, never the home folder itself.
struct JSONFileCache: Sendable {
    let homeDirectory: String
    /// The cache folder, below `homeDirectory`.
    let directory: String

    /// The cache at `homeDirectory` + `subpath` (e.g. `/.aws/sso/cache`).
    init(homeDirectory: String, subpath: String) {
        self.homeDirectory = homeDirectory
        self.directory = homeDirectory + subpath
    }

    /// The largest cache file read; a real one is a few kilobytes.
    static let sizeLimit = 1 << 20

    func path(_ key: String) -> String { directory + "/" + key + ".json" }

    /// The bytes stored under `key`, or nil when there is no such file (or it is too large).
    func read(_ key: String) -> [UInt8]? {
        guard let data = FileManager.default.contents(atPath: path(key)), data.count <= Self.sizeLimit else { return nil }
        return Array(data)
    }

    /// Replaces the file of `key` with `bytes`, creating the folder (mode 0700) if needed.
    func write(_ bytes: [UInt8], key: String) throws {
        let target = path(key)
        var info = stat()
        guard stat(homeDirectory, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
            throw CacheWriteError(path: target, code: ENOENT)
        }
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        var template = Array("\(directory)/.\(key).XXXXXX.tmp".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemps($0.baseAddress!, 4) }
        guard descriptor >= 0 else { throw CacheWriteError(path: target, code: errno) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                SystemCall.retryingInterrupts { Glibc.write(descriptor, buffer.baseAddress! + written, buffer.count - written) }
            }
            guard count > 0 else { break }
            written += count
        }
        let complete = written == bytes.count && fsync(descriptor) == 0
        let code = errno
        close(descriptor)
        guard complete, rename(temporary, target) == 0 else {
            let failure = complete ? errno : code
            unlink(temporary)
            throw CacheWriteError(path: target, code: failure)
        }
    }

    struct CacheWriteError: Error, CustomStringConvertible {
        let path: String
        let code: Int32
        var description: String { "cannot write \(path): \(String(cString: strerror(code)))" }
    }
}
