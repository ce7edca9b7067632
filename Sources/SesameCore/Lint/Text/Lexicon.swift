internal import CPhraseTables

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
    // List building told as a third party handing a list over (see `ListClaims`).
    case listSupplier, handOver, contactList
    // List building named as a topic: a heading or a question ("Where addresses come from", 「宛先の取得方法」).
    case listTopic
    // List building told only as a verdict on itself ("kept clean and up to date", 「適法かつ適正に行っている」).
    case vagueListClaim
    // Recipients: who gets the mail, how they came to the sender, mail other people write.
    case noRelationship, recipientNoun, relationshipAct, relationalKind, interestOnly, relay, abuseControl
    // Bounces and complaints.
    case bounce, softBounce, retry, handlingAction, stopSending, complaint, complaintIgnored
    // Bounces and complaints: a verb of delivery, which says the effect when it is negated ("is never mailed again").
    case deliveryVerb
    // The parts of an answer (see `AnswerParts`).
    case noticeRoute, addressEffect, optOutTiming, consentGiven, addressSource, termsAgreement
    // Opt-out.
    case optOut, unsubscribeLink, oneClick, replyRequest, delayedRemoval, loginRequired, mandatoryMessage, accountPage, linkInMail
    // Volume.
    case volumeWord, rationale, unbounded
    // Mail type.
    case marketingSignal, transactionalSignal, proportion, statesTransactional
    // Mail type: mail said to go out through another service or account, outside the request.
    case sentElsewhere
    // Mail type: words that only promotional mail uses (a school's or a club's "newsletter" is not one).
    case promotion
    // Content, business, website, compliance, clarity.
    case vagueContent, fluff, notLive, law, placeholder, vagueBoilerplate, genericBusiness
    // Content: generic nouns for mail, named kinds of message, how often or when each goes out.
    case genericContent, messageKind, frequency
    // Compliance: a claim that the sending is lawful.
    case complianceClaim
    // Compliance: Japan's Act on Specified Electronic Mail, and what it asks each advertising mail to show.
    case specifiedEmailAct, senderName, postalAddress, shownInMail, refusalContact
}

enum Lexicon {
    /// Made from the tables built beforehand (`scripts/generate-phrase-tables`) while they match `entries`.
    static let matcher = PhraseMatcher(entries, prebuilt: sesame_phrase_tables)

    /// A business handing over its own customer's address for the mail that customer expects ("the
    /// shop passes us the buyer's email with the parcel data"): where a transactional address comes from.
    static let addressHandOvers = [
        "passes us", "pass us", "passed us", "passed to us", "passes them to us", "hands us", "handed to us",
        "buyer's email", "buyer's address",
        // The recipient giving the address themselves, or a contract that holds it.
        "gives us an email", "give us an email", "gave us an email", "gives us their email", "gives us his", "gives us her",
        "sign the contract", "signs the contract", "signed the contract", "sign a contract", "signs a contract",
        "sign their contract", "signs their contract", "signing the contract", "the supply contract", "service contract",
        "their online account", "in their account", "契約時", "ご契約時", "契約の際", "ご契約の際", "契約書に",
    ]

    /// A favour received (「高い評価をいただいております」「ご審査いただき」) is no act of a recipient's,
    /// though 「いただいた」 after an act is one (「ご登録いただいた方」): each favour with each form.
    static let favoursReceived: [String] = {
        let favours = ["評価", "ご評価", "ご好評", "好評", "ご高配", "ご愛顧", "ご支持", "支持", "ご理解", "ご協力", "ご審査", "ご検討",
                       "お時間", "ご指摘", "ご回答", "ご返信", "お力添え", "ご承認", "ご支援", "ご信頼", "信頼", "お引き立て"]
        let forms = ["いただいた", "いただいている", "いただいております", "いただき", "頂いた", "頂いている", "頂いております", "頂き"]
        return favours.flatMap { favour in forms.flatMap { [favour + $0, favour + "を" + $0] } }
    }()

    /// A site that is not there yet (「ホームページは制作中です」「Webサイトはまだありません」「サイトの公開予定は来月」):
    /// each name of the site with each state, so that 「配信システムを構築中」 or 「新店舗のオープン予定」 is none.
    static let siteNotYet: [String] = {
        let sites = ["サイト", "ホームページ", "hp"]
        let states = ["は制作中", "を制作中", "制作中", "は構築中", "を構築中", "は作成中", "を作成中", "は開発中", "を開発中",
                      "は公開予定", "の公開予定", "公開予定", "は開設予定", "の開設予定", "開設予定", "はオープン予定", "のオープン予定",
                      "はまだありません", "はまだない", "はありません", "がありません", "はない", "がない", "は持っていません",
                      "を持っていません", "は持っておりません", "を持っておりません", "はございません", "がございません", "は未開設",
                      "未開設", "は開設前", "開設前", "は準備段階"]
        // 「ホームページは現在制作中です」「サイトはただいま構築中」: a word of now between the site and its state.
        let nowStates = ["制作中", "構築中", "作成中", "開発中"].flatMap { ["は現在" + $0, "はただいま" + $0, "は今" + $0] }
        return sites.flatMap { site in (states + nowStates).map { site + $0 } }
    }()

    /// A notice of one step of a transaction (「配送日のお知らせ」「請求のご連絡」「入金確認の通知」):
    /// each step with each word of notice.
    static let transactionNotices: [String] = {
        let steps = ["配送", "配送日", "配達", "お届け日", "発送", "出荷", "請求", "ご請求", "支払い", "お支払い", "入金", "決済",
                     "注文", "ご注文", "納品", "返品", "返金", "キャンセル", "予約変更", "契約更新", "引き取り", "お引き取り"]
        let notices = ["のお知らせ", "のご連絡", "の通知", "通知", "のご案内"]
        return steps.flatMap { step in notices.map { step + $0 } }
    }()

