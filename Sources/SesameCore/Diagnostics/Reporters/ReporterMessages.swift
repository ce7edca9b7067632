/// The words the reporters add around the findings, in both languages.
enum ReporterMessages {
    static let clean = LocalizedText(en: "ok", ja: "問題なし")

    static func clean(notes: Int) -> LocalizedText {
        LocalizedText(en: "ok (\(notes) note\(notes == 1 ? "" : "s"))", ja: "問題なし(注記 \(notes) 件)")
    }

    static func problems(errors: Int, warnings: Int) -> LocalizedText {
        LocalizedText(en: "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")",
                      ja: "エラー \(errors) 件、警告 \(warnings) 件")
    }
}
