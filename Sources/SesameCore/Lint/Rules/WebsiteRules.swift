private func websiteExample(_ text: String, line: UInt = #line) -> RuleExample {
    RuleExample(text, field: .website, line: line)
}

// MARK: website-url-placeholder

struct WebsiteURLPlaceholderRule: LintRule {
    static let description = RuleDescription(
        id: "website-url-placeholder", topic: .website, defaultSeverity: .error, languages: [],
        summary: LocalizedText(
            en: "The website URL is a placeholder (example.com, <your-domain>, {{…}}, TODO).",
            ja: "ウェブサイトの URL が仮の値(example.com、<your-domain>、{{…}}、TODO)です。"),
        rationale: """
            Reviewers open the URL to see the business described. A reserved example domain or a \
            template placeholder shows the request was never finished.
            """,
        triggeringExamples: [
            websiteExample("https://↓example.com"),
            websiteExample("https://↓shop.example.org/welcome"),
            websiteExample("https://↓{{domain}}"),
        ],
        nonTriggeringExamples: [websiteExample("https://harborlanebooks.co.uk")]
    )

    func findings(in document: PreparedDocument) -> [LintFinding] {
        guard let website = document.document.website else { return [] }
        let url = WebsiteURL(website.text)
        let reserved = ["example.com", "example.org", "example.net", "example"].contains { url.host == $0 || url.host.hasSuffix("." + $0) }
        let lower = website.text.lowercased()
        let template = ["{{", "<", "your-domain", "yourdomain", "your-company", "yourcompany", "xxx", "todo", "tbd", "〇〇"].contains { lower.contains($0) }
        guard reserved || template else { return [] }
        return [LintFinding(place: .website(offset: url.hostOffset), message: LocalizedText(
            en: "the website URL '\(website.text)' is a placeholder; enter the live https address of your site, where reviewers can see the business described",
            ja: "ウェブサイトの URL「\(website.text)」は仮の値です。審査担当者が事業内容を確認できる、公開中のサイトの https の URL を入力してください。"
        ))]
    }
}

// MARK: website-url-not-https

struct WebsiteURLNotHTTPSRule: LintRule {
    static let description = RuleDescription(
        id: "website-url-not-https", topic: .website, defaultSeverity: .warning, languages: [],
        summary: LocalizedText(
            en: "The website URL is not an absolute https URL.",
            ja: "ウェブサイトの URL が https で始まる絶対 URL ではありません。"),
        rationale: """
            The API accepts almost anything, but a reviewer opens the link: give the full \
            `https://` address. A site without TLS looks unmaintained.
            """,
        triggeringExamples: [
            websiteExample("↓http://harborlanebooks.co.uk"),
            websiteExample("↓harborlanebooks.co.uk"),
        ],
        nonTriggeringExamples: [websiteExample("https://harborlanebooks.co.uk")]
    )

    func findings(in document: PreparedDocument) -> [LintFinding] {
        guard let website = document.document.website else { return [] }
        let url = WebsiteURL(website.text)
        if url.scheme == "https" && !url.host.isEmpty { return [] }
        let message = url.scheme == "http"
            ? LocalizedText(
                en: "the website URL uses http; serve the site over https and enter the https:// address",
                ja: "ウェブサイトの URL が http です。サイトを https で公開し、https:// で始まる URL を入力してください。")
            : LocalizedText(
                en: "the website URL '\(website.text)' is not an absolute URL; enter the full address starting with https://",
                ja: "ウェブサイトの URL「\(website.text)」は完全な URL ではありません。https:// で始まる URL を入力してください。")
        return [LintFinding(place: .website(offset: 0), message: message)]
    }
}

// MARK: website-url-local

struct WebsiteURLLocalRule: LintRule {
    static let description = RuleDescription(
        id: "website-url-local", topic: .website, defaultSeverity: .error, languages: [],
        summary: LocalizedText(
            en: "The website URL is localhost, an IP address, a private name or a staging host.",
            ja: "ウェブサイトの URL が localhost、IP アドレス、社内向けの名前、ステージング環境のホストのいずれかです。"),
        rationale: """
            Reviewers must be able to open the site from the internet and recognise the business: \
            localhost, IP addresses and internal names cannot be opened; a staging host (a warning) \
            is not the site customers use.
            """,
        triggeringExamples: [
            websiteExample("http://↓localhost:8080"),
            websiteExample("https://↓203.0.113.7/shop"),
            websiteExample("https://↓staging.harborlanebooks.co.uk"),
        ],
        nonTriggeringExamples: [websiteExample("https://harborlanebooks.co.uk"), websiteExample("https://devon-cycles.co.uk")]
    )

    func findings(in document: PreparedDocument) -> [LintFinding] {
        guard let website = document.document.website else { return [] }
        let url = WebsiteURL(website.text)
        let local = url.host == "localhost" || url.isIPv4 || url.host.hasPrefix("[")
            || [".localhost", ".local", ".internal", ".lan", ".test", ".invalid", ".corp", ".home"].contains { url.host.hasSuffix($0) }
        let staging = !local && url.labels.count > 2
            && ["staging", "stg", "stage", "dev", "test", "preview", "sandbox", "qa", "uat"].contains(String(url.labels[0]))
        guard local || staging else { return [] }
        return [LintFinding(
            place: .website(offset: url.hostOffset),
            message: LocalizedText(
                en: "'\(url.host)' is not a public production site reviewers can open; enter the public https address customers use",
                ja: "「\(url.host)」は審査担当者が開ける公開中の本番サイトではありません。お客様が利用している公開中の https の URL を入力してください。"),
            severity: staging ? .warning : nil
        )]
    }
}

