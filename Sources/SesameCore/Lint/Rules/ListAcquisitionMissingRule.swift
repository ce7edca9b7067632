// MARK: list-acquisition-missing

struct ListAcquisitionMissingRule: LintRule {
    static let description = RuleDescription(
        id: "list-acquisition-missing", topic: .listAcquisition, defaultSeverity: .error, languages: [.en, .ja],
        summary: LocalizedText(
            en: "The text never says how addresses are collected or how consent is given.",
            ja: "アドレスの集め方と同意の取り方が書かれていません。"),
        rationale: """
            "How do you build or acquire your list?" is the first of the four questions AWS asks. \
            Without a credible answer (sign-up, checkout, account creation, an invitation; consent \
            taken with an unticked box or a confirmation link) the request is usually denied.
            """,
        missingAnswer: .listAcquisition,
        triggeringExamples: [
            RuleExample("↓We will send our newsletter to everyone on our mailing list."),
            RuleExample("↓当社のメールリストに掲載されている方に送信します。"),
        ],
        nonTriggeringExamples: [
            RuleExample("Subscribers are added only after clicking the confirmation link; we store when and where."),
            RuleExample("Receipts go to customers who place an order in our shop."),
            RuleExample("申し込み後の確認メールで本登録した方だけに送り、同意の記録を残しています。"),
        ]
    )

    func findings(in document: PreparedDocument) -> [LintFinding] {
        guard document.hasText else { return [] }
        let sections = document.sections(answering: .listAcquisition)
        let answered = sections.contains { section in
            // "consent is not required" is not an answer.
            let claims = section.matches(.consentNotRequired)
            let sources = section.matches(.consentSource).filter { m in !claims.contains { $0.start <= m.start && m.end <= $0.end } }
            // "Customers give their email when they book", "each business enters its customers'
            // addresses": an act that hands over the address is a source too.
            return sources.contains { !$0.negated } || section.matches(.doubleOptIn).contains { !$0.negated }
                || section.matches(.relationshipAct).contains { act in
                    Polarity.affirmed.accepts(act) && section.matches(.purchasedList, inSentence: act.sentence).isEmpty
                }
        }
        guard !answered else { return [] }
        return [LintFinding(place: .document(field: .listAcquisition), message: LocalizedText(
            en: "the text does not say how addresses are collected or how people consent; say where addresses come from (sign-up form, checkout, account creation) and how consent is given (an unticked box, a confirmation link)",
            ja: "メールアドレスの取得方法と同意の取り方が書かれていません。どこで登録されるか(会員登録・注文時・申し込みフォーム)と、同意の方法(未チェックのチェックボックス、確認メールのリンク)を書いてください。"
        ))]
    }
}
