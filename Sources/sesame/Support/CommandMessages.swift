import SesameCore

/// The command line's own sentences (what `main` and the commands say beside Core's reports),
/// in English and Japanese.
enum CommandMessages {
    static let noTerminalToConfirm = LocalizedText(
        en: "not submitting without confirmation: there is no terminal to ask on; pass --yes",
        ja: "確認なしでは申請しません。確認を求める端末がありません。--yes を付けてください")

    static let notSubmitted = LocalizedText(en: "not submitted", ja: "申請しませんでした")

    static let dryRunSentNothing = LocalizedText(en: "dry run: nothing was sent", ja: "ドライラン: 何も送信していません")

    static func invalidProfile(_ path: String) -> LocalizedText {
        LocalizedText(en: "\(path) is not a valid profile; fix the errors above (`sesame validate \(path)`)",
                      ja: "\(path) は正しいプロファイルではありません。上記のエラーを修正してください(`sesame validate \(path)`)")
    }

    static func lintErrorsStopSubmission(_ path: String) -> LocalizedText {
        LocalizedText(
            en: "\(path) has lint errors a reviewer would object to; fix them (`sesame lint \(path)`) or pass --force",
            ja: "\(path) には審査担当者が問題にする lint エラーがあります。修正する(`sesame lint \(path)`)か、--force を付けてください")
    }

    static let nothingToLint = LocalizedText(
        en: "give at least one profile or draft to lint, or --list-rules (`sesame lint --help`)",
        ja: "確認するプロファイルまたは下書きを 1 つ以上指定するか、--list-rules を付けてください（`sesame lint --help`）")

    static func cannotWrite(_ stream: String, _ reason: String) -> LocalizedText {
        LocalizedText(en: "cannot write to \(stream): \(reason)", ja: "\(stream) に書き込めません: \(reason)")
    }

    static let editNamesBothFiles = LocalizedText(
        en: "--edit FILE names both the answers and the output; leave out --from and --output",
        ja: "--edit FILE は回答の読み込み先と書き出し先の両方を指定します。--from と --output は付けないでください")

    static func answersIncomplete(_ path: String) -> LocalizedText {
        LocalizedText(
            en: "\(path) does not answer every question validly; fix the answers above, or run `sesame init --from \(path)` on a terminal to be asked only those",
            ja: "\(path) には未回答または正しくない回答があります。上記の回答を修正するか、端末で `sesame init --from \(path)` を実行して該当する質問にだけ答えてください")
    }

    static func outputFolderMissing(_ folder: String) -> LocalizedText {
        LocalizedText(en: "the folder \(folder) does not exist; create it, or choose another --output",
                      ja: "フォルダー \(folder) がありません。作成するか、別の --output を指定してください")
    }

    static func outputIsAFolder(_ output: String, _ example: String) -> LocalizedText {
        LocalizedText(en: "--output \(output) is a folder; name the profile's file, such as \(example)",
                      ja: "--output の \(output) はフォルダーです。\(example) のようにプロファイルのファイル名を指定してください")
    }

}
