import Foundation
import Testing
import TestSupport

/// The terminal itself during `sesame init` (`Fixtures/pty_terminal.py`): keys typed ahead are
/// shown once, and a resize is followed.
@Suite struct InitTerminalTests {
    @Test func typedAheadKeysShowOnceAndAResizeIsFollowed() throws {
        let folder = try TestPaths.temporaryFolder()
        let output = folder.appendingPathComponent("terminal.yaml").path
        let driver = TestPaths.packageRoot.appendingPathComponent("Tests/SesameCLITests/Fixtures/pty_terminal.py")
        let result = try CommandRunner.run(URL(fileURLWithPath: "/usr/bin/env"),
                                           ["python3", driver.path, TestPaths.sesameBinary.path, output], timeout: 120)
        #expect(result.status == 0, "\(result.stderr)")
        let facts = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        // Keys typed before sesame started were echoed by the terminal; the wizard starts on
        // the row below them, not after them.
        #expect(facts["typed_ahead_rows"] as? [String] == ["zz", "sesame init writes"])
        // Raw mode from the first question to the last: the terminal never echoes an answer
        // sent while the wizard is between two questions, so it shows once, at its prompt.
        #expect(facts["canonical_between_questions"] as? Int == 0)
        #expect(facts["answer_shown"] as? Int == 1)
        // A pick list resized is drawn again in place: once.
        #expect(facts["pick_rows_after_resize"] as? [String] == ["    EN", "  ❯ JA", ""])
        // The line being typed is laid out again at 30 columns, and typing goes on from there.
        #expect(facts["line_after_resize"] as? [String] == ["> Harbor Lane Books sells art", "books online", ""])
        #expect(facts["line_after_typing"] as? [String] == ["> Harbor Lane Books sells art", "books online from Bristol.", ""])
        // The next question is wrapped to the new width.
        let widest = try #require(facts["next_question_widest"] as? Int)
        #expect(widest <= 30 && widest > 20, "widest line: \(widest) columns")
        #expect(facts["exit"] as? Int == 130)
        #expect(facts["canonical_after"] as? Bool == true)
        let draft = try #require(facts["draft"] as? String)
        #expect(draft.contains("website_url: https://harborlanebooks.co.uk\n"), "\(draft)")
        #expect(draft.contains("Harbor Lane Books sells art books online from Bristol."), "\(draft)")
    }
}
