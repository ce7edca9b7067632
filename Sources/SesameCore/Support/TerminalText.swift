/// Text from others (AWS responses, profiles, drafts, configuration files) made safe to print in
/// the text and `github` formats: every character that can steer a terminal or a log reader is shown
/// as an escape instead of being sent. JSON and SARIF do not use this; their encoders already escape.
///
/// Escaped are the C0 controls (including ESC, which starts CSI/OSC sequences), DEL, the C1 controls
/// (U+0080–U+009F, among them the single-character CSI U+009B and OSC U+009D), the Unicode line and
/// paragraph separators, and the bidirectional formatting characters ("Trojan Source": U+061C,
/// U+200E/F, U+202A–U+202E, U+2066–U+2069), which reorder what the reader sees. `\n`, `\r` and
/// `\t` are shown as those two-character escapes; everything else as `\u{1B}`. The result holds
/// no such character, so sanitising twice changes nothing.
public enum TerminalText {
    /// `text` with every control character shown escaped; a newline too, so that a value quoted
    /// in a one-line message stays on that line.
    public static func sanitized(_ text: String) -> String {
        escaping(text, keepLineBreaks: false)
    }

    /// `text` with every control character shown escaped except line feeds and tabs: for text
    /// printed as a block of lines, such as a rendered request.
    public static func sanitizedLines(_ text: String) -> String {
        escaping(text, keepLineBreaks: true)
    }

    /// Whether `scalar` is one of the characters that are shown escaped.
    public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    private static func escaping(_ text: String, keepLineBreaks: Bool) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard needsEscape(scalar) else {
                out.append(scalar)
                continue
            }
            let escape: String = switch scalar {
            case "\n": keepLineBreaks ? "\n" : "\\n"
            case "\t": keepLineBreaks ? "\t" : "\\t"
            case "\r": "\\r"
            default: "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            }
            out.append(contentsOf: escape.unicodeScalars)
        }
        return String(out)
    }
}

extension TerminalText {
    /// How many terminal columns `text` takes: East Asian wide and full-width characters (kana,
    /// kanji, 全角 forms) take two, combining marks none, everything else one. Tables pad by this,
    /// so that a Japanese heading lines up with the ASCII cells under it.
    public static func columns(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + columns(of: $1) }
    }

    private static func columns(of scalar: Unicode.Scalar) -> Int {
        // No scalar below U+0300 (ASCII, Latin-1, the Latin extensions, IPA, spacing modifier
        // letters) is a mark or wide: one column, without a lookup in the property tables
        // (most of the time `status` took to lay out its table).
        if scalar.value < 0x300 { return 1 }
        if scalar.properties.generalCategory == .nonspacingMark || scalar.properties.generalCategory == .enclosingMark { return 0 }
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }
}
