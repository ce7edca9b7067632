import SesameCore

/// A private temporary folder (`mkdtemp`, mode `0700`) for the editor's answer file, removed
/// with everything in it (an editor may leave a backup beside the file) on the way out, and
/// by the signal handler if SIGTERM or SIGHUP ends sesame while the editor runs.
struct ScratchFolder {
    let path: String
    /// The one file sesame writes in it, which the signal handler removes before the folder.
    let file: String

    /// A new folder inside `parent`; nil when it cannot be made.
    init?(in parent: String, file name: String) {
        var template = Array("\(parent)/sesame-edit-XXXXXX".utf8CString)
        guard template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) != nil else { return nil }
        path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        file = path + "/" + name
        TerminalState.removeOnInterrupt(file)
        TerminalState.removeOnInterrupt(path)
    }

    /// Removes the folder and whatever is in it.
    func remove() {
        if let folder = opendir(path) {
            while let entry = readdir(folder) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                if name != ".", name != ".." { unlink(path + "/" + name) }
            }
            closedir(folder)
        }
        rmdir(path)
        TerminalState.keepOnInterrupt(file)
        TerminalState.keepOnInterrupt(path)
    }
}
