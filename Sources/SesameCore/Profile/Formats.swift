/// Checks of string formats that the API's own patterns leave loose.
enum Formats {
    /// An absolute http(s) URL with a host and no spaces; nil when fine, else the reason.
    static func urlProblem(_ text: String) -> LocalizedText? {
        if text.unicodeScalars.contains(where: { $0.properties.isWhitespace }) { return FormatMessages.urlSpaces }
        let lower = text.lowercased()
        let rest: Substring
        if lower.hasPrefix("https://") {
            rest = text.dropFirst(8)
        } else if lower.hasPrefix("http://") {
            rest = text.dropFirst(7)
        } else {
            return FormatMessages.urlNotAbsolute
        }
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let hostAndPort = authority.split(separator: "@", omittingEmptySubsequences: false).last ?? ""
        let host = hostAndPort.hasPrefix("[") ? hostAndPort.prefix { $0 != "]" } : hostAndPort.prefix { $0 != ":" }
        if host.isEmpty { return FormatMessages.urlNoHost }
        if host.hasPrefix(".") || host.hasSuffix("..") || host.contains("..") { return FormatMessages.urlBadHost(host) }
        return nil
    }

    /// A plausible email address: one `@`, a local part, and a dotted domain; nil when fine.
    static func emailProblem(_ text: String) -> LocalizedText? {
        if text.unicodeScalars.contains(where: { $0.properties.isWhitespace }) { return FormatMessages.emailSpaces }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return FormatMessages.emailOneAt }
        let (local, domain) = (parts[0], parts[1])
        if local.isEmpty { return FormatMessages.emailNoLocalPart }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty }) else {
            return FormatMessages.emailDomainParts(domain)
        }
        guard labels.allSatisfy({ $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } }) else {
            return FormatMessages.emailDomainCharacters(domain)
        }
        return nil
    }
}

/// "Did you mean" suggestions for misspelt keys and values.
public enum Suggestion {
    /// The closest candidate within a small edit distance, if any.
    public static func closest(to word: String, in candidates: [String]) -> String? {
        let lowered = word.lowercased()
        var best: (String, Int)?
        for candidate in candidates {
            let distance = editDistance(lowered, candidate.lowercased())
            let limit = max(1, candidate.count / 3)
            if distance <= limit, distance < (best?.1 ?? .max) { best = (candidate, distance) }
        }
        if let best { return best.0 }
        // A word that is the start of a longer name (`website` for `website_url`).
        guard lowered.count >= 4 else { return nil }
        return candidates.filter { $0.lowercased().hasPrefix(lowered) }.min { $0.count < $1.count }
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars)
        let b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
