import Foundation

/// Paths inside the repository, found from this file's location rather than the working
/// directory.
public enum RepositoryPaths {
    /// The repository root (the directory holding `Package.swift`).
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // TestSupport
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    /// `path` relative to the repository root.
    public static func file(_ path: String) -> URL {
        root.appendingPathComponent(path)
    }
}
