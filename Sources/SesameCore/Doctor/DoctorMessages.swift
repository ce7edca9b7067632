/// What `doctor` says, in English and Japanese, in one place.
struct DoctorMessages {
    let language: Language
    let profilePath: String

    private var ja: Bool { language == .ja }
    private func list(_ items: [String]) -> String { language.list(items) }
    /// Sentences one after another: a space between them in English, none in Japanese.
    func sentences(_ parts: [String?]) -> String { parts.compactMap { $0 }.joined(separator: ja ? "" : " ") }

    // sandbox
    var production: String { ja ? "本番アクセスが有効です。検証していない宛先にも送信できます。" : "Production access is on: mail can go to any recipient." }
    var inSandbox: String {
        ja ? "このリージョンはサンドボックスです。送信先は検証済みのアドレスとドメイン(またはメールボックスシミュレーター)に限られ、24時間で200通、毎秒1通までです。"
           : "This region is in the SES sandbox: mail goes only to verified addresses and domains (or the mailbox simulator), at most 200 messages per 24 hours and 1 per second."
    }
    var leaveSandbox: String {
        ja ? "本番アクセスを申請してください: `sesame init` でプロファイルを作成し、`sesame submit \(profilePath)`。"
           : "Request production access: write a profile with `sesame init`, then `sesame submit \(profilePath)`."
    }

    // sending-enabled
    var sendingOn: String { ja ? "送信は有効で、アカウントの状態は正常(HEALTHY)です。" : "Sending is enabled and the account is in good standing (HEALTHY)." }
    func sendingPaused(_ status: String) -> String {
        ja ? "このリージョンでは送信が停止されています(状態: \(status))。SES はすべての送信を拒否します。"
           : "Sending is paused in this region (enforcement status \(status)): SES rejects every message."
    }
    var sendingPausedFix: String {
        ja ? "AWS からの通知(アカウントのメールアドレスと AWS Health Dashboard)を確認し、サポートケースで原因と対策を回答してください。"
           : "Read AWS's notice (the account's email and the AWS Health Dashboard) and answer it on the support case with what caused it and what you changed."
    }
    func enforcement(_ status: String) -> String {
        ja ? "アカウントの状態が \(status) です。バウンス率や苦情率が高いと送信が停止される可能性があります。"
           : "The account's enforcement status is \(status): bounce or complaint rates are high enough that AWS may pause sending."
    }
    var probationFix: String {
        ja ? "バウンスと苦情の原因となった宛先を止め、リストを見直してください。" : "Stop mailing the addresses that bounced or complained, and clean the list before the review period ends."
    }

    // review
    func reviewGranted(_ caseID: String) -> String { ja ? "本番アクセスの申請は承認されています(ケース \(caseID))。" : "The production-access request was granted (case \(caseID))." }
    func reviewPending(_ caseID: String) -> String {
        ja ? "本番アクセスの申請は審査中です(ケース \(caseID))。通常は1営業日ほどで回答があります。"
           : "The production-access request is under review (case \(caseID)); AWS usually answers within a business day."
    }
    var reviewPendingFix: String {
        ja ? "サポートセンターのケースを確認し、追加の質問があれば回答してください。`sesame status` で状況を確認できます。"
           : "Watch the case in the Support Center and answer any follow-up question; `sesame status` shows the review."
    }
    func reviewDenied(_ caseID: String) -> String {
        ja ? "本番アクセスの申請は却下されました(ケース \(caseID))。審査はそのサポートケースで続きます。"
           : "The production-access request was denied (case \(caseID)); the review continues on that support case."
    }
    func reviewFailed(_ caseID: String) -> String {
        ja ? "前回の申請は FAILED でした(ケース \(caseID)): AWS 側の内部エラーで申請が受け付けられていません。"
           : "The last request FAILED (case \(caseID)): an internal error at AWS, and the request was not received."
    }
    var reviewFailedFix: String {
        ja ? "もう一度申請してください: `sesame submit \(profilePath)`。" : "Submit it again: `sesame submit \(profilePath)`."
    }
    var reviewGrantedNext: String {
        ja ? "次は到達率です: DKIM、バウンスと苦情の通知先、送信抑制リストを確認してください(このレポートの他の項目)。"
           : "Next is deliverability: DKIM, where bounces and complaints go, and the suppression list (the other checks here)."
    }
    func reviewDeniedFix(_ caseID: String) -> String {
        ja ? "サポートセンターのケース \(caseID) に返信し、リストの作り方、バウンス・苦情・配信停止への対応を具体的に説明してください(`sesame lint \(profilePath)` で確認できます)。"
           : "Reply on support case \(caseID) with concrete answers on list building, bounces, complaints and opt-out (`sesame lint \(profilePath)` checks them)."
    }
    func reviewOther(_ status: String, _ caseID: String) -> String { ja ? "審査の状態: \(status)(ケース \(caseID))。" : "Review status \(status) (case \(caseID))." }
    var reviewNotNeeded: String { ja ? "本番アクセスが有効なため、審査は不要です。" : "Production access is on; no review is needed." }
    var reviewNone: String { ja ? "本番アクセスの申請はまだ行われていません。" : "No production-access request has been made in this region." }

