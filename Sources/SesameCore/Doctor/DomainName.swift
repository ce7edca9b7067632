/// Domain names as SES identities are compared: an internationalised name (`bücher.example`)
/// matches its ASCII form (`xn--bcher-kva.example`), as IDNA spells it (RFC 5891 ToASCII: each
/// label lower-cased and Punycode-encoded, RFC 3492). Neither Unicode normalisation nor the full
/// UTS 46 mapping is applied (FoundationEssentials has neither): names typed in decomposed form
/// are compared as typed.
enum DomainName {
    /// `name` in ASCII: each label with a non-ASCII character becomes `xn--` + its Punycode;
    /// the ideographic and full-width full stops separate labels as `.` does.
    static func ascii(_ name: String) -> String {
        let dotted = String(name.lowercased().map { Self.fullStops.contains($0) ? "." : $0 })
        return dotted.split(separator: ".", omittingEmptySubsequences: false).map { label in
            label.unicodeScalars.allSatisfy(\.isASCII) ? String(label) : Punycode.encode(label.unicodeScalars.map(\.value)).map { "xn--" + $0 } ?? String(label)
        }.joined(separator: ".")
    }

    /// `local@domain` with the domain in ASCII and everything lower-cased; a name without `@` is
    /// a domain.
    static func asciiAddress(_ address: String) -> String {
        guard let at = address.lastIndex(of: "@") else { return ascii(address) }
        return address[..<at].lowercased() + "@" + ascii(String(address[address.index(after: at)...]))
    }

    private static let fullStops: Set<Character> = ["\u{3002}", "\u{FF0E}", "\u{FF61}"]
}

/// RFC 3492 Punycode, encoding only (the names doctor compares are never decoded).
enum Punycode {
    private static let base = 36, tMin = 1, tMax = 26, skew = 38, damp = 700
    private static let initialBias = 72, initialN: UInt32 = 128

    /// The Punycode of `codePoints`, or nil when a count would overflow (a label that long is no
    /// domain label anyway).
    static func encode(_ codePoints: [UInt32]) -> String? {
        var output = codePoints.filter { $0 < 0x80 }.compactMap(Unicode.Scalar.init).map(Character.init)
        let basicCount = output.count
        if basicCount > 0 { output.append("-") }
        var n = initialN, delta = 0, bias = initialBias, handled = basicCount
        while handled < codePoints.count {
            guard let next = codePoints.filter({ $0 >= n }).min() else { break }
            let (grown, overflow) = Int(next - n).multipliedReportingOverflow(by: handled + 1)
            guard !overflow, delta <= Int(Int32.max) - grown else { return nil }
            delta += grown
            n = next
            for point in codePoints {
                if point < n { delta += 1 }
                guard point == n else { continue }
                var q = delta
                var k = base
                while true {
                    let t = k <= bias ? tMin : (k >= bias + tMax ? tMax : k - bias)
                    if q < t { break }
                    output.append(digit(t + (q - t) % (base - t)))
                    q = (q - t) / (base - t)
                    k += base
                }
                output.append(digit(q))
                bias = adapt(delta, points: handled + 1, first: handled == basicCount)
                delta = 0
                handled += 1
            }
            delta += 1
            n += 1
        }
        return String(output)
    }

    private static func digit(_ value: Int) -> Character {
        Character(Unicode.Scalar(UInt8(value < 26 ? 0x61 + value : 0x30 + value - 26)))
    }

    private static func adapt(_ delta: Int, points: Int, first: Bool) -> Int {
        var delta = first ? delta / damp : delta / 2
        delta += delta / points
        var k = 0
        while delta > ((base - tMin) * tMax) / 2 {
            delta /= base - tMin
            k += base
        }
        return k + (base - tMin + 1) * delta / (delta + skew)
    }
}
