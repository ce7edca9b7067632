import Testing
@testable import SesameCore

@Suite("Input as an IME types it")
struct InputFoldingTests {
    @Test(arguments: [
        ("３，０００", 3000), ("3,000", 3000), ("3000通", 3000), ("３０００ 通/日", 3000), ("5 件/秒", 5), ("５", 5),
        ("12,345/day", 12345), ("1_000", 1000),
    ])
    func counts(text: String, value: Int) {
        #expect(InputFolding.count(text) == value)
    }

    @Test(arguments: ["約3000", "3.5", "-1", "通", "", "3,,000", "三千", "3000円"])
    func notCounts(text: String) {
        #expect(InputFolding.count(text) == nil)
    }

    @Test func fullWidthASCIIBecomesASCII() {
        #expect(InputFolding.width("ｈｔｔｐｓ：／／ｍｉｓｅ．ｅｘａｍｐｌｅ．ｊｐ") == "https://mise.example.jp")
        #expect(InputFolding.width("ｉｎｆｏ＠ｅｘａｍｐｌｅ．ｊｐ") == "info@example.jp")
        #expect(InputFolding.width("東京\u{3000}ＡＢＣ") == "東京 ABC")
    }

    @Test func listsTypedOnOneLine() {
        #expect(InputFolding.listItems("a@x.jp，b@x.jp、 c@x.jp") == ["a@x.jp", "b@x.jp", "c@x.jp"])
        #expect(InputFolding.listItems("a@x.jp") == nil)
    }

    @Test func namesOfClosedValues() {
        let mailTypes = MailType.allCases.map(\.rawValue)
        #expect(InputFolding.choice("トランザクション", in: mailTypes) == "TRANSACTIONAL")
        #expect(InputFolding.choice("マーケティング", in: mailTypes) == "MARKETING")
        #expect(InputFolding.choice("ＭＡＲＫＥＴＩＮＧ", in: mailTypes) == "MARKETING")
        #expect(InputFolding.choice("marketing", in: mailTypes) == nil)
        let languages = ContactLanguage.allCases.map(\.rawValue)
        #expect(InputFolding.choice("日本語", in: languages) == "JA")
        #expect(InputFolding.choice("英語", in: languages) == "EN")
        #expect(InputFolding.choice("日本語", in: mailTypes) == nil)
        for (name, code) in [("東京", "ap-northeast-1"), ("大阪", "ap-northeast-3"), ("Tokyo", "ap-northeast-1"), ("osaka", "ap-northeast-3"),
                             ("東京リージョン", "ap-northeast-1"), ("Tokyo region", "ap-northeast-1"), ("バージニア北部", "us-east-1")] {
            #expect(InputFolding.choice(name, in: SESRegions.all) == code, "\(name)")
        }
        #expect(InputFolding.choice("京都", in: SESRegions.all) == nil)
    }

    @Test func regionLabels() {
        #expect(SESRegions.label("ap-northeast-1", in: .ja) == "ap-northeast-1(東京)")
        #expect(SESRegions.label("ap-northeast-1", in: .en) == "ap-northeast-1")
        #expect(SESRegions.label("xx-nowhere-1", in: .ja) == "xx-nowhere-1")
        #expect(Set(SESRegions.names.keys) == Set(SESRegions.all))
    }

    /// IME-style answers and ASCII answers make the same profile; the folded values are noted.
    @Test func imeTypedProfileIsTheASCIIProfile() throws {
        let ascii = """
        version: 1
        mail_type: TRANSACTIONAL
        website_url: https://mise.example.jp
        contact_language: JA
        additional_contacts: [ops@mise.example.jp, sales@mise.example.jp]
        regions: [ap-northeast-1, ap-northeast-3]
        use_case:
          business: 株式会社みせは、雑貨の EC サイトを運営しています。
          recipients: 会員登録したお客様です。
          list_acquisition: 会員登録時に本人が入力したアドレスです。
          bounce_handling: Amazon SNS で通知を受け取り、抑制リストに登録します。
          complaint_handling: Amazon SNS で通知を受け取り、以後は送信しません。
          opt_out: 通知設定ページで停止できます。
          sending:
            daily_volume: 3000
            peak_per_second: 5
            rationale: 会員 3 万人への注文確認です。
        """
        let typed = ascii
            .replacingOccurrences(of: "version: 1", with: "version: １")
            .replacingOccurrences(of: "mail_type: TRANSACTIONAL", with: "mail_type: トランザクション")
            .replacingOccurrences(of: "https://mise.example.jp", with: "ｈｔｔｐｓ：／／ｍｉｓｅ．ｅｘａｍｐｌｅ．ｊｐ")
            .replacingOccurrences(of: "contact_language: JA", with: "contact_language: 日本語")
            .replacingOccurrences(of: "[ops@mise.example.jp, sales@mise.example.jp]", with: "ｏｐｓ＠ｍｉｓｅ．ｅｘａｍｐｌｅ．ｊｐ，sales＠mise.example.jp")
            .replacingOccurrences(of: "[ap-northeast-1, ap-northeast-3]", with: "東京、大阪")
            .replacingOccurrences(of: "daily_volume: 3000", with: "daily_volume: \"３，０００\"")
            .replacingOccurrences(of: "peak_per_second: 5", with: "peak_per_second: ５通/秒")
        let plain = try ProfileLoader.parse(Array(ascii.utf8), path: "a.yaml")
        let folded = try ProfileLoader.parse(Array(typed.utf8), path: "t.yaml", language: .ja)
        #expect(plain.diagnostics.isEmpty)
        #expect(folded.isValid)
        #expect(folded.profile == plain.profile)
        #expect(folded.diagnostics.allSatisfy { $0.severity == .info && $0.rule == "folded-input" })
        #expect(folded.diagnostics.map(\.location.line) == [1, 2, 3, 4, 5, 6, 15, 16])
        #expect(folded.diagnostics.last?.message == "`use_case.sending.peak_per_second` の「５通/秒」は `5` として読み取りました。ほかのツールでも読めるよう `5` と書くことをおすすめします。")
        #expect(folded.diagnostics[6].message == "`use_case.sending.daily_volume` の「３，０００」は `3000` として読み取りました。ほかのツールでも読めるよう `3000` と書くことをおすすめします。")
    }

    @Test func foldedItemsAreCheckedLikeTypedOnes() throws {
        let text = validProfile.replacingOccurrences(of: "regions: [us-east-1]", with: "regions: 東京、ap-northeast-1")
        let document = try ProfileLoader.parse(Array(text.utf8), path: "p.yaml")
        #expect(document.diagnostics.map { "\($0.location.line):\($0.location.column) \($0.rule) \($0.message)" } == [
            "6:10 duplicate-item `regions[1]` repeats `ap-northeast-1` (already at line 6); list it once",
        ])
    }
}
