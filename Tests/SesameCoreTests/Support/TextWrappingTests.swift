import Testing
@testable import SesameCore

/// Wrapping by terminal columns: at spaces in English, between characters in Japanese with the
/// line-break rules (禁則), never inside a character.
@Suite struct TextWrappingTests {
    @Test func englishBreaksAtSpacesWithAHangingIndent() {
        let text = "The reviewer opens it to see the business you describe. Use the live https site."
        #expect(TextWrapping.lines(text, width: 30, indent: "  ", hanging: "    ") == [
            "  The reviewer opens it to see",
            "    the business you describe.",
            "    Use the live https site.",
        ])
    }

    @Test func aWordLongerThanTheLineIsCutBetweenCharacters() {
        #expect(TextWrapping.lines("see https://harborlanebooks.co.uk/privacy now", width: 16) == [
            "see", "https://harborla", "nebooks.co.uk/pr", "ivacy now",
        ])
    }

    @Test func japaneseBreaksBetweenCharactersByColumns() {
        // 20 columns hold 10 kanji or kana.
        #expect(TextWrapping.lines("審査担当者は実際にサイトを開き、説明された事業と一致するかを確認します。", width: 20) == [
            "審査担当者は実際にサ",
            "イトを開き、説明され",
            "た事業と一致するかを",
            "確認します。",
        ])
    }

    @Test func noLineStartsWithClosingPunctuation() {
        // 、 would start the second line at 10 columns: the character before it goes down with it.
        #expect(TextWrapping.lines("送信ドメイン、連絡先", width: 12) == ["送信ドメイ", "ン、連絡先"])
        #expect(TextWrapping.lines("会員登録をした方」です", width: 16) == ["会員登録をした", "方」です"])
        #expect(TextWrapping.lines("メール(注文確認)です", width: 16).allSatisfy { !$0.hasPrefix(")") && !$0.hasSuffix("(") })
    }

    @Test func noLineEndsWithAnOpeningBracket() {
        #expect(TextWrapping.lines("件名の例:「次回レッスン」", width: 12) == ["件名の例:", "「次回レッス", "ン」"])
    }

    @Test func numbersAndLatinWordsStayWithTheirSpaces() {
        #expect(TextWrapping.lines("1 日に何通まで送信する必要がありますか？(「3000」「３，０００通」)", width: 24) == [
            "1 日に何通まで送信する必",
            "要がありますか？",
            "(「3000」「３，０００",
            "通」)",
        ])
    }

    @Test func noWidthKeepsEveryLineWhole() {
        #expect(TextWrapping.lines("one two\nthree", width: nil, indent: "> ", hanging: "  ") == ["> one two", "  three"])
    }

    @Test func everyLineFitsAndNothingIsLost() {
        let texts = [
            "バウンス通知の受け取り方法(Amazon SNS やイベント送信先)と、ハードバウンスのアドレスに二度と送らないことを書いてください。",
            "Marketing: a visible unsubscribe link and one-click List-Unsubscribe headers, no login, honoured at once.",
        ]
        for width in [20, 33, 60, 80] {
            for text in texts {
                let lines = TextWrapping.lines(text, width: width)
                #expect(lines.allSatisfy { TerminalText.columns($0) <= width }, "\(width): \(lines)")
                #expect(lines.joined().filter { $0 != " " } == text.filter { $0 != " " })
            }
        }
    }

    @Test func truncationCutsWholeCharactersAndMarksTheCut() {
        #expect(TextWrapping.truncated("株式会社みなと書房は、神戸市で古書の画集を扱う", width: 21) == "株式会社みなと書房…")
        #expect(TextWrapping.truncated("Harbor Lane Books is a two-person online shop", width: 20) == "Harbor Lane Books…")
        #expect(TextWrapping.truncated("short", width: 20) == "short")
    }
}
