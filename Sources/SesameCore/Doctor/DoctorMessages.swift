/// What `doctor` says, in English and Japanese, in one place: every sentence a
/// `LocalizedText` entry, given in the report's language.
struct DoctorMessages {
    let language: Language
    let profilePath: String

    /// The text report's first line.
    static func heading(_ region: String) -> LocalizedText {
        LocalizedText(en: "Region \(region)", ja: "リージョン \(region)")
    }
    private func list(_ items: [String]) -> String { language.list(items) }
    /// Sentences one after another: a space between them in English, none in Japanese.
    func sentences(_ parts: [String?]) -> String { parts.compactMap { $0 }.joined(separator: language == .ja ? "" : " ") }
    /// `text` in the report's language.
    private func say(_ text: LocalizedText) -> String { text.text(in: language) }

    // sandbox
    var production: String {
        say(LocalizedText(en: "Production access is on: mail can go to any recipient.",
                          ja: "本番アクセスが有効です。検証していない宛先にも送信できます。"))
    }
    var inSandbox: String {
        say(LocalizedText(
            en: "This region is in the SES sandbox: mail goes only to verified addresses and domains (or the mailbox simulator), at most 200 messages per 24 hours and 1 per second.",
            ja: "このリージョンは SES のサンドボックスにあります。送信先は検証済みのアドレスとドメイン（またはメールボックスシミュレーター）に限られ、24 時間で 200 通、毎秒 1 通までです。"))
    }
    var leaveSandbox: String {
        say(LocalizedText(en: "Request production access: write a profile with `sesame init`, then `sesame submit \(profilePath)`.",
                          ja: "本番アクセスを申請してください。`sesame init` でプロファイルを作成し、`sesame submit \(profilePath)` を実行します。"))
    }

    // sending-enabled
    var sendingOn: String {
        say(LocalizedText(en: "Sending is enabled and the account is in good standing (HEALTHY).",
                          ja: "送信は有効で、アカウントの状態は正常（HEALTHY）です。"))
    }
    func sendingPaused(_ status: String) -> String {
        say(LocalizedText(en: "Sending is paused in this region (enforcement status \(status)): SES rejects every message.",
                          ja: "このリージョンでは送信が停止されています（状態: \(status)）。SES はすべての送信を拒否します。"))
    }
    var sendingPausedFix: String {
        say(LocalizedText(
            en: "Read AWS's notice (the account's email and the AWS Health Dashboard) and answer it on the support case with what caused it and what you changed.",
            ja: "AWS からの通知（アカウントのメールアドレス宛てのメールと AWS Health Dashboard）を読み、原因と講じた対策をサポートケースで回答してください。"))
    }
    func enforcement(_ status: String) -> String {
        say(LocalizedText(en: "The account's enforcement status is \(status): bounce or complaint rates are high enough that AWS may pause sending.",
                          ja: "アカウントの状態が \(status) です。バウンス率または苦情率が高く、AWS が送信を停止するおそれがあります。"))
    }
    var probationFix: String {
        say(LocalizedText(en: "Stop mailing the addresses that bounced or complained, and clean the list before the review period ends.",
                          ja: "バウンスや苦情のあった宛先への送信をやめ、審査期間が終わる前にリストを整理してください。"))
    }

