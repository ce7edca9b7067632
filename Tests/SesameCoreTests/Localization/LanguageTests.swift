import SesameCore
import Testing

@Suite struct LanguageTests {
    @Test(arguments: [
        ([:], nil),
        (["LANG": "ja_JP.UTF-8"], .ja),
        (["LANG": "en_US.UTF-8"], .en),
        (["LANG": "C.UTF-8"], nil),
        (["LANG": "POSIX"], nil),
        (["LC_ALL": "", "LC_MESSAGES": "ja_JP", "LANG": "en_US.UTF-8"], .ja),
        (["LC_ALL": "en_GB.UTF-8", "LC_MESSAGES": "ja_JP", "LANG": "ja_JP.UTF-8"], .en),
        (["LANG": "ja"], .ja),
    ] as [([String: String], Language?)])
    func locale(environment: [String: String], expected: Language?) {
        #expect(Language(locale: environment) == expected)
    }

    @Test func theFlagWinsThenTheLocaleThenTheFallback() {
        let japanese = ["LANG": "ja_JP.UTF-8"]
        #expect(Language.resolve(flag: .en, environment: japanese, fallback: .ja) == .en)
        #expect(Language.resolve(flag: nil, environment: japanese, fallback: .en) == .ja)
        #expect(Language.resolve(flag: nil, environment: ["LANG": "C"], fallback: .ja) == .ja)
        #expect(Language.resolve(flag: nil, environment: [:]) == .en)
    }

    @Test func guessesTheLanguageOfAText() {
        #expect(Language.guess("メールマガジンを配信します。".unicodeScalars) == .ja)
        #expect(Language.guess("We send receipts.".unicodeScalars) == .en)
        #expect(Language.guess("Amazon SES で送信します".unicodeScalars) == .ja)
        #expect(Language.guess("12,000 / ?".unicodeScalars) == nil)
    }

    @Test func japaneseScalars() {
        #expect("あア漢ｱ、。".unicodeScalars.allSatisfy(Language.isJapanese))
        #expect(!"aＡ１＠ ".unicodeScalars.contains(where: Language.isJapanese))
    }

    @Test func namesAndLists() {
        #expect(Language.ja.name(of: .en) == "英語")
        #expect(Language.en.name(of: .ja) == "Japanese")
        #expect(Language.ja.list(["a", "b"]) == "a、b")
        #expect(Language.en.list(["a", "b"]) == "a, b")
        #expect(Language.ja.format(12345) == "12,345")
    }
}

@Suite struct ScriptCountTests {
    @Test func countsJapaneseAndLatinAndDecidesOnce() {
        let count = ScriptCount("SESで領収書を送ります".unicodeScalars)
        #expect(count == { var c = ScriptCount(); c.japanese = 9; c.latin = 3; return c }())
        #expect(count.language == .ja)
        #expect(ScriptCount("We send receipts via SES.".unicodeScalars).language == .en)
        #expect(ScriptCount("1,234 !".unicodeScalars).language == nil)
        #expect((ScriptCount("abc".unicodeScalars) + ScriptCount("日本".unicodeScalars)).language == .ja)
    }
}
