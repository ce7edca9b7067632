/// What `status --watch` says about each region: its part of the message catalogue.
public enum WatchMessages {
    static func caseNote(_ caseID: String?, _ language: Language) -> String {
        guard let caseID else { return "" }
        return LocalizedText(en: " (case \(caseID))", ja: "(ケース \(caseID))").text(in: language)
    }

    static func pending(case note: String) -> LocalizedText {
        LocalizedText(en: "PENDING\(note) — AWS is reviewing the request", ja: "PENDING\(note) — AWS が申請を審査しています")
    }

    static func granted(case note: String) -> LocalizedText {
        LocalizedText(en: "GRANTED\(note) — production access is on", ja: "GRANTED\(note) — 本番アクセスが有効になりました")
    }

    static func closed(_ status: String, case note: String, next: String) -> LocalizedText {
        LocalizedText(en: "\(status)\(note) — answer the reviewer on the case: `\(next)`",
                      ja: "\(status)\(note) — ケースでレビュー担当者に返信してください: `\(next)`")
    }

    static func notSubmitted(next: String) -> LocalizedText {
        LocalizedText(en: "no review — nothing was submitted in this region: `\(next)`",
                      ja: "審査なし — このリージョンではまだ申請していません: `\(next)`")
    }

    static func unavailable(_ message: String) -> LocalizedText {
        LocalizedText(en: "error — \(message)", ja: "エラー — \(message)")
    }

    public static func timedOut(_ seconds: String) -> LocalizedText {
        LocalizedText(en: "still waiting after \(seconds) s (--timeout); run `sesame status --watch` again later",
                      ja: "\(seconds) 秒待っても結果が出ませんでした(--timeout)。後でもう一度 `sesame status --watch` を実行してください。")
    }

    public static let interrupted = LocalizedText(en: "stopped; the reviews go on without sesame watching",
                                           ja: "待機を中止しました。審査は sesame の待機とは関係なく続きます。")
}
