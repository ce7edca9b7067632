/// The normalisation every rule sees: an NFKC-like folding implemented here, without ICU.
///
/// - full-width ASCII (`ＡＢＣ１２３`) becomes ASCII, the ideographic space a space;
/// - half-width katakana (`ｶﾞｲﾄﾞ`) becomes full-width, voicing marks composed;
///   decomposed kana with a combining (han)dakuten are composed too;
/// - letters are lower-cased; curly quotes and dashes become ASCII;
/// - zero-width characters disappear; a run of white space becomes one scalar: `\n` when it
///   holds one line break, U+2029 when it holds a blank line, else a space.
///
/// Every folded scalar remembers the offset of the original scalar it came from.
public struct FoldedText: Sendable {
    public var scalars: [Unicode.Scalar]
    /// `origin[i]` is the original scalar offset of `scalars[i]`; one extra entry maps the end.
    public var origin: [Int]

    public var count: Int { scalars.count }

    /// The first folded index whose original offset is `offset` or later (0 past the end).
    /// A binary search: `origin` never decreases, so mapping a finding back costs log n.
    public func index(ofOriginal offset: Int) -> Int {
        var low = 0
        var high = origin.count
        while low < high {
            let middle = (low + high) / 2
            if origin[middle] < offset { low = middle + 1 } else { high = middle }
        }
        return low < origin.count ? low : 0
    }

    public func string(_ range: Range<Int>) -> String {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[range])
        return String(s)
    }
}

public enum TextFolding {
    public static let paragraph: Unicode.Scalar = "\u{2029}"

    public static func fold(_ text: String) -> FoldedText {
        fold(Array(text.unicodeScalars))
    }

    public static func fold(_ input: [Unicode.Scalar]) -> FoldedText {
        var out: [Unicode.Scalar] = []
        var origin: [Int] = []
        out.reserveCapacity(input.count)
        origin.reserveCapacity(input.count + 1)
        var whitespaceStart = -1
        var newlines = 0
        var index = 0
        func flushWhitespace() {
            guard whitespaceStart >= 0 else { return }
            out.append(newlines >= 2 ? paragraph : newlines == 1 ? "\n" : " ")
            origin.append(whitespaceStart)
            whitespaceStart = -1
            newlines = 0
        }
        while index < input.count {
            let scalar = input[index]
            let v = scalar.value
            // White space, CR/LF included, collapses.
            if v == 0x20 || v == 0x09 || v == 0x3000 || v == 0xA0 || v == 0x0B || v == 0x0C {
                if whitespaceStart < 0 { whitespaceStart = index }
                index += 1
                continue
            }
            if v == 0x0A || v == 0x0D || v == 0x2028 || v == 0x2029 || v == 0x85 {
                if whitespaceStart < 0 { whitespaceStart = index }
                if !(v == 0x0A && index > 0 && input[index - 1] == "\r") { newlines += 1 }
                if v == 0x2029 { newlines += 1 }
                index += 1
                continue
            }
            if v == 0x200B || v == 0x200C || v == 0x200D || v == 0xFEFF || v == 0xAD {
                index += 1
                continue
            }
            flushWhitespace()
            // Voicing marks compose with the kana before them.
            if v == 0x3099 || v == 0xFF9E || v == 0x309B || v == 0x309A || v == 0xFF9F || v == 0x309C {
                let voiced = v == 0x3099 || v == 0xFF9E || v == 0x309B
                if let last = out.last, let composed = compose(last, voiced: voiced) {
                    out[out.count - 1] = composed
                    index += 1
                    continue
                }
            }
            out.append(foldScalar(scalar))
            origin.append(index)
            index += 1
        }
        flushWhitespace()
        origin.append(input.count)
        return FoldedText(scalars: out, origin: origin)
    }

