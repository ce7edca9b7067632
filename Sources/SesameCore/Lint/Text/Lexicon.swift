/// The meanings the rules look for. Each concept is a set of phrasings in English and
/// Japanese; rules combine concepts within a sentence or clause and read their polarity.
public enum Concept: Int, CaseIterable, Sendable {
    // Polarity.
    case negationBefore, negationAfter, shadow
    // Conditions: an English one before what it conditions, a Japanese one after it.
    case conditionBefore, conditionAfter
    // Clause structure.
    case contrast
    // List building.
    case consentSource, doubleOptIn, purchasedList, buyVerb, listNoun, allContacts, staleList, preTicked
    case verificationService, consentNotRequired
    // Recipients.
    case noRelationship
    // Bounces and complaints.
    case bounce, softBounce, retry, handlingAction, stopSending, complaint, complaintIgnored
    // The parts of an answer (see `AnswerParts`).
    case noticeRoute, addressEffect, optOutTiming, consentGiven, addressSource
    // Opt-out.
    case optOut, unsubscribeLink, oneClick, replyRequest, delayedRemoval, loginRequired, mandatoryMessage
    // Volume.
    case volumeWord, rationale, unbounded, perDay, perSecond, perMonth, audienceUnit, messageUnit
    // Mail type.
    case marketingSignal, transactionalSignal, proportion, statesTransactional
    // Content, business, website, compliance, clarity.
    case vagueContent, fluff, notLive, law, placeholder, vagueBoilerplate, genericBusiness
}

enum Lexicon {
    static let matcher = PhraseMatcher(entries)

