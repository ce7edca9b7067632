import Testing

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// SesameCore is one module, so the compiler does not keep its folders in layers: this test does.
///
/// The folders, bottom to top. A folder may use the types of the folders below it, never of
/// those above:
///
/// 1. `Localization` — the en/ja `Language` and `LocalizedText`: depends on nothing.
/// 2. `Support` — file I/O, JSON values, text helpers (which may ask which characters are Japanese).
/// 3. `Diagnostics` — findings, locations (`SourceLocation`, `TextLocator`), reporters, rule metadata.
/// 4. `YAML` — the loader and writer, which locate every scalar with a `TextLocator`.
/// 5. `Profile` — the schema, validator and the `Profile` value.
/// 6. `Render` — the request text from a profile.
/// 7. `Lint` — the linter: reads a profile's answers, never renders (the rendered length is passed in).
/// 8. `Submission` — review status, planning, the support case and the reports of `submit` and `status`.
/// 9. `Doctor` — account checks from a snapshot (the review read as `Submission`'s `ReviewStatus`).
/// 10. `Wizard` — `sesame init`, which may lint and render what it asks.
/// 11. `Accounts` — the `--accounts` file: the accounts and roles `status` and `submit` run across.
/// 12. `Watch` — `status --watch`: when to read again, and what a region's review means for the wait.
/// 13. `Reply` — the answer to the reviewer's follow-up after a submission.
@Suite struct LayeringTests {
    static let layers = ["Localization", "Support", "Diagnostics", "YAML", "Profile", "Render", "Lint", "Submission", "Doctor",
                         "Wizard", "Accounts", "Watch", "Reply"]
    /// `Sources/SesameCore`, found from this file's path (`Tests/SesameCoreTests/LayeringTests.swift`).
    static let core: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/") + "/Sources/SesameCore"
    }()

    @Test func everyFolderIsInTheTable() throws {
        let folders = Set(try Self.swiftFiles().map(\.folder))
        #expect(folders.contains("Lint"), "the scan finds the sources")
        for folder in folders.sorted() {
            #expect(Self.layers.contains(folder), "Sources/SesameCore/\(folder) has no place in LayeringTests.layers: decide where it sits")
        }
    }

    @Test func foldersUseOnlyTheLayersBelowThem() throws {
        let files = try Self.swiftFiles()
        // Which folder declares each top-level type.
        var owners: [String: Set<String>] = [:]
        for file in files {
            for name in Self.declaredTypes(in: file.text) { owners[name, default: []].insert(file.folder) }
        }
        var violations: [String] = []
        for file in files {
            guard let rank = Self.layers.firstIndex(of: file.folder) else { continue }
            let allowed = Set(Self.layers[...rank])
            for name in Self.typeNames(usedIn: file.text) {
                guard let declaring = owners[name], declaring.isDisjoint(with: allowed) else { continue }
                violations.append("\(file.path) uses \(name) from \(declaring.sorted().joined(separator: ", "))")
            }
        }
        #expect(violations.isEmpty, "layering broken:\n\(Set(violations).sorted().joined(separator: "\n"))")
    }

    @Test func theScannerSeesDeclarationsAndUses() {
        let text = """
            /// Uses `Hidden` in a comment.
            public struct Shown: Sendable {
                struct Nested {}
                var value = "Quoted"
                var other: Used
            }
            """
        #expect(Self.declaredTypes(in: text) == ["Shown"])
        #expect(Self.typeNames(usedIn: text) == ["Shown", "Sendable", "Nested", "Used"])
    }

    struct File {
        var path: String
        var folder: String
        var text: String
    }

    static func swiftFiles() throws -> [File] {
        guard let walker = FileManager.default.enumerator(atPath: core) else { return [] }
        var files: [File] = []
        while let relative = walker.nextObject() as? String {
            guard relative.hasSuffix(".swift"), let folder = relative.split(separator: "/").first, relative.contains("/") else { continue }
            let data = try Data(contentsOf: URL(fileURLWithPath: core + "/" + relative))
            files.append(File(path: relative, folder: String(folder), text: String(decoding: data, as: UTF8.self)))
        }
        return files
    }

    /// Names of the types declared at the top level (no indentation) of a file.
    static func declaredTypes(in text: String) -> [String] {
        let keywords: Set<String> = ["struct", "enum", "class", "protocol", "actor", "typealias"]
        let modifiers: Set<String> = ["public", "internal", "package", "fileprivate", "private", "final", "indirect"]
        var names: [String] = []
        for line in text.split(separator: "\n") where !(line.first?.isWhitespace ?? true) {
            let words = line.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "_" }).map(String.init)
            var rest = words.drop { modifiers.contains($0) }
            if let keyword = rest.first, keywords.contains(keyword) {
                rest = rest.dropFirst()
                if let name = rest.first { names.append(name) }
            }
        }
        return names
    }

    /// Capitalised identifiers outside comments and string literals, in order, once each.
    static func typeNames(usedIn text: String) -> [String] {
        var names: [String] = []
        var seen: Set<String> = []
        for rawLine in text.split(separator: "\n") {
            var code = ""
            var inString = false
            var previous: Character = " "
            for c in rawLine {
                if !inString && c == "/" && previous == "/" { code.removeLast(); break }
                if c == "\"" && previous != "\\" { inString.toggle(); previous = c; continue }
                if !inString { code.append(c) }
                previous = c
            }
            var word = ""
            for c in code + " " {
                if c.isLetter || c.isNumber || c == "_" {
                    word.append(c)
                    continue
                }
                if let first = word.first, first.isUppercase, seen.insert(word).inserted { names.append(word) }
                word = ""
            }
        }
        return names
    }
}
