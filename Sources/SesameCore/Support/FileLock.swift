/// A lock file next to what it guards, taken the way git takes `index.lock`: created with
/// `O_CREAT | O_EXCL`, so exactly one process holds it, and holding who took it (process id,
/// host, when), so that someone who finds it held knows whether it is stale.
public struct FileLock: Sendable {
    /// Who took a lock.
    public struct Owner: Hashable, Sendable {
        public var processID: Int32
        public var host: String
        /// When it was taken, as ISO 8601 text.
        public var since: String

        public init(processID: Int32, host: String, since: String) {
            self.processID = processID
            self.host = host
            self.since = since
        }

        /// The lock file's text: one `key: value` line each.
        var text: String { "pid: \(processID)\nhost: \(host)\nsince: \(since)\n" }

        /// Reads a lock file's text back; nil when it is not one sesame wrote.
        init?(text: String) {
            var fields: [Substring: Substring] = [:]
            for line in text.split(separator: "\n") {
                guard let colon = line.firstIndex(of: ":") else { continue }
                fields[line[..<colon]] = line[line.index(after: colon)...].drop { $0 == " " }
            }
            guard let pid = fields["pid"].flatMap({ Int32($0) }), let host = fields["host"], let since = fields["since"] else { return nil }
            self.init(processID: pid, host: String(host), since: String(since))
        }
    }

    /// Why the lock could not be taken.
    public enum Failure: Error, Sendable {
        /// Another process holds it (its owner, when the file says who).
        case held(path: String, owner: Owner?)
        /// The lock file could not be created.
        case unwritable(FileError)

        /// The problem in `language`, saying how to remove a stale lock; quoted text escaped.
        public func message(in language: Language, guarding guarded: String) -> String {
            let text: LocalizedText
            switch self {
            case let .held(path, owner?):
                text = LocalizedText(
                    en: "another `sesame init` is writing \(guarded): \(path) is held by process \(owner.processID) on \(owner.host) since \(owner.since). If that process is no longer running, remove \(path) and run again.",
                    ja: "別の `sesame init` が \(guarded) を作成中です。\(path) は \(owner.host) のプロセス \(owner.processID) が \(owner.since) から保持しています。そのプロセスが既に終了している場合は、\(path) を削除してからもう一度実行してください。")
            case let .held(path, nil):
                text = LocalizedText(
                    en: "another `sesame init` is writing \(guarded): \(path) exists and does not say who holds it. If no `sesame init` is running, remove \(path) and run again.",
                    ja: "別の `sesame init` が \(guarded) を作成中です。\(path) が存在しますが、保持しているプロセスは不明です。`sesame init` を実行していない場合は、\(path) を削除してからもう一度実行してください。")
            case let .unwritable(error):
                text = LocalizedText(en: "cannot create the lock \(error.path): \(error.reason)",
                                     ja: "ロック \(error.path) を作成できません: \(error.reason)")
            }
            return TerminalText.sanitized(text.text(in: language))
        }
    }

    /// The lock file's path.
    public let path: String
    private let fileSystem: any FileSystem

    /// Takes the lock at `path` for `owner`, or says who holds it.
    public static func acquire(_ path: String, owner: Owner, fileSystem: any FileSystem) throws(Failure) -> FileLock {
        do {
            try fileSystem.createExclusively(Array(owner.text.utf8), at: path)
        } catch {
            guard error.alreadyExists else { throw .unwritable(error) }
            let holder = (try? fileSystem.read(path, limit: 4096)).flatMap { Owner(text: String(decoding: $0, as: UTF8.self)) }
            throw .held(path: path, owner: holder)
        }
        return FileLock(path: path, fileSystem: fileSystem)
    }

    /// Gives the lock up (removes its file).
    public func release() {
        fileSystem.remove(path)
    }
}
