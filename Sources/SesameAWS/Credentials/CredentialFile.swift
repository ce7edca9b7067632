/// Files the credential chain reads (the shared config and credentials files, the web-identity
/// token, the container authorization token), with the POSIX calls rather than `FileManager`, so
/// that a file that exists but cannot be read is an error and not mistaken for a missing one:
/// regular files and character devices such as `/dev/null` only (a FIFO would hang the read),
/// and at most `limit` bytes, so that a huge
/// file is refused with a clear error instead of being read whole and sent.
enum CredentialFile {
    /// The most any token file may hold. Real tokens are a few kilobytes.
    static let limit = 1 << 20

    /// The token file's bytes, or `sourceFailed` naming the file and its path.
    static func read(_ path: String, file: CredentialProblem.TokenFile, source: CredentialSourceName, limit: Int = limit) throws -> [UInt8] {
        do {
            return try contents(path, limit: limit)
        } catch {
            throw CredentialError.sourceFailed(source: source, reason: .file(file, path: path, problem: error))
        }
    }

    /// The file's bytes, or why not: missing, unreadable, not a regular file, or over `limit` bytes.
    static func contents(_ path: String, limit: Int) throws(FileReadProblem) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else {
            if errno == ENOENT || errno == ENOTDIR { throw .missing }
            throw .unreadable(String(cString: strerror(errno)).lowercased())
        }
        defer { close(descriptor) }
        var info = stat()
        // A character device is read too: `AWS_CONFIG_FILE=/dev/null` is how people switch a file
        // off, and botocore reads it as empty. Opened non-blocking and read up to `limit`, a
        // device can neither hang the read nor make it endless.
        guard fstat(descriptor, &info) == 0, [S_IFREG, S_IFCHR].contains(info.st_mode & S_IFMT) else {
            throw .notAFile(directory: (info.st_mode & S_IFMT) == S_IFDIR)
        }
        guard Int(info.st_size) <= limit else { throw .tooLarge(mebibytes: limit >> 20) }
        // Read in chunks, not into a zeroed buffer of `limit` bytes: zeroing 16 MiB for each of
        // the two shared files was half of the instructions of `sesame status`.
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while bytes.count <= limit {
            let wanted = min(chunk.count, limit + 1 - bytes.count)
            let count = chunk.withUnsafeMutableBytes { buffer in
                SystemCall.retryingInterrupts { Glibc.read(descriptor, buffer.baseAddress!, wanted) }
            }
            guard count >= 0 else { throw .unreadable(String(cString: strerror(errno)).lowercased()) }
            if count == 0 { break }
            bytes += chunk[0..<count]
        }
        // The file may have grown after fstat.
        guard bytes.count <= limit else { throw .tooLarge(mebibytes: limit >> 20) }
        return bytes
    }
}
