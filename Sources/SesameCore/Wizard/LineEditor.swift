/// A line being typed at a terminal: its characters, the cursor, and what each editing key does
/// to them, plus where on the screen a character lands behind a prompt (wide characters take two
/// columns, and one that does not fit at the end of a row moves whole to the next, as terminals do).
public struct LineEditor: Equatable, Sendable {
    /// The characters typed, one element per character as it arrived (a combining mark is its own).
    public private(set) var characters: [Character] = []
    /// Where the next character goes: 0 before the first, `characters.count` at the end.
    public private(set) var cursor = 0

    public init() {}

    /// The line as typed.
    public var text: String { String(characters) }

    /// Whether nothing has been typed.
    public var isEmpty: Bool { characters.isEmpty }

    /// Whether the cursor is behind the last character, where typing only appends.
    public var cursorAtEnd: Bool { cursor == characters.count }

    /// Inserts `character` at the cursor.
    public mutating func insert(_ character: Character) {
        characters.insert(character, at: cursor)
        cursor += 1
    }

    /// Backspace: removes the character before the cursor. False when there is none.
    @discardableResult
    public mutating func deleteBackward() -> Bool {
        guard cursor > 0 else { return false }
        cursor -= 1
        characters.remove(at: cursor)
        return true
    }

    /// Removes the character under the cursor. False when there is none.
    @discardableResult
    public mutating func deleteForward() -> Bool {
        guard cursor < characters.count else { return false }
        characters.remove(at: cursor)
        return true
    }

    /// Ctrl-U: removes everything before the cursor.
    public mutating func deleteToStart() {
        characters.removeSubrange(0..<cursor)
        cursor = 0
    }

    /// Ctrl-W: removes the word before the cursor and the spaces after it, as a shell does.
    public mutating func deleteWordBackward() {
        var start = cursor
        while start > 0, characters[start - 1].isWhitespace { start -= 1 }
        while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
        characters.removeSubrange(start..<cursor)
        cursor = start
    }

    /// ←, →, Home and End. False when the cursor could not move.
    @discardableResult
    public mutating func moveCursor(to position: Int) -> Bool {
        let bounded = min(max(position, 0), characters.count)
        defer { cursor = bounded }
        return bounded != cursor
    }

    /// A place on the screen, counted from the prompt's first cell.
    public struct Place: Equatable, Sendable {
        public var row: Int
        public var column: Int

        public init(row: Int, column: Int) {
            self.row = row
            self.column = column
        }
    }

    /// Where the cell after `prompt` and the first `count` characters is, on rows `width` wide
    /// (a row filled exactly puts the place at the start of the next one).
    public func place(after count: Int, prompt: String, width: Int) -> Place {
        var place = Place(row: 0, column: 0)
        for scalarText in prompt.map(String.init) { Self.advance(&place, by: TerminalText.columns(scalarText), width: width) }
        for character in characters.prefix(count) { Self.advance(&place, by: TerminalText.columns(String(character)), width: width) }
        return place
    }

    /// Moves `place` past a character `columns` wide.
    public static func advance(_ place: inout Place, by columns: Int, width: Int) {
        let width = max(width, 2)
        if place.column + columns > width {
            place.row += 1
            place.column = 0
        }
        place.column += columns
        if place.column >= width {
            place.row += 1
            place.column = 0
        }
    }
}
