/// Token files the credential chain reads (the web-identity token, the container authorization
/// token): regular files only (a FIFO would hang the read), and at most `limit` bytes, so that a
/// huge file is refused with a clear error instead of being read whole and sent.
enum CredentialFile {
    /// The most any token file may hold. Real tokens are a few kilobytes.
    static let limit = 1 << 20

    /// The file's bytes, or `sourceFailed` naming `what` and the path.
    static func read(_ path: String, what: String, source: String, limit: Int = limit) throws -> [UInt8] {
        func failure(_ reason: String) -> CredentialError {
            CredentialError.sourceFailed(source: source, reason: "\(what) \(path) \(reason)")
        }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { throw failure("cannot be read: \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { throw failure("is not a regular file") }
        guard Int(info.st_size) <= limit else { throw failure("is over the \(limit >> 20) MiB limit for a token") }
        var bytes = [UInt8](repeating: 0, count: limit + 1)
        var total = 0
        while total <= limit {
            let count = bytes.withUnsafeMutableBytes { buffer in
                SystemCall.retryingInterrupts { Glibc.read(descriptor, buffer.baseAddress! + total, limit + 1 - total) }
            }
            guard count >= 0 else { throw failure("cannot be read: \(String(cString: strerror(errno)))") }
            if count == 0 { break }
            total += count
        }
        // The file may have grown after fstat.
        guard total <= limit else { throw failure("is over the \(limit >> 20) MiB limit for a token") }
        return Array(bytes[0..<total])
    }
}
