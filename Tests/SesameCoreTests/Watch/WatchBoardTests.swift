import Testing
@testable import SesameCore

/// What `status --watch` writes: every line in place on a terminal, changed lines in a log.
@Suite("Watch board")
struct WatchBoardTests {
    private let targets = [WatchBoard.Target(account: "111122223333", region: "us-east-1"), WatchBoard.Target(account: "444455556666", region: "eu-west-1")]

    @Test func aLogGetsALineWhenARegionChanges() {
        var board = WatchBoard(targets: targets, live: false, language: .en)
        #expect(board.update(1, .pending(caseID: "7")) == "444455556666 eu-west-1: PENDING (case 7) — AWS is reviewing the request\n")
        #expect(board.update(1, .pending(caseID: "7")) == nil, "unchanged: nothing")
        #expect(board.update(0, .granted(caseID: nil)) == "111122223333 us-east-1: GRANTED — production access is on\n")
        #expect(board.waits == [.granted(caseID: nil), .pending(caseID: "7")])
    }

    @Test func aTerminalGetsEveryLineRewrittenInPlace() {
        var board = WatchBoard(targets: [WatchBoard.Target(region: "us-east-1"), WatchBoard.Target(region: "eu-west-1")], live: true, language: .ja)
        let first = board.update(0, .pending(caseID: nil))
        #expect(first == "\r\u{1B}[2Kus-east-1: PENDING — AWS が申請を審査しています\n\r\u{1B}[2Keu-west-1: PENDING — AWS が申請を審査しています\n")
        let second = board.update(1, .unavailable(message: "boom\u{1B}[31m", isAWS: true))
        #expect(second?.hasPrefix("\u{1B}[2A\r\u{1B}[2Kus-east-1: PENDING") == true)
        #expect(second?.hasSuffix("eu-west-1: エラー — boom\\u{1B}[31m\n") == true, "text from AWS is sanitised")
    }
}
