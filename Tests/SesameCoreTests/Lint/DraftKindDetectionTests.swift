@testable import SesameCore
import Testing

/// `DraftKind.detect` reads the opening lines only: what counts as a line, and as one of the first three.
@Suite struct DraftKindDetectionTests {
    @Test func blankAndWhiteSpaceLinesAreNotAmongTheFirstThree() {
        #expect(DraftKind.detect(in: "\n\r\nHello,\n\n   \n\t\nWe run a shop.\nThank you for your reply.") == .reply)
        #expect(DraftKind.detect(in: "Hello,\n\n\u{3000}\nWe run a shop.\nWe sell tea.\nThank you for your reply.") == .request)
    }

    @Test func everyKindOfLineBreakEndsALine() {
        #expect(DraftKind.detect(in: "One\r\nTwo\rThree\u{2028}Thank you for your reply.") == .request)
        #expect(DraftKind.detect(in: "One\u{85}Two\u{2029}Thank you for your reply.") == .reply)
        #expect(DraftKind.detect(in: "One\u{0B}Two\u{0C}Thank you for your reply.") == .reply)
    }

    @Test func aDraftShorterThanThreeLinesIsReadWhole() {
        #expect(DraftKind.detect(in: "") == .request)
        #expect(DraftKind.detect(in: "\n\n") == .request)
        #expect(DraftKind.detect(in: "Thank you for your reply") == .reply)
    }
}
