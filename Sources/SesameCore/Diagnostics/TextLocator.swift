/// Maps an offset in a section's text (counted in Unicode scalars) to a place in the file.
///
/// It holds anchors, sorted by offset: each says "the scalar at this offset stands at this
/// place"; scalars after an anchor follow it on the same line. A plain draft has an anchor
/// at each line start; a YAML block scalar one at each source line of its content.
public struct TextLocator: Hashable, Sendable {
    public struct Anchor: Hashable, Sendable {
        public var offset: Int
        public var location: SourceLocation

        public init(offset: Int, location: SourceLocation) {
            self.offset = offset
            self.location = location
        }
    }

    public private(set) var anchors: [Anchor]

    public init(anchors: [Anchor]) {
        precondition(!anchors.isEmpty, "a locator needs at least one anchor")
        self.anchors = anchors.sorted { $0.offset < $1.offset }
    }

    /// Lines of `text` start at line 1, column 1 of `path`; CRLF, LF and CR all end a line.
    public init(plainText text: String, path: String) {
        var anchors = [Anchor(offset: 0, location: SourceLocation(path: path, line: 1, column: 1))]
        var line = 1
        var previousWasCR = false
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            if scalar == "\n" && previousWasCR {
                anchors[anchors.count - 1].offset = offset + 1
            } else if scalar == "\n" || scalar == "\r" {
                line += 1
                anchors.append(Anchor(offset: offset + 1, location: SourceLocation(path: path, line: line, column: 1)))
            }
            previousWasCR = scalar == "\r"
        }
        self.anchors = anchors
    }

    /// The place of the scalar at `offset` (an offset past the end maps past the last anchor).
    public func location(ofScalarOffset offset: Int) -> SourceLocation {
        var low = 0
        var high = anchors.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if anchors[mid].offset <= offset { low = mid } else { high = mid - 1 }
        }
        let anchor = anchors[low]
        var location = anchor.location
        location.column += max(0, offset - anchor.offset)
        return location
    }
}
