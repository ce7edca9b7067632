import Foundation
import Testing
import TestSupport

/// Keys at a real terminal under a real job-control shell (`Fixtures/pty_keys.py`): Ctrl-Z and a
/// SIGTSTP from outside in a pick list and while typing, each one clean stop with the terminal
/// put back and the screen drawn again when continued; ↑ on an empty line going back without
/// Enter; the line editor's keys, wide characters wrapping at 40 columns, a long paste; Ctrl-D.
@Suite struct InitKeysTests {
    @Test func suspendAndLineEditingThroughAJobControlShell() throws {
        let folder = try TestPaths.temporaryFolder()
        let output = folder.appendingPathComponent("keys.yaml").path
        let driver = TestPaths.packageRoot.appendingPathComponent("Tests/SesameCLITests/Fixtures/pty_keys.py")
        let result = try CommandRunner.run(URL(fileURLWithPath: "/usr/bin/env"),
                                           ["python3", driver.path, TestPaths.sesameBinary.path, output], timeout: 120)
        #expect(result.status == 0, "\(result.stderr)")
        let facts = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        // Three stops (Ctrl-Z in the list, SIGTSTP from outside, Ctrl-Z while typing), each with
        // the terminal canonical again, and no second stop; then Ctrl-D ends the input (exit 1).
        #expect(facts["jobs"] as? [String] == ["stopped by SIGTSTP canonical=1", "stopped by SIGTSTP canonical=1",
                                               "stopped by SIGTSTP canonical=1", "exit 1"])
        #expect(facts["cursor_shown_before_stop"] as? Bool == true)
        #expect(facts["cursor_hidden_after"] as? Bool == true, "the pick list hides the cursor again when continued")
        #expect(facts["up_on_text_kept_line"] as? Bool == true, "↑ on a line with text changes nothing")
        #expect(facts["up_went_back"] as? Bool == true, "↑ on an empty line goes back at once")
        #expect(facts["regions_line"] as? String == "> us-east-1 eu-west-2", "Ctrl-W, Home, → and ← edited the line")
        #expect(facts["wide_rows"] as? [String] == ["> Aハーバーレーン書店は書籍の店です。は", "書籍の店です。は書籍の店です。"])
        #expect(facts["wide_after_backspaces"] as? [String] == ["> Aハーバーレーン書店は書籍の店です。", ""])
        #expect(facts["paste_kept"] as? Bool == true)
        let draft = try #require(facts["draft"] as? String)
        #expect(draft.contains("""
        version: 1
        mail_type: MARKETING
        website_url: https://harborlanebooks.co.uk
        contact_language: EN
        additional_contacts: []
        regions: [us-east-1, eu-west-2]
        use_case:
          business: Aハーバーレーン書店は書籍の店です。

        """), "\(draft)")
    }
}
