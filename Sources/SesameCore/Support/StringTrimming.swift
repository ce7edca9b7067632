extension StringProtocol {
    /// The text without leading and trailing white space (Unicode `White_Space`, newlines included).
    public var trimmed: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isWhiteSpace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.isWhiteSpace })!
        // One copy of the bytes between two scalar boundaries. Appending the scalars one by one
        // to a `String.UnicodeScalarView` cost about 2.9 M instructions per `render`.
        return String(self[first..<scalars.index(after: last)])
    }

    /// True when the text holds nothing but white space.
    public var isBlank: Bool {
        unicodeScalars.allSatisfy(\.isWhiteSpace)
    }
}

extension Unicode.Scalar {
    /// Unicode `White_Space`, answered without the property tables for ASCII.
    fileprivate var isWhiteSpace: Bool {
        value < 0x80 ? value == 0x20 || (0x09...0x0D).contains(value) : properties.isWhitespace
    }
}
