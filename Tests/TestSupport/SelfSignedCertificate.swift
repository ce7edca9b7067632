import Foundation

/// A throwaway certificate for `127.0.0.1` made with the `openssl` command, for HTTPS
/// tests on loopback. The files are removed on release.
public final class SelfSignedCertificate: @unchecked Sendable {
    public let certificatePath: String
    public let keyPath: String
    private let directory: URL

    public init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("sesame-tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        certificatePath = directory.appendingPathComponent("cert.pem").path
        keyPath = directory.appendingPathComponent("key.pem").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "1",
                             "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                             "-keyout", keyPath, "-out", certificatePath]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        while process.isRunning { usleep(10_000) }
        guard process.terminationStatus == 0 else {
            throw ServerProcessError(message: "openssl could not create a certificate")
        }
    }

    deinit { try? FileManager.default.removeItem(at: directory) }
}
