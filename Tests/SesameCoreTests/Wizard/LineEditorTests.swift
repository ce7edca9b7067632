import Testing
@testable import SesameCore

@Suite struct LineEditorTests {
    private func typed(_ text: String) -> LineEditor {
        var line = LineEditor()
        for character in text { line.insert(character) }
        return line
    }

    @Test func typingInsertsAtTheCursor() {
        var line = typed("eu-west-2")
        let moved = line.moveCursor(to: 0)
        #expect(moved)
        for character in "us-east-1 " { line.insert(character) }
        #expect(line.text == "us-east-1 eu-west-2")
        #expect(line.cursor == 10)
        #expect(!line.cursorAtEnd)
        line.moveCursor(to: 0)
        let movedBeforeStart = line.moveCursor(to: -1)
        #expect(!movedBeforeStart, "the cursor stays at the start")
        line.moveCursor(to: 99)
        #expect(line.cursorAtEnd)
    }

    @Test func backspaceAndDeleteRemoveOneCharacter() {
        var line = typed("書店書")
        let deleted = line.deleteBackward()
        #expect(deleted && line.text == "書店")
        line.moveCursor(to: 0)
        let deletedAtStart = line.deleteBackward()
        #expect(!deletedAtStart, "nothing before the cursor")
        let deletedForward = line.deleteForward()
        #expect(deletedForward && line.text == "店")
        line.moveCursor(to: 1)
        let deletedAtEnd = line.deleteForward()
        #expect(!deletedAtEnd, "nothing under the cursor")
    }

    @Test func controlUAndControlWEraseBeforeTheCursor() {
        var line = typed("eu-west-2 us-est-1  ")
        line.deleteWordBackward()
        #expect(line.text == "eu-west-2 ")
        line.deleteWordBackward()
        #expect(line.text == "")
        line = typed("keep this")
        line.moveCursor(to: 4)
        line.deleteToStart()
        #expect(line.text == " this")
        #expect(line.cursor == 0)
    }

    /// Wide characters take two columns; one that does not fit at the end of a row moves whole
    /// to the next, and a row filled exactly puts the place at the start of the next.
    @Test func placesFollowTheTerminalsWrapping() {
        let line = typed("Aハーバー")
        #expect(line.place(after: 0, prompt: "> ", width: 40) == .init(row: 0, column: 2))
        #expect(line.place(after: 2, prompt: "> ", width: 40) == .init(row: 0, column: 5))
        #expect(line.place(after: 3, prompt: "> ", width: 6) == .init(row: 1, column: 2), "ー does not fit in column 6 of 6")
        #expect(line.place(after: 2, prompt: "> ", width: 5) == .init(row: 1, column: 0), "a row filled exactly")
        #expect(line.place(after: 4, prompt: "> [Enter for x] ", width: 8) == .init(row: 2, column: 7), "a prompt two rows long")
    }
}