    // identities
    var noIdentities: String { ja ? "検証済みの ID(アドレスまたはドメイン)がありません。どこにも送信できません。" : "There are no identities (addresses or domains): nothing can be sent." }
    var verifyIdentityFix: String {
        ja ? "送信元ドメインを SES で ID として作成し、DNS に DKIM の CNAME レコードを登録してください(`aws sesv2 create-email-identity --email-identity example.com`)。"
           : "Create your sending domain as an identity and publish its DKIM CNAME records (`aws sesv2 create-email-identity --email-identity example.com`)."
    }
    func noneVerified(_ names: String) -> String { ja ? "検証が完了した ID がありません: \(names)。" : "No identity is verified yet: \(names)." }
    func someUnverified(_ count: Int, _ names: String) -> String {
        ja ? "\(count) 件の ID は検証済みですが、未完了のものがあります: \(names)。"
           : "\(count) \(count == 1 ? "identity is" : "identities are") verified; \(names.contains(", ") ? "these are" : "this one is") not: \(names)."
    }
    var unverifiedFix: String {
        ja ? "アドレスは確認メールのリンクを開き、ドメインは DNS レコードを確認してください。失敗したものは作り直してください。"
           : "Click the link in the verification email for addresses; check the DNS records for domains; recreate the ones that FAILED."
    }
    func allVerified(_ count: Int) -> String {
        ja ? "\(count) 件の ID はすべて検証済みです。" : count == 1 ? "The only identity is verified." : "All \(count) identities are verified."
    }

    // dkim
    var noDomain: String { ja ? "ドメインの ID がないため、DKIM で署名されていません。" : "There is no domain identity, so mail is not DKIM-signed with your domain." }
    var noDomainFix: String {
        ja ? "送信元ドメインを ID として検証し、Easy DKIM を有効にしてください。審査では検証済みドメインと DKIM が重視されます。"
           : "Verify your sending domain with Easy DKIM; reviewers and mailbox providers look for a verified, DKIM-signed domain."
    }
    var signingOff: String { ja ? "署名が無効" : "signing turned off" }
    func dkimOK(_ names: [String]) -> String { ja ? "DKIM は有効です: \(list(names))。" : "DKIM is set up and signing: \(list(names))." }
    func dkimProblems(_ details: [String]) -> String { ja ? "DKIM が完了していないドメインがあります: \(list(details))。" : "DKIM is not working for: \(list(details))." }
    func dkimUnreadable(_ names: [String], _ problem: String) -> String {
        ja ? "次のドメインの DKIM 設定を読み取れませんでした: \(list(names))(\(problem))。"
           : "Could not read the DKIM settings of \(list(names)) (\(problem))."
    }
    var runAgainFix: String {
        ja ? "しばらくしてから `sesame doctor` をもう一度実行してください。" : "Run `sesame doctor` again in a while."
    }
    var dkimFix: String {
        ja ? "ドメインの DNS に SES の3つの DKIM CNAME レコードが正しく登録されているか確認してください(`aws sesv2 get-email-identity`)。"
           : "Publish the three DKIM CNAME records SES gives for the domain and check them (`aws sesv2 get-email-identity --email-identity DOMAIN`)."
    }

