import Foundation
import Testing
import TestSupport

/// The binary links FoundationEssentials only. One `import Foundation` in any module of the
/// product brings in all of Foundation, CoreFoundation and ICU (its 40 MB data table): the
/// stripped binary grew from 16 MB to 60 MB and every start-up ran 40 % more instructions when two
/// files of SesameAWS did. `import Foundation` is allowed only as the `#else` of
/// `#if canImport(FoundationEssentials)` (for platforms without it).
@Suite struct FoundationImportTests {
    @Test func noSourceFileImportsAllOfFoundation() throws {
        let sources = TestPaths.packageRoot.appendingPathComponent("Sources")
        let walker = try #require(FileManager.default.enumerator(atPath: sources.path))
        var scanned = 0
        var offenders: [String] = []
        while let relative = walker.nextObject() as? String {
            guard relative.hasSuffix(".swift") else { continue }
            let text = try String(contentsOf: sources.appendingPathComponent(relative), encoding: .utf8)
            scanned += 1
            offenders += Self.wholeFoundationImports(in: text).map { "Sources/\(relative):\($0)" }
        }
        #expect(scanned > 100, "the scan finds the sources")
        #expect(offenders.isEmpty, "import FoundationEssentials (or nothing: the module's Imports.swift exports it) instead of Foundation:\n\(offenders.joined(separator: "\n"))")
    }

    @Test func theScanAllowsOnlyTheFallbackBranch() {
        let fallback = """
            #if canImport(FoundationEssentials)
            @_exported import FoundationEssentials
            #else
            @_exported import Foundation
            #endif
            """
        #expect(Self.wholeFoundationImports(in: fallback).isEmpty)
        #expect(Self.wholeFoundationImports(in: "import Foundation\n\nstruct A {}") == [1])
        #expect(Self.wholeFoundationImports(in: "// x\ninternal import FoundationInternationalization") == [2])
        #expect(Self.wholeFoundationImports(in: "import FoundationEssentials\nimport Glibc").isEmpty)
    }

    /// Line numbers of imports of Foundation (or its ICU-backed part) that are not the `#else`
    /// fallback of a `canImport(FoundationEssentials)` check.
    static func wholeFoundationImports(in text: String) -> [Int] {
        var lines: [Int] = []
        var previous = ""
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            let words = line.split(separator: " ")
            if let position = words.firstIndex(of: "import"), position + 1 < words.count,
               ["Foundation", "FoundationInternationalization"].contains(words[position + 1]), previous != "#else" {
                lines.append(index + 1)
            }
            if !line.isEmpty { previous = line }
        }
        return lines
    }
}
