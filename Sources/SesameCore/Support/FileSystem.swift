/// The files a command reads and writes, handed in so that a command or the wizard can be run
/// in a test against a folder of its own. `LocalFileSystem` is the real one.
public protocol FileSystem: Sendable {
    /// The bytes of the file at `path` (`-` is standard input), at most `limit` of them.
    func read(_ path: String, limit: Int) throws(FileError) -> [UInt8]
    /// Replaces the file at `path` atomically: readers see the old file or the new one.
    func writeAtomically(_ bytes: [UInt8], to path: String) throws(FileError)
    /// Whether something exists at `path`.
    func exists(_ path: String) -> Bool
    /// Removes the file at `path`, if there is one.
    func remove(_ path: String)
}

extension FileSystem {
    /// The whole file, up to the default limit of one mebibyte.
    public func read(_ path: String) throws(FileError) -> [UInt8] {
        try read(path, limit: 1 << 20)
    }
}

/// The process's own file system, through `FileIO`.
public struct LocalFileSystem: FileSystem {
    public init() {}

    public func read(_ path: String, limit: Int) throws(FileError) -> [UInt8] {
        try FileIO.read(path, limit: limit)
    }

    public func writeAtomically(_ bytes: [UInt8], to path: String) throws(FileError) {
        try FileIO.writeAtomically(bytes, to: path)
    }

    public func exists(_ path: String) -> Bool {
        FileIO.exists(path)
    }

    public func remove(_ path: String) {
        FileIO.remove(path)
    }
}
