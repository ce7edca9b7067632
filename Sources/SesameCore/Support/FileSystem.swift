/// The files a command reads and writes, handed in so that a command or the wizard can be run
/// in a test against a folder of its own. `LocalFileSystem` is the real one.
public protocol FileSystem: Sendable {
    /// The bytes of the file at `path` (`-` is standard input), at most `limit` of them.
    func read(_ path: String, limit: Int) throws(FileError) -> [UInt8]
    /// Writes the file at `path` atomically: readers see the old file or the new one. A replaced
    /// file keeps its permissions. With `replacing: false` an existing file (even one that
    /// appeared a moment ago) is left alone and `FileError.alreadyExists` is thrown.
    func writeAtomically(_ bytes: [UInt8], to path: String, replacing: Bool) throws(FileError)
    /// Creates `path` holding `bytes`; `FileError.alreadyExists` when something is there.
    func createExclusively(_ bytes: [UInt8], at path: String) throws(FileError)
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

    /// Replaces the file at `path` atomically, keeping its permissions.
    public func writeAtomically(_ bytes: [UInt8], to path: String) throws(FileError) {
        try writeAtomically(bytes, to: path, replacing: true)
    }
}

/// The process's own file system, through `FileIO`.
public struct LocalFileSystem: FileSystem {
    public init() {}

    public func read(_ path: String, limit: Int) throws(FileError) -> [UInt8] {
        try FileIO.read(path, limit: limit)
    }

    public func writeAtomically(_ bytes: [UInt8], to path: String, replacing: Bool) throws(FileError) {
        try FileIO.writeAtomically(bytes, to: path, replacing: replacing)
    }

    public func createExclusively(_ bytes: [UInt8], at path: String) throws(FileError) {
        try FileIO.createExclusively(bytes, at: path)
    }

    public func exists(_ path: String) -> Bool {
        FileIO.exists(path)
    }

    public func remove(_ path: String) {
        FileIO.remove(path)
    }
}
