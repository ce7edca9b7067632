/// The regions where the SES v2 API is offered, by partition (botocore 1.43 `endpoints.json`,
/// service `email`). The one list the validator, the schema and the AWS commands share.
public enum SESRegions {
    public static let all: [String] = [
        "af-south-1", "ap-northeast-1", "ap-northeast-2", "ap-northeast-3", "ap-south-1", "ap-south-2",
        "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "ap-southeast-5", "ca-central-1", "ca-west-1",
        "eu-central-1", "eu-central-2", "eu-north-1", "eu-south-1", "eu-west-1", "eu-west-2", "eu-west-3",
        "il-central-1", "me-central-1", "me-south-1", "sa-east-1", "us-east-1", "us-east-2", "us-west-1",
        "us-west-2", "us-gov-east-1", "us-gov-west-1", "eusc-de-east-1",
    ]

    public static func contains(_ region: String) -> Bool { all.contains(region) }
}

extension SESRegions {
    /// Each region's name as the AWS console shows it, in English and Japanese.
    public static let names: [String: LocalizedText] = [
        "af-south-1": LocalizedText(en: "Cape Town", ja: "ケープタウン"),
        "ap-northeast-1": LocalizedText(en: "Tokyo", ja: "東京"),
        "ap-northeast-2": LocalizedText(en: "Seoul", ja: "ソウル"),
        "ap-northeast-3": LocalizedText(en: "Osaka", ja: "大阪"),
        "ap-south-1": LocalizedText(en: "Mumbai", ja: "ムンバイ"),
        "ap-south-2": LocalizedText(en: "Hyderabad", ja: "ハイデラバード"),
        "ap-southeast-1": LocalizedText(en: "Singapore", ja: "シンガポール"),
        "ap-southeast-2": LocalizedText(en: "Sydney", ja: "シドニー"),
        "ap-southeast-3": LocalizedText(en: "Jakarta", ja: "ジャカルタ"),
        "ap-southeast-5": LocalizedText(en: "Malaysia", ja: "マレーシア"),
        "ca-central-1": LocalizedText(en: "Canada Central", ja: "カナダ中部"),
        "ca-west-1": LocalizedText(en: "Calgary", ja: "カルガリー"),
        "eu-central-1": LocalizedText(en: "Frankfurt", ja: "フランクフルト"),
        "eu-central-2": LocalizedText(en: "Zurich", ja: "チューリッヒ"),
        "eu-north-1": LocalizedText(en: "Stockholm", ja: "ストックホルム"),
        "eu-south-1": LocalizedText(en: "Milan", ja: "ミラノ"),
        "eu-west-1": LocalizedText(en: "Ireland", ja: "アイルランド"),
        "eu-west-2": LocalizedText(en: "London", ja: "ロンドン"),
        "eu-west-3": LocalizedText(en: "Paris", ja: "パリ"),
        "il-central-1": LocalizedText(en: "Tel Aviv", ja: "テルアビブ"),
        "me-central-1": LocalizedText(en: "UAE", ja: "アラブ首長国連邦"),
        "me-south-1": LocalizedText(en: "Bahrain", ja: "バーレーン"),
        "sa-east-1": LocalizedText(en: "Sao Paulo", ja: "サンパウロ"),
        "us-east-1": LocalizedText(en: "N. Virginia", ja: "バージニア北部"),
        "us-east-2": LocalizedText(en: "Ohio", ja: "オハイオ"),
        "us-west-1": LocalizedText(en: "N. California", ja: "北カリフォルニア"),
        "us-west-2": LocalizedText(en: "Oregon", ja: "オレゴン"),
        "us-gov-east-1": LocalizedText(en: "GovCloud US-East", ja: "GovCloud 米国東部"),
        "us-gov-west-1": LocalizedText(en: "GovCloud US-West", ja: "GovCloud 米国西部"),
        "eusc-de-east-1": LocalizedText(en: "Brandenburg", ja: "ブランデンブルク"),
    ]

    /// `ap-northeast-1(東京)` in Japanese, the bare code in English (whose region names are
    /// not what people type or search for).
    public static func label(_ region: String, in language: Language) -> String {
        guard language == .ja, let name = names[region] else { return region }
        return "\(region)(\(name.ja))"
    }

    /// The region a name stands for (`東京`, `東京リージョン`, `Tokyo`, `osaka region`), or nil.
    public static func code(named text: String) -> String? {
        var key = InputFolding.key(text)
        for suffix in ["リージョン", "region"] where key.hasSuffix(suffix) { key = String(key.dropLast(suffix.count)) }
        return names.first { InputFolding.key($0.value.en) == key || InputFolding.key($0.value.ja) == key }?.key
    }
}