    // suppression-list
    var suppressionOn: String { ja ? "アカウントレベルのサプレッションリストはバウンスと苦情の両方で有効です。" : "The account-level suppression list is on for bounces and complaints." }
    func suppressionMissing(_ missing: [String]) -> String {
        ja ? "アカウントレベルのサプレッションリストが \(list(missing)) で無効です。" : "The account-level suppression list is off for \(list(missing))."
    }
    func autoValidation(_ enabled: Bool, threshold: String?) -> String {
        guard enabled else {
            return ja ? "自動検証(Auto Validation)は無効です。" : "Auto Validation is off."
        }
        if let threshold {
            return ja ? "自動検証(Auto Validation)が有効で、信頼度 \(threshold) 以上で無効と判定されたアドレスへの送信を抑制します。"
                      : "Auto Validation is on: SES suppresses mail to addresses it judges invalid with \(threshold) confidence or more."
        }
        return ja ? "自動検証(Auto Validation)が有効で、無効と判定されたアドレスへの送信を抑制します。"
                  : "Auto Validation is on: SES suppresses mail to addresses it judges invalid."
    }
    var suppressionFix: String {
        ja ? "`aws sesv2 put-account-suppression-attributes --suppressed-reasons BOUNCE COMPLAINT` で有効にしてください。"
           : "Turn it on: `aws sesv2 put-account-suppression-attributes --suppressed-reasons BOUNCE COMPLAINT`."
    }

    // notifications
    func notificationsRouted(_ routes: [String]) -> String { ja ? "バウンスと苦情のイベントは次に送られています: \(list(routes))。" : "Bounce and complaint events are sent to \(list(routes))." }
    func feedbackForwarding(_ names: [String]) -> String {
        ja ? "バウンスと苦情はメールで転送されます(\(list(names)))。" : "Bounces and complaints are forwarded by email for \(list(names))."
    }
    var notificationsBetter: String {
        ja ? "自動で処理するには、設定セットのイベント送信先(SNS や EventBridge)を追加してください。"
           : "To act on them automatically, add a configuration-set event destination (SNS or EventBridge)."
    }
    var noNotifications: String {
        ja ? "バウンスと苦情の通知がどこにも送られていません。" : "Bounce and complaint notifications go nowhere: no event destination receives them and feedback forwarding is off."
    }
    func notificationsUnknown(_ unread: [String]) -> String {
        ja ? "バウンスと苦情の通知先を確認しきれませんでした。読み取れなかったもの: \(list(unread))。"
           : "Could not check where bounce and complaint notifications go; these could not be read: \(list(unread))."
    }
    var notificationsFix: String {
        ja ? "設定セットに BOUNCE と COMPLAINT を含むイベント送信先(SNS など)を追加してください。審査でも確認されます。"
           : "Add an event destination for BOUNCE and COMPLAINT events (SNS, EventBridge) to a configuration set you send with; reviewers ask for it."
    }

    func setsUnreadable(_ problem: String) -> String {
        ja ? "設定セットの一覧(\(problem))" : "the list of configuration sets (\(problem))"
    }
    func setUnreadable(_ name: String, _ problem: String) -> String {
        ja ? "設定セット \(name) のイベント送信先(\(problem))" : "the event destinations of configuration set \(name) (\(problem))"
    }
    func identityUnreadable(_ name: String, _ problem: String) -> String {
        ja ? "\(name) のフィードバック転送の設定(\(problem))" : "the feedback forwarding of \(name) (\(problem))"
    }

    // quota
    func quotaNumbers(used: Double, limit: Double, rate: Double) -> String {
        let rateText = rate.isFinite && rate == rate.rounded() && abs(rate) < 1e15 ? String(Int(rate)) : String(rate)
        if limit < 0 {  // SES reports an unlimited daily quota as -1
            return ja ? "過去24時間の送信数は \(language.format(count: used)) 通(1日の上限なし)、最大送信レートは毎秒 \(rateText) 通です。"
                      : "Sent \(language.format(count: used)) messages in the last 24 hours (no daily limit); maximum rate \(rateText) per second."
        }
        return ja ? "過去24時間の送信数は \(language.format(count: used)) / \(language.format(count: limit)) 通、最大送信レートは毎秒 \(rateText) 通です。"
                  : "Sent \(language.format(count: used)) of \(language.format(count: limit)) messages in the last 24 hours; maximum rate \(rateText) per second."
    }
    func quotaExhausted(_ numbers: String) -> String { ja ? "24時間の送信上限に達しています。\(numbers)" : "The 24-hour quota is used up. \(numbers)" }
    func quotaNear(_ numbers: String) -> String { ja ? "24時間の送信上限に近づいています。\(numbers)" : "Close to the 24-hour quota. \(numbers)" }
    func quotaFix(_ production: Bool) -> String {
        production
            ? (ja ? "Service Quotas から送信上限の引き上げを申請してください。" : "Ask for a higher quota through Service Quotas.")
            : (ja ? "本番アクセスを申請すると上限が引き上げられます: `sesame submit \(profilePath)`。" : "Production access raises the quota: `sesame submit \(profilePath)`.")
    }

