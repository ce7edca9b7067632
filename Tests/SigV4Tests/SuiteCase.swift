import Foundation
import SigV4

/// One case directory of `shared/testdata/sigv4` (botocore's copy of AWS's SigV4 suite),
/// read from beside the repository and never copied into it.
struct SuiteCase: CustomStringConvertible, Sendable {
    /// The directory relative to the suite root, e.g. `normalize-path/get-slash`.
    let name: String
    let directory: URL

    var description: String { name }

    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // SigV4Tests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // repository root
        .deletingLastPathComponent()  // its parent, which holds shared/
        .appendingPathComponent("shared/testdata/sigv4")

    /// Every directory under the suite root that holds a `<name>.req` file.
    static func all() -> [SuiteCase] {
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        var cases: [SuiteCase] = []
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "req" else { continue }
            let directory = url.deletingLastPathComponent()
            let relative = String(directory.path.dropFirst(root.path.count + 1))
            cases.append(SuiteCase(name: relative, directory: directory))
        }
        return cases.sorted { $0.name < $1.name }
    }

    /// The bytes of `<case>.<ext>` as text, exactly as stored.
    func file(_ ext: String) throws -> String {
        let url = directory.appendingPathComponent("\(directory.lastPathComponent).\(ext)")
        return String(decoding: try Data(contentsOf: url), as: UTF8.self)
    }

    /// Parses the raw `.req`: request line split on its first and last space (the path
    /// may contain a space), `Name:value` lines, continuation lines appended to the
    /// previous value, and an optional body after a blank line. The path is raw (not
    /// percent-encoded), so it is given to the signer as the wire path: encoding it once
    /// for the canonical URI is then exactly what the suite expects (see the suite README,
    /// note 3). The query is decoded once into pairs.
    func request() throws -> SigV4Request {
        let text = try file("req")
        let (head, body): (Substring, Substring) = {
            if let range = text.range(of: "\n\n") {
                return (text[..<range.lowerBound], text[range.upperBound...])
            }
            return (text[...], "")
        }()
        var lines = head.split(separator: "\n", omittingEmptySubsequences: false)
        let requestLine = lines.removeFirst()
        let firstSpace = requestLine.firstIndex(of: " ")!
        let lastSpace = requestLine.lastIndex(of: " ")!
        let method = String(requestLine[..<firstSpace])
        let target = String(requestLine[requestLine.index(after: firstSpace)..<lastSpace])

        var headers: [(name: String, value: String)] = []
        for line in lines where !line.isEmpty {
            if line.first == " " || line.first == "\t" {
                headers[headers.count - 1].value += "\n" + line
            } else {
                let colon = line.firstIndex(of: ":")!
                headers.append((name: String(line[..<colon]), value: String(line[line.index(after: colon)...])))
            }
        }

        let pathAndQuery = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        let query: [(name: String, value: String)] = pathAndQuery.count < 2 ? [] :
            pathAndQuery[1].split(separator: "&").map { pair in
                let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                return (name: PercentEncoding.decode(String(parts[0])),
                        value: parts.count > 1 ? PercentEncoding.decode(String(parts[1])) : "")
            }
        return SigV4Request(method: method, path: String(pathAndQuery[0]), query: query,
                            headers: headers, body: Array(body.utf8))
    }

    /// The session token, taken (as botocore's runner does) from the
    /// `x-amz-security-token:` line of the expected canonical request, if any.
    func sessionToken() throws -> String? {
        try file("creq").split(separator: "\n")
            .first { $0.hasPrefix("x-amz-security-token:") }
            .map { String($0.dropFirst("x-amz-security-token:".count)) }
    }
}
