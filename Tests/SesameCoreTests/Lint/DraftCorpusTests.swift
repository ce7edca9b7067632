import SesameCore
import Testing

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A draft of the corpus and the rules its sidecar `.expect` file says must fire (and no others).
struct CorpusDraft: CustomTestStringConvertible, Sendable {
    var name: String
    var text: String
    var mailType: MailType?
    var expected: Set<String>
    var testDescription: String { name }

    static let directory = repositoryRoot() + "/Tests/SesameCoreTests/Fixtures/drafts"

    static var all: [CorpusDraft] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { file in
            let base = String(file.dropLast(4))
            let text = read(directory + "/" + file)
            var mailType: MailType?
            var expected: Set<String> = []
            for line in read(directory + "/" + base + ".expect").split(separator: "\n") {
                let trimmed = trim(line)
                if trimmed.hasPrefix("# mail-type:") {
                    mailType = MailType(rawValue: trim(trimmed.dropFirst("# mail-type:".count)))
                } else if !trimmed.isEmpty && !trimmed.hasPrefix("#") {
                    expected.insert(trimmed)
                }
            }
            return CorpusDraft(name: base, text: text, mailType: mailType, expected: expected)
        }
    }

    static func trim(_ s: Substring) -> String {
        String(s.drop { $0 == " " || $0 == "\r" }.reversed().drop { $0 == " " || $0 == "\r" }.reversed())
    }
    static func trim(_ s: String) -> String { trim(Substring(s)) }

    static func read(_ path: String) -> String {
        (try? String(decoding: Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)) ?? ""
    }
}

@Suite struct DraftCorpusTests {
    @Test func corpusIsLargeEnough() {
        let all = CorpusDraft.all
        #expect(all.count >= 20)
        #expect(all.filter { $0.name.hasPrefix("ja-") }.count >= 6)
        #expect(all.contains { $0.text.contains("\r\n") })
        #expect(all.contains { $0.text.unicodeScalars.count > 5000 })
        #expect(all.contains { !$0.text.contains("\n") && $0.text.count > 1000 })
    }

    @Test(arguments: CorpusDraft.all)
    func draft(_ draft: CorpusDraft) {
        let document = LintDocument.plainDraft(path: draft.name + ".txt", text: draft.text, mailType: draft.mailType)
        let result = Linter().lint(document)
        let fired = Set(result.diagnostics.map(\.rule))
        let listing = result.diagnostics.map { "\($0.location) \($0.severity.rawValue) [\($0.rule)] \($0.message)" }.joined(separator: "\n")
        #expect(fired == draft.expected, "missing: \(draft.expected.subtracting(fired).sorted()), unexpected: \(fired.subtracting(draft.expected).sorted())\n\(listing)")
        if draft.name.contains("-good-") {
            #expect(!result.diagnostics.contains { $0.severity != .info }, "a good draft has no errors or warnings\n\(listing)")
        }
        for diagnostic in result.diagnostics {
            #expect(diagnostic.location.line >= 1 && diagnostic.location.column >= 1)
        }
    }
}