    /// Signing up for the marketing mail itself is consent to it (「メールマガジンの登録フォーム」,
    /// 「ニュースレターの購読をお申し込みいただいた方」), unlike registering for the service: every
    /// name of the mail with every particle and act, so that no spelling is missed.
    static let newsletterSignUps: [String] = {
        let mails = ["メルマガ", "メールマガジン", "ニュースレター", "メールニュース", "メール配信", "配信サービス", "お知らせメール"]
        let particles = ["の", "に", "へ", "への", "を"]
        let acts = ["登録", "購読", "申し込", "申込", "お申し込", "お申込", "ご登録", "ご購読", "配信登録", "受け取りを希望", "受信を希望"]
        return mails.flatMap { mail in particles.flatMap { particle in acts.map { mail + particle + $0 } } }
    }()

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
            // Under consideration is not today's practice ("we are considering adding an unsubscribe link").
            "considering", "we consider", "exploring", "thinking about", "looking into whether", "hope to", "hoping to",
            "eventually", "at some point",
        ]),
        (.conditionAfter, [
            "場合", "たら", "ならば", "としたら", "とすれば",
            // Under consideration is not today's practice (「停止機能の追加を検討しています」).
            "検討して", "検討中", "検討する", "検討予定", "検討しております",
        ]),
        (.shadow, [
            // Phrases that look negative or conceptual but are not; whatever lies inside one is dropped.
            "no later than", "no more than", "no less than", "no matter", "not only", "no longer than", "no fewer than",
            "leads to", "lead to", "lead time", "問わず", "かかわらず", "関わらず", "限らず", "少ない", "ないし", "忘れず",
            "欠かさず", "必ず", "絶えず", "思わず", "とりあえず", "まず", "ずつ", "はず", "いずれ", "わずか", "すずき", "ずっと",
            "なくて", "間違いない", "あらず", "たらず", "手伝わず",
            // 「真摯に受け止め」 takes a complaint to heart; it stops nothing.
            "受け止め", "突き止め", "引き止め", "食い止め",
            // 「弊社サービスをご利用いただいているお客様」 are "our users": who they are, not what they did.
            "ご利用いただいている", "ご利用いただいております", "ご利用いただいた", "お使いいただいている", "お使いいただいた",
            // "only if they opted in", 「同意した場合のみ」: a restriction on today's mail, not a condition.
            "only if", "場合のみ", "場合に限り", "場合に限って",
            "neverbounce", "no-reply", "noreply", "not-so",
            // The reviewer's message, thanked for in a reply: not mail the sender sends.
            "thank you for your email", "thank you for your message", "thanks for your email", "thanks for your message",
            "thank you for the information", "ご連絡ありがとう", "ご連絡いただき", "ご連絡をいただき", "ご案内いただき",
            // The salutation to the reviewer (「Amazon Web Services ご担当者様」) names no recipient of the mail.
            "services ご担当者", "servicesご担当者", "aws ご担当者", "awsご担当者", "ses ご担当者", "sesご担当者", "審査ご担当",
            "審査担当者様", "審査担当の皆様", "サポートご担当", "サポート担当者様", "ご担当者各位", "ご担当者様各位",
            // A date or a figure still to come confirms nothing.
            "to be confirmed", "yet to be confirmed", "still to be confirmed", "not yet confirmed",
            // 「注文住宅」 is a kind of house, not an order.
            "注文住宅", "注文建築", "注文家具",
            // 「業界をリードする」 leads an industry; it names no sales lead.
            "をリードする", "をリードし", "をリードして", "リードする", "リードしている", "リードしてまいり",
            // The writer's own request to AWS ("thank you for considering our request") is no recipient's.
            "our request", "this request", "my request", "sandbox request", "access request",
            "increase request", "limit request", "would like to request", "'d like to request", "are requesting",
            "am requesting", "hereby request", "request production", "request a sending", "request a limit",
            "request a higher", "request an increase", "request a quota", "request to move", "request to be moved",
            "request that our", "request that we", "request that the", "request removal", "requesting production",
            "requesting a", "requesting an", "requested production", "requested a limit", "requested a sending",
        ] + favoursReceived),
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
            // A form the recipient fills in, on paper or online: "wrote their email on the intake form".
            "wrote their email", "write their email", "writes their email", "intake form", "application form",
            "paper form", "order form", "booking form", "contact form",
            "登録", "申し込", "申込", "同意", "オプトイン", "確認メール", "本登録", "注文", "購入時", "購入された", "ご購入",
            "アカウント作成", "アカウントを作成", "入力", "チェックボックス", "承諾", "許諾", "受信を希望", "配信を希望", "購読を希望", "招待", "購入者", "購入いただ", "purchasers", "buyers", "customers who buy", "フォーム", "予約",
            "入会", "購読",
        ] + addressHandOvers),
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
            "public directories", "business directories", "online directories", "member directory", "members directory",
            "membership directory", "members' directory", "online directory", "business directory", "public directory",
            "from the directory", "from a directory", "from directories", "directory lists", "listed in the directory",
            "公開している一覧", "公開されている一覧", "公表している一覧", "公表されている一覧", "掲載されているアドレス",
            "掲載されているメールアドレス", "メールアドレスが掲載", "アドレスが掲載", "連絡先が掲載", "一覧からアドレス",
            "一覧からメールアドレス", "名簿からアドレス", "名簿からメールアドレス", "公開名簿", "会員名簿から", "業界名簿",
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
            "company we acquired", "business we acquired", "brand we acquired", "acquired company's", "from the acquisition",
            "inherited list*", "inherited customer*", "事業譲渡", "引き継いだ顧客", "引き継いだリスト", "引き継いだ会員", "譲り受けた顧客",
            "法人宛", "法人向けのため", "名刺交換した", "交換した名刺", "公表されているアドレス", "公表アドレス", "公開アドレス",
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
            "anyone we have ever", "every address we",
            // Business cards as a list (a printer's product is no list): collected, exchanged, scanned.
            "business cards we collected", "business cards we have collected", "business cards collected",
            "collected business cards", "exchanged business cards", "business cards exchanged", "business card scan*",
            "scanned business cards", "business cards from", "business card contacts", "business card data", "全ての連絡先", "すべての連絡先", "全連絡先",
            "保有しているすべて", "保有している全", "保有する全", "保有するすべて", "手持ちのアドレス", "手持ちのリスト",
            "持っているアドレスすべて", "過去の取引先すべて",
            // An address book or business cards as the list (「アドレス帳の一括取り込み機能はありません」 names a feature).
            "アドレス帳のすべて", "アドレス帳の全", "アドレス帳に登録されている", "アドレス帳にある", "アドレス帳から",
            "アドレス帳の連絡先", "アドレス帳宛", "集めた名刺", "名刺を集め", "いただいた名刺", "頂いた名刺", "名刺の情報",
            "名刺データ", "名刺管理", "名刺から", "名刺のアドレス", "名刺のメールアドレス", "全件に一斉", "全件へ一斉",
            "全件に配信", "全件に送", "全件へ送", "リスト全件", "全員に一斉", "全ての取引先", "すべての取引先",
        ]),
        (.vagueListClaim, [
            // A list's quality or lawfulness asserted, with nothing a reviewer can check.
            "kept clean", "keep our list clean", "keep our lists clean", "keep the list clean", "clean and up to date",
            "clean and up-to-date", "accurate and up to date", "accurate and up-to-date", "up-to-date list*", "list hygiene", "legally obtained", "lawfully obtained", "obtained lawfully",
            "obtained legally", "properly obtained", "legitimately obtained", "obtained legitimately", "obtained properly",
            "collected lawfully", "collected legally", "lawfully collected", "legally collected", "in a compliant manner",
            "compliant way", "responsibly collected", "collected responsibly", "high-quality list*", "quality list*",
            "適法かつ適正", "適正かつ適法", "適正に取得", "適法に取得", "適切に取得", "適正に管理", "適正に行", "適法に行", "適切に行っ",
            "正当な方法", "正当な手段", "法令に基づき取得", "法令に基づいて取得", "法令に従って取得", "法令を遵守して取得",
            "法令に則って取得", "法令に則り取得", "適切な方法で取得", "適正な方法で取得", "合法的に取得", "合法的な方法",
            "適切な方法で収集", "適正に収集", "適法に収集", "きちんと管理", "しっかり管理", "厳格に管理", "クリーンな状態",
            "最新の状態に保", "常に最新",
        ]),
        (.staleList, [
            "haven't emailed in years", "have not emailed in years", "not emailed for years", "not mailed for years",
            "not mailed in years", "haven't mailed", "old list*", "years-old", "from years ago", "years ago",
            "dormant list*", "数年前", "何年も", "年ぶり", "年間送っていない", "年間配信していない", "年以上送っていない",
            "年以上配信していない", "年間使っていない", "休眠リスト", "休眠会員", "years since we", "first time in years", "長年送っていない", "古いリスト", "古い名簿", "昔のリスト", "以前のリスト",
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
            // Marketing mail that comes with the sign-up unless refused ("beta users receive it by default").
            "receive it by default", "receives it by default", "receive them by default", "get it by default",
            "gets it by default", "get them by default", "sent by default", "sent to everyone by default",
            "by default as part of", "included by default", "on by default for every", "デフォルトで配信", "デフォルトで受信",
            "初期設定で配信", "初期設定で受信", "標準で配信対象", "全員に配信される設定",
            // Consent by silence: everyone is in unless they object.
            "unless they unsubscribe", "unless they opt out", "unless they object", "unless they ask", "until they unsubscribe",
            "until they opt out", "added unless", "申し出がなければ", "申し出がない限り", "申し出のない限り", "拒否しない限り",
            "停止しない限り", "お申し出がない場合", "解除しない限り",
            // Consent by unticking: everyone is in unless they take the tick out.
            "希望しない方はチェックを外", "希望されない方はチェックを外", "不要な方はチェックを外", "不要の方はチェックを外",
            "untick the box if they do not", "untick the box if they don't", "uncheck the box if they do not",
            "uncheck the box if they don't", "untick it if they do not", "untick it if they don't", "unless they untick",
            "unless they uncheck",
            // Consent by switching off afterwards: everyone gets it, and whoever objects turns it off.
            "who do not want it can switch it off", "who don't want it can switch it off", "who do not want it can turn it off",
            "who don't want it can turn it off", "who do not want it can opt out", "who don't want it can opt out",
            "who do not want it can unsubscribe", "who don't want it can unsubscribe", "不要な方は後から", "希望しない方は後から",
            "不要な方は設定で停止", "希望しない方は設定で停止", "不要な場合は後から",
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
            "同意は必要ありません", "承諾は不要", "許可は不要", "同意を取る必要はない", "同意を得る必要はありません",
            "同意は求めていません", "オプトインは不要", "事前の同意は不要", "法人宛のため同意", "btobのため同意", "b2bのため同意",
            "no consent is necessary", "consent is not necessary", "do not require consent", "does not require consent",
            "doesn't require consent", "don't require consent", "exempt from consent", "no opt-in is required",
            "opt-in is not required", "opt-in isn't required", "b2b emails do not need", "b2b email does not need",
        ]),
        (.listTopic, [
            "where addresses come from", "where the addresses come from", "where our addresses come from",
            "where recipients come from", "list building", "list-building", "building the list", "building our list",
            "how we build", "how the list is built", "how we collect", "how addresses are collected", "list acquisition",
            "acquiring the list", "address collection", "collecting addresses", "source of addresses", "address source*",
            "list source*", "source of the list", "origin of the list", "how we get", "how we obtain", "how we acquire",
            "リストの取得", "宛先の取得", "アドレスの取得", "送信先の取得", "配信先の取得", "リストの作成", "リストの作り方",
            "リストについて", "宛先について", "送信先について", "配信先について", "宛先の集め方", "リストの集め方", "アドレスの集め方",
            "アドレスの入手", "リストの入手", "宛先の入手", "入手方法", "入手経路", "取得方法", "取得経路", "収集方法", "収集経路",
            "送信先リスト", "配信リストの", "宛先リスト", "リストの管理", "名簿の取得", "名簿について",
            "contact data", "contact details", "our contact list", "宛先の管理", "アドレスの管理", "宛先情報", "連絡先の取得",
        ]),
        (.listSupplier, [
            // Someone other than the recipient, from whom a list can come: a partner, a data firm, a
            // company acquired or in the same group, an event's organiser.
            "partner", "partners", "partner's", "partners'", "data partner*", "marketing partner*", "partner compan*",
            "partner organi*", "partner business*", "third part*", "third-part*", "broker*", "data provider*",
            "list provider*", "lead provider*", "data compan*", "data firm*", "affiliate*", "sister compan*",
            "group compan*", "parent company", "another company", "other companies", "another business",
            "other businesses", "organiser*", "organizer*", "sponsor*", "acquired the", "acquired a company",
            "acquisition of", "merged with", "merger with", "took over",
            "提携", "業者", "第三者", "他社", "グループ会社", "グループ企業", "関連会社", "関連企業", "系列", "協力会社", "パートナー",
            "主催者", "主催団体", "親会社", "子会社", "姉妹", "買収", "合併", "経営統合", "事業譲受",
        ]),
        (.handOver, [
            // A list passing to the sender: only the inbound direction ("supplied by", "who provides",
            // "gives us", 「から」「ご紹介いただいた」), never "we share data with partners".
            "supplied by", "provided by", "shared by", "given by", "sold by", "sent by", "passed on by", "handed over by",
            "referred by", "introduced by", "who supplies", "who supply", "who provides", "who provide", "which supplies",
            "which provides", "that supplies", "that provides", "that supply", "that provide", "supplies us", "supply us",
            "supplied us", "supplied to us", "provides us", "provide us", "provided us", "provided to us", "gives us",
            "give us", "gave us", "given to us", "sends us", "send us", "sent us", "passes us", "pass us", "passed us",
            "passed to us", "sells us", "sold us", "sold to us", "hands us", "handed us", "shares with us", "share with us",
            "shared with us", "with it", "came with", "comes with", "along with", "obtained from", "received from",
            "acquired from", "licensed from", "rented from", "bought from", "purchased from", "from",
            "提供", "紹介", "譲り受け", "譲受", "譲渡", "入手", "受け取", "もらっ", "頂い", "いただい", "預か", "お借り",
            "借り", "引き継", "移管", "共有を受け", "共有いただ", "共有された", "取得し", "取得した",
        ]),
        (.contactList, [
            // What a supplier hands over: a list of people, not data about a parcel.
            "list", "lists", "database", "databases", "contacts", "contact list*", "contact details", "records",
            "leads", "addresses", "email addresses", "names", "subscribers", "members", "customer base",
            "リスト", "名簿", "アドレス", "連絡先", "顧客情報", "顧客データ", "会員情報", "会員データ", "顧客名簿", "会員名簿",
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

        (.recipientNoun, [
            // Who receives the mail, named generically or by kind.
            "recipient*", "customer*", "user*", "subscriber*", "member*", "client*", "account holder*", "audience",
            "community", "patient*", "student*", "parent*", "guest*", "buyer*", "purchaser*", "reader*", "employee*",
            "staff", "attendee*", "participant*", "applicant*", "tenant*", "residents", "owners", "sellers", "vendors",
            "merchants", "partners", "contacts", "subscribers", "people who", "those who", "anyone who", "everyone who",
            "受信者", "配信対象", "送信対象", "送信先", "宛先", "お客様", "お客さま", "顧客", "会員", "利用者", "ユーザー", "購読者",
            "登録者", "患者", "生徒", "保護者", "受講生", "受講者", "参加者", "従業員", "社員", "読者", "取引先", "加盟店", "入居者",
            "契約者", "ご利用者", "申込者", "購入者", "方のみ", "方だけ", "方に", "方へ", "皆様", "皆さま", "た方", "だ方", "名に", "名様",
            "player*", "donor*", "volunteer*", "homeowner*", "landlord*", "driver*", "rider*", "traveller*", "traveler*",
            "passenger*", "learner*", "pupil*", "families", "households", "organisations", "organizations", "form owners",
            "submitters", "the people who", "person who", "the person", "whoever", "account owner*", "shopper*", "diner*",
            "supporter*", "parishioner*", "congregation", "trader*", "cardholder*", "ticket holder*", "担当者", "企業様", "住民", "居住者", "オーナー", "加盟者", "ドライバー", "組合員", "園児", "児童", "学生",
        ]),
        (.relationshipAct, [
            // How a recipient came to the sender: an act of theirs that makes the mail expected.
            "ordered", "order from", "orders from", "place an order", "placed an order", "places an order", "who order*",
            "bought from", "buy from", "purchased from", "purchase from", "who purchase*", "who buy", "who bought",
            "signed up", "sign up", "signs up", "sign-up", "registered", "register", "registers", "created an account",
            "create an account", "creates an account", "have an account", "has an account", "account holder*",
            "their account", "subscribed", "subscribe", "subscribes", "opted in", "opt in", "opted-in", "booked", "book a",
            "books a", "booking*", "reserved", "enrolled", "enrol*", "enroll*", "joined", "join", "joins", "applied",
            "apply", "invited", "invitation*", "invite*",
            "of our clinic", "of our school", "at our school", "our patients", "our students", "their children",
            "paying customer*", "who pay", "under contract", "their contract", "rent from", "stay with us", "stayed with us",
            "checked in", "attended our", "attend our", "requested", "asked for", "who asked", "who request*", "gave us their", "give us their",
            "entered their", "enter their", "provided their", "provide their", "checkout", "at purchase",
            "gave their", "give their", "gives their", "order form", "pre-order*", "placed", "with an account",
            "with accounts", "portal account*", "their own customers", "its customers", "their customers",
            "own customers", "added by", "are added by", "admission form", "membership form", "registration form",
            "current pupils", "current students", "enters the", "enters its", "who hired us", "hired us",
            "by their employer", "by their company", "by their school", "by the school", "by their admin", "by an admin",
            "their order*", "their parcel*", "their booking*", "their appointment*", "their delivery", "their package*",
            "their shipment*", "their reservation*", "their subscription*",
            "made a purchase", "make a purchase", "makes a purchase", "completed a purchase", "made a booking", "made the booking",
            "makes a booking", "made a reservation", "makes a reservation", "with a reservation", "confirmed reservation*",
            "with a booking", "confirmed booking*", "opened an account", "open an account", "opens an account", "signing up",
            "registering", "ordering", "joining", "enrolling", "subscribing", "signed contract", "signed a contract",
            "contract with us", "their lease", "tenancy", "takes an order", "order is placed", "account owner*",
            "owner of the account", "employer adds", "employer added", "administrator adds", "administrator added",
            "admin adds", "admin added", "added to the workspace", "added to their workspace", "added to their team",
            "our employees", "our own employees", "work address*", "company address*", "who pay for", "that pay for",
            "いただいた", "いただいている", "いただいております", "くださった", "自分の取引先", "自社の取引先", "自社の顧客",
            "の顧客に", "取引のある", "お取引のある", "お取引いただ", "取引のあった", "取引実績", "取引がある", "取引があった",
            "ご来店", "来店", "ご来院", "ご記入", "記入いただ", "記入された", "記入した", "口座を開設", "口座開設",
            "依頼された", "ご依頼いただ", "依頼した", "見積もりを依頼", "お見積もり依頼",
            "注文", "購入", "ご購入", "会員登録", "登録", "申し込", "申込", "予約", "入会", "契約", "加入", "受講", "通院", "在籍",
            "通って", "通われ", "招待", "アカウントを作成", "アカウント作成", "利用登録", "宿泊", "来院", "受診", "入学", "購読", "オプトイン", "希望された", "希望した", "ご自身で", "ご本人が",
            "自ら", "入力した", "入力された", "ご入力",
        ] + addressHandOvers),
        (.relationalKind, [
            // Kinds of recipient whose name says how they came to the sender (a patient was seen, a
            // member joined, a tenant signed a lease), unlike "users" or "customers".
            "member", "members", "subscriber*", "patient*", "student*", "pupil*", "parents of", "tenant*", "employee*",
            "staff of", "our staff", "account holder*", "purchaser*", "guests who", "guests of", "attendees who",
            "registrants", "enrollees", "policyholders", "residents of", "homeowners who",
            "buyer's", "buyers'", "the buyer", "recipients of parcels", "parcel recipient*", "recipients of the parcel*",
            "会員", "購読者", "登録者", "契約者", "購入者", "受講生", "受講者", "在校生", "生徒", "保護者", "患者", "入居者", "組合員",
            "従業員", "社員", "宿泊者", "宿泊予定", "ご予約者", "予約者", "加入者", "申込者",
        ]),
        (.interestOnly, [
            // An audience defined by interest, not by an act of theirs: leads, not customers.
            "shown interest", "showed interest", "show interest", "expressed interest", "interested in our",
            "interested in us", "interest in our", "who may want", "who might want", "who would like", "who could use",
            "visitors to our", "website visitors", "site visitors", "who visited", "who visit", "inquir*", "enquir*",
            "downloaded a", "requested information", "requested a brochure",
            "関心を持", "関心のある", "興味を持", "興味のある", "興味がある", "関心がある", "お問い合わせをいただいた", "問い合わせのあった",
            "お問い合わせいただいた", "資料請求", "資料をダウンロード", "名刺", "来場", "訪問者", "閲覧した", "サイトを訪れた",
        ]),
        (.relay, [
            // Mail whose text or recipients someone else chooses: forwarders, relays, bridges, hosted mailboxes.
            "forward incoming", "forwards incoming", "forwarding incoming", "forward inbound", "forwards inbound",
            "forwarding inbound", "inbound mail", "inbound email*", "incoming mail", "incoming email*", "mail forward*",
            "email forward*", "forwarder", "relay*", "fax-to-email", "fax to email", "email-to-fax", "email to fax",
            "faxes", "incoming fax*", "sms-to-email", "sms to email", "text messages to email", "hosted mailbox*",
            "mailbox service", "mailbox product", "on behalf of our users", "on behalf of our customers",
            "on behalf of their", "users compose", "users write", "customers write", "written by our users",
            "written by users", "written by customers", "composed by", "any address they", "any recipient",
            "any address", "addresses our customers enter", "addresses they enter", "addresses users enter",
            "転送", "中継", "fax", "ファックス", "ファクス", "smsをメール", "代理送信", "代行送信", "任意のアドレス", "任意の宛先",
            "自由な宛先", "自由に宛先", "好きな宛先", "他人が書いた", "利用者が作成した", "利用者が書いた", "ユーザーが作成した",
            "ユーザーが書いた", "顧客が作成した", "お客様が作成した", "入力者", "メールボックスサービス", "ホスティングメール",
        ]),
        (.abuseControl, [
            // What keeps a relay from carrying spam.
            "abuse", "rate limit*", "rate-limit*", "rate cap*", "daily cap*", "sending cap*", "per-user limit*",
            "per user limit*", "verified recipient*", "verify the recipient", "verified address*", "verify each",
            "verified destination*", "confirm the destination", "destination is confirmed", "allowlist*", "whitelist*",
            "allow list*", "approved address*", "approved recipient*", "captcha", "spam filter*", "spam-filter*",
            "filtered for spam", "spam check*", "spam scor*", "virus scan*", "moderat*", "suspend*", "terms of use forbid",
            "kyc", "identity check*", "identity verification", "fixed recipient*", "only to the account owner",
            "only to their own", "own verified", "cannot choose the recipient", "can't choose the recipient",
            "不正利用", "悪用", "迷惑メール対策", "スパム判定", "スパムフィルタ", "ウイルスチェック", "送信先の確認", "宛先の確認",
            "確認済みのアドレス", "確認済みアドレス", "認証済み", "本人確認", "送信上限", "送信数の上限", "上限を設け", "レート制限",
            "利用停止", "アカウント停止", "停止措置", "審査", "承認制", "事前登録した", "登録済みのアドレス", "宛先は固定", "固定の宛先",
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
            // 「以後送信せず、…」: a refusal that goes on to say what is done instead.
            "送信せず", "配信せず", "送らず", "お送りせず", "送信はせず", "配信はせず",
        ]),
        (.complaint, [
            "complaint*", "complain*", "spam report*", "reported as spam", "report it as spam", "reports it as spam",
            "report us as spam", "reports us as spam", "marked as spam", "mark it as spam", "marks it as spam",
            "marks a message as spam", "mark a message as spam", "mark our email as spam", "mark us as spam",
            "marks us as spam", "flag it as spam", "flags it as spam", "abuse report*", "feedback loop*", "fbl",
            "spam button", "this is spam", "as spam", "as junk", "report spam", "reports spam", "reporting spam",
            "junk button", "as abuse",
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
            "not remove them", "not remove those", "not remove the", "not unsubscribe them", "削除はしません", "削除しません",
            "リストから外しません", "配信対象から外しません", "引き続きお送り", "引き続きメール",
        ]),
        (.deliveryVerb, [
            // Sending to an address: negated, it is what happens to a bounced or complaining address
            // ("is never mailed again", "won't get another email", 「以後送信されません」).
            "mail", "mailed", "mailing", "email", "emailed", "emailing", "send", "sends", "sent", "sending", "contact",
            "contacted", "contacting", "receive", "receives", "get", "gets", "deliver", "delivers", "delivered",
            "hear from us", "included",
            "送信", "配信", "送ら", "送り", "お送り", "届け",
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
            "postmark", "mailgun", "pinpoint", "return-path", "return path", "mail from domain", "queue", "same topic",
            // "Complaints arrive the same way": the route already told for bounces.
            "the same way", "same route", "same path", "same channel", "same pipeline", "same webhook", "same endpoint",
            "同じ経路", "同じ仕組み", "同じ流れ", "同じ方法で",
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
            "unsubscribe the", "unsubscribes the", "unsubscribe that", "unsubscribe any", "unsubscribe anyone",
            "we unsubscribe", "opted out of", "opts them out", "set to do not", "do not email", "do-not-email", "do not contact",
            "do-not-contact", "automatic opt-out", "automatically opted out", "opt-out of all", "ends all", "end all", "ends any",
            "to off", "preference to off", "preferences to off",
            // The address made unusable for mail: "sets the email to invalid", "clears the email field", 「アドレスを無効にし」.
            "to invalid", "as invalid", "marked invalid", "marks it invalid", "flagged invalid", "flags it invalid",
            "to undeliverable", "as undeliverable", "marked undeliverable", "flagged undeliverable", "clears the email",
            "clear the email", "cleared the email", "clears the address", "clear the address", "pause email", "pauses email",
            "paused email", "pause mail", "pauses mail", "pause sending", "pauses sending", "pauses all", "pause all",
            "to \"undeliverable\"", "to 'undeliverable'", "to \"invalid\"", "to 'invalid'", "to \"bounced\"", "to 'bounced'",
            // The sending skips the address: "our sending script skips anyone who is not active".
            "skips", "skipped", "skip them", "skip those", "skip anyone", "skip the address", "skips the address",
            "無効にし", "無効にする", "無効にします", "無効に設定", "無効扱い", "無効として", "無効フラグ", "使用停止", "送信対象から除",
            "停止", "除外", "削除", "サプレッション", "抑制", "送信停止", "配信停止", "無効化", "ブロック", "リストから外", "外します",
            "外し", "止め", "送信対象外",
            "配信対象外", "対象から外", "解除", "送信不可", "配信不可", "対象外に", "対象外と",
            // The address put in a state no send picks up: "the contact's status is set to inactive", "the
            // email on the record is archived", "they are left out of every future send", 「非アクティブに変わり」,
            // 「フラグをオフにし」「配信リストに含まれなくなります」.
            "inactive", "archive*", "dormant", "left out of", "leaves them out", "leave them out", "post only", "post-only",
            "no email", "no-email", "only active", "active contacts", "active subscribers", "active members",
            "非アクティブ", "休眠", "アーカイブ", "オフにし", "オフに設定", "オフにす", "をオフ", "外れ", "含まれなく", "含めない",
            "含めず", "届かなくな", "送信されなく", "配信されなく",
            // The address dropped or no longer written to: "hard-bounced addresses are dropped from the list",
            // "we stop contacting them", "set to bounced", 「ブラックリストに登録し」「配信先から除きます」「送信は見合わせ」.
            "dropped from", "dropped too", "dropped as well", "is dropped", "are dropped", "drop them", "drops them",
            "drop the address", "drops the address", "stop contacting", "stops contacting", "stop messaging",
            "stops messaging", "on hold", "to bounced", "as bounced", "to unsubscribed", "as unsubscribed", "to suppressed",
            "to complained", "as complained", "no longer eligible", "not eligible",
            "ブラックリスト", "拒否リスト", "配信拒否", "から除き", "から除く", "から除いて", "フラグを立て", "フラグを付け",
            "不達フラグ", "エラーフラグ", "配信不可フラグ", "見合わせ", "控え", "休止", "抹消", "退会扱い",
            // The effect already told for the other notice: "a complaint does the same thing", 「苦情も同様に非アクティブとなり」.
            "does the same", "do the same", "the same thing", "treated the same", "the same treatment", "same happens",
            "same applies", "同様に", "同じ扱い", "同様の扱い",
        ]),
        (.optOutTiming, [
            // When an unsubscribe takes effect.
            "immediate*", "at once", "instant*", "right away", "straight away", "straightaway", "same day", "same-day",
            "within", "automatic*", "real time", "real-time", "on the spot", "no delay", "without delay", "in seconds",
            "next send", "before the next", "takes effect", "take effect", "effective immediately", "promptly",
            "即時", "即座", "ただちに", "直ちに", "すぐに", "すぐ", "その場で", "自動", "リアルタイム", "当日", "以内", "即日",
            "次回配信から", "次回の配信から", "反映され", "反映します", "反映しています", "反映",
            "the moment", "at that moment", "once they click", "when they click", "同時に", "その時点で", "時点で",
        ]),
        (.consentGiven, [
            // How a recipient says yes (for marketing mail; an order or an account is its own consent for transactional mail).
            "consent*", "opt in", "opt-in*", "opted in", "opted-in", "opts in", "double opt-in", "confirmation link",
            "confirmation email", "confirmation e-mail", "confirm their", "confirms their", "confirmed their", "checkbox*",
            "check box", "tick box", "tickbox", "unticked", "un-ticked", "unchecked", "not pre-ticked", "agree*",
            "permission*", "asked to receive", "ask to receive", "ask for it", "asked for it", "chose to", "choose to",
            "join our mailing list", "joins our mailing list", "joined our mailing list", "join the mailing list",
            "joins the mailing list", "joined the mailing list", "join our newsletter", "sign up for", "signs up for",
            "signed up for", "メルマガに登録", "メールマガジンに登録", "配信を申し込", "購読を申し込",
            "tick a box", "ticks a box", "ticked a box", "tick the box", "ticks the box", "ticked the box", "ticked", "ticks", "tick", "ticking",
            "丸をつけ", "チェックした", "チェックをつけ", "受け取り希望", "受信希望", "希望欄",
            "choosing to", "choose whether", "explicitly", "subscribe", "subscribes", "subscribed", "subscribing",
            "subscription*", "confirmed by email", "confirmed by e-mail", "confirm by email", "confirmed via email", "confirmed their", "signed up for our newsletter",
            "sign up for our newsletter", "sign up for the newsletter", "signed up for the newsletter", "request it",
            "requested it", "requested them", "request them", "asked for them", "ask for them", "toggle", "opt into", "opted into",
            "asked to be on", "ask to be on", "asked to be added", "asked to join", "asked to be included",
            "switch it on", "turn it on", "switched it on", "turned it on", "switch them on", "turn them on",
            "they switch on", "they turn on", "consent collected", "consent obtained", "opt-in obtained",
            "gave their consent", "given their consent", "give their consent", "gave us their consent", "gave consent",
            "given consent", "gave their permission", "given their permission", "gave us permission", "given us permission",
            "同意", "オプトイン", "確認メール", "本登録", "チェックボックス", "チェックを入れ", "希望者", "ご希望の方", "受け取りを希望", "希望した", "希望する方", "希望いただ", "ご希望いただ", "配信希望", "購読希望",
            "メルマガ希望", "ニュースレター希望", "案内を希望", "お知らせを希望", "メールを希望", "受け取りを選",
            "承諾", "許諾", "購読",
            "メルマガ登録", "メールマガジン登録", "ご本人が", "自ら", "初期状態でオフ", "チェックは外れ", "選んだ", "選択した",
            "選ばれた", "希望された", "自分で",
            "選択された", "選択いただ", "受信を選択", "配信を選択", "メール登録", "配信登録", "メール会員", "ご自身で", "ご自分で",
            "初期設定はオフ", "初期設定ではオフ", "デフォルトはオフ", "未チェック", "チェックなし", "同意を取得", "オプトインを取得",
            "許諾を取得", "承諾を取得",
            // A choice of the recipient's: "members who chose it", "those who asked for it", 「希望された会員のみ」.
            "who chose", "who choose", "who have chosen", "who has chosen", "who opted for", "who opt for", "chose it",
            "chosen it", "chose them", "opted for it", "at their request", "on request", "by request", "on their request",
            "asked to get", "ask to get", "want to receive", "wanted to receive", "wish to receive", "wished to receive",
            "希望され", "希望のあった", "希望があった", "ご希望のあった", "希望者のみ", "希望者だけ", "希望した会員", "お選びいただ",
        ] + newsletterSignUps),
        (.termsAgreement, [
            // Agreeing to the terms or the privacy policy: consent to the service, not to marketing mail.
            "terms of service", "terms of use", "terms and conditions", "terms & conditions", "our terms", "the terms",
            "privacy policy", "privacy notice", "user agreement", "eula",
            "利用規約", "会員規約", "サービス規約", "プライバシーポリシー", "個人情報の取り扱い", "個人情報の取扱い", "個人情報保護方針",
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
            "wrote their email", "write their email", "writes their email", "intake form", "application form",
            "paper form", "order form", "booking form", "contact form",
            "our site", "our app", "the app", "in-app", "in store", "in-store", "our shop", "our store", "join*",
            "customers who", "buyers", "purchasers", "members", "trade fair*", "trade show*", "business card*", "event*",
            "imported", "import", "csv", "partner*", "crm",
            "登録", "申し込", "申込", "注文", "購入時", "購入された", "ご購入", "アカウント作成", "アカウントを作成", "入力",
            "招待", "フォーム", "予約", "入会", "会員", "サイト", "アプリ", "店舗", "店頭", "展示会", "名刺",
            "提供", "インポート", "購入者",
        ] + addressHandOvers),

        // MARK: opt-out
        (.optOut, [
            "unsubscrib*", "opt out", "opt-out*", "opted out", "opts out", "opting out", "stop receiving", "preference*",
            "email settings", "notification settings", "turn off", "turned off", "switch off", "switched off", "turns off",
            "manage their subscription*", "manage subscription*", "list-unsubscribe*", "remove themselves", "leave the list",
            "cancel their subscription", "cancel the subscription", "one-click", "one click", "unsub", "mute", "opt back out",
            "no longer want*", "not interested", "no longer interested", "choose which", "choose whether", "choose what",
            "turn email off", "turns email off", "turn emails off", "turn it off", "turns it off", "turn them off",
            "turn these off", "turn notifications off", "turn reminders off", "turn alerts off", "switch it off",
            "switches it off", "switch them off", "switch email off", "switches email off", "turn the notes off",
            "turn each off", "off by default", "untick", "unticks", "opt out of",
            // The way out named by what it does: "a stop link", 「停止リンク」, 「押すと止まります」.
            "停止のお申し込み", "停止のお申し出", "停止の申し込み", "停止の申し出", "停止依頼", "停止のご依頼", "停止のご要望",
            "停止リンク", "停止用リンク", "停止用のリンク", "停止ボタン", "停止用url", "配信が止ま", "止まります", "届かなくなり",
            "stop link", "stop-link", "stop button", "stop-button", "stop emails link", "stop receiving link",
            "受け取らなくな", "受信しなくな",
            "不要と設定", "不要にでき", "不要に設定", "受け取らないよう", "停止でき", "止めることができ", "オフにでき", "オフに設定",
            "配信停止", "オプトアウト", "購読解除", "購読停止", "登録解除", "解除", "通知設定", "配信設定", "受信設定", "メール設定",
            "受信拒否", "停止できます", "オフに", "止められ", "退会", "配信を停止", "受け取らない", "受信しない", "停止手続",
        ]),
        (.unsubscribeLink, [
            "link", "links", "footer", "button", "settings page", "preferences page", "page", "settings", "portal",
            "in the app", "app settings", "account settings", "dashboard", "profile", "list-unsubscribe header*",
            "reply stop", "マイページ", "アプリ", "画面", "メニュー", "退会手続", "解約手続", "お手続き", "preference centre", "preference center",
            "one-click", "one click", "list-unsubscribe", "リンク", "フッター", "ボタン", "設定画面", "設定ページ", "ワンクリック", "url",
            "single click", "single-click", "at the bottom", "bottom of", "unsubscribe page", "hosted unsubscribe",
            "下部", "末尾", "1クリック", "一クリック", "アカウント設定", "メール設定", "通知設定", "配信設定", "受信設定",
        ]),
        (.oneClick, [
            "one-click", "one click", "list-unsubscribe", "list-unsubscribe-post", "rfc 8058", "rfc8058", "ワンクリック",
            "1-click", "1 click", "1クリック", "一クリック", "ワン・クリック",
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
            "ログインして", "ログインし、", "ログインしたうえ", "ログインした後", "ログインのうえ", "サインインし、", "ログイン後", "ログインが必要", "ログインする必要", "マイページにログイン", "ログインの上", "ログインした上",
        ]),
        (.accountPage, [
            // A page behind the recipient's login: unsubscribing there needs a password.
            "my page", "mypage", "my account", "account settings", "account page", "their account", "your account",
            "online account", "customer account", "user account", "web account",
            "member area", "members area", "members' area", "member page", "members page", "member portal", "customer portal",
            "profile page", "their profile", "dashboard", "in the app", "app settings", "inside the app",
            "マイページ", "会員ページ", "会員専用ページ", "会員サイト", "会員画面", "アカウント設定", "アカウントページ", "管理画面",
            "アプリの設定", "アプリ内", "アプリから",
        ]),
        (.linkInMail, [
            // An unsubscribe that works from the message itself.
            "link", "links", "footer", "one-click", "one click", "list-unsubscribe*", "url", "reply stop",
            "リンク", "フッター", "ワンクリック", "url",
        ]),
        (.mandatoryMessage, [
            "mandatory", "required for", "cannot be turned off", "can't be turned off", "always sent", "are always sent",
            "cannot be switched off", "can't be switched off", "cannot be disabled", "can't be disabled", "part of the booking",
            "part of the order", "part of the appointment", "part of the transaction", "part of the contract",
            "is always sent", "essential", "necessary for", "service messages", "security messages", "security notices",
            "nothing to unsubscribe", "tied to an order", "tied to their order", "part of the service", "needed for the order",
            "nothing to opt out of", "nothing to opt out from", "no opt-out is needed", "the service itself",
            "required to use the service", "sent only for an order", "only for an order", "required to fulfil",
            "required to fulfill", "required to complete", "triggered by the user", "triggered by their own",
            "in response to their own", "only in response to", "user-triggered", "sent only when the user", "no need to unsubscribe",
            "no need for an unsubscribe", "操作に応じて", "操作によって送", "ご自身の操作", "ご本人の操作", "停止の必要はございません",
            "停止の必要はありません", "停止する必要はありません", "required to deliver", "needed to fulfil", "needed to fulfill",
            "needed to complete", "necessary to fulfil", "necessary to fulfill", "necessary to provide", "tied to the user's",
            "tied to their", "tied to the account", "tied to a", "cannot be opted out", "can't be opted out",
            "nothing to subscribe to", "nothing to unsubscribe from", "no subscription to cancel", "direct result of",
            // Named by what switching them off would break: "cannot be switched off", "documents the customer needs for a job".
            "cannot be switched off", "can't be switched off", "cannot be disabled", "can't be disabled", "cannot be turned off for",
            "part of the purchase", "part of the order", "part of their order", "part of the booking", "part of their booking",
            "needs for", "need for", "needed for", "needs to receive", "need to receive", "required by law", "legally required",
            "必ずお送り", "必ず送り", "必ず届", "取引に必要", "必要な書類", "サービスの提供に必要", "契約上必要",
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
        // MARK: mail type
        (.marketingSignal, [
            "newsletter*", "promotion*", "promotional", "promo", "promos", "coupon*", "discount*", "campaign*",
            "special offer*", "offers", "deals", "marketing email*", "marketing mail*", "marketing message*",
            "product announcement*", "new arrivals", "advertis*", "sale announcement*", "flash sale*", "seasonal sale*",
            "sales campaign*", "blast*", "mailshot*", "drip",
            // A shop's or a kitchen's specials: "the special of the week", "weekly specials".
            "specials", "special of the week", "special of the day", "special of the month", "weekly special", "daily special",
            "monthly special", "today's special",
            "メルマガ", "メールマガジン", "ニュースレター", "キャンペーン", "セール", "クーポン", "割引", "プロモーション",
            "広告", "お得な", "新商品のお知らせ", "新商品のご案内", "新商品の案内", "商品のご案内", "販促", "特典", "新着情報",
        ]),
        (.promotion, [
            "promotion*", "promotional", "promo", "promos", "coupon*", "discount*", "special offer*", "advertis*",
            "flash sale*", "seasonal sale*", "sale announcement*", "sales campaign*", "marketing email*", "marketing mail*",
            "キャンペーン", "セール", "クーポン", "割引", "広告", "販促", "お得な", "プロモーション",
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
        ] + transactionNotices),
        (.statesTransactional, [
            "mail type is transactional", "primary mail type is transactional", "primarily transactional",
            "mostly transactional", "mainly transactional", "predominantly transactional", "overwhelmingly transactional",
            "purely transactional", "strictly transactional", "entirely transactional", "all transactional",
            "transactional mail type", "the majority is transactional", "majority of our mail is transactional",
            "most of our mail is transactional", "most of our email is transactional", "most of the mail is transactional",
            "大半はトランザクション", "大部分はトランザクション", "ほとんどがトランザクション", "主にトランザクション",
            "大半は取引", "大部分は取引", "ほとんどが取引", "主に取引", "取引メールが大半", "取引メールが中心",
            "トランザクションメールが大半", "トランザクションメールが中心", "大半は注文", "大半は取引に関する",
            "only transactional", "transactional only", "transactional emails only", "transactional messages only",
            "exclusively transactional", "solely transactional", "all of our mail is transactional",
            "all of our email is transactional", "all our email is transactional", "all our mail is transactional",
            "トランザクションメールのみ", "取引メールのみ", "取引に関するメールのみ", "すべてトランザクション", "全てトランザクション",
            "すべて取引", "全て取引", "トランザクションメールだけ", "取引メールだけ",
        ]),
        (.sentElsewhere, [
            // "Our newsletter goes out through a separate provider, not through SES", 「メルマガは別のサービスで配信しており、今回の対象外です」.
            "separate provider", "separate service", "separate platform", "separate tool", "separate system",
            "separate account", "separate aws account", "different provider", "different service", "different platform",
            "another provider", "another service", "another platform", "another tool", "another account",
            "not through ses", "not via ses", "not from ses", "not with ses", "not using ses", "not on ses", "outside ses",
            "outside of ses", "outside amazon ses", "not through this account", "not from this account",
            "not part of this request", "not included in this request", "not covered by this request",
            "outside this request", "outside the scope of this request", "not in scope", "out of scope",
            "別のサービス", "別サービス", "別の配信サービス", "別の配信システム", "別の配信ツール", "別のツール", "別のシステム",
            "別システム", "別のアカウント", "別アカウント", "他の配信サービス", "他社の配信サービス", "他社サービス", "既存の配信サービス",
            "ses以外", "sesとは別", "ses とは別", "本申請の対象外", "今回の申請の対象外", "申請の対象外", "今回の対象外",
            "本件の対象外", "対象外です", "対象外となります", "対象外とします", "対象外でございます", "含まれません", "含みません",
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
        (.genericContent, [
            // Words that name mail without saying what is in it.
            "notifications", "updates", "communications", "announcements", "information", "news", "messages",
            "other communications", "other messages", "various", "general", "relevant content", "useful content",
            "useful information", "valuable content", "helpful content", "offers and updates", "news and updates",
            "service-related", "service related", "account-related", "important information", "notice", "notices",
            "emails", "e-mails", "mails", "mail", "email",
            "お知らせ", "ご案内", "各種", "情報", "ご連絡", "連絡", "案内", "通知", "役立つ", "お得な", "様々な", "さまざまな",
            "いろいろな", "色々な",
        ]),
        (.messageKind, [
            // A named kind of message: what it is and what it is for.
            "order confirmation*", "order receipt*", "receipt*", "invoice*", "payment confirmation*", "payment receipt*",
            "password reset*", "reset password*", "reset link*", "verification code*", "login code*", "sign-in code*",
            "one-time code*", "one-time password*", "2fa", "two-factor", "magic link*", "sign-in link*", "email verification",
            "address verification", "account verification", "welcome email*", "shipping notification*", "shipping confirmation*",
            "shipping update*", "dispatch notice*", "delivery notification*", "delivery update*", "tracking number*",
            "booking confirmation*", "reservation confirmation*", "appointment reminder*", "lesson reminder*",
            "class reminder*", "renewal reminder*", "payment reminder*", "reminder of", "reminders of", "reminders about",
            "reminder about", "security alert*", "login alert*", "new-device", "price alert*", "price-drop alert*",
            "stock alert*", "back in stock", "back-in-stock", "digest", "weekly summary", "monthly summary",
            "weekly report*", "monthly report*", "monthly statement*", "statement*", "comment notification*",
            "reply notification*", "mention notification*", "replied to", "new message from", "invitation email*", "invite email*",
            "subject line*", "subject:", "sample subject", "e.g. \"", "such as \"", "new listings", "new arrivals",
            "event invitation*", "survey*", "cancellation notice*", "cancellation confirmation*", "report card*",
            "school notice*", "class schedule*", "schedule change*", "timetable", "exam result*", "test result*",
            "lab result*", "release notes", "changelog", "product update email*", "maintenance notice*", "outage notice*",
            "incident notice*", "status update*", "ticket update*", "ticket reply", "support ticket*", "quote request*",
            "order status", "articles", "recipes", "guides", "tips", "coupon code*", "discount code*", "sale notice*",
            "注文確認", "ご注文確認", "注文完了", "受付完了", "領収", "請求書", "決済完了", "支払い完了", "入金確認", "パスワード再設定",
            "パスワードリセット", "認証コード", "確認コード", "ワンタイム", "ログイン通知", "本人確認", "発送通知", "発送のお知らせ",
            "発送完了", "出荷のお知らせ", "配送状況", "お届け予定", "予約確認", "予約の確認", "予約完了", "予約受付", "予約日",
            "前日", "リマインド", "リマインダー", "レッスン", "授業", "時間割", "休講", "成績", "検査結果", "診察", "再入荷",
            "値下げ", "新着物件", "新着求人", "新着記事", "件名", "件名例", "本文は", "本文には", "ダイジェスト", "週報", "月報",
            "明細", "更新のお知らせ", "契約更新", "解約完了", "退会完了", "メンテナンス", "障害", "お問い合わせへの回答",
            "問い合わせ受付", "見積", "コメント", "返信通知", "招待メール", "アンケート", "イベント案内", "セミナー案内", "記事",
            "レシピ", "コラム", "クーポンコード",
        ]),
        (.frequency, [
            // How often or on what event a message goes out.
            "weekly", "monthly", "daily", "once a week", "once a month", "twice a month", "twice a week", "every week",
            "every month", "every monday", "every tuesday", "every wednesday", "every thursday", "every friday",
            "every saturday", "every sunday", "each monday", "each tuesday", "each wednesday", "each thursday", "each friday",
            "each saturday", "each sunday", "on mondays", "on tuesdays", "on wednesdays", "on thursdays", "on fridays",
            "on saturdays", "on sundays", "each week", "each month", "per week", "a week", "a month", "fortnightly",
            "biweekly", "bi-weekly", "quarterly", "times a year", "times a month", "times a week", "a year", "annually",
            "every two", "every three", "every four", "every six", "every other", "every few", "bimonthly", "bi-monthly",
            "twice a year", "once a year", "each term", "every term", "each season", "every season", "seasonal",
            "each quarter", "every quarter",
            "when an order", "when a customer", "when a user", "when someone", "when they", "after each", "after every",
            "each order", "every order", "per order", "each booking", "per booking", "before each", "before every",
            "the day before", "hours before", "days before", "on each", "whenever", "as soon as", "triggered by",
            "in response to", "only when",
            "毎週", "毎月", "毎日", "週1", "週一", "週に", "月1", "月一", "月に", "月2", "隔週", "年に", "年4", "四半期",
            "前日", "当日", "直後", "時に", "際に", "たびに", "ごとに", "都度", "その都度", "とき", "場合に",
            "季節ごと", "季節毎", "毎季", "年数回", "年に数回", "半年ごと", "毎四半期",
        ]),
        (.complianceClaim, [
            // A claim that the sending meets the law.
            "gdpr", "uk gdpr", "can-spam", "can spam", "casl", "pecr", "lawful*", "legally", "compliant", "complies with",
            "comply with", "in compliance", "in accordance with the law", "in accordance with applicable",
            "特定電子メール法", "特定電子メールの送信の適正化", "個人情報保護法", "適法", "合法", "法令を遵守", "法令に準拠", "法令に従",
            "法律に従", "法律を遵守", "法的に問題", "違法ではない", "法令上問題", "共同利用",
        ]),
        (.specifiedEmailAct, [
            "特定電子メール法", "特定電子メールの送信の適正化", "特電法", "迷惑メール防止法", "迷惑メール法",
            "act on specified electronic mail", "specified electronic mail act", "specified email act",
            "act on regulation of transmission of specified electronic mail",
        ]),
        (.senderName, [
            // The sender's name as an advertising mail shows it (read only beside `shownInMail`).
            "送信者の名称", "送信者の氏名", "送信者名", "送信者の名前", "送信元の名称", "名称", "氏名", "会社名", "社名", "店名",
            "ショップ名", "事業者名", "運営者名", "屋号", "団体名", "sender's name", "sender name", "name of the sender",
            "company name", "business name", "our name", "legal name",
        ]),
        (.postalAddress, [
            "住所", "所在地", "postal address", "physical address", "mailing address", "business address", "street address",
        ]),
        (.shownInMail, [
            "記載", "表示", "明記", "掲載", "載せ", "記し", "示し", "入れ", "shows", "show", "showing", "shown", "display*",
            "include*", "state*", "carries", "carry", "bears", "printed",
        ]),
        (.refusalContact, [
            // Where a recipient refuses further mail, as the act asks it shown (read beside `optOut`).
            "連絡先", "問い合わせ先", "お問い合わせ先", "窓口", "url", "リンク", "メールアドレス", "アドレス", "contact", "address",
            "link",
        ]),
        (.fluff, [
            "world-class", "world class", "cutting-edge", "cutting edge", "industry-leading", "industry leading",
            "best-in-class", "best in class", "state-of-the-art", "next-generation", "revolutionary", "innovative solutions",
            "最先端", "業界最高", "業界トップクラス", "世界最高水準", "革新的なソリューション", "最高品質のサービス",
        ]),
        (.notLive, [
            "coming soon", "not live yet", "not yet live", "under construction", "parked", "not launched yet",
            "isn't live", "is not live",
            // The site itself not yet there: "our website is still being built", "we don't have a website yet".
            "website is being built", "site is being built", "website is still being built", "site is still being built",
            "website is in development", "site is in development", "website is under development", "site is under development",
            "website is not yet", "website is not ready", "site is not ready", "website will go live",
            "site will go live", "website will launch", "site will launch", "website will be launched", "site will be launched",
            "website will be live", "site will be live", "website goes live", "site goes live", "website launches",
            "don't have a website", "do not have a website", "don't have a site", "do not have a site", "no website yet",
            "without a website", "have no website", "has no website", "holding page", "placeholder page", "parked domain",
            "準備中", "工事中", "公開前", "近日公開", "まだ公開", "未公開",
        ] + siteNotYet),
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
