import Testing
@testable import SesameCore

/// The wizard's sentences about files, in Japanese (the English ones are asserted through
/// `sesame init` in InitFileWritingTests).
@Suite struct WizardMessagesTests {
    private let japanese = WizardMessages(language: .ja)

    @Test func aFileThatAppearedMeanwhile() {
        #expect(japanese.appeared("p.yaml", draft: "p.yaml.draft") == "質問に答えている間に p.yaml が作成されました(回答は p.yaml.draft に保存されています)。")
        #expect(japanese.overwriteNow == "上書きしますか？ [y/N] ")
    }

    @Test func aStaleDraftAnswer() {
        #expect(japanese.staleAnswer(number: 2, of: 15, "website_url") == "下書きにある [2/15](website_url)の回答は現在の確認を通らないため、もう一度質問します。")
    }
}

/// The wizard's terminal hints and its Ctrl-C message, in Japanese (the English ones are
/// asserted through `sesame init`).
@Suite struct WizardJapaneseHintsTests {
    private let japanese = WizardMessages(language: .ja)

    @Test func hints() {
        #expect(japanese.pickHint == "(↑/↓ と Enter、または番号を入力。← で前の質問に戻ります)")
        #expect(japanese.textHint == "(空行で入力を終えます。:e でエディタを開き、:b で前の質問に戻ります)")
        #expect(japanese.editorHint == "回答はこの説明より上に書いてください。# で始まる行は無視されます。保存してエディタを終了すると続きに進みます。")
    }

    @Test func stopping() {
        #expect(japanese.interruptedNotice("p.yaml.draft", resume: "sesame init --output p.yaml") == "sesame: 中断しました。回答は p.yaml.draft に保存されています。`sesame init --output p.yaml` を実行すると再開できます。")
        #expect(japanese.interruptedBeforeAnyAnswer == "sesame: 回答を始める前に中断しました。何も保存されていません。")
        #expect(japanese.finalChoices == ["プロファイルを書き出す", "回答を修正する", "キャンセル"])
    }
}
