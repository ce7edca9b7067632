@testable import SesameCore
import Testing

/// Stage 1: decoding a draft and blanking its suppression lines.
@Suite struct DraftDecodingTests {
    @Test func aByteOrderMarkIsDroppedAndNULIsRefused() throws {
        #expect(try DraftText.decode(Array("\u{FEFF}hello".utf8), path: "d.txt") == "hello")
        #expect(throws: YAMLError.self) { try DraftText.decode([0x68, 0x00], path: "d.txt") }
    }

    @Test func validTextIsTakenWholeAndBrokenTextNamesWhereItBreaks() throws {
        let text = "Receipts only.\r\n配信停止は\u{1F600}一度で。\n\tDone"
        #expect(try DraftText.decode(Array(text.utf8), path: "d.txt") == text)
        let broken = Array("ok\n配信".utf8) + [0xE3, 0x81] + Array(" tail".utf8)
        #expect(throws: YAMLError(.invalidUTF8, at: SourceLocation(path: "d.txt", line: 2, column: 3))) {
            try DraftText.decode(broken, path: "d.txt")
        }
        #expect(throws: YAMLError(.binary, at: SourceLocation(path: "d.txt", line: 1, column: 2))) {
            try DraftText.decode([0x68, 0x00, 0x69], path: "d.txt")
        }
    }

    @Test func directivesNameTheirLineAndRules() {
        let text = "We send receipts.\r\n<!-- sesame-lint: disable too-short, volume-numbers-missing -->\nmore"
        #expect(Suppression.directives(in: text) == [.init(line: 2, ruleIDs: ["too-short", "volume-numbers-missing"])])
    }

    @Test func aDirectiveIsFoundWhereverItsMarkerStarts() {
        // The marker after a partial one ("sesesame-lint:"), at the very start and end, and after Japanese text.
        #expect(Suppression.directives(in: "sesesame-lint: disable too-short") == [.init(line: 1, ruleIDs: ["too-short"])])
        #expect(Suppression.directives(in: "配信停止の案内です。\n# sesame-lint: disable placeholder-text")
            == [.init(line: 2, ruleIDs: ["placeholder-text"])])
        #expect(Suppression.mentionsDirective("sesame-lint:"))
        #expect(!Suppression.mentionsDirective("sesame-lint"))
        #expect(!Suppression.mentionsDirective(""))
        #expect(Suppression.directives(in: "sesame lint: disable too-short").isEmpty)
    }

    @Test func blankingKeepsLineBreaksAndCountsWhatIsBlanked() {
        let scalars = Array("ab\r\ncd\nef".unicodeScalars)
        let blanked = Suppression.blanking(lines: [2], in: scalars)
        #expect(String(String.UnicodeScalarView(blanked.scalars)) == "ab\r\n  \nef")
        #expect(blanked.count == 3, "two letters and the line's own break")
        #expect(Suppression.blanking(lines: [], in: scalars).count == 0)
    }
}
