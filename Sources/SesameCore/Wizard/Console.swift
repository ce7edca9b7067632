/// Everything the wizard needs from the outside world: the terminal, or a script in tests.
public protocol Console: AnyObject {
    /// True on a real terminal: pick lists use the arrow keys and an editor can be opened.
    var isInteractive: Bool { get }
    /// Whether text may be coloured.
    var colors: Bool { get }
    func write(_ text: String)
    /// One line of input without its line ending, or nil at the end of input.
    func readLine() -> String?
    /// Lets the user choose one of `options` (shown as given), starting on `initial`;
    /// nil at the end of input.
    func pick(options: [String], initial: Int) -> Int?
    /// Opens the user's editor on `text` and returns what they saved, or nil when that failed.
    func edit(_ text: String) -> String?
}