// MARK: website-url-social-only

struct WebsiteURLSocialOnlyRule: LintRule {
    static let description = RuleDescription(
        id: "website-url-social-only", topic: .website, defaultSeverity: .warning, languages: [],
        summary: LocalizedText(
            en: "The website URL is a social-media profile.",
            ja: "ウェブサイトの URL がソーシャルメディア(X、Instagram など)のプロフィールです。"),
        rationale: """
            A social profile shows no privacy policy or contact details and does not prove you control \
            the sending domain. Teams have built a one-page site just to have a URL to enter.
            """,
        triggeringExamples: [
            websiteExample("https://↓www.facebook.com/harborlanebooks"),
            websiteExample("https://↓instagram.com/midori.eikaiwa"),
        ],
        nonTriggeringExamples: [websiteExample("https://harborlanebooks.co.uk/facebook")]
    )

    private static let social = [
        "facebook.com", "fb.com", "instagram.com", "twitter.com", "x.com", "linkedin.com", "tiktok.com", "youtube.com",
        "line.me", "lin.ee", "threads.net", "pinterest.com", "note.com", "ameblo.jp", "linktr.ee", "bsky.app",
    ]

    func findings(in document: PreparedDocument) -> [LintFinding] {
        guard let website = document.document.website else { return [] }
        let url = WebsiteURL(website.text)
        guard Self.social.contains(where: { url.bareHost == $0 || url.bareHost.hasSuffix("." + $0) }) else { return [] }
        return [LintFinding(place: .website(offset: url.hostOffset), message: LocalizedText(
            en: "'\(url.host)' is a social-media profile; give your own site on the sending domain, with a privacy policy and contact details",
            ja: "「\(url.host)」は SNS のページです。送信ドメインの自社サイト(プライバシーポリシーと連絡先を掲載したもの)の URL を入力してください。"
        ))]
    }
}

// MARK: website-url-too-long

struct WebsiteURLTooLongRule: LintRule {
    static let limit = ProfileSchema.websiteURLLimit
    static let description = RuleDescription(
        id: "website-url-too-long", topic: .website, defaultSeverity: .error, languages: [],
        summary: LocalizedText(
            en: "The website URL is over the API's \(limit)-character limit.",
            ja: "ウェブサイトの URL が API の上限(\(limit) 文字)を超えています。"),
        rationale: "PutAccountDetails rejects a WebsiteURL longer than \(limit) characters. Give the site's home page.",
        triggeringExamples: [
            websiteExample("↓https://harborlanebooks.co.uk/?q=" + String(repeating: "a", count: limit)),
        ],
        nonTriggeringExamples: [
            websiteExample("https://harborlanebooks.co.uk/?q=" + String(repeating: "a", count: limit - 33)),
        ]
    )

    func findings(in document: PreparedDocument) -> [LintFinding] {
        guard let website = document.document.website else { return [] }
        let count = website.text.unicodeScalars.count
        guard count > Self.limit else { return [] }
        return [LintFinding(place: .website(offset: 0), message: LocalizedText(
            en: "the website URL is \(grouped(count)) characters, \(grouped(count - Self.limit)) over the \(Self.limit)-character limit; give the site's home page",
            ja: "ウェブサイトの URL が \(grouped(count)) 文字あり、上限の \(Self.limit) 文字を \(grouped(count - Self.limit)) 文字超えています。サイトのトップページの URL にしてください。"
        ))]
    }
}

// MARK: website-not-live

struct WebsiteNotLiveRule: PhraseRule {
    static let concept = Concept.notLive
    static let description = RuleDescription(
        id: "website-not-live", topic: .website, defaultSeverity: .warning, languages: [.en, .ja],
        summary: LocalizedText(
            en: "The text says the website is not live yet.",
            ja: "ウェブサイトがまだ公開されていないと書かれています。"),
        rationale: """
            Reviewers check that a live site shows the business described; "coming soon" and parked \
            pages are a common reason for denial. Publish the site (with a privacy policy) first.
            """,
        triggeringExamples: [
            RuleExample("Our website is ↓coming soon."),
            RuleExample("Webサイトは↓準備中のため、SNSのページを記載します。"),
        ],
        nonTriggeringExamples: [
            RuleExample("The site has been live since 2019."),
            RuleExample("サイトは2019年から公開しています。"),
        ]
    )

    static func message(quote: String) -> LocalizedText {
        LocalizedText(
            en: "'\(quote)': reviewers check a live site showing the business; publish it, with a privacy policy and contact details, before requesting production access",
            ja: "「\(quote)」: 審査では事業内容がわかる公開中のサイトが確認されます。プライバシーポリシーと連絡先を載せて公開してから申請してください。"
        )
    }
}
