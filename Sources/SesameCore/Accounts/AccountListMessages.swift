/// What is wrong with an accounts file: its part of the message catalogue.
enum AccountListMessages {
    static let accountHeading = LocalizedText(en: "ACCOUNT", ja: "アカウント")
    static let roleNotAssumed = LocalizedText(en: "role not assumed: see below", ja: "ロールを引き受けられません（下記を参照）")

    static func unreadable(_ reason: String) -> LocalizedText {
        LocalizedText(en: "cannot read the accounts file: \(reason)", ja: "アカウントの一覧ファイルを読み込めません: \(reason)")
    }

    static let empty = LocalizedText(
        en: "the accounts file lists no accounts; write one `- id: \"111122223333\"` line for each",
        ja: "アカウントの一覧ファイルにアカウントがありません。アカウントごとに `- id: \"111122223333\"` の行を書いてください。")

    static func notAList(_ found: String) -> LocalizedText {
        LocalizedText(en: "the accounts file must be a list (`- id: \"111122223333\"`), found \(found)",
                      ja: "アカウントの一覧ファイルはリスト(`- id: \"111122223333\"`)で書いてください(\(found) になっています)。")
    }

    static func itemNotMapping(_ found: String) -> LocalizedText {
        LocalizedText(en: "each account is a mapping with `id` (and optionally `role` and `regions`), found \(found)",
                      ja: "各アカウントは `id`(必要に応じて `role` と `regions`)を持つマッピングで書いてください(\(found) になっています)。")
    }

    static func badID(_ found: String) -> LocalizedText {
        LocalizedText(en: "`id` must be a 12-digit AWS account id in quotes (\"111122223333\"), found `\(found)`",
                      ja: "`id` は引用符で囲んだ 12 桁の AWS アカウント ID(\"111122223333\")で書いてください(`\(found)` になっています)。")
    }

    static let missingID = LocalizedText(
        en: "this account has no `id`; add its 12-digit account id",
        ja: "このアカウントに `id` がありません。12 桁のアカウント ID を追加してください。")

    static func duplicate(_ id: String, line: Int) -> LocalizedText {
        LocalizedText(en: "account \(id) is already listed on line \(line)",
                      ja: "アカウント \(id) は \(line) 行目にすでにあります。")
    }

    static let badRole = LocalizedText(
        en: "`role` must be a role name or a role ARN; leave it out for `OrganizationAccountAccessRole`",
        ja: "`role` にはロール名かロールの ARN を書いてください。省略すると `OrganizationAccountAccessRole` になります。")

    static func badRoleArn(_ role: String, account: String) -> LocalizedText {
        LocalizedText(en: "`\(role)` is neither a role name nor the ARN of a role in account \(account) (arn:aws:iam::\(account):role/NAME)",
                      ja: "`\(role)` はロール名でも、アカウント \(account) のロールの ARN(arn:aws:iam::\(account):role/NAME)でもありません。")
    }

    static func regionsNotAList(_ found: String) -> LocalizedText {
        LocalizedText(en: "`regions` must be a list of SES regions ([us-east-1, eu-west-1]), found \(found)",
                      ja: "`regions` は SES のリージョンのリスト([us-east-1, eu-west-1])で書いてください(\(found) になっています)。")
    }

    static func unknownRegion(_ region: String, suggestion: String?) -> LocalizedText {
        guard let suggestion else {
            return LocalizedText(en: "`\(region)` is not a region where SES is offered",
                                 ja: "`\(region)` は SES が提供されているリージョンではありません。")
        }
        return LocalizedText(en: "`\(region)` is not a region where SES is offered; did you mean `\(suggestion)`?",
                             ja: "`\(region)` は SES が提供されているリージョンではありません。`\(suggestion)` のことですか？")
    }

    static func unknownKey(_ key: String, suggestion: String?) -> LocalizedText {
        guard let suggestion else {
            return LocalizedText(en: "unknown key `\(key)`; an account has `id`, `role` and `regions`",
                                 ja: "不明なキー `\(key)` です。アカウントに書けるのは `id`、`role`、`regions` です。")
        }
        return LocalizedText(en: "unknown key `\(key)`; did you mean `\(suggestion)`?",
                             ja: "不明なキー `\(key)` です。`\(suggestion)` のことですか？")
    }

    static func cannotAssume(_ role: String, _ reason: String) -> LocalizedText {
        LocalizedText(en: "cannot assume \(role): \(reason)", ja: "\(role) を引き受けられません: \(reason)")
    }
}
