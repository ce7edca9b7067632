/// The sentences of `submit` and `status`, in English and Japanese.
enum SubmissionMessages {
    /// ` (case 123)` after a sentence, or nothing without a case.
    static func caseSuffix(_ caseID: String?, in language: Language) -> String {
        guard let caseID else { return "" }
        return LocalizedText(en: " (case \(caseID))", ja: "(ケース \(caseID))").text(in: language)
    }

    static let ready = LocalizedText(en: "ready", ja: "送信できます")
    static let productionAccessOn = LocalizedText(en: "production access is already on", ja: "本番アクセスはすでに有効です")

    static func reviewPending(_ caseSuffix: String) -> LocalizedText {
        LocalizedText(en: "a review is already pending\(caseSuffix); --force resubmits",
                      ja: "審査はすでに進行中です\(caseSuffix)。--force で再送信します")
    }

    static func reviewClosed(_ status: String, _ caseSuffix: String) -> LocalizedText {
        LocalizedText(
            en: "the last review was \(status)\(caseSuffix); reply on that support case in the Support Center with what changed (`sesame lint` helps), and AWS reopens the review there; --force sends a new request anyway and reports AWS's answer",
            ja: "前回の審査結果は \(status) です\(caseSuffix)。Support Center でそのサポートケースに変更点を返信してください(`sesame lint` が役立ちます)。AWS はそこで審査を再開します。--force を付けると新しい申請を送り、AWS の応答をそのまま表示します")
    }

    static let resubmittingAfterFailure = LocalizedText(
        en: "the last review FAILED (AWS did not receive it); submitting again",
        ja: "前回の審査は FAILED でした(AWS が申請を受け取れていません)。もう一度申請します")

    static let requested = LocalizedText(en: "production access requested", ja: "本番アクセスを申請しました")

    static func requestedReviewUnreadable(_ reason: String) -> LocalizedText {
        LocalizedText(en: "production access requested; its review status could not be read (\(reason)), `sesame status` shows it",
                      ja: "本番アクセスを申請しましたが、審査の状態を読めませんでした(\(reason))。`sesame status` で確認できます")
    }

    static let retryMetOpenedReview = LocalizedText(
        en: "production access requested (a retry met the review the first attempt opened)",
        ja: "本番アクセスを申請しました(再試行が、最初の試行で始まった審査に行き当たりました)")

    static func conflict(_ message: String) -> LocalizedText {
        LocalizedText(
            en: "AWS refused a new request (ConflictException: \(message)); a review is under way or was denied — follow up on its support case",
            ja: "AWS は新しい申請を拒否しました(ConflictException: \(message))。審査が進行中か、却下されています。そのサポートケースで対応してください")
    }

    static func caseOpened(_ caseID: String) -> LocalizedText {
        LocalizedText(
            en: "AWS Support case \(caseID) opened: a general technical case, since the Support API cannot file the SES sending-limit request the console files; it has no SES review status, so follow it in the Support Center",
            ja: "AWS サポートケース \(caseID) を作成しました。Support API ではコンソールのような SES の送信制限の引き上げリクエストを作成できないため、一般的な技術サポートのケースです。SES の審査状態はないので、サポートセンターで経過を確認してください")
    }

    static let noSupportPlan = LocalizedText(
        en: "AWS Support's API is only open to accounts with a Business, Enterprise On-Ramp or Enterprise support plan, and this account has none; submit through SES instead (`--via ses`, the default) or open the case in the Support Center",
        ja: "AWS Support の API は Business、Enterprise On-Ramp、Enterprise のいずれかのサポートプランを持つアカウントでのみ使えますが、このアカウントにはありません。SES から申請する(`--via ses`、既定)か、Support Center でケースを作成してください")

    static func reviewAfterSubmission(_ status: String, _ caseID: String?) -> LocalizedText {
        guard let caseID else { return LocalizedText(en: "; review \(status)", ja: "。審査 \(status)") }
        return LocalizedText(en: "; review \(status), case \(caseID)", ja: "。審査 \(status)、ケース \(caseID)")
    }

    static let unknownStatus = LocalizedText(en: "unknown", ja: "不明")

    static func preview(via channel: String) -> LocalizedText {
        LocalizedText(en: "About to request production access (\(channel)):", ja: "本番アクセスを申請します(\(channel)):")
    }

    static let throughSES = LocalizedText(en: "SES PutAccountDetails", ja: "SES の PutAccountDetails")
    static let throughSupport = LocalizedText(en: "AWS Support case", ja: "AWS サポートケース")

    static func previewRegions(_ list: String) -> LocalizedText {
        LocalizedText(en: "  regions: \(list)", ja: "  リージョン: \(list)")
    }

    static func previewMailType(_ value: String) -> LocalizedText {
        LocalizedText(en: "  mail type: \(value)", ja: "  メールの種類: \(value)")
    }

    static func previewWebsite(_ value: String) -> LocalizedText {
        LocalizedText(en: "  website: \(value)", ja: "  ウェブサイト: \(value)")
    }

    static func previewContactLanguage(_ value: String) -> LocalizedText {
        LocalizedText(en: "  contact language: \(value)", ja: "  連絡の言語: \(value)")
    }

    static func previewAdditionalContacts(_ list: String) -> LocalizedText {
        LocalizedText(en: "  additional contacts: \(list)", ja: "  追加の連絡先: \(list)")
    }

    static func previewDescription(_ count: Int) -> LocalizedText {
        LocalizedText(en: "  use-case description (\(count) characters):", ja: "  ユースケースの説明(\(count) 文字):")
    }

    static func confirm(_ list: String) -> LocalizedText {
        LocalizedText(en: "Submit to \(list)? [y/N] ", ja: "\(list) に申請しますか？ [y/N] ")
    }
}
