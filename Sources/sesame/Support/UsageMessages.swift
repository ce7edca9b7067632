import SesameCore

/// Options that do not go together, in the user's language: what `usageProblem()` answers for
/// `submit`, `status`, `reply` and `doctor` (exit 2).
enum UsageMessages {
    static let allRegionsOrRegion = LocalizedText(
        en: "--all-regions and --region exclude each other",
        ja: "--all-regions と --region は同時に指定できません")

    static let watchOptionsWithoutWatch = LocalizedText(
        en: "--interval and --timeout are used with --watch",
        ja: "--interval と --timeout は --watch と一緒に指定してください")

    static let watchWithAccounts = LocalizedText(
        en: "--watch follows the regions of one account; run it without --accounts",
        ja: "--watch は 1 つのアカウントのリージョンを追跡します。--accounts を付けずに実行してください")

    static func intervalTooShort(_ minimum: Int) -> LocalizedText {
        LocalizedText(en: "--interval must be at least \(minimum) second: SES allows one account read a second",
                      ja: "--interval は \(minimum) 秒以上にしてください。SES でアカウントを読めるのは 1 秒に 1 回までです")
    }

    static let timeoutNotPositive = LocalizedText(
        en: "--timeout must be a positive number of seconds",
        ja: "--timeout には正の秒数を指定してください")

    static let sendNeedsCase = LocalizedText(
        en: "--send needs --case ID: the number `sesame status` shows, or the case-… id",
        ja: "--send には --case ID が必要です。`sesame status` が表示する番号か、case-… の ID を指定してください")

    static let caseWithoutSend = LocalizedText(
        en: "--case is used with --send; without --send the reply is only printed",
        ja: "--case は --send と一緒に指定してください。--send がなければ返信は表示するだけです")

    static let dryRunWithAccounts = LocalizedText(
        en: "--dry-run signs without the network, so it cannot assume the roles of --accounts; run it for one account",
        ja: "--dry-run はネットワークを使わずに署名するため、--accounts のロールを引き受けられません。アカウントごとに実行してください")
}
