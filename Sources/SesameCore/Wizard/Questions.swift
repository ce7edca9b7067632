/// The wizard's questions, in the order the AWS form and a reviewer take them.
public enum Questions {
    private typealias T = Question.Texts

    public static let all: [Question] = [
        Question(key: .mailType, kind: .choice(["TRANSACTIONAL", "MARKETING"]), optional: false, text: [
            .en: T(title: "What kind of mail will most of it be?",
                   why: "AWS asks for the type of most of your traffic. TRANSACTIONAL: messages within a transaction or an account (receipts, sign-in codes, notifications). MARKETING: offers, newsletters, announcements.",
                   example: "TRANSACTIONAL"),
            .ja: T(title: "送信するメールの大半はどの種類ですか？",
                   why: "AWS は送信するメールの主な種類を確認します。TRANSACTIONAL(トランザクション)は取引やアカウントに伴うメール(注文確認、ログインコード、通知など)、MARKETING(マーケティング)は広告、メールマガジン、お知らせです。",
                   example: "TRANSACTIONAL"),
        ]),
        Question(key: .websiteURL, kind: .line, optional: false, text: [
            .en: T(title: "What is the address of your website?",
                   why: "The reviewer opens it to see the business you describe. Use the live https site on your sending domain, with a privacy policy and contact details — not a social-media page.",
                   example: "https://shop.example.org"),
            .ja: T(title: "ウェブサイトの URL を入力してください。",
                   why: "審査担当者は実際にサイトを開き、説明された事業と一致するかを確認します。送信ドメインで公開中の https のサイト(プライバシーポリシーと連絡先があるもの)を指定してください。X や Instagram などのソーシャルメディアのページは避けてください。",
                   example: "https://midori-eikaiwa.jp"),
        ]),
        Question(key: .contactLanguage, kind: .choice(["EN", "JA"]), optional: false, text: [
            .en: T(title: "In which language should AWS contact you about the request?",
                   why: "AWS writes to you in English or Japanese while it reviews the request.",
                   example: "EN"),
            .ja: T(title: "審査に関する AWS からの連絡は何語を希望しますか？",
                   why: "審査中の AWS からの連絡は英語か日本語のどちらかで行われます。",
                   example: "JA"),
        ]),
        Question(key: .additionalContacts, kind: .list, optional: true, text: [
            .en: T(title: "Other addresses AWS should copy on the review (up to 4, comma-separated; Enter for none)",
                   why: "Useful when the account's root address is not read daily: reviewers often ask follow-up questions.",
                   example: "ops@example.org, cto@example.org"),
            .ja: T(title: "審査の連絡を一緒に受け取るアドレス(4 件まで、「,」または「、」で区切ります。なければ Enter)",
                   why: "審査担当者から追加の質問が届くことがよくあります。普段読んでいるアドレスを指定してください。",
                   example: "ops@midori-eikaiwa.jp, tanaka@midori-eikaiwa.jp"),
        ]),
        Question(key: .regions, kind: .list, optional: true, text: [
            .en: T(title: "Which AWS regions do you send from? (comma-separated)",
                   why: "The sandbox applies per region: production access is requested separately in each one.",
                   example: "us-east-1, eu-west-1"),
            .ja: T(title: "送信に使う AWS リージョンはどれですか？(「,」または「、」で区切ります。「東京」「大阪」とも書けます)",
                   why: "サンドボックスはリージョンごとに適用されるため、本番アクセスもリージョンごとに申請します。",
                   example: "ap-northeast-1, ap-northeast-3"),
        ]),
        Question(key: .business, kind: .text, optional: false, text: [
            .en: T(title: "Who are you, and what does your site or app do?",
                   why: "Reviewers want a named organisation or product, what it does, for whom, and roughly how big it is.",
                   example: "Harbor Lane Books is a two-person online shop in Bristol selling second-hand art books to about 6,000 customers."),
            .ja: T(title: "事業者名と、サイトやアプリで提供しているサービスを教えてください。",
                   why: "審査では、事業者名やサービス名、何を提供していて誰が利用しているか、おおよその規模が見られます。",
                   example: "株式会社みなと書房は、神戸市で古書の画集を扱うオンライン書店を 2 名で運営しています。会員数は約 6,000 名です。"),
        ]),
        Question(key: .recipients, kind: .text, optional: false, text: [
            .en: T(title: "Who receives your email, and why do they expect it?",
                   why: "Every recipient should have a relationship with you: account holders, buyers, subscribers. Mail to prospects or leads is a red flag.",
                   example: "Only people who ordered from us or created an account get these emails."),
            .ja: T(title: "メールの受信者はどなたで、なぜそのメールを受け取るのですか？",
                   why: "受信者は会員・購入者・購読者など、送信者と関係のある方である必要があります。見込み客への送信は問題視されます。",
                   example: "受信者は、当店で注文または会員登録をしたご本人のみです。"),
        ]),
        Question(key: .listAcquisition, kind: .text, optional: false, text: [
            .en: T(title: "How do you collect addresses, and how do people consent?",
                   why: "This is the first of the four questions AWS asks. Say where addresses come from, how consent is given (double opt-in for marketing), and that you never buy, rent or scrape lists.",
                   example: "Subscribers are added only after clicking the confirmation link; we store when and where they signed up."),
            .ja: T(title: "メールアドレスはどのように取得し、同意はどう得ていますか？",
                   why: "AWS が必ず尋ねる 4 つの質問の 1 つ目です。アドレスの取得元、同意の取り方(広告メールならダブルオプトイン)、名簿の購入や収集をしていないことを書いてください。",
                   example: "申し込み後の確認メールで本登録した方だけに送り、同意の記録を残しています。"),
        ]),
        Question(key: .bounceHandling, kind: .text, optional: false, text: [
            .en: T(title: "How do you handle bounces?",
                   why: "How bounce notices reach you (SNS, event destination), and that a hard bounce is never mailed again. AWS may pause sending near a 10% bounce rate.",
                   example: "Bounce events reach an SNS topic; a permanent bounce puts the address on our do-not-send list."),
            .ja: T(title: "バウンス(不達)にはどう対応していますか？",
                   why: "バウンス通知の受け取り方法(Amazon SNS やイベント送信先)と、ハードバウンスのアドレスに二度と送らないことを書いてください。バウンス率が 10% に近づくと送信が停止されることがあります。",
                   example: "バウンス通知を Amazon SNS で受け取り、ハードバウンスのアドレスには以後一切送信しません。"),
        ]),
        Question(key: .complaintHandling, kind: .text, optional: false, text: [
            .en: T(title: "How do you handle complaints (spam reports)?",
                   why: "How complaint notices reach you, and that a complainer stops getting optional mail at once. Keep the complaint rate far under 0.1%.",
                   example: "A spam report stops all marketing to that person at once; we review reports weekly."),
            .ja: T(title: "苦情(迷惑メール報告)にはどう対応していますか？",
                   why: "苦情通知の受け取り方法と、報告した方への任意のメールを直ちに止めることを書いてください。苦情率は 0.1% を大きく下回るよう管理します。",
                   example: "迷惑メール報告があったアドレスは即時に配信を止め、週次で原因を確認します。"),
        ]),
        Question(key: .optOut, kind: .text, optional: false, text: [
            .en: T(title: "How do recipients unsubscribe or turn mail off?",
                   why: "Marketing: a visible unsubscribe link and one-click List-Unsubscribe headers, no login, honoured at once. Transactional: which messages are mandatory and how optional ones are switched off.",
                   example: "Every newsletter has a one-click unsubscribe that works immediately."),
            .ja: T(title: "受信者はどのように配信を停止できますか？",
                   why: "広告メールなら、見やすい配信停止リンクとワンクリックの List-Unsubscribe ヘッダーを用意し、ログイン不要で即時に反映することを書いてください。取引メールなら、停止できないメールと、任意のメールの止め方を書いてください。",
                   example: "各号のフッターにある解除リンクから、その場で配信を止められます。"),
        ]),
        Question(key: .dailyVolume, kind: .count, optional: false, text: [
            .en: T(title: "How many messages a day do you need?",
                   why: "Ask for what you need in the coming months; larger asks need more justification.",
                   example: "5000"),
            .ja: T(title: "1 日に何通まで送信する必要がありますか？(「3000」「３，０００通」どちらでも入力できます)",
                   why: "当面必要な量を申請してください。大きな数字ほど根拠が求められます。",
                   example: "3000"),
        ]),
        Question(key: .peakPerSecond, kind: .count, optional: false, text: [
            .en: T(title: "How many messages per second at the busiest moment?",
                   why: "The peak rate you need, e.g. when a newsletter goes out or month-end invoices run.",
                   example: "10"),
            .ja: T(title: "最も多い時間帯で毎秒何通送信しますか？",
                   why: "メールマガジンの一斉配信や月末の請求処理など、ピーク時に必要な送信レートです。",
                   example: "5"),
        ]),
        Question(key: .rationale, kind: .text, optional: false, text: [
            .en: T(title: "Why this volume and rate?",
                   why: "Show the numbers: users or subscribers × frequency, what you send today elsewhere, peaks, growth.",
                   example: "About 4,000 a day now, 3/s at peak; asking 12,000/day and 8/s for a year's growth."),
            .ja: T(title: "その送信量と送信レートの根拠を教えてください。",
                   why: "会員数や購読者数 × 送信頻度、現在の送信実績、ピーク、今後の伸びなどを数字で示してください。",
                   example: "現在は 1 日約 4,000 通、ピーク時は毎秒 3 通です。1 年分の成長を見込み、1 日 12,000 通、毎秒 8 通を申請します。"),
        ]),
        Question(key: .content, kind: .text, optional: true, text: [
            .en: T(title: "What do the messages contain? (optional; Enter to skip)",
                   why: "The kinds of message, how often, and a sample subject line. Reviewers often ask for examples when this is missing.",
                   example: "Comment notices such as 'Lee replied to Q3 budget draft', with one link back."),
            .ja: T(title: "メールの内容を教えてください。(任意。Enter で省略)",
                   why: "メールの種類、頻度、件名の例です。書かれていないと審査担当者から例を求められることがよくあります。",
                   example: "件名の例:「【みどり英会話】次回レッスンは 5 月 8 日(水)19:00 です」。本文は日時と教室名のみです。"),
        ]),
    ]

