import Foundation

/// A certificate and its private key, as PEM files, for a TLS server.
public protocol TLSServerIdentity: Sendable {
    var certificatePath: String { get }
    var keyPath: String { get }
}

extension SelfSignedCertificate: TLSServerIdentity {}

/// A throwaway certificate authority made with the `openssl` command, and server
/// certificates it signs: for loopback, for another host name, or already expired
/// (`openssl ca` with explicit start and end dates). The files are removed on release.
public final class TestCertificateAuthority: @unchecked Sendable {
    /// The CA certificate, PEM: what `AWS_CA_BUNDLE` points at.
    public let certificatePath: String
    private let keyPath: String
    private let directory: URL
    private var issued = 0

    /// A server certificate signed by this CA.
    public struct Leaf: TLSServerIdentity {
        public let certificatePath: String
        public let keyPath: String
    }

    public init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("sesame-ca-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        certificatePath = directory.appendingPathComponent("ca.pem").path
        keyPath = directory.appendingPathComponent("ca-key.pem").path
        try Self.openssl(["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2", "-subj", "/CN=sesame test CA",
                          "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign",
                          "-keyout", keyPath, "-out", certificatePath], in: directory)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    /// A leaf for `commonName` with these subject alternative names (`IP:127.0.0.1`,
    /// `DNS:localhost`), valid from yesterday for two days, or expired (valid for one day in 2020).
    public func issue(commonName: String, subjectAltNames: [String], expired: Bool = false) throws -> Leaf {
        issued += 1
        let name = "leaf\(issued)"
        let key = directory.appendingPathComponent("\(name)-key.pem").path
        let request = directory.appendingPathComponent("\(name).csr").path
        let certificate = directory.appendingPathComponent("\(name).pem").path
        let extensions = directory.appendingPathComponent("\(name).cnf")
        try Self.openssl(["req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-subj", "/CN=\(commonName)",
                          "-keyout", key, "-out", request], in: directory)

        // `openssl ca` is the 3.0 way to choose both dates; it wants a database and a config.
        let database = directory.appendingPathComponent("\(name)-index.txt")
        try Data().write(to: database)
        let serial = directory.appendingPathComponent("\(name)-serial.txt")
        try Data("1000\n".utf8).write(to: serial)
        let dates = expired ? ("20200101000000Z", "20200102000000Z")
            : (Self.stamp(Date().addingTimeInterval(-86_400)), Self.stamp(Date().addingTimeInterval(2 * 86_400)))
        try """
        [ca]
        default_ca = test
        [test]
        database = \(database.path)
        serial = \(serial.path)
        new_certs_dir = \(directory.path)
        certificate = \(certificatePath)
        private_key = \(keyPath)
        default_md = sha256
        policy = anything
        unique_subject = no
        copy_extensions = none
        x509_extensions = leaf
        [anything]
        commonName = supplied
        [leaf]
        basicConstraints = critical,CA:FALSE
        keyUsage = critical,digitalSignature,keyEncipherment
        extendedKeyUsage = serverAuth
        subjectAltName = \(subjectAltNames.joined(separator: ","))
        """.write(to: extensions, atomically: true, encoding: .utf8)
        try Self.openssl(["ca", "-batch", "-config", extensions.path, "-notext",
                          "-startdate", dates.0, "-enddate", dates.1, "-in", request, "-out", certificate], in: directory)
        return Leaf(certificatePath: certificate, keyPath: key)
    }

    /// `YYYYMMDDHHMMSSZ` in UTC.
    private static func stamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMddHHmmss'Z'"
        return formatter.string(from: date)
    }

    private static func openssl(_ arguments: [String], in directory: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["openssl"] + arguments
        process.currentDirectoryURL = directory
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        let text = errors.fileHandleForReading.readDataToEndOfFile()
        while process.isRunning { usleep(5_000) }
        guard process.terminationStatus == 0 else {
            throw ServerProcessError(message: "openssl \(arguments[0]) failed: \(String(decoding: text, as: UTF8.self))")
        }
    }
}
