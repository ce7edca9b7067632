/// How the wizard's text reaches the console: wrapped to the terminal's width (on word
/// boundaries, with the Japanese line-break rules of `TextWrapping`), then coloured line by
/// line, so that escape codes never count as columns and no colour spills onto the next line.
struct WizardScreen {
    let console: Console

    enum Style {
        case plain, bold, dim, red, yellow

        var code: String? {
            switch self {
            case .plain: nil
            case .bold: "1"
            case .dim: "2"
            case .red: "31"
            case .yellow: "33"
            }
        }
    }

    /// Writes `text` as whole lines: the first behind `indent`, the rest behind `hanging`.
    func say(_ text: String, indent: String = "", hanging: String? = nil, _ style: Style = .plain) {
        let lines = TextWrapping.lines(text, width: console.width, indent: indent, hanging: hanging)
        console.write(lines.map { paint($0, style) + "\n" }.joined())
    }

    /// A blank line.
    func gap() { console.write("\n") }

    /// Writes `text` without a line end (a prompt), coloured.
    func prompt(_ text: String, _ style: Style = .plain) { console.write(paint(text, style)) }

    func paint(_ text: String, _ style: Style) -> String {
        guard console.colors, let code = style.code else { return text }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }
}
