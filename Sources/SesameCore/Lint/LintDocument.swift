/// Text to lint, in sections that know where each of their characters came from.
///
/// A plain draft is one section with no field; a profile gives one section per
/// `use_case` field, plus the facts a reviewer would also look at (mail type, URL, volumes).
public struct LintDocument: Sendable {
    public var path: String
    public var sections: [LintSection]
    /// The declared mail type: from the profile, or `--mail-type` for a plain draft.
    public var declaredMailType: MailType?
    /// The website URL and where it stands, for a profile.
    public var website: LocatedText?
    public var dailyVolume: Int?
    public var peakPerSecond: Int?
    /// Where to report findings about the whole document (the top of the file or the `use_case` key).
    public var anchor: SourceLocation
    /// For a profile: the length of the rendered use-case description, which is what AWS counts.
    public var renderedLength: Int?

    public init(
        path: String, sections: [LintSection], declaredMailType: MailType? = nil, website: LocatedText? = nil,
        dailyVolume: Int? = nil, peakPerSecond: Int? = nil, anchor: SourceLocation? = nil
    ) {
        self.path = path
        self.sections = sections
        self.declaredMailType = declaredMailType
        self.website = website
        self.dailyVolume = dailyVolume
        self.peakPerSecond = peakPerSecond
        self.anchor = anchor ?? SourceLocation(path: path, line: 1, column: 1)
    }

    /// A plain-text draft: the whole text is one section, located line by line.
    public static func plainDraft(path: String, text: String, mailType: MailType? = nil) -> LintDocument {
        LintDocument(
            path: path,
            sections: [LintSection(field: nil, text: text, locator: TextLocator(plainText: text, path: path))],
            declaredMailType: mailType
        )
    }
}

/// One run of text and the field of the profile it answers (nil for a plain draft).
public struct LintSection: Sendable {
    public var field: UseCaseField?
    public var text: String
    public var locator: TextLocator

    public init(field: UseCaseField?, text: String, locator: TextLocator) {
        self.field = field
        self.text = text
        self.locator = locator
    }
}

/// A string with the place of its first character.
public struct LocatedText: Hashable, Sendable {
    public var text: String
    public var location: SourceLocation

    public init(text: String, location: SourceLocation) {
        self.text = text
        self.location = location
    }
}

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