    // recipient
    func recipientProduction(_ address: String) -> String { ja ? "本番アクセスが有効なため、\(address) に送信できます。" : "Production access is on: mail to \(address) is accepted." }
    func recipientVerified(_ address: String, _ identity: String) -> String {
        ja ? "\(address) は検証済み(\(identity))のため、サンドボックスでも送信できます。" : "\(address) is covered by the verified identity \(identity): the sandbox accepts mail to it."
    }
    func recipientPending(_ address: String, _ identity: String, _ status: String) -> String {
        ja ? "\(address) の ID \(identity) は検証が完了していません(\(status))。サンドボックスでは送信が拒否されます。"
           : "\(address) is covered by \(identity), which is not verified (\(status)): the sandbox rejects mail to it."
    }
    func recipientUnverified(_ address: String) -> String {
        ja ? "\(address) もそのドメインも検証されていません。サンドボックスでは送信が拒否されます(MessageRejected)。"
           : "Neither \(address) nor its domain is a verified identity: in the sandbox, mail to it is rejected (MessageRejected)."
    }
    func recipientFix(_ address: String) -> String {
        ja ? "テストなら宛先を検証するか(`aws sesv2 create-email-identity --email-identity \(address)`)、メールボックスシミュレーター(success@\(Doctor.simulatorDomain) など)に送ってください。本番の宛先に送るには本番アクセスを申請してください。"
           : "To test, verify it (`aws sesv2 create-email-identity --email-identity \(address)`) or send to the mailbox simulator (success@\(Doctor.simulatorDomain) and others); to mail real recipients, request production access (`sesame submit \(profilePath)`)."
    }
    func recipientSimulator(_ address: String) -> String {
        ja ? "\(address) は SES のメールボックスシミュレーターです。サンドボックスでも常に送信でき、送信数の上限にも数えられません。テストに使えます。"
           : "\(address) is the SES mailbox simulator: the sandbox always accepts it and it does not count against the quota, so it suits tests."
    }
    func recipientSuppressed(_ address: String, reason: String, since: Date?) -> String {
        let when = since.map { $0.formatted(.iso8601.year().month().day()) }
        let why = reason.uppercased() == "COMPLAINT" ? (ja ? "苦情" : "a complaint") : (ja ? "バウンス" : "a bounce")
        if ja {
            return "\(address) はアカウントの送信抑制リストに載っています(理由: \(why)\(when.map { "、\($0) から" } ?? ""))。SES はこの宛先への送信を配信せずに破棄します。"
        }
        return "\(address) is on the account-level suppression list after \(why)\(when.map { " (since \($0))" } ?? ""): SES drops mail to it without delivering."
    }
    func recipientSuppressedFix(_ address: String, region: String) -> String {
        ja ? "宛先が正しく受信できることを確かめてから、リストから外してください: `aws sesv2 delete-suppressed-destination --email-address \(address) --region \(region)`。"
           : "Make sure the address can receive mail again, then remove it: `aws sesv2 delete-suppressed-destination --email-address \(address) --region \(region)`."
    }
    func recipientSuppressionUnknown(_ address: String, _ problem: String) -> String {
        ja ? "\(address) が送信抑制リストに載っているか確認できませんでした(\(problem))。"
           : "Could not read whether \(address) is on the suppression list (\(problem))."
    }

    // sender
    func senderUnverified(_ address: String) -> String {
        ja ? "送信元 \(address) もそのドメインも検証されていません。SES は送信を拒否します。" : "The sender \(address) is not covered by a verified identity: SES rejects mail from it."
    }
    func senderFix(_ address: String) -> String {
        ja ? "送信元のドメインを ID として検証してください。" : "Verify the sender's domain (preferred) or the address itself as an identity."
    }
    func senderNotSigned(_ address: String, _ identity: String) -> String {
        ja ? "送信元 \(address) は検証済み(\(identity))ですが、ドメインの DKIM 署名がありません。" : "The sender \(address) is verified (\(identity)) but its mail is not DKIM-signed with its domain."
    }
    func senderDKIMUnreadable(_ address: String, _ domain: String, _ problem: String) -> String {
        ja ? "\(address) は検証済みですが、\(domain) の DKIM 設定を読み取れませんでした(\(problem))。"
           : "\(address) is verified, but the DKIM settings of \(domain) could not be read (\(problem))."
    }

    func senderOK(_ address: String, _ domain: String) -> String {
        ja ? "送信元 \(address) は検証済みで、\(domain) の DKIM で署名されます。" : "The sender \(address) is verified and DKIM-signed with \(domain)."
    }
}
