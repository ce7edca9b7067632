/// Values the way a Japanese keyboard types them, read as the profile means them: full-width
/// ASCII (`３，０００`, `ｉｎｆｏ＠ｅｘａｍｐｌｅ．ｊｐ`, `ｈｔｔｐｓ：／／…`), 「，」 and 「、」 between list
/// items, a unit after a count (`3000通`, `5 件/秒`), and names for closed values (`東京`,
/// `トランザクション`, `日本語`). The validator and the wizard's answer checks fold with these;
/// free text (the use-case answers) is never folded.
public enum InputFolding {
    /// Full-width ASCII (U+FF01…U+FF5E) as ASCII and the ideographic space as a space.
    public static func width(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value >= 0x3000 }) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF01...0xFF5E: result.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
            case 0x3000: result.append(" ")
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// A count as typed: digits (either width) with `,`/`，`/`_` grouping, optionally followed by
    /// a unit (`通`, `件`, `通/日`, `件/秒`, `/day`); nil for anything else (`3.5`, `約3000`, `-1`).
    public static func count(_ text: String) -> Int? {
        var number = width(text).trimmed
        if let unit = units.first(where: number.hasSuffix) { number = String(number.dropLast(unit.count)).trimmed }
        guard number.first?.isNumber == true, !number.contains(",,") else { return nil }
        let digits = number.filter { $0 != "," && $0 != "_" }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(digits)
    }

    /// Units people write after a count; longest first.
    private static let units = ["通/日", "件/日", "通/秒", "件/秒", "/日", "/秒", "/day", "/second", "/s", "通", "件"]

    /// The items of a list typed on one line, split at `,`, `，` and `、`; nil when there is no separator.
    public static func listItems(_ text: String) -> [String]? {
        let separators: Set<Character> = [",", "，", "、"]
        guard text.contains(where: separators.contains) else { return nil }
        return text.split(whereSeparator: separators.contains).map { String($0).trimmed }.filter { !$0.isEmpty }
    }

    /// The value of a closed set that `text` names: the value itself in full width, a Japanese or
    /// English name for it (`トランザクション`, `日本語`, `東京`, `Osaka`), or nil. The values
    /// themselves keep their case (`transactional` is a typo, not a name).
    public static func choice(_ text: String, in values: [String]) -> String? {
        let folded = width(text).trimmed
        if values.contains(folded) { return folded }
        if let value = names[key(text)], values.contains(value) { return value }
        if values == SESRegions.all { return SESRegions.code(named: text) }
        return nil
    }

    /// A name as compared: folded width, no spaces, lowercase.
    static func key(_ text: String) -> String {
        width(text).lowercased().filter { !$0.isWhitespace }
    }

    /// Names of the profile's closed values, by `key(_:)`.
    private static let names: [String: String] = [
        "トランザクション": "TRANSACTIONAL", "トランザクションメール": "TRANSACTIONAL",
        "マーケティング": "MARKETING", "マーケティングメール": "MARKETING",
        "日本語": "JA", "japanese": "JA", "英語": "EN", "english": "EN",
        "エラー": "error", "警告": "warning", "情報": "info", "オフ": "off",
    ]
}
