// MARK: double-opt-in-missing

struct DoubleOptInMissingRule: LintRule {
    static let description = RuleDescription(
        id: "double-opt-in-missing", topic: .listAcquisition, defaultSeverity: .info, languages: [.en, .ja],
        summary: LocalizedText(
            en: "A marketing list without a confirmation step (double opt-in).",
            ja: "マーケティングのリストに確認の手順(ダブルオプトイン)がありません。"),
        rationale: """
            For marketing mail, reviewers like a confirmation link (double opt-in): it proves the \
            address belongs to the person who signed up and keeps typos and bots off the list.
            """,
        missingAnswer: .listAcquisition,
        triggeringExamples: [
            RuleExample("↓People join the newsletter through the form on our website.", mailType: .marketing),
            RuleExample("↓ニュースレターはサイトのフォームから登録できます。", mailType: .marketing),
        ],
        nonTriggeringExamples: [
            RuleExample("People join the newsletter and confirm through a confirmation link we email them.", mailType: .marketing),
            RuleExample("Receipts go to customers who place an order.", mailType: .transactional),
            RuleExample("ニュースレターは、確認メールのリンクをクリックした時点で本登録となります。", mailType: .marketing),
        ]
    )

    func findings(in document: PreparedDocument) -> [LintFinding] {
        guard document.mailType == .marketing, document.hasText else { return [] }
        let sections = document.sections(answering: .listAcquisition)
        guard !sections.contains(where: { !$0.matches(.doubleOptIn).isEmpty }) else { return [] }
        return [LintFinding(place: .document(field: .listAcquisition), message: LocalizedText(
            en: "no confirmation step is described for the marketing list; consider double opt-in (a confirmation link before the first mailing) and say you keep when and where each person consented",
            ja: "マーケティング用リストの確認手順が書かれていません。ダブルオプトイン(初回配信前の確認メールのリンク)を検討し、同意の日時と経路を記録していることを書いてください。"
        ))]
    }
}
