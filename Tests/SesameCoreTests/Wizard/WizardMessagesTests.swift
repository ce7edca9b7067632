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
