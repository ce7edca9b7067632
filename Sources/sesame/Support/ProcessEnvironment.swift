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
}
