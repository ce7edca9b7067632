#if canImport(Glibc)
import Glibc
#endif
import SesameCore

/// The process's standard streams, and whether they are a terminal that may be coloured.
struct Terminal {
    let descriptor: Int32

    static let standardOutput = Terminal(descriptor: 1)
    static let standardError = Terminal(descriptor: 2)

    /// Writes all of `text`, retrying on partial writes and EINTR.
    func write(_ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { buffer in
                Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += written
        }
        bytes.removeAll()
    }

    var isTTY: Bool { isatty(descriptor) == 1 }

    /// Colours only on a terminal, and never when NO_COLOR is set to anything non-empty.
    var allowsColor: Bool {
        guard isTTY else { return false }
        if let value = getenv("NO_COLOR"), value.pointee != 0 { return false }
        if let term = getenv("TERM"), String(cString: term) == "dumb" { return false }
        return true
    }
}
