/// Everything the wizard needs from the outside world: the terminal, or a script in tests.
public protocol Console: AnyObject {
    /// True on a real terminal: pick lists use the arrow keys and an editor can be opened.
    var isInteractive: Bool { get }
    /// Whether text may be coloured.
    var colors: Bool { get }
    /// The terminal's width in columns, which text is wrapped to; nil: no wrapping.
    var width: Int? { get }
    func write(_ text: String)
    /// One line of input without its line ending, or `.back` when the user asked for the
    /// previous question without typing (↑ on an empty line; only when `allowingBack`), or nil
    /// at the end of input.
    func readLine(allowingBack: Bool) -> LineReply?
    /// Lets the user choose one of `options` (shown as given), starting on `initial`, or go
    /// back; nil at the end of input.
    func pick(options: [String], initial: Int) -> PickReply?
    /// Opens the user's editor on `text`, followed by `comments` as `#` lines, and returns what
    /// they saved without the `#` lines, or nil when that failed.
    func edit(_ text: String, comments: [String]) -> String?
    /// What to say if the user stops sesame with Ctrl-C from now on.
    func setInterruptNotice(_ text: String)
}

/// What the user did in a pick list.
public enum PickReply: Equatable, Sendable {
    /// Chose the option at this index.
    case option(Int)
    /// Asked for the previous question.
    case back
}

/// What the user did at a line prompt.
public enum LineReply: Equatable, Sendable {
    /// Typed this line (without its line ending).
    case line(String)
    /// Asked for the previous question.
    case back
}

extension Console {
    /// One line of input, where going back means nothing; nil at the end of input.
    func readLine() -> String? {
        guard case let .line(text)? = readLine(allowingBack: false) else { return nil }
        return text
    }
}
