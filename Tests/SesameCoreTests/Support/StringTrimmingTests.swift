import Testing
@testable import SesameCore

/// `trimmed`, `isBlank` and `removingSpacesBetweenJapanese` on text beyond ASCII.
@Suite struct StringTrimmingTests {
    @Test func trimmingRemovesUnicodeWhiteSpaceAtBothEndsOnly() {
        #expect(" \t\r\n a  b \n".trimmed == "a  b")
        #expect("\u{3000}全角の空白\u{3000}".trimmed == "全角の空白")
        #expect("\u{A0}\u{85}\u{2028}x\u{2029}\u{202F}\u{205F}\u{1680}\u{2009}".trimmed == "x")
        #expect(" \u{301}é ".trimmed == "\u{301}é", "a combining mark after a space stays; the space goes")
        #expect("\u{200B}x\u{200B}".trimmed == "\u{200B}x\u{200B}", "a zero-width space is not White_Space")
        #expect(" \n\u{3000}".trimmed == "")
        #expect("".trimmed == "")
        #expect("ab cd".dropFirst().dropLast().trimmed == "b c", "a substring")
    }

    @Test func blankMeansOnlyWhiteSpace() {
        #expect(" \t\u{3000}\n".isBlank)
        #expect("".isBlank)
        #expect(!" x ".isBlank)
        #expect(!"\u{200B}".isBlank)
    }

    @Test func spacesGoOnlyBesideJapanese() {
        #expect("です。 生徒 さん".removingSpacesBetweenJapanese == "です。生徒さん")
        #expect("Plain English text, with  spaces.".removingSpacesBetweenJapanese == "Plain English text, with  spaces.")
        #expect("SES を 使います".removingSpacesBetweenJapanese == "SES を使います")
    }
}
