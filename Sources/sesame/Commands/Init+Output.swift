import SesameCore

extension Sesame.Init {
    /// The output checked before the first question: a file name (not a folder) in a folder
    /// that exists, so that no one answers fifteen questions to learn that it cannot be written.
    static func outputProblem(_ output: String) -> LocalizedText? {
        let folder = output.lastIndex(of: "/").map { String(output[...$0]) } ?? ""
        if output.hasSuffix("/") || isFolder(output) {
            let name = output.hasSuffix("/") ? output : output + "/"
            return CommandMessages.outputIsAFolder(output, name + "sesame.yaml")
        }
        if !folder.isEmpty, !isFolder(folder) { return CommandMessages.outputFolderMissing(folder) }
        return nil
    }

    private static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// The command that resumes this run's draft. A run with `--from` resumes without it (the
    /// draft holds the file's answers too, and `--from` itself never reads a draft); `--edit`
    /// resumes as what it is, `--output FILE --force`.
    static func resumeCommand(output: String, isDefault: Bool, language: Language?, edit: Bool) -> String {
        var words = ["sesame", "init"]
        if !isDefault { words += ["--output", ShellWord.quoted(output)] }
        if let language { words += ["--lang", language.rawValue] }
        if edit { words.append("--force") }
        return words.joined(separator: " ")
    }

    /// `OUTPUT.lock`, held while the wizard runs, so that two `init`s never share a draft; a
    /// signal removes it too.
    func takeLock(for output: String, in context: CommandContext) throws -> FileLock {
        let owner = FileLock.Owner(processID: getpid(), host: ProcessFacts.hostName(), since: context.clock().ISO8601Format())
        do {
            let lock = try FileLock.acquire(output + ".lock", owner: owner, fileSystem: context.fileSystem)
            if context.ownsProcess { TerminalState.removeOnInterrupt(lock.path) }
            return lock
        } catch {
            throw CommandFailure(category: .inputProblem, message: error.message(in: context.language(flag: lang), guarding: output))
        }
    }
}

/// A word as a POSIX shell reads it back: kept as it is when it holds only safe characters,
/// else in single quotes.
enum ShellWord {
    static func quoted(_ word: String) -> String {
        let safe = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-./+:@%,=")
        if !word.isEmpty, word.allSatisfy(safe.contains) { return word }
        return "'" + word.replacing("'", with: "'\\''") + "'"
    }
}