    // review
    func reviewGranted(_ caseID: String) -> String {
        say(LocalizedText(en: "The production-access request was granted (case \(caseID)).",
                          ja: "本番アクセスの申請は承認されています（ケース \(caseID)）。"))
    }
    func reviewPending(_ caseID: String) -> String {
        say(LocalizedText(en: "The production-access request is under review (case \(caseID)); AWS usually answers within a business day.",
                          ja: "本番アクセスの申請は審査中です（ケース \(caseID)）。通常は 1 営業日ほどで回答があります。"))
    }
    var reviewPendingFix: String {
        say(LocalizedText(en: "Watch the case in the Support Center and answer any follow-up question; `sesame status` shows the review.",
                          ja: "サポートセンターでケースを確認し、追加の質問があれば回答してください。審査の状況は `sesame status` で確認できます。"))
    }
    func reviewDenied(_ caseID: String) -> String {
        say(LocalizedText(en: "The production-access request was denied (case \(caseID)); the review continues on that support case.",
                          ja: "本番アクセスの申請は却下されました（ケース \(caseID)）。審査はそのサポートケースで続きます。"))
    }
    func reviewFailed(_ caseID: String) -> String {
        say(LocalizedText(en: "The last request FAILED (case \(caseID)): an internal error at AWS, and the request was not received.",
                          ja: "前回の申請は FAILED でした（ケース \(caseID)）。AWS 側の内部エラーで、申請は受け付けられていません。"))
    }
    var reviewFailedFix: String {
        say(LocalizedText(en: "Submit it again: `sesame submit \(profilePath)`.",
                          ja: "もう一度申請してください（`sesame submit \(profilePath)`）。"))
    }
    var reviewGrantedNext: String {
        say(LocalizedText(en: "Next is deliverability: DKIM, where bounces and complaints go, and the suppression list (the other checks here).",
                          ja: "次は到達率です。DKIM、バウンスと苦情の通知先、サプレッションリストを確認してください（このレポートの他の項目）。"))
    }
    func reviewDeniedFix(_ caseID: String) -> String {
        say(LocalizedText(
            en: "Reply on support case \(caseID) with concrete answers on list building, bounces, complaints and opt-out (`sesame lint \(profilePath)` checks them).",
            ja: "サポートケース \(caseID) に返信し、リストの作り方と、バウンス・苦情・配信停止への対応を具体的に説明してください（`sesame lint \(profilePath)` で確認できます）。"))
    }
    func reviewOther(_ status: String, _ caseID: String) -> String {
        say(LocalizedText(en: "Review status \(status) (case \(caseID)).", ja: "審査の状態は \(status) です（ケース \(caseID)）。"))
    }
    var reviewNotNeeded: String {
        say(LocalizedText(en: "Production access is on; no review is needed.", ja: "本番アクセスが有効なため、審査は不要です。"))
    }
    var reviewNone: String {
        say(LocalizedText(en: "No production-access request has been made in this region.",
                          ja: "このリージョンでは、本番アクセスをまだ申請していません。"))
    }

    // identities
    var noIdentities: String {
        say(LocalizedText(en: "There are no identities (addresses or domains): nothing can be sent.",
                          ja: "ID（アドレスまたはドメイン）がありません。どこにも送信できません。"))
    }
    var verifyIdentityFix: String {
        say(LocalizedText(
            en: "Create your sending domain as an identity and publish its DKIM CNAME records (`aws sesv2 create-email-identity --email-identity example.com`).",
            ja: "送信元ドメインを ID として作成し、DKIM の CNAME レコードを DNS に登録してください（`aws sesv2 create-email-identity --email-identity example.com`）。"))
    }
    func noneVerified(_ names: String) -> String {
        say(LocalizedText(en: "No identity is verified yet: \(names).", ja: "検証が完了した ID はまだありません: \(names)。"))
    }
    func someUnverified(_ count: Int, _ names: String) -> String {
        say(LocalizedText(
            en: "\(count) \(count == 1 ? "identity is" : "identities are") verified; \(names.contains(", ") ? "these are" : "this one is") not: \(names).",
            ja: "\(count) 件の ID は検証済みですが、次の ID は検証が完了していません: \(names)。"))
    }
    var unverifiedFix: String {
        say(LocalizedText(en: "Click the link in the verification email for addresses; check the DNS records for domains; recreate the ones that FAILED.",
                          ja: "アドレスは確認メールのリンクを開き、ドメインは DNS レコードを確認してください。FAILED のものは作り直してください。"))
    }
    func allVerified(_ count: Int) -> String {
        count == 1
            ? say(LocalizedText(en: "The only identity is verified.", ja: "ID は 1 件で、検証済みです。"))
            : say(LocalizedText(en: "All \(count) identities are verified.", ja: "\(count) 件の ID はすべて検証済みです。"))
    }