    /// Writes the folding of `utf8` (a lexicon phrase, valid UTF-8) to `out`, which has room for
    /// `utf8.count` scalars, and returns how many it wrote: exactly the scalars `fold` gives,
    /// without its origin map and without allocating. Phrases are short and plain (single spaces,
    /// no zero-width characters, no separate voicing marks), so each scalar folds alone; anything
    /// else is folded by `fold` itself.
    static func foldPhrase(utf8: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<Unicode.Scalar>) -> Int {
        var count = 0
        var afterSpace = false
        var index = 0
        while index < utf8.count {
            // Decoding by hand: the bytes come from a `String`, so they are valid UTF-8.
            let lead = UInt32(utf8[index])
            if lead > 0x20 && lead < 0x7F {
                out[count] = Unicode.Scalar(UInt8(lead >= 0x41 && lead <= 0x5A ? lead + 0x20 : lead))
                count += 1
                index += 1
                afterSpace = false
                continue
            }
            var v = lead
            if lead >= 0xF0 {
                v = (lead & 0x07) << 18 | UInt32(utf8[index + 1] & 0x3F) << 12 | UInt32(utf8[index + 2] & 0x3F) << 6
                    | UInt32(utf8[index + 3] & 0x3F)
                index += 4
            } else if lead >= 0xE0 {
                v = (lead & 0x0F) << 12 | UInt32(utf8[index + 1] & 0x3F) << 6 | UInt32(utf8[index + 2] & 0x3F)
                index += 3
            } else if lead >= 0x80 {
                v = (lead & 0x1F) << 6 | UInt32(utf8[index + 1] & 0x3F)
                index += 2
            } else {
                index += 1
            }
            guard v == 0x20 ? !afterSpace : foldsAlone(v), let scalar = Unicode.Scalar(v) else {
                let folded = fold(Array(String(decoding: utf8, as: UTF8.self).unicodeScalars)).scalars
                for (offset, scalar) in folded.enumerated() { out[offset] = scalar }
                return folded.count
            }
            afterSpace = v == 0x20
            out[count] = afterSpace ? scalar : foldScalar(scalar)
            count += 1
        }
        return count
    }

    /// Whether `fold` maps scalar `v` through `foldScalar` alone, whatever stands around it:
    /// not white space, not zero-width, not a voicing mark.
    @inline(__always)
    private static func foldsAlone(_ v: UInt32) -> Bool {
        if v >= 0x21 && v < 0x7F { return true }
        switch v {
        case 0x00...0x20, 0x7F...0xA0, 0xAD, 0x2028, 0x2029, 0x200B...0x200D, 0xFEFF, 0x3000,
             0x3099...0x309C, 0xFF9E, 0xFF9F:
            return false
        default:
            return true
        }
    }

    /// One scalar's folding (everything but white space and voicing marks).
    @inline(__always)
    static func foldScalar(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let v = scalar.value
        if v < 0x80 {
            if v >= 0x41 && v <= 0x5A { return Unicode.Scalar(v + 0x20)! }
            return scalar
        }
        if v >= 0xFF01 && v <= 0xFF5E { return foldScalar(Unicode.Scalar(v - 0xFEE0)!) }
        if v >= 0xFF61 && v <= 0xFF9F { return halfWidthKana[Int(v - 0xFF61)] }
        switch v {
        case 0x2018, 0x2019, 0x201B, 0x2032: return "'"
        case 0x201C, 0x201D, 0x201F, 0x2033: return "\""
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212: return "-"
        case 0x2024: return "."
        default: break
        }
        if v < 0x3000, scalar.properties.isUppercase, let lower = scalar.properties.lowercaseMapping.unicodeScalars.first {
            return lower
        }
        return scalar
    }

    private static func compose(_ base: Unicode.Scalar, voiced: Bool) -> Unicode.Scalar? {
        let v = base.value
        if voiced && (v == 0x30A6) { return "\u{30F4}" }
        // か..ど and は..ぽ rows in hiragana (0x304B...) and katakana (0x30AB...).
        for offset: UInt32 in [0, 0x60] {
            let k = v &- offset
            if voiced, (0x304B...0x3062).contains(k), (k - 0x304B) % 2 == 0 { return Unicode.Scalar(v + 1) }
            if voiced, (0x3064...0x3068).contains(k), (k - 0x3064) % 2 == 0 { return Unicode.Scalar(v + 1) }
            if (0x306F...0x307D).contains(k), (k - 0x306F) % 3 == 0 { return Unicode.Scalar(v + (voiced ? 1 : 2)) }
        }
        return nil
    }

    /// U+FF61 … U+FF9F in order.
    private static let halfWidthKana: [Unicode.Scalar] = Array(
        "。「」、・ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン゛゜"
            .unicodeScalars
    )

    @inline(__always)
    public static func isHiragana(_ scalar: Unicode.Scalar) -> Bool { (0x3041...0x309F).contains(scalar.value) }

    @inline(__always)
    public static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A)
            || (v >= 0xC0 && v < 0x250 && v != 0xD7 && v != 0xF7)
    }

    @inline(__always)
    public static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\n" || scalar == paragraph
    }
}
