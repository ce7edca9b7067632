import SesameCore
import Testing

@Suite struct TerminalTextTests {
    @Test func columnsCountWideCharactersTwice() {
        #expect(TerminalText.columns("ap-northeast-1") == 14)
        #expect(TerminalText.columns("ap-northeast-1(東京)") == 20)
        #expect(TerminalText.columns("ＡＢ１") == 6)
        #expect(TerminalText.columns("e\u{301}") == 1)
        // Below U+0300 every scalar is one column; U+0300 is the first combining mark.
        #expect(TerminalText.columns("\u{E9}\u{2FF}a\u{300}") == 3)
        #expect(TerminalText.columns("—") == 1)
    }

    @Test func plainTextIsUnchanged() {
        let text = "Ünïcödé 日本語の説明です。 `key`: \"value\" \\n 100% {x}"
        #expect(TerminalText.sanitized(text) == text)
        #expect(TerminalText.sanitizedLines("line one\n\tline two\n") == "line one\n\tline two\n")
    }

    @Test func escapeSequencesAreShownNotSent() {
        // CSI colour, OSC 52 (clipboard) ended by BEL, OSC 0 (title) ended by ST (ESC \).
        #expect(TerminalText.sanitized("\u{1B}[31mred\u{1B}[0m") == "\\u{1B}[31mred\\u{1B}[0m")
        #expect(TerminalText.sanitized("\u{1B}]52;c;aGk=\u{07}") == "\\u{1B}]52;c;aGk=\\u{7}")
        #expect(TerminalText.sanitized("\u{1B}]0;pwned\u{1B}\\") == "\\u{1B}]0;pwned\\u{1B}\\")
    }

    @Test func lineBreaksStayOnTheLine() {
        #expect(TerminalText.sanitized("key\n::error file=x::fake") == "key\\n::error file=x::fake")
        #expect(TerminalText.sanitized("a\r\nb\tc") == "a\\r\\nb\\tc")
        #expect(TerminalText.sanitizedLines("a\r\nb") == "a\\r\nb")
    }

    @Test func everyC0C1AndDELIsEscaped() {
        for value in Array(0x00...0x1F) + Array(0x7F...0x9F) {
            let scalar = Unicode.Scalar(UInt32(value))!
            let out = TerminalText.sanitized("<\(Character(scalar))>")
            #expect(out.unicodeScalars.allSatisfy { (0x20...0x7E).contains($0.value) }, "U+\(String(value, radix: 16)): \(out)")
        }
        #expect(TerminalText.sanitized("\u{0}\u{7F}\u{9B}2J\u{9D}") == "\\u{0}\\u{7F}\\u{9B}2J\\u{9D}")
    }

    @Test func bidiOverridesAndSeparatorsAreEscaped() {
        #expect(TerminalText.sanitized("admin\u{202E}txt.exe") == "admin\\u{202E}txt.exe")
        #expect(TerminalText.sanitized("\u{2066}\u{2069}\u{200F}\u{061C}\u{2028}\u{2029}")
                == "\\u{2066}\\u{2069}\\u{200F}\\u{61C}\\u{2028}\\u{2029}")
    }

    @Test func sanitisingTwiceChangesNothing() {
        let hostile = "\u{1B}[2J\n\u{9B}\u{202E}x\r\t\u{0}"
        let once = TerminalText.sanitized(hostile)
        #expect(TerminalText.sanitized(once) == once)
        #expect(!once.unicodeScalars.contains(where: TerminalText.needsEscape))
        #expect(TerminalText.sanitizedLines(TerminalText.sanitizedLines(hostile)) == TerminalText.sanitizedLines(hostile))
    }
}

/// The reporters for people (text) and for GitHub's log (workflow commands) pass every quoted
/// value through the sanitiser; JSON keeps the text as it is, escaped by the encoder.
@Suite struct ReporterSanitisingTests {
    static let hostile = FileReport(path: "p\u{1B}]0;t\u{7}.yaml", diagnostics: [
        Diagnostic(location: SourceLocation(path: "p\u{1B}]0;t\u{7}.yaml", line: 2, column: 1), severity: .error,
                   rule: "unknown-key", topic: .business,
                   message: "unknown key `x\n::error file=a.yaml::forged \u{1B}[31m`"),
    ])

    @Test func textReporterEscapes() {
        #expect(TextReporter().render([Self.hostile]) == """
            p\\u{1B}]0;t\\u{7}.yaml:2:1: error: unknown key `x\\n::error file=a.yaml::forged \\u{1B}[31m` [unknown-key]
            p\\u{1B}]0;t\\u{7}.yaml: 1 error, 0 warnings

            """)
    }

    @Test func githubReporterCannotBeMadeToIssueACommand() {
        let out = GitHubReporter.render([Self.hostile])
        #expect(out == "::error file=p\\u{1B}]0;t\\u{7}.yaml,line=2,col=1,title=unknown-key::unknown key `x\\n::error file=a.yaml::forged \\u{1B}[31m`\n")
        #expect(out.split(separator: "\n").count == 1)
    }

    @Test func jsonKeepsTheTextAsItIs() throws {
        let out = JSONReporter.render([Self.hostile])
        #expect(out.contains(#"unknown key `x\n::error file=a.yaml::forged \u001b[31m`"#), "\(out)")
    }
}
