// libFuzzer entry point: arbitrary bytes as text from others, through the terminal sanitiser and
// the two reporters built on it. Invariants: the result holds no character that steers a terminal;
// sanitising twice changes nothing; text without such characters is unchanged; the line-keeping
// form keeps exactly the input's line feeds; a GitHub workflow command stays one line whatever
// its message, path or rule id.
// Built only by scripts/fuzz (SESAME_FUZZ=1), in a debug build.
import SesameCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSanitiser(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let once = TerminalText.sanitized(text)
    if once.unicodeScalars.contains(where: TerminalText.needsEscape) { fatalError("a control character survived") }
    if TerminalText.sanitized(once) != once { fatalError("sanitising twice changed the text") }
    if !text.unicodeScalars.contains(where: TerminalText.needsEscape), once != text { fatalError("clean text was changed") }

    let lines = TerminalText.sanitizedLines(text)
    if lines.unicodeScalars.contains(where: { $0 != "\n" && $0 != "\t" && TerminalText.needsEscape($0) }) {
        fatalError("a control character other than LF or tab survived the line-keeping form")
    }
    if lines.unicodeScalars.count(where: { $0 == "\n" }) != text.unicodeScalars.count(where: { $0 == "\n" }) {
        fatalError("the line-keeping form changed the number of lines")
    }

    let diagnostic = Diagnostic(location: SourceLocation(path: text, line: 1, column: 1), severity: .error,
                                rule: text, topic: .clarity, message: text)
    let github = GitHubReporter.render([FileReport(path: text, diagnostics: [diagnostic])])
    if github.unicodeScalars.count(where: { $0 == "\n" || $0 == "\r" }) != 1 || !github.hasPrefix("::error file=") {
        fatalError("a workflow command was split or forged")
    }
    let line = TextReporter().line(for: diagnostic)
    if line.unicodeScalars.contains(where: TerminalText.needsEscape) { fatalError("the text reporter let a control character through") }
    return 0
}
