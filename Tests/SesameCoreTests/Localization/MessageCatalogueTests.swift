import SesameCore
import Testing

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Every sentence sesame shows is a `LocalizedText(en: "…", ja: "…")` literal in a catalogue file.
/// These tests read them all from the sources, so a new message is checked the moment it is written.
@Suite struct MessageCatalogueTests {
    static let entries: [CatalogueEntry] = CatalogueEntry.all(under: ["Sources/SesameCore", "Sources/sesame"])

    @Test func theSourcesHoldMessages() {
        #expect(Self.entries.count >= 40)
    }

    @Test func everyMessageExistsInBothLanguages() {
        for entry in Self.entries {
            #expect(entry.en.text.contains { $0.isLetter && $0.isASCII }, "\(entry.place): the English text is empty")
            #expect(!Self.outsideQuotes(entry.en.text).unicodeScalars.contains(where: Language.isJapanese),
                    "\(entry.place): the English text is in Japanese (quote a Japanese term in 「」)")
            #expect(entry.ja.text.unicodeScalars.contains(where: Language.isJapanese), "\(entry.place): the Japanese text is not Japanese")
        }
    }

    /// The text without its 「…」 quotations: English may quote a Japanese term (「適宜対応」).
    static func outsideQuotes(_ text: String) -> String {
        var depth = 0
        return String(text.filter { character in
            if character == "「" { depth += 1 } else if character == "」" { depth = max(0, depth - 1); return false }
            return depth == 0
        })
    }

    @Test func englishMayQuoteJapaneseTerms() {
        #expect(Self.outsideQuotes("as needed, 「適宜対応」.") == "as needed, .")
        #expect(Self.outsideQuotes("unquoted 適宜") == "unquoted 適宜")
    }

    @Test func bothLanguagesShowTheSameValues() {
        for entry in Self.entries {
            #expect(entry.en.values == entry.ja.values, "\(entry.place): English shows \(entry.en.values.sorted()), Japanese \(entry.ja.values.sorted())")
        }
    }

    @Test func japaneseUsesFullWidthPunctuation() {
        for entry in Self.entries {
            // A half-width `?` or `!` after Japanese text (a prompt's `[y/N]` and code are fine).
            let scalars = Array(entry.ja.text.unicodeScalars)
            for (index, scalar) in scalars.enumerated() where index > 0 && (scalar == "?" || scalar == "!") {
                #expect(!Language.isJapanese(scalars[index - 1]), "\(entry.place): 「\(scalar)」 after Japanese; write 「？」「！」")
            }
        }
    }

    /// The house style: a half-width space between kanji or kana and a Latin word or a number
    /// (「SES では」「1 日 200 通」), as Japanese technical writing sets them.
    @Test func japaneseSpacesLatinWordsAndNumbers() {
        func isKanjiOrKana(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0x3041...0x309F, 0x30A1...0x30FA, 0x30FC...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0x3005: true
            default: false
            }
        }
        func isLatinOrDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.isASCII && scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) }
        for entry in Self.entries {
            let scalars = Array(entry.ja.text.unicodeScalars)
            for index in scalars.indices.dropFirst() {
                let (before, after) = (scalars[index - 1], scalars[index])
                let glued = isKanjiOrKana(before) && isLatinOrDigit(after) || isLatinOrDigit(before) && isKanjiOrKana(after)
                #expect(!glued, "\(entry.place): 「\(before)\(after)」 needs a half-width space between them")
            }
        }
    }

    @Test func theScannerReadsInterpolationsAndMultiLineLiterals() {
        let source = #"""
        // LocalizedText(en: "a comment", ja: "注釈")
        let a = LocalizedText(en: "file \(path) is \(count == 1 ? "one" : "many")", ja: "ファイル \(path) は \(count) 件")
        let b = LocalizedText(
            en: """
                two
                lines
                """,
            ja: "二行")
        """#
        let entries = CatalogueEntry.parse(source, file: "x.swift")
        #expect(entries.map(\.en.text) == ["file  is ", "two\nlines"])
        #expect(entries.map(\.ja.text) == ["ファイル  は  件", "二行"])
        #expect(entries.first?.en.values == ["count", "path"])
        #expect(entries.first?.ja.values == ["count", "path"])
        #expect(entries.map(\.place) == ["x.swift:2", "x.swift:3"])
    }
}

/// One `LocalizedText(en: "…", ja: "…")` literal read from a source file.
struct CatalogueEntry {
    /// A string literal's fixed text and the names its interpolations start with.
    struct Literal {
        var text = ""
        var values: Set<String> = []
    }

    var place: String
    var en: Literal
    var ja: Literal

    static func all(under folders: [String]) -> [CatalogueEntry] {
        let root = repositoryRoot(#filePath)
        var entries: [CatalogueEntry] = []
        for folder in folders {
            let base = root + "/" + folder
            guard let files = FileManager.default.enumerator(atPath: base) else { continue }
            for case let file as String in files where file.hasSuffix(".swift") {
                guard let source = try? String(contentsOfFile: base + "/" + file, encoding: .utf8) else { continue }
                entries += parse(source, file: folder + "/" + file)
            }
        }
        return entries
    }

    static func parse(_ source: String, file: String) -> [CatalogueEntry] {
        let scalars = Array(source.unicodeScalars)
        var entries: [CatalogueEntry] = []
        var index = 0
        let opening = Array("LocalizedText(".unicodeScalars)
        while index < scalars.count {
            if scalars[index] == "/", index + 1 < scalars.count, scalars[index + 1] == "/" {
                while index < scalars.count, scalars[index] != "\n" { index += 1 }
                continue
            }
            guard scalars[index...].starts(with: opening) else { index += 1; continue }
            let line = scalars[..<index].count { $0 == "\n" } + 1
            var reader = LiteralReader(scalars: scalars, index: index + opening.count)
            if reader.label("en"), let en = reader.literal(), reader.comma(), reader.label("ja"), let ja = reader.literal() {
                entries.append(CatalogueEntry(place: "\(file):\(line)", en: en, ja: ja))
            }
            index = max(reader.index, index + 1)
        }
        return entries
    }
}

/// Reads `en: "…"` and `ja: """…"""` arguments: enough of Swift's string syntax for the catalogue.
struct LiteralReader {
    let scalars: [Unicode.Scalar]
    var index: Int

    private mutating func skipSpace() {
        while index < scalars.count, scalars[index].properties.isWhitespace { index += 1 }
    }

    mutating func label(_ name: String) -> Bool {
        skipSpace()
        let word = Array((name + ":").unicodeScalars)
        guard scalars[index...].starts(with: word) else { return false }
        index += word.count
        return true
    }

    mutating func comma() -> Bool {
        skipSpace()
        guard index < scalars.count, scalars[index] == "," else { return false }
        index += 1
        return true
    }

    mutating func literal() -> CatalogueEntry.Literal? {
        skipSpace()
        let triple = Array(#"""""#.unicodeScalars)
        if scalars[index...].starts(with: triple) {
            index += triple.count
            return body(until: triple, multiLine: true)
        }
        guard index < scalars.count, scalars[index] == "\"" else { return nil }
        index += 1
        return body(until: ["\""], multiLine: false)
    }

    private mutating func body(until end: [Unicode.Scalar], multiLine: Bool) -> CatalogueEntry.Literal? {
        var literal = CatalogueEntry.Literal()
        while index < scalars.count {
            if scalars[index...].starts(with: end) {
                index += end.count
                if multiLine { literal.text = Self.dedent(literal.text) }
                return literal
            }
            let scalar = scalars[index]
            if scalar == "\\", index + 1 < scalars.count {
                let next = scalars[index + 1]
                index += 2
                switch next {
                case "(": literal.values.insert(interpolation())
                case "n": literal.text += "\n"
                case "\n": continue
                default: literal.text.unicodeScalars.append(next)
                }
                continue
            }
            literal.text.unicodeScalars.append(scalar)
            index += 1
        }
        return nil
    }

    /// Skips an interpolation to its closing parenthesis and returns the name it starts with.
    private mutating func interpolation() -> String {
        var depth = 1
        var name = ""
        var inString = false
        while index < scalars.count, depth > 0 {
            let scalar = scalars[index]
            index += 1
            if inString {
                if scalar == "\\" { index += 1 } else if scalar == "\"" { inString = false }
                continue
            }
            switch scalar {
            case "\"": inString = true
            case "(": depth += 1
            case ")": depth -= 1
            default:
                if depth == 1, name.isEmpty || !name.hasSuffix(" "), scalar.properties.isAlphabetic || scalar == "_" || (!name.isEmpty && ("0"..."9").contains(scalar)) {
                    name.unicodeScalars.append(scalar)
                } else if !name.isEmpty {
                    name += " "
                }
            }
        }
        return String(name.split(separator: " ").first ?? "")
    }

    /// A multi-line literal's lines without the closing delimiter's indentation, and without the
    /// newlines that open and close it.
    private static func dedent(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let closing = lines.removeLast()
        if lines.first?.allSatisfy(\.isWhitespace) == true { lines.removeFirst() }
        return lines.map { $0.dropFirst(closing.count) }.joined(separator: "\n")
    }
}