    /// The questions for `compliance.specified_email_act` (特定電子メール法): for marketing profiles
    /// in Japanese (contact language JA, or the wizard in Japanese), after `content`. Each is
    /// optional; `validate` warns about a part left out.
    public static let specifiedEmailAct: [Question] = [
        Question(key: .senderName, kind: .line, optional: true, text: [
            .en: T(title: "Advertising mail to Japan: the sender's name that every mail shows (optional; Enter to skip)",
                   why: "Japan's Act on Regulation of Transmission of Specified Electronic Mail requires every advertising mail to show the sender's name, postal address and where to refuse further mail. Reviewers of marketing requests in Japanese look for it.",
                   example: "Hinata Coffee K.K."),
            .ja: T(title: "特定電子メール法: 広告宣伝メールに表示する送信者の氏名または名称を入力してください。(任意。Enter で省略)",
                   why: "日本の受信者に送る広告宣伝メールには、送信者の氏名または名称、住所、受信拒否の連絡先を毎回表示する必要があります。日本語のマーケティングメールの申請では、審査でもこの点が見られます。",
                   example: "株式会社ひなた珈琲"),
        ]),
        Question(key: .postalAddress, kind: .line, optional: true, text: [
            .en: T(title: "The sender's postal address that every advertising mail shows (optional; Enter to skip)",
                   why: "The second thing the Act requires each advertising mail to show.",
                   example: "1-2-3 Oike-dori, Nakagyo-ku, Kyoto"),
            .ja: T(title: "広告宣伝メールに表示する送信者の住所を入力してください。(任意。Enter で省略)",
                   why: "特定電子メール法で、広告宣伝メールへの表示が求められている事項の 1 つです。",
                   example: "京都府京都市中京区御池通 1-2-3"),
        ]),
        Question(key: .optOutContact, kind: .line, optional: true, text: [
            .en: T(title: "Where do recipients refuse further mail? An email address or an https URL (optional; Enter to skip)",
                   why: "Every advertising mail must say that the recipient may refuse further mail, and show where.",
                   example: "https://shop.example.org/unsubscribe"),
            .ja: T(title: "受信拒否を受け付けるメールアドレスまたは https の URL を入力してください。(任意。Enter で省略)",
                   why: "広告宣伝メールには、受信を拒否できることと、その連絡先を毎回表示する必要があります。",
                   example: "https://hinata-coffee.jp/mail/stop"),
        ]),
    ]
}