    // dkim
    var noDomain: String {
        say(LocalizedText(en: "There is no domain identity, so mail is not DKIM-signed with your domain.",
                          ja: "ドメインの ID がないため、メールは自分のドメインで DKIM 署名されていません。"))
    }
    var noDomainFix: String {
        say(LocalizedText(en: "Verify your sending domain with Easy DKIM; reviewers and mailbox providers look for a verified, DKIM-signed domain.",
                          ja: "送信元ドメインを Easy DKIM で検証してください。審査担当者もメールボックスプロバイダーも、検証済みで DKIM 署名されたドメインを重視します。"))
    }
    var signingOff: String { say(LocalizedText(en: "signing turned off", ja: "署名が無効")) }
    /// A domain and how its DKIM stands, in a list.
    func dkimDetail(_ name: String, _ state: String) -> String {
        say(LocalizedText(en: name + " (" + state + ")", ja: "\(name)（\(state)）"))
    }
    func dkimOK(_ names: [String]) -> String {
        say(LocalizedText(en: "DKIM is set up and signing: \(list(names)).", ja: "DKIM は設定済みで、署名しています: \(list(names))。"))
    }
    func dkimProblems(_ details: [String]) -> String {
        say(LocalizedText(en: "DKIM is not working for: \(list(details)).", ja: "次のドメインで DKIM が機能していません: \(list(details))。"))
    }
    func dkimUnreadable(_ names: [String], _ problem: String) -> String {
        say(LocalizedText(en: "Could not read the DKIM settings of \(list(names)) (\(problem)).",
                          ja: "次のドメインの DKIM 設定を読み取れませんでした: \(list(names))（\(problem)）。"))
    }
    var runAgainFix: String {
        say(LocalizedText(en: "Run `sesame doctor` again in a while.", ja: "しばらくしてから `sesame doctor` をもう一度実行してください。"))
    }
    var dkimFix: String {
        say(LocalizedText(
            en: "Publish the three DKIM CNAME records SES gives for the domain and check them (`aws sesv2 get-email-identity --email-identity DOMAIN`).",
            ja: "SES がドメインに示す 3 つの DKIM CNAME レコードを DNS に登録し、確認してください（`aws sesv2 get-email-identity --email-identity DOMAIN`）。"))
    }

    // suppression-list
    var suppressionOn: String {
        say(LocalizedText(en: "The account-level suppression list is on for bounces and complaints.",
                          ja: "アカウントレベルのサプレッションリストは、バウンスと苦情の両方で有効です。"))
    }
    func suppressionMissing(_ missing: [String]) -> String {
        say(LocalizedText(en: "The account-level suppression list is off for \(list(missing)).",
                          ja: "アカウントレベルのサプレッションリストが \(list(missing)) で無効です。"))
    }
    func autoValidation(_ enabled: Bool, threshold: String?) -> String {
        guard enabled else { return say(LocalizedText(en: "Auto Validation is off.", ja: "自動検証（Auto Validation）は無効です。")) }
        guard let threshold else {
            return say(LocalizedText(en: "Auto Validation is on: SES suppresses mail to addresses it judges invalid.",
                                     ja: "自動検証（Auto Validation）が有効で、SES が無効と判定したアドレスへの送信を抑制します。"))
        }
        return say(LocalizedText(en: "Auto Validation is on: SES suppresses mail to addresses it judges invalid with \(threshold) confidence or more.",
                                 ja: "自動検証（Auto Validation）が有効で、SES が信頼度 \(threshold) 以上で無効と判定したアドレスへの送信を抑制します。"))
    }
    var suppressionFix: String {
        say(LocalizedText(en: "Turn it on: `aws sesv2 put-account-suppression-attributes --suppressed-reasons BOUNCE COMPLAINT`.",
                          ja: "`aws sesv2 put-account-suppression-attributes --suppressed-reasons BOUNCE COMPLAINT` で有効にしてください。"))
    }

    // notifications
    func notificationsRouted(_ routes: [String]) -> String {
        say(LocalizedText(en: "Bounce and complaint events are sent to \(list(routes)).",
                          ja: "バウンスと苦情のイベントは次に送られています: \(list(routes))。"))
    }
    func feedbackForwarding(_ names: [String]) -> String {
        say(LocalizedText(en: "Bounces and complaints are forwarded by email for \(list(names)).",
                          ja: "バウンスと苦情はメールで転送されます（\(list(names))）。"))
    }
    var notificationsBetter: String {
        say(LocalizedText(en: "To act on them automatically, add a configuration-set event destination (SNS or EventBridge).",
                          ja: "自動で処理するには、設定セットにイベント送信先（SNS または EventBridge）を追加してください。"))
    }
    var noNotifications: String {
        say(LocalizedText(
            en: "Bounce and complaint notifications go nowhere: no event destination receives them and feedback forwarding is off.",
            ja: "バウンスと苦情の通知がどこにも届きません。受け取るイベント送信先がなく、フィードバック転送も無効です。"))
    }
    func notificationsUnknown(_ unread: [String]) -> String {
        say(LocalizedText(en: "Could not check where bounce and complaint notifications go; these could not be read: \(list(unread)).",
                          ja: "バウンスと苦情の通知先を確認しきれませんでした。読み取れなかったもの: \(list(unread))。"))
    }
    var notificationsFix: String {
        say(LocalizedText(
            en: "Add an event destination for BOUNCE and COMPLAINT events (SNS, EventBridge) to a configuration set you send with; reviewers ask for it.",
            ja: "送信に使う設定セットに、BOUNCE と COMPLAINT のイベント送信先（SNS、EventBridge）を追加してください。審査でも確認されます。"))
    }

