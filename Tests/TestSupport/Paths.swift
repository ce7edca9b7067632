import Foundation

/// Where things are when the tests run: the package root, the shared reference folder
/// beside it, and the built `sesame` binary.
public enum TestPaths {
    /// The package root, found from this file's own path.
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared` beside the checkout (CI lays it there too).
    public static let shared: URL = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")

    /// The `sesame` executable built with the tests: it sits beside the test bundle.
    public static var sesameBinary: URL {
        if let override = ProcessInfo.processInfo.environment["SESAME_BINARY"] {
            return URL(fileURLWithPath: override)
        }
        let bundle = Bundle.main.bundleURL.deletingLastPathComponent()
        for candidate in [bundle, URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()] {
            let binary = candidate.appendingPathComponent("sesame")
            if FileManager.default.isExecutableFile(atPath: binary.path) { return binary }
        }
        return packageRoot.appendingPathComponent(".build/debug/sesame")
    }

    /// A fresh empty folder under the system temporary folder.
    public static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sesame-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
