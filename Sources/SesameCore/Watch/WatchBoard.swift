/// The lines `status --watch` shows: one a watched region (of an account, with `--accounts`),
/// in the order given. On a terminal every update rewrites all of them in place; in a log a
/// line is printed when its region's state changes. Text from AWS is sanitised.
public struct WatchBoard: Sendable {
    /// One watched region, and the account it belongs to when several are watched.
    public struct Target: Hashable, Sendable {
        public var account: String?
        public var region: String

        public init(account: String? = nil, region: String) {
            self.account = account
            self.region = region
        }
    }

    public let targets: [Target]
    /// Where each target stands, in the targets' order; pending until its first answer.
    public private(set) var waits: [RegionWait]
    /// True on a terminal: the lines are rewritten in place.
    public let live: Bool
    public let language: Language
    private var drawn = false
    private var seen: Set<Int> = []

    public init(targets: [Target], live: Bool, language: Language) {
        self.targets = targets
        self.live = live
        self.language = language
        waits = targets.map { _ in .pending(caseID: nil) }
    }

    /// Records `wait` for the target at `index` and returns the text to write: every line again
    /// on a terminal, the target's line in a log when it changed (or is its first), else nil.
    public mutating func update(_ index: Int, _ wait: RegionWait) -> String? {
        let changed = seen.insert(index).inserted || waits[index] != wait
        waits[index] = wait
        if live {
            defer { drawn = true }
            return (drawn ? "\u{1B}[\(targets.count)A" : "") + targets.indices.map { "\r\u{1B}[2K" + line($0) + "\n" }.joined()
        }
        return changed ? line(index) + "\n" : nil
    }

    /// The target's line: `[ACCOUNT ]REGION: state — next step`.
    public func line(_ index: Int) -> String {
        let target = targets[index]
        return TerminalText.sanitized((target.account.map { "\($0) " } ?? "") + waits[index].line(region: target.region, profile: nil, language: language))
    }
}
