#if canImport(Glibc)
import Glibc
#endif
import SesameCore

/// The process environment, read once at the edge and passed down as a value.
enum ProcessEnvironment {
    static var current: [String: String] {
        var variables: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            let text = String(cString: entry)
            if let equals = text.firstIndex(of: "=") {
                variables[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            pointer += 1
        }
        return variables
    }

    /// Japanese when the locale (LC_ALL, LC_MESSAGES, LANG, in that order) says so.
    static func localeLanguage(_ environment: [String: String]) -> RenderLanguage {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        return locale.lowercased().hasPrefix("ja") ? .ja : .en
    }
}
