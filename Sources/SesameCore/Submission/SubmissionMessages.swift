/// The sentences of `submit` and `status`, in English and Japanese (public: the command line's
/// account table uses the status table's words).
public enum SubmissionMessages {
    /// ` (case 123)` after a sentence, or nothing without a case.
    static func caseSuffix(_ caseID: String?, in language: Language) -> String {
        guard let caseID else { return "" }
        return LocalizedText(en: " (case \(caseID))", ja: "(ケース \(caseID))").text(in: language)
    }

    /// `submit`'s line on standard error while a terminal watches: `  us-east-1: checking the account…`.
    public static func progress(_ step: LocalizedText, region: String, account: String?, in language: Language) -> String {
        "  \(account.map { "\($0) " } ?? "")\(SESRegions.label(region, in: language)): \(step.text(in: language))…\n"
    }

    /// The action word of a result line (`submitted`), in English the JSON's own value.
    public static func action(_ action: RegionOutcome.Action, in language: Language) -> String {
        switch action {
        case .pending: LocalizedText(en: action.rawValue, ja: "送信前").text(in: language)
        case .submitted: LocalizedText(en: action.rawValue, ja: "申請済み").text(in: language)
        case .skipped: LocalizedText(en: action.rawValue, ja: "スキップ").text(in: language)
        case .failed: LocalizedText(en: action.rawValue, ja: "失敗").text(in: language)
        }
    }

    public static let checkingAccount = LocalizedText(en: "checking the account", ja: "アカウントの状態を確認しています")
    public static let sendingRequest = LocalizedText(en: "sending PutAccountDetails", ja: "PutAccountDetails を送信しています")

    static let ready = LocalizedText(en: "ready", ja: "送信できます")
    static let productionAccessOn = LocalizedText(en: "production access is already on", ja: "本番アクセスはすでに有効です")

    static let regionNotEnabled = LocalizedText(
        en: "an opt-in region this account has not enabled; enable it (AWS Account settings, Regions) to submit here",
        ja: "このアカウントで有効にしていないオプトインリージョンです。ここで申請するには有効にしてください(AWS アカウントの設定の「リージョン」)")

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

    static let previewAccounts = LocalizedText(en: "  accounts and regions:", ja: "  アカウントとリージョン:")

    static func confirmAccounts(regions: Int, accounts: Int) -> LocalizedText {
        LocalizedText(en: "Submit in \(regions) \(regions == 1 ? "region" : "regions") of \(accounts) \(accounts == 1 ? "account" : "accounts")? [y/N] ",
                      ja: "\(accounts) 個のアカウントの \(regions) 個のリージョンに申請しますか？ [y/N] ")
    }
    // status's table: headings and the words in its cells (values from AWS stay as AWS sends them)
    public static let statusHeadings = [
        LocalizedText(en: "REGION", ja: "リージョン"), LocalizedText(en: "ACCESS", ja: "アクセス"),
        LocalizedText(en: "SENDING", ja: "送信"), LocalizedText(en: "QUOTA/24H", ja: "送信クォータ(24 時間)"),
        LocalizedText(en: "RATE/S", ja: "最大送信レート(毎秒)"), LocalizedText(en: "SENT/24H", ja: "送信数(24 時間)"),
        LocalizedText(en: "ENFORCEMENT", ja: "適用ステータス"), LocalizedText(en: "REVIEW", ja: "審査"),
    ]
    public static let production = LocalizedText(en: "production", ja: "本番")
    public static let sandbox = LocalizedText(en: "sandbox", ja: "サンドボックス")
    public static let sendingEnabled = LocalizedText(en: "enabled", ja: "有効")
    public static let sendingPaused = LocalizedText(en: "PAUSED", ja: "停止中")
    public static let readFailed = LocalizedText(en: "error", ja: "エラー")
    public static let seeBelow = LocalizedText(en: "see below", ja: "下記を参照")
    public static let unlimited = LocalizedText(en: "unlimited", ja: "上限なし")
    public static let notEnabled = LocalizedText(en: "not enabled", ja: "未有効化")
    public static let optInRegion = LocalizedText(en: "opt-in region", ja: "オプトインリージョン")
}