    func setsUnreadable(_ problem: String) -> String {
        say(LocalizedText(en: "the list of configuration sets (\(problem))", ja: "設定セットの一覧（\(problem)）"))
    }
    func setUnreadable(_ name: String, _ problem: String) -> String {
        say(LocalizedText(en: "the event destinations of configuration set \(name) (\(problem))", ja: "設定セット \(name) のイベント送信先（\(problem)）"))
    }
    func identityUnreadable(_ name: String, _ problem: String) -> String {
        say(LocalizedText(en: "the feedback forwarding of \(name) (\(problem))", ja: "\(name) のフィードバック転送の設定（\(problem)）"))
    }

    // quota
    func quotaNumbers(used: Double, limit: Double, rate: Double) -> String {
        let rateText = rate.isFinite && rate == rate.rounded() && abs(rate) < 1e15 ? String(Int(rate)) : String(rate)
        let sent = language.format(count: used)
        if limit < 0 {  // SES reports an unlimited daily quota as -1
            return say(LocalizedText(en: "Sent \(sent) messages in the last 24 hours (no daily limit); maximum rate \(rateText) per second.",
                                     ja: "過去 24 時間の送信数は \(sent) 通（1 日の上限なし）、最大送信レートは毎秒 \(rateText) 通です。"))
        }
        let quota = language.format(count: limit)
        return say(LocalizedText(en: "Sent \(sent) of \(quota) messages in the last 24 hours; maximum rate \(rateText) per second.",
                                 ja: "過去 24 時間の送信数は \(sent) / \(quota) 通、最大送信レートは毎秒 \(rateText) 通です。"))
    }
    func quotaExhausted(_ numbers: String) -> String {
        say(LocalizedText(en: "The 24-hour quota is used up. \(numbers)", ja: "24 時間の送信上限に達しています。\(numbers)"))
    }
    func quotaNear(_ numbers: String) -> String {
        say(LocalizedText(en: "Close to the 24-hour quota. \(numbers)", ja: "24 時間の送信上限に近づいています。\(numbers)"))
    }
    func quotaFix(_ production: Bool) -> String {
        production
            ? say(LocalizedText(en: "Ask for a higher quota through Service Quotas.", ja: "Service Quotas で送信上限の引き上げを申請してください。"))
            : say(LocalizedText(en: "Production access raises the quota: `sesame submit \(profilePath)`.",
                                ja: "本番アクセスが認められると上限が引き上げられます（`sesame submit \(profilePath)`）。"))
    }

