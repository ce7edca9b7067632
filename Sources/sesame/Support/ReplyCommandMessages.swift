import SesameCore

/// What `sesame reply` tells the user: its part of the message catalogue.
enum ReplyCommandMessages {
    static let whereToPaste = LocalizedText(
        en: "paste the reply into the case in the AWS Support Center (https://console.aws.amazon.com/support/home#/case/history), or add it with --send --case ID when the account has a Business or Enterprise support plan",
        ja: "この返信を AWS サポートセンター(https://console.aws.amazon.com/support/home#/case/history)のケースに貼り付けてください。Business または Enterprise のサポートプランがあるアカウントでは、--send --case ID で追加することもできます。")

    static let notSent = LocalizedText(
        en: "the reply was not sent; answer the questions above first",
        ja: "返信は送信していません。先に上記の質問に答えてください。")

    static let declined = LocalizedText(en: "the reply was not sent", ja: "返信は送信していません。")

    static let noTerminal = LocalizedText(
        en: "not sending without confirmation: there is no terminal to ask on; pass --yes",
        ja: "確認できる端末がないため送信しません。--yes を指定してください。")

    static func confirm(_ caseID: String) -> LocalizedText {
        LocalizedText(en: "Add this reply to case \(caseID)?", ja: "この返信をケース \(caseID) に追加しますか？")
    }

    static func sent(_ caseID: String) -> LocalizedText {
        LocalizedText(en: "the reply was added to case \(caseID); AWS answers on the case, and `sesame status --watch` waits for the decision",
                      ja: "返信をケース \(caseID) に追加しました。AWS からの回答はケースに届きます。審査の結果は `sesame status --watch` で待てます。")
    }

    static func noSupportPlan(_ caseID: String) -> LocalizedText {
        LocalizedText(
            en: "this account has no Business or Enterprise support plan, so the Support API cannot add the reply (SubscriptionRequiredException); paste it into case \(caseID) in the AWS Support Center: https://console.aws.amazon.com/support/home#/case/history",
            ja: "このアカウントには Business または Enterprise のサポートプランがないため、Support API で返信を追加できません(SubscriptionRequiredException)。AWS サポートセンターのケース \(caseID) に貼り付けてください: https://console.aws.amazon.com/support/home#/case/history")
    }

    static func noSuchCase(_ caseID: String) -> LocalizedText {
        LocalizedText(en: "this account has no support case \(caseID); check the number with `sesame status` (the review's case) or pass the case-… id",
                      ja: "このアカウントにはサポートケース \(caseID) がありません。`sesame status` で審査のケース番号を確認するか、case-… の ID を指定してください。")
    }

    static func unreadableMessage(_ path: String, _ reason: String) -> LocalizedText {
        LocalizedText(en: "cannot read the reviewer's message \(path): \(reason)",
                      ja: "レビュー担当者のメッセージ \(path) を読み込めません: \(reason)")
    }

    static func messageNotText(_ path: String) -> LocalizedText {
        LocalizedText(en: "\(path): the reviewer's message is not UTF-8 text; paste it into a plain text file",
                      ja: "\(path): レビュー担当者のメッセージが UTF-8 のテキストではありません。プレーンテキストのファイルに貼り付けてください。")
    }
}
