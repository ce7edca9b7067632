/// Percent-encoding as SigV4 uses it: RFC 3986 unreserved characters
/// (`A-Z a-z 0-9 - . _ ~`) stay bare, every other byte of the UTF-8 form becomes `%XX`
/// with upper-case hex digits.
public enum PercentEncoding {
    /// Encodes `text`, leaving unreserved characters and the bytes in `alsoAllowed` bare.
    /// (An array: a `Set<UInt8>` would cost the first signature of every process a scan of the
    /// binary's protocol conformances, to learn at run time that `UInt8` is `Hashable`.)
    ///
    /// With `alsoAllowed: "/"` this is botocore's `quote(path, safe='/~')`; with the
    /// default it is `utils.percent_encode` (used for query keys, values and URI labels).
    public static func encode(_ text: String, alsoAllowed: [UInt8] = []) -> String {
        let hexDigits = Array("0123456789ABCDEF".utf8)
        var output = [UInt8]()
        for byte in text.utf8 {
            if isUnreserved(byte) || alsoAllowed.contains(byte) {
                output.append(byte)
            } else {
                output.append(UInt8(ascii: "%"))
                output.append(hexDigits[Int(byte >> 4)])
                output.append(hexDigits[Int(byte & 0x0F)])
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Decodes `%XX` escapes once. A `%` not followed by two hex digits is kept as is.
    /// `+` is not treated as a space.
    public static func decode(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var output = [UInt8]()
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "%"), index + 2 < bytes.count,
               let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2]) {
                output.append(high << 4 | low)
                index += 3
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        default: return nil
        }
    }
}