    // recipient
    func recipientProduction(_ address: String) -> String {
        say(LocalizedText(en: "Production access is on: mail to \(address) is accepted.", ja: "本番アクセスが有効なため、\(address) に送信できます。"))
    }
    func recipientVerified(_ address: String, _ identity: String) -> String {
        say(LocalizedText(en: "\(address) is covered by the verified identity \(identity): the sandbox accepts mail to it.",
                          ja: "\(address) は検証済みの ID \(identity) に含まれるため、サンドボックスでも送信できます。"))
    }
    func recipientPending(_ address: String, _ identity: String, _ status: String) -> String {
        say(LocalizedText(en: "\(address) is covered by \(identity), which is not verified (\(status)): the sandbox rejects mail to it.",
                          ja: "\(address) を含む ID \(identity) は検証が完了していません（\(status)）。サンドボックスでは送信が拒否されます。"))
    }
    func recipientUnverified(_ address: String) -> String {
        say(LocalizedText(en: "Neither \(address) nor its domain is a verified identity: in the sandbox, mail to it is rejected (MessageRejected).",
                          ja: "\(address) もそのドメインも検証済みの ID ではありません。サンドボックスでは送信が拒否されます（MessageRejected）。"))
    }
    func recipientFix(_ address: String) -> String {
        say(LocalizedText(
            en: "To test, verify it (`aws sesv2 create-email-identity --email-identity \(address)`) or send to the mailbox simulator (success@\(Doctor.simulatorDomain) and others); to mail real recipients, request production access (`sesame submit \(profilePath)`).",
            ja: "テストなら宛先を検証するか（`aws sesv2 create-email-identity --email-identity \(address)`）、メールボックスシミュレーター（success@\(Doctor.simulatorDomain) など）に送ってください。実際の宛先に送るには、本番アクセスを申請してください（`sesame submit \(profilePath)`）。"))
    }
    func recipientSimulator(_ address: String) -> String {
        say(LocalizedText(
            en: "\(address) is the SES mailbox simulator: the sandbox always accepts it and it does not count against the quota, so it suits tests.",
            ja: "\(address) は SES のメールボックスシミュレーターです。サンドボックスでも常に送信でき、送信上限にも数えられないため、テストに使えます。"))
    }
    func recipientSuppressed(_ address: String, reason: String, since: Date?) -> String {
        let why = reason.uppercased() == "COMPLAINT"
            ? say(LocalizedText(en: "a complaint", ja: "苦情")) : say(LocalizedText(en: "a bounce", ja: "バウンス"))
        guard let day = since?.formatted(.iso8601.year().month().day()) else {
            return say(LocalizedText(en: "\(address) is on the account-level suppression list after \(why): SES drops mail to it without delivering.",
                                     ja: "\(address) はアカウントレベルのサプレッションリストに載っています（理由: \(why)）。SES はこの宛先へのメールを配信せずに破棄します。"))
        }
        return say(LocalizedText(
            en: "\(address) is on the account-level suppression list after \(why) (since \(day)): SES drops mail to it without delivering.",
            ja: "\(address) はアカウントレベルのサプレッションリストに載っています（理由: \(why)、\(day) から）。SES はこの宛先へのメールを配信せずに破棄します。"))
    }
    func recipientSuppressedFix(_ address: String, region: String) -> String {
        say(LocalizedText(
            en: "Make sure the address can receive mail again, then remove it: `aws sesv2 delete-suppressed-destination --email-address \(address) --region \(region)`.",
            ja: "宛先が再びメールを受信できることを確かめてから、リストから外してください（`aws sesv2 delete-suppressed-destination --email-address \(address) --region \(region)`）。"))
    }
    func recipientSuppressionUnknown(_ address: String, _ problem: String) -> String {
        say(LocalizedText(en: "Could not read whether \(address) is on the suppression list (\(problem)).",
                          ja: "\(address) がサプレッションリストに載っているか確認できませんでした（\(problem)）。"))
    }

    // sender
    func senderUnverified(_ address: String) -> String {
        say(LocalizedText(en: "The sender \(address) is not covered by a verified identity: SES rejects mail from it.",
                          ja: "送信元 \(address) もそのドメインも検証済みの ID ではありません。SES は送信を拒否します。"))
    }
    func senderFix(_ address: String) -> String {
        say(LocalizedText(en: "Verify the sender's domain (preferred) or the address itself as an identity.",
                          ja: "送信元のドメイン（推奨）またはアドレスそのものを ID として検証してください。"))
    }
    func senderNotSigned(_ address: String, _ identity: String) -> String {
        say(LocalizedText(en: "The sender \(address) is verified (\(identity)) but its mail is not DKIM-signed with its domain.",
                          ja: "送信元 \(address) は検証済み（\(identity)）ですが、メールがそのドメインで DKIM 署名されていません。"))
    }
    func senderDKIMUnreadable(_ address: String, _ domain: String, _ problem: String) -> String {
        say(LocalizedText(en: "\(address) is verified, but the DKIM settings of \(domain) could not be read (\(problem)).",
                          ja: "\(address) は検証済みですが、\(domain) の DKIM 設定を読み取れませんでした（\(problem)）。"))
    }
    func senderOK(_ address: String, _ domain: String) -> String {
        say(LocalizedText(en: "The sender \(address) is verified and DKIM-signed with \(domain).",
                          ja: "送信元 \(address) は検証済みで、\(domain) の DKIM で署名されます。"))
    }
}
