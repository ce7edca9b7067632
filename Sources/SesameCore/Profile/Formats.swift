/// Checks of string formats that the API's own patterns leave loose (URLs: `WebsiteURL.problem`).
enum Formats {
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

    /// An email address, or an http(s) URL when it starts with a scheme; nil when fine.
    static func contactProblem(_ text: String) -> LocalizedText? {
        let lower = text.lowercased()
        if lower.hasPrefix("https://") || lower.hasPrefix("http://") { return WebsiteURL(text).problem }
        if text.contains("@") { return emailProblem(text) }
        return FormatMessages.contactNeither
    }
}