    static let entries: [(Concept, [String])] = [
        // MARK: polarity
        (.negationBefore, [
            "not", "~n't", "never", "no", "none", "without", "neither", "nor", "cannot", "unless", "nothing",
            "nobody", "no one", "dont", "doesnt", "didnt", "wont", "cant", "isnt", "arent", "wasnt", "werent",
            "refuse to", "refrain from", "avoid",
        ]),
        (.negationAfter, [
            // Japanese negation follows what it negates.
            "ません", "ない", "なかった", "なし", "無し", "せず", "わず", "らず", "かず", "がず", "えず", "ねず", "ず、", "ずに",
            "ではなく", "じゃなく", "未対応", "未実施", "未設定", "未整備", "行わず", "禁止",
            // English tails: "Bounce handling: none yet", "bounces are ignored".
            "none", "n/a", "not yet", "not applicable", "not implemented", "not in place", "is ignored", "are ignored",
            "prohibited", "forbidden", "not allowed", "not permitted", "banned", "never used", "not used", "is excluded",
            "are excluded", "out of the question", "行いません", "一切行いません", "使用しません", "利用しません", "使いません",
        ]),
        (.conditionBefore, [
            "if", "in case", "in the event that", "should we", "were we to", "when we start",
            "when we begin", "if and when",
        ]),
        (.conditionAfter, ["場合", "たら", "ならば", "としたら", "とすれば"]),
        (.shadow, [
            // Phrases that look negative or conceptual but are not; whatever lies inside one is dropped.
            "no later than", "no more than", "no less than", "no matter", "not only", "no longer than", "no fewer than",
            "leads to", "lead to", "lead time", "問わず", "かかわらず", "関わらず", "限らず", "少ない", "ないし", "忘れず",
            "欠かさず", "必ず", "絶えず", "思わず", "とりあえず", "まず", "ずつ", "はず", "いずれ", "わずか", "すずき", "ずっと",
            "なくて", "間違いない", "あらず", "たらず", "手伝わず",
            "neverbounce", "no-reply", "noreply", "not-so",
        ]),
        (.contrast, [
            "but", "however", "although", "though", "whereas", "instead", "except that", "so that", "because", "in order to",
            "しかし", "ただし", "一方", "ものの", "けれど", "けど", "ですが", "ますが", "でも、",
        ]),

        // MARK: list building
        (.consentSource, [
            "sign up*", "signup*", "sign-up*", "signed up", "signs up", "subscribe*", "subscription*", "opt in", "opt-in*",
            "opted in", "opted-in", "opts in", "regist*", "create an account", "created an account", "create their account",
            "create accounts", "creating an account", "account creation", "account holder*", "their account", "checkout",
            "check out", "at purchase", "when they order", "place an order", "placed an order", "places an order",
            "ordered from", "who order*", "who buy from", "who bought from", "who purchase*", "their order*", "consent*",
            "permission*", "checkbox*", "check box", "tick box", "tickbox", "confirm*", "invited", "invitation*",
            "invite*", "asked to receive", "ask to receive", "asked for", "request*", "enter their email", "entered their email",
            "enters their email", "provide their email", "provided their email", "gave us their", "give us their",
            "web form", "form on our", "sign-up form", "enrol*", "enroll*", "booked", "book a", "books a",
            "登録", "申し込", "申込", "同意", "オプトイン", "確認メール", "本登録", "注文", "購入時", "購入された", "ご購入",
            "アカウント作成", "アカウントを作成", "入力", "チェックボックス", "承諾", "許諾", "受信を希望", "配信を希望", "購読を希望", "招待", "購入者", "購入いただ", "purchasers", "buyers", "customers who buy", "フォーム", "予約",
            "入会", "購読",
        ]),
        (.doubleOptIn, [
            "double opt-in", "double opt in", "double-opt-in", "confirmed opt-in", "confirmation link", "confirmation email",
            "confirmation e-mail", "confirm their subscription", "confirm their address", "confirm their email",
            "confirms their", "confirms the subscription", "verification link", "verify their email", "verify their address",
            "click the link", "clicking the link", "clicks the link", "click a link", "clicking a link", "clicks a link",
            "link to confirm", "ダブルオプトイン", "確認メール", "本登録", "確認リンク", "認証メール", "確認用", "認証リンク",
        ]),
        (.purchasedList, [
            "purchased list*", "purchased contact*", "purchased email*", "purchased database*", "purchased data",
            "bought list*", "bought a list", "bought contact*", "bought email*", "bought data*", "buy list*", "buy a list",
            "buy email*", "buy contact*", "buy data*", "buying list*", "buying email*", "buying contact*", "buying data*",
            "rented list*", "rent list*", "rent a list", "rent email*", "list rental*", "rental list*", "rent contact*",
            "scrape*", "scraping", "harvest*", "crawl*", "data append*", "appended list*", "appended contact*",
            "list vendor*", "lead vendor*", "data broker*", "data vendor*", "list broker*", "list provider*",
            "lead provider*", "lead generation service*", "lead-gen*", "third-party list*", "third party list*",
            "third-party data", "third party data", "third-party contact*", "third party contact*", "partner list*",
            "partner opt-in*", "partners' lists", "partner's list", "co-registration", "co-reg", "acquired list*",
            "lists we buy", "lists we bought", "lists we purchase*", "lists we rent*", "list was bought",
            "list was purchased", "lists were bought", "lists were purchased", "linkedin profiles", "from linkedin",
            "public directories", "business directories", "online directories",
            // Admissions in passing: where the addresses really came from.
            "published on their", "published on company", "published on the company", "published on corporate",
            "publicly available address*", "publicly available email*", "publicly available contact*", "publicly listed",
            "public sources", "public source",
            "company websites", "companies' websites", "their own website", "own websites", "found online",
            "found on the web", "collected from websites", "addresses gathered from", "contacts gathered from", "compiled from public",
            "directory listings",
            "not a record of", "no record of the recipient", "did not request", "didn't request", "never requested",
            "did not ask", "didn't ask", "never asked", "not requested", "trade fair*", "trade show*", "trade-show*",
            "badge scan*", "scanned badges", "exhibition visitors", "expo visitors", "conference attendee list*",
            "attendee list*", "provided by our partner*", "provided by partner*", "supplied by our partner*",
            "shared by our partner*", "from our partners", "partner compan*", "partner data", "sister compan*",
            "group compan*", "affiliated compan*", "our affiliate*", "another brand", "co-registration partner*",
            "imported prospects", "prospects imported", "csv of prospects", "prospect list*", "uploaded list*",
            "upload their contact*", "upload contact*", "upload their list*", "their own lists", "clients' lists",
            "customers' lists", "lists our clients", "lists they bring",
            "提携企業から", "提携企業の", "提携先から", "提携会社から", "協力会社から", "パートナー企業から", "グループ会社",
            "関連会社の顧客", "関連会社から", "系列会社", "展示会", "名刺交換", "名刺をいただいた", "交換した名刺", "セミナー参加者",
            "来場者", "ホームページに掲載", "ウェブサイトに掲載", "サイトに掲載されて", "公開されているアドレス", "公開されているメールアドレス",
            "公開されている連絡先", "公開情報から", "ネット上で公開", "インターネット上で集め", "インターネット上から", "事前オプトインの記録ではありません", "オプトインの記録ではありません", "同意の記録はありません",
            "同意は得ていません", "同意を得ていない", "許諾を得ていない", "csvで取り込", "csvでインポート", "一括で取り込",
            "一括登録", "取り込んだリスト", "他社から入手", "入手したリスト", "譲渡された", "提供を受けた",
            "名簿業者", "名簿を購入", "名簿を買", "リストを購入", "リストを買", "購入したリスト", "購入した名簿", "購入したアドレス",
            "購入したメールアドレス", "買ったリスト", "買ったアドレス", "買い取った", "レンタルリスト", "リストをレンタル",
            "リストのレンタル", "スクレイピング", "クローリング", "ウェブ上から収集", "webサイトから収集", "サイトから収集",
            "ネット上から収集", "自動収集", "譲り受けた", "提携先から提供", "提携先のリスト", "第三者から提供", "第三者から取得",
            "第三者から購入", "外部から購入", "他社から購入", "他社から提供", "他社のリスト", "リスト業者", "データ業者",
        ]),
        (.buyVerb, ["buy", "bought", "buying", "purchase", "purchased", "purchasing", "rent", "rented", "renting", "license", "licensed"]),
        (.listNoun, ["list", "lists", "contacts", "database", "databases", "leads", "email addresses", "data"]),
        (.allContacts, [
            "all contacts", "all the contacts", "all of our contacts", "all our contacts", "all of the contacts",
            "every contact", "everyone in our crm", "everyone in the crm", "everybody in our", "all addresses we have",
            "all the addresses we have", "all email addresses we have", "all the emails we have", "all emails we have",
            "entire address book", "whole address book", "entire database", "whole database", "everyone we have ever",
            "anyone we have ever", "business cards", "every address we", "全ての連絡先", "すべての連絡先", "全連絡先",
            "保有しているすべて", "保有している全", "保有する全", "保有するすべて", "手持ちのアドレス", "手持ちのリスト",
            "持っているアドレスすべて", "アドレス帳", "名刺", "過去の取引先すべて", "全ての取引先", "すべての取引先",
        ]),
        (.staleList, [
            "haven't emailed in years", "have not emailed in years", "not emailed for years", "not mailed for years",
            "not mailed in years", "haven't mailed", "old list*", "years-old", "from years ago", "years ago",
            "dormant list*", "数年前", "何年も", "長年送っていない", "古いリスト", "古い名簿", "昔のリスト", "以前のリスト",
        ]),
        (.preTicked, [
            "pre-ticked", "preticked", "pre-checked", "prechecked", "ticked by default", "checked by default",
            "pre-selected", "preselected", "selected by default", "opted in by default", "opt-in by default",
            "subscribed by default", "automatically subscribed", "automatically added to", "auto-subscribe*",
            "auto-enrol*", "default checked", "default-checked", "checked in advance",
            "チェック済み", "あらかじめチェック", "予めチェック", "最初からチェック", "デフォルトでチェック", "初期状態でチェック",
            "初期値でチェック", "自動的に登録", "自動で登録", "自動的に購読", "自動的にメルマガ", "自動でメルマガ", "自動的にメールマガジン",
            "チェックが入った状態", "チェックが入っている状態", "チェックを入れた状態", "チェック済みの状態", "登録者全員に自動的に",
            "全員に自動的に", "全会員に自動", "自動的に配信対象", "自動的に追加", "all users are subscribed", "every user is subscribed",
            "all customers are subscribed", "everyone is subscribed", "subscribed automatically", "added automatically",
            "automatically enrolled", "enrolled automatically", "opted in automatically", "box is ticked", "box ticked",
            "already ticked", "already checked", "ticked in advance",
        ]),
        (.verificationService, [
            "verification service*", "validation service*", "verification tool*", "validation tool*", "list cleaning",
            "list-cleaning", "list hygiene service*", "list scrubbing", "scrub the list", "scrub our list", "neverbounce",
            "zerobounce", "kickbox", "bouncer.io", "email verifier", "verify the list", "verify our list", "validate the list",
            "validate our list", "clean the list with", "verified list*", "verified contacts", "verified b2b",
            "リストクリーニング", "クリーニングサービス", "アドレス検証サービス", "検証サービス", "クレンジング", "有効性チェック",
        ]),
        (.consentNotRequired, [
            "need no consent", "needs no consent", "don't need consent", "do not need consent", "no consent is needed",
            "no consent needed", "no consent is required", "consent is not required", "consent isn't required",
            "consent is not needed", "don't need permission", "do not need permission", "don't need their consent",
            "do not need their consent", "同意は不要", "同意不要", "同意を得る必要はない", "同意は必要ない",
            "同意は必要ありません", "承諾は不要", "許可は不要", "同意を取る必要はない",
        ]),

        // MARK: recipients
        (.noRelationship, [
            "prospect*", "leads", "lead list*", "sales leads", "cold email*", "cold outreach", "cold mail*", "cold-email*",
            "people who may be interested", "people who might be interested", "who might need", "who may need",
            "potential customers", "potential clients", "might be interested", "may be interested", "could be interested",
            "might find our", "target companies", "decision makers", "decision-makers", "outreach",
            "見込み客", "見込客", "潜在顧客", "リード", "興味がありそう", "興味を持ちそう", "関心がありそう", "関心を持ちそう",
            "営業リスト", "新規開拓", "飛び込み", "ターゲット企業", "営業メール",
        ]),

        // MARK: bounces and complaints
        (.bounce, [
            "bounce*", "undeliverable", "delivery failure*", "failed deliver*", "delivery fail*", "non-delivery",
            "ndr", "ndrs", "invalid address*", "address does not exist", "addresses that do not exist",
            "doesn't exist", "no longer exist*", "mailbox full", "permanent failure*", "delivery error*",
            "バウンス", "不達", "エラーメール", "配信エラー", "送信エラー", "届かなかった", "届かない", "宛先不明",
            "存在しないアドレス", "無効なアドレス", "到達不能", "配信失敗", "送信失敗", "ハードバウンス", "ソフトバウンス",
        ]),
        (.softBounce, [
            "soft bounce*", "soft-bounce*", "transient*", "temporary", "temporarily", "mailbox full", "ソフトバウンス",
            "一時的",
        ]),
        (.retry, [
            "retry*", "retries", "retried", "resend*", "re-send*", "send again", "sending again", "sent again",
            "try again", "keep trying", "until they get through", "until it gets through", "until delivered",
            "until they are delivered", "until it is delivered", "in case they work", "in case it works",
            "keep them on the list", "keep the address", "keep bounced",
            "再送", "再送信", "届くまで", "再度送信", "送り直", "リトライ", "残しておき", "残しておく", "リストに残", "そのまま残",
            "翌月再送", "翌月に再送", "次回も送", "次回も配信", "keep sending", "try them again", "resent", "re-sent",
            "send them again", "mail them again", "on the next send", "next campaign",
        ]),
        (.handlingAction, [
            "suppress*", "remove*", "removal", "delete*", "stop sending", "stop mailing", "stops sending", "stops mailing",
            "stops all", "stop all", "stop emailing", "stops emailing", "stopped", "halt*", "unsubscribe them",
            "unsubscribed automatically", "do-not-send", "do-not-mail", "do not mail list", "block list*", "blocklist*",
            "blacklist*", "disable*", "deactivat*", "flag*", "mark them", "marks them", "marked", "mark the address", "marks the address", "sns", "notification*", "event destination*",
            "configuration set*", "webhook*", "feedback loop*", "automatic*", "exclude*", "excluding", "handle*",
            "handling", "process*", "monitor*", "alarm*", "alert*", "cloudwatch", "dashboard*", "review*",
            "investigate*", "threshold*", "track*", "log them", "logged", "logs", "record*", "opt them out", "taken off", "take them off",
            "off the list", "off our list", "purge*", "clean*",
            "停止", "除外", "削除", "サプレッション", "抑制リスト", "配信停止リスト", "送信停止", "sns", "通知", "イベント",
            "自動", "記録", "監視", "調査", "対応", "処理", "フラグ", "無効化", "ブロック", "しきい値", "閾値", "リストから外",
            "外します", "止め", "確認し", "チェックし", "集計", "見直", "アラート",
        ]),
        (.stopSending, [
            "never mail", "never email", "never send", "never sent", "never again", "not send", "not mail", "not email",
            "no longer send", "no longer mail", "no longer email", "no longer receive", "no further", "not be mailed",
            "not be emailed", "not be sent", "no more mail*", "no more email*", "won't be mailed", "won't be emailed",
            "won't receive", "will not receive", "never receive", "never be mailed", "never be emailed",
            "送信しません", "送信しない", "送りません", "送らない", "配信しません", "配信しない", "送信を停止", "配信を停止",
            "送信停止", "配信停止", "止めます", "止め", "停止", "送信対象から外", "配信対象から外",
        ]),
        (.complaint, [
            "complaint*", "complain*", "spam report*", "reported as spam", "report it as spam", "reports it as spam",
            "report us as spam", "reports us as spam", "marked as spam", "mark it as spam", "marks it as spam",
            "marks a message as spam", "mark a message as spam", "mark our email as spam", "mark us as spam",
            "marks us as spam", "flag it as spam", "flags it as spam", "abuse report*", "feedback loop*", "fbl",
            "spam button", "this is spam",
            "苦情", "迷惑メール報告", "スパム報告", "迷惑メールとして報告", "迷惑メールに報告", "迷惑メール判定", "迷惑メールとして",
            "スパム扱い", "スパムとして", "クレーム", "コンプレイン", "迷惑メールの報告", "迷惑メール申告", "迷惑メールボタン",
        ]),
        (.complaintIgnored, [
            "ignore*", "take no action", "takes no action", "no action", "do nothing", "nothing special", "keep them on the list",
            "keep sending", "continue sending", "continue to send", "keep mailing", "keep emailing", "stay on the list",
            "stays on the list", "remain on the list", "remains on the list", "are mistakes", "is a mistake", "by mistake",
            "配信は続け", "送信は続け", "送信を続け", "配信を続け", "送り続け", "配信を継続", "送信を継続", "そのまま配信", "そのまま送信",
            "無視", "特に対応", "何もしません", "対応は行っていません", "リストに残",
            "配信は継続", "送信は継続", "配信を継続します", "継続して配信", "引き続き配信", "引き続き送信", "そのまま送り",
            "continue mailing", "continue emailing", "keep them subscribed", "still receive", "still get", "stays subscribed",
            "remain subscribed", "only from that sequence", "only that sequence", "not removed",
        ]),

        // MARK: the parts of an answer
        (.noticeRoute, [
            // How a bounce or complaint notice reaches the sender.
            "sns", "notification*", "notified", "notify", "notifies", "event destination*", "configuration set*",
            "config set*", "webhook*", "feedback loop*", "feedback forwarding", "email feedback", "forwarded to us",
            "fbl", "fbls", "suppression list*", "ses integration", "integration", "integrated", "automatic*",
            "eventbridge", "lambda", "sqs", "kinesis", "firehose", "bounce notice*", "complaint notice*",
            "bounce event*", "complaint event*", "bounce message*", "complaint message*", "ses forwards", "ses relays",
            "ses sends us", "isp feedback", "feedback from", "mailchimp", "sendgrid", "klaviyo", "brevo", "sendinblue",
            "hubspot", "mailerlite", "convertkit", "mautic", "listmonk", "sendy", "customer.io", "braze", "iterable",
            "postmark", "mailgun", "pinpoint", "return-path", "return path", "mail from domain",
            "通知", "イベント", "連携", "フィードバック", "サプレッション", "自動", "webhook", "ラムダ", "設定セット",
            "イベント送信先", "送信先", "受け取", "受信し", "転送",
        ]),
        (.addressEffect, [
            // What happens to the address that bounced or complained.
            "suppress*", "remove*", "removal", "delete*", "stop sending", "stop mailing", "stops sending", "stops mailing",
            "stops all", "stop all", "stop emailing", "stops emailing", "unsubscribe them", "unsubscribes them",
            "unsubscribed automatically", "automatically unsubscribed", "do-not-send", "do-not-mail", "do not mail list",
            "block list*", "blocklist*", "blacklist*", "denylist*", "disable*", "deactivat*", "mark the address",
            "marks the address", "marked as undeliverable", "marks it undeliverable", "mark it undeliverable",
            "marks the address undeliverable", "exclude*", "excluding", "opt them out",
            "opted out automatically", "taken off", "take them off", "takes them off", "off the list", "off our list",
            "purge*", "invalidat*", "turns off", "turned off", "switched off", "cease*", "stop mail", "stops mail",
            "stop email", "stops email", "block*", "blank*", "switch email off", "switches email off", "turn email off",
            "turns email off", "email off", "mail off", "unsubscribed", "unsubscribes", "opted out", "marks", "marked",
            "mark it", "mark them", "mark the", "flag*", "stop using", "stops using", "switch off", "switches off",
            "停止", "除外", "削除", "サプレッション", "抑制", "送信停止", "配信停止", "無効化", "ブロック", "リストから外", "外します",
            "外し", "止め", "送信対象外",
            "配信対象外", "対象から外", "解除", "送信不可", "配信不可",
        ]),
        (.optOutTiming, [
            // When an unsubscribe takes effect.
            "immediate*", "at once", "instant*", "right away", "straight away", "straightaway", "same day", "same-day",
            "within", "automatic*", "real time", "real-time", "on the spot", "no delay", "without delay", "in seconds",
            "next send", "before the next", "takes effect", "take effect", "effective immediately", "promptly",
            "即時", "即座", "ただちに", "直ちに", "すぐに", "すぐ", "その場で", "自動", "リアルタイム", "当日", "以内", "即日",
            "次回配信から", "次回の配信から", "反映され", "反映します", "反映しています", "反映",
        ]),
        (.consentGiven, [
            // How a recipient says yes (for marketing mail; an order or an account is its own consent for transactional mail).
            "consent*", "opt in", "opt-in*", "opted in", "opted-in", "opts in", "double opt-in", "confirmation link",
            "confirmation email", "confirmation e-mail", "confirm their", "confirms their", "confirmed their", "checkbox*",
            "check box", "tick box", "tickbox", "unticked", "un-ticked", "unchecked", "not pre-ticked", "agree*",
            "permission*", "asked to receive", "ask to receive", "ask for it", "asked for it", "chose to", "choose to",
            "choosing to", "choose whether", "explicitly", "subscribe*", "signed up for our newsletter",
            "sign up for our newsletter", "sign up for the newsletter", "signed up for the newsletter", "request it",
            "requested it", "toggle", "opt into", "opted into",
            "同意", "オプトイン", "確認メール", "本登録", "チェックボックス", "チェックを入れ", "希望", "承諾", "許諾", "購読",
            "メルマガ登録", "メールマガジン登録", "ご本人が", "自ら", "初期状態でオフ", "チェックは外れ", "選んだ", "選択した",
            "選ばれた", "希望された", "自分で",
        ]),
        (.addressSource, [
            // Where the addresses come from.
            "sign up*", "signup*", "sign-up*", "signed up", "signs up", "regist*", "create an account", "created an account",
            "create their account", "create accounts", "creating an account", "account creation", "account holder*",
            "their account", "checkout", "check out", "at purchase", "when they order", "place an order", "placed an order",
            "places an order", "ordered from", "who order*", "who buy from", "who bought from", "who purchase*",
            "their order*", "invited", "invitation*", "invite*", "enter their email", "entered their email",
            "enters their email", "provide their email", "provided their email", "gave us their", "give us their",
            "web form", "form on our", "sign-up form", "enrol*", "enroll*", "booked", "book a", "books a", "website",
            "our site", "our app", "the app", "in-app", "in store", "in-store", "our shop", "our store", "join*",
            "customers who", "buyers", "purchasers", "members", "trade fair*", "trade show*", "business card*", "event*",
            "collected", "collect", "imported", "import", "csv", "partner*", "crm",
            "登録", "申し込", "申込", "注文", "購入時", "購入された", "ご購入", "アカウント作成", "アカウントを作成", "入力",
            "招待", "フォーム", "予約", "入会", "会員", "サイト", "アプリ", "店舗", "店頭", "展示会", "名刺", "収集", "取得",
            "提供", "インポート", "購入者", "お客様", "顧客",
        ]),

        // MARK: opt-out
        (.optOut, [
            "unsubscrib*", "opt out", "opt-out*", "opted out", "opts out", "opting out", "stop receiving", "preference*",
            "email settings", "notification settings", "turn off", "turned off", "switch off", "switched off", "turns off",
            "manage their subscription*", "manage subscription*", "list-unsubscribe*", "remove themselves", "leave the list",
            "cancel their subscription", "cancel the subscription", "one-click", "one click", "unsub", "mute", "opt back out",
            "no longer want*", "not interested", "no longer interested", "choose which", "choose whether", "choose what",
            "配信停止", "オプトアウト", "購読解除", "購読停止", "登録解除", "解除", "通知設定", "配信設定", "受信設定", "メール設定",
            "受信拒否", "停止できます", "オフに", "止められ", "退会", "配信を停止", "受け取らない", "受信しない", "停止手続",
        ]),
        (.unsubscribeLink, [
            "link", "links", "footer", "button", "settings page", "preferences page", "page", "settings", "portal",
            "in the app", "app settings", "account settings", "dashboard", "profile", "list-unsubscribe header*",
            "reply stop", "マイページ", "アプリ", "画面", "メニュー", "退会手続", "解約手続", "お手続き", "preference centre", "preference center",
            "one-click", "one click", "list-unsubscribe", "リンク", "フッター", "ボタン", "設定画面", "設定ページ", "ワンクリック", "url",
        ]),
        (.oneClick, [
            "one-click", "one click", "list-unsubscribe", "list-unsubscribe-post", "rfc 8058", "rfc8058", "ワンクリック",
        ]),
        (.replyRequest, [
            "reply", "replying", "replies", "write to us", "email us", "e-mail us", "contact us", "contact support",
            "send us an email", "send an email to", "let us know", "call us", "phone us", "by email to",
            "返信", "ご連絡", "連絡いただ", "連絡して", "お問い合わせ", "メールで連絡", "お電話", "電話で", "メールでお知らせ",
        ]),
        (.delayedRemoval, [
            "once a month", "end of the month", "end of each month", "end of every month", "monthly batch*", "in batches",
            "in a batch", "batch process*", "processed monthly", "removed monthly", "updated monthly", "update the list once",
            "list is updated once", "list is updated monthly", "every few weeks", "each quarter", "once a quarter",
            "removed quarterly", "processed quarterly", "updated quarterly", "manually remove*", "remove them manually",
            "removed manually", "by hand", "within 30 days", "within a month", "next month",
            "月末", "月に一度", "月一回", "月1回", "まとめて反映", "まとめて", "翌月", "四半期ごと", "手作業", "手動で",
        ]),
        (.loginRequired, [
            "log in to unsubscribe", "login to unsubscribe", "log into their account", "log in to their account",
            "sign in to unsubscribe", "must log in", "need to log in", "needs to log in", "have to log in", "has to log in",
            "requires login", "requires a login", "require login", "login required", "login is required", "after logging in",
            "logging in", "log in", "sign in", "signed in", "must be logged in",
            "ログインして", "ログイン後", "ログインが必要", "ログインする必要", "マイページにログイン", "ログインの上", "ログインした上",
        ]),
        (.mandatoryMessage, [
            "mandatory", "required for", "cannot be turned off", "can't be turned off", "always sent", "are always sent",
            "is always sent", "essential", "necessary for", "service messages", "security messages", "security notices",
            "nothing to unsubscribe", "tied to an order", "tied to their order", "part of the service", "needed for the order",
            "必須", "停止の対象外", "対象外", "停止できません", "必ず送信", "常に送信", "手続き上必要", "取引上必要", "必要なため",
        ]),

        // MARK: volume
        (.volumeWord, [
            "volume", "quota", "rate", "limit", "per day", "a day", "daily", "per second", "a second", "per month",
            "a month", "send rate", "sending rate", "throughput",
            "送信数", "通数", "上限", "クォータ", "送信量", "配信数", "配信量", "秒間", "1日", "一日", "月間",
        ]),
        (.rationale, [
            "because", "based on", "currently", "today we", "at the moment", "right now", "growth", "grow*", "expect*",
            "estimate*", "peak*", "season*", "per user", "per customer", "per subscriber", "each user", "each customer",
            "times a", "times per", "headroom", "buffer", "margin", "launch*", "black friday", "holiday*", "average",
            "on average", "history", "historical*", "last year", "last month", "existing provider", "previous provider",
            "we send about", "we send around", "we now send", "sendgrid", "mailchimp", "mailgun", "postmark", "so that",
            "which is why", "to allow for", "allow for", "enough for", "accounts for", "covers", "spike*", "burst*",
            "batch*", "at once", "per booking", "per order", "per lesson", "per appointment", "per visit", "per guest",
            "per week", "per event", "per signup", "in summer", "in winter", "busiest", "smallest", "enough", "at most",
            "多い日", "十分", "あたり", "につき", "ごとに", "件数", "最大",
            "現在", "見込", "想定", "予想", "成長", "ピーク", "繁忙期", "季節", "平均", "実績", "前年", "昨年", "増加", "余裕",
            "根拠", "倍", "年末", "セール", "一斉", "ため", "利用者数", "会員数", "配信時", "新学期", "増える", "増や",
        ]),
        (.unbounded, [
            "maximum possible", "as high as possible", "as much as possible", "as many as possible", "highest possible",
            "no limit", "no limits", "unlimited", "without limit*", "without any limit*", "not have any limit",
            "remove the limit", "no cap", "no caps", "uncapped", "maximum quota", "maximum sending limit",
            "maximum limit", "maximum sending quota", "highest limit", "highest quota", "the highest tier", "max limit",
            "whatever limit", "as large as possible", "as big as possible",
            "できるだけ高く", "できるだけ多く", "できる限り高く", "できる限り多く", "上限なし", "上限を撤廃", "無制限", "最大限",
            "可能な限り高", "可能な限り多", "上限はなるべく", "上限をなくし",
        ]),
        (.perDay, [
            "per day", "a day", "/day", "daily", "each day", "every day", "/ day", "per 24 hours", "a 24-hour", "in 24 hours",
            "1日", "一日", "日に", "日あたり", "/日", "日当たり", "毎日", "日間", "日量",
        ]),
        (.perSecond, [
            "per second", "a second", "/s", "/sec", "per sec", "/ s", "msg/s", "emails/s", "messages/s", "mps", "each second",
            "秒間", "毎秒", "/秒", "秒あたり", "1秒", "一秒",
        ]),
        (.perMonth, [
            "per month", "a month", "/month", "monthly", "each month", "every month", "月間", "月に", "/月", "毎月", "1か月", "1ヶ月", "ひと月",
        ]),
        (.audienceUnit, [
            "subscriber*", "customer*", "user*", "member*", "reader*", "recipient*", "account*", "client*", "student*",
            "patient*", "parent*", "people", "households", "families", "shops", "stores", "buyers", "guests", "companies", "firms",
            "会員", "人", "名", "ユーザー", "顧客", "読者", "購読者", "お客様", "生徒", "利用者", "アカウント", "世帯", "店舗", "社", "件",
        ]),
        (.messageUnit, [
            "email*", "e-mail*", "message*", "mail*", "sends", "notification*", "receipts", "通", "メール",
        ]),

        // MARK: mail type
        (.marketingSignal, [
            "newsletter*", "promotion*", "promotional", "promo", "promos", "coupon*", "discount*", "campaign*",
            "special offer*", "offers", "deals", "marketing email*", "marketing mail*", "marketing message*",
            "product announcement*", "new arrivals", "advertis*", "sale announcement*", "flash sale*", "seasonal sale*",
            "sales campaign*", "blast*", "mailshot*", "drip",
            "メルマガ", "メールマガジン", "ニュースレター", "キャンペーン", "セール", "クーポン", "割引", "プロモーション",
            "広告", "お得な", "新商品のお知らせ", "新商品のご案内", "新商品の案内", "商品のご案内", "販促", "特典", "新着情報",
        ]),
        (.transactionalSignal, [
            "order confirmation*", "receipt*", "invoice*", "password reset*", "reset password*", "reset their password",
            "reset your password", "verification code*", "login code*", "sign-in code*", "one-time code*",
            "one-time password*", "2fa", "two-factor", "otp", "account verification", "email verification",
            "shipping notification*", "shipping confirmation*", "shipping update*", "delivery notification*",
            "dispatch notice*", "dispatch notification*", "delivery notice*", "order notice*", "shipping notice*", "booking confirmation*", "reservation*", "appointment reminder*",
            "reminder*", "security alert*", "payment confirmation*", "transactional", "account notification*",
            "order update*", "order status", "welcome email*", "magic link*",
            "注文確認", "ご注文確認", "領収", "請求書", "パスワード再設定", "パスワードリセット", "認証コード", "確認コード",
            "ワンタイム", "発送通知", "発送のお知らせ", "配送状況", "予約確認", "予約の確認", "リマインド", "リマインダー", "決済完了",
            "本人確認", "ログイン通知", "受付完了", "手続き完了", "解約完了", "注文完了", "出荷のお知らせ",
        ]),
        (.statesTransactional, [
            "mail type is transactional", "primary mail type is transactional", "primarily transactional",
            "mostly transactional", "mainly transactional", "predominantly transactional", "overwhelmingly transactional",
            "purely transactional", "strictly transactional", "entirely transactional", "all transactional",
            "transactional mail type", "the majority is transactional", "majority of our mail is transactional",
            "most of our mail is transactional", "most of our email is transactional", "most of the mail is transactional",
            "大半はトランザクション", "大部分はトランザクション", "ほとんどがトランザクション", "主にトランザクション",
            "大半は取引", "大部分は取引", "ほとんどが取引", "主に取引", "取引メールが大半", "取引メールが中心",
            "トランザクションメールが大半", "トランザクションメールが中心", "大半は注文", "大半は取引に関する",
        ]),
        (.proportion, [
            "small share", "small part", "small fraction", "minority", "majority", "mostly", "most of", "percent", "%",
            "occasional*", "mainly", "primarily", "the rest", "a few times a year", "大半", "ほとんど", "一部", "割", "％",
            "少数", "主に", "大部分", "年に数回", "中心",
        ]),

        // MARK: content, business, website, compliance, clarity
        (.vagueContent, [
            "various emails", "various messages", "various notifications", "various kinds of email*", "all kinds of email*",
            "all kinds of message*", "anything the product", "anything our product", "anything we need", "whatever we need",
            "whatever the product", "to be decided", "decide later", "decide on later", "will decide later",
            "色々なメール", "いろいろなメール", "様々なメール", "さまざまなメール", "色々な情報", "いろいろな情報", "様々な情報",
            "各種メールを必要に応じて", "必要に応じて色々", "必要に応じていろいろ", "必要に応じて様々", "後で決め", "今後決め",
        ]),
        (.fluff, [
            "world-class", "world class", "cutting-edge", "cutting edge", "industry-leading", "industry leading",
            "best-in-class", "best in class", "state-of-the-art", "next-generation", "revolutionary", "innovative solutions",
            "最先端", "業界最高", "業界トップクラス", "世界最高水準", "革新的なソリューション", "最高品質のサービス",
        ]),
        (.notLive, [
            "coming soon", "not live yet", "not yet live", "under construction", "parked", "not launched yet",
            "isn't live", "is not live", "準備中", "工事中", "公開前", "近日公開", "まだ公開", "未公開",
        ]),
        (.law, [
            "can-spam", "can spam", "gdpr", "casl", "pecr", "privacy law*", "data protection", "postal address",
            "physical address", "mailing address", "applicable law*", "regulation*", "complian*", "comply", "complies",
            "特定電子メール", "個人情報保護法", "特商法", "特定商取引", "送信者の名称", "住所", "法令", "法律", "準拠", "遵守",
            "電気通信事業法", "プライバシーポリシー", "privacy policy",
        ]),
        (.placeholder, [
            "todo", "tbd", "tba", "fixme", "lorem ipsum", "xxx", "xxxx", "xx", "example.com", "example.org", "example.net",
            "your company", "your-company", "yourcompany", "your domain", "your-domain", "yourdomain",
            "insert here", "××", "xx通", "xx件", "●●", "△△", "後日記入", "記入予定", "未定", "要記入",
            "ここに記入", "(仮)", "[company", "[name", "[your", "[insert", "[product", "[url", "[website", "[date",
            "<insert", "<your", "<company", "<name", "<product", "{{",
        ]),
        (.vagueBoilerplate, [
            "best practices", "best practice", "industry standard*", "industry-standard", "as needed", "as appropriate",
            "appropriate measures", "appropriately", "where necessary", "if necessary", "適切に対応", "適宜対応", "適宜",
            "適切に処理", "適切な対応", "適切に管理", "必要に応じて対応",
        ]),
        (.genericBusiness, [
            "provides services", "provide services", "provides various services", "offers services", "a company that",
            "our services", "various services", "様々なサービス", "さまざまなサービス", "各種サービス", "サービスを提供しています",
            "弊社", "当社",
        ]),
    ]
}
