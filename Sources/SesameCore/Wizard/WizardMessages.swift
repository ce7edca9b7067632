/// The wizard's own words, in both languages, in one place.
struct WizardMessages {
    let language: Language

    private func say(_ text: LocalizedText) -> String { text.text(in: language) }

    func welcome(resume: String) -> String {
        say(LocalizedText(
            en: "sesame init writes the profile of your SES production-access request, one question at a time.\nAnswers are saved to a draft after each question: stop at any time and run `\(resume)` to resume.\nTo go back to the previous question, type :b (or press ↑ and Enter) on an empty line.",
            ja: "sesame init は、SES 本番アクセス申請のプロファイルを一問ずつ作成します。\n回答は質問ごとに下書きへ保存されます。途中でやめても、`\(resume)` を実行すれば続きから再開できます。\n前の質問に戻るには、空の行で :b を入力します(↑ を押して Enter でも戻れます)。"))
    }
    func exists(_ path: String) -> String { say(LocalizedText(en: "\(path) already exists. Overwrite it at the end? [y/N] ", ja: "\(path) は既に存在します。最後に上書きしますか？ [y/N] ")) }
    func notOverwritten(_ path: String) -> String {
        say(LocalizedText(en: "\(path) was left as it is. Use --force, or choose another --output.",
                          ja: "\(path) はそのままです。上書きするには --force を、別のファイルにするには --output を指定してください。"))
    }
    func resume(_ path: String, _ count: Int) -> String {
        say(LocalizedText(en: "A draft with \(count) answers was found (\(path)). Resume it? [Y/n] ",
                          ja: "\(count) 件の回答を含む下書きがあります(\(path))。続きから再開しますか？ [Y/n] "))
    }
    var why: String { say(LocalizedText(en: "Why AWS asks", ja: "審査で見られる点")) }
    var example: String { say(LocalizedText(en: "Example", ja: "回答例")) }
    func defaultValue(_ value: String) -> String { say(LocalizedText(en: "Enter for \(value)", ja: "Enter で \(value)")) }
    var textHint: String {
        say(LocalizedText(en: "(finish with an empty line; type :e to open your editor, :b to go back)",
                          ja: "(空行で入力を終えます。:e でエディタを開き、:b で前の質問に戻ります)"))
    }
    var pickHint: String { say(LocalizedText(en: "(↑/↓ and Enter, or type a number; ← goes back)", ja: "(↑/↓ と Enter、または番号を入力。← で前の質問に戻ります)")) }
    func pickByLineHint(_ count: Int, _ options: [String]) -> String {
        say(LocalizedText(en: "1–\(count), or one of \(options.joined(separator: ", "))",
                          ja: "1–\(count) の番号、または \(options.joined(separator: "、")) のいずれかを入力してください"))
    }
    var firstQuestion: String { say(LocalizedText(en: "This is the first question; there is none before it.", ja: "これが最初の質問です。前の質問はありません。")) }
    var badAnswer: String { say(LocalizedText(en: "That answer cannot be used", ja: "この回答は使用できません")) }
    var advice: String { say(LocalizedText(en: "A reviewer would say", ja: "審査担当者からの指摘")) }
    var rewrite: String {
        say(LocalizedText(en: "Press Enter to keep this answer, or type r to rewrite it: ",
                          ja: "Enter でこの回答のまま進みます。書き直す場合は r を入力してください: "))
    }
    var adviceKept: String {
        say(LocalizedText(en: "Kept as given: piped answers are one line per question, so none is read as a reply to this advice.",
                          ja: "回答はそのまま使います。パイプ入力では 1 行が 1 つの質問への回答なので、この指摘への返答は読み取りません。"))
    }
    var plainHTTP: String {
        say(LocalizedText(en: "This address starts with http://: the reviewer opens it, and a site without https looks unmaintained. Serve the site over https and give the https:// address.",
                          ja: "この URL は http:// で始まっています。審査担当者は実際にサイトを開くため、https に対応していないサイトは管理されていないように見えます。サイトを https で公開し、https:// で始まる URL を入力してください。"))
    }
    var editorFailed: String {
        say(LocalizedText(en: "The editor could not be started; type the answer here instead.", ja: "エディタを起動できませんでした。ここに回答を入力してください。"))
    }
    var editorHint: String {
        say(LocalizedText(en: "Write the answer above these lines. Lines starting with # are ignored; save and quit to continue.",
                          ja: "回答はこの説明より上に書いてください。# で始まる行は無視されます。保存してエディタを終了すると続きに進みます。"))
    }
    func stopped(_ draft: String, resume: String) -> String {
        say(LocalizedText(en: "Stopped. Your answers are saved in \(draft); run `\(resume)` to resume.",
                          ja: "中断しました。回答は \(draft) に保存されています。`\(resume)` を実行すると再開できます。"))
    }
    var stoppedBeforeAnyAnswer: String {
        say(LocalizedText(en: "Stopped before any answer was given; nothing was saved.", ja: "回答を始める前に中断しました。何も保存されていません。"))
    }
    func interruptedNotice(_ draft: String, resume: String) -> String {
        say(LocalizedText(en: "sesame: stopped; your answers are saved in \(draft). Run `\(resume)` to resume.",
                          ja: "sesame: 中断しました。回答は \(draft) に保存されています。`\(resume)` を実行すると再開できます。"))
    }
    var interruptedBeforeAnyAnswer: String {
        say(LocalizedText(en: "sesame: stopped before any answer was given; nothing was saved.", ja: "sesame: 回答を始める前に中断しました。何も保存されていません。"))
    }
    func draftHeader(_ count: Int, resume: String) -> String {
        say(LocalizedText(en: "Draft of `sesame init` (\(count) answers so far); run `\(resume)` to resume.",
                          ja: "`sesame init` の下書きです(これまでの回答 \(count) 件)。`\(resume)` を実行すると再開できます。"))
    }
    var summary: String { say(LocalizedText(en: "Summary", ja: "回答のまとめ")) }
    var review: String { say(LocalizedText(en: "Review (sesame lint)", ja: "レビュー(sesame lint)")) }
    var clean: String { say(LocalizedText(en: "No problems found.", ja: "問題は見つかりませんでした。")) }
    var preview: String { say(LocalizedText(en: "The request as AWS will read it", ja: "AWS に送信される申請文")) }
    var whatNow: String { say(LocalizedText(en: "What next?", ja: "次の操作を選んでください。")) }
    var finalChoices: [String] {
        [say(LocalizedText(en: "Write the profile", ja: "プロファイルを書き出す")),
         say(LocalizedText(en: "Edit an answer", ja: "回答を修正する")),
         say(LocalizedText(en: "Cancel", ja: "キャンセル"))]
    }
    var whichAnswer: String { say(LocalizedText(en: "Which answer do you want to edit?", ja: "どの回答を修正しますか？")) }
    func cancelled(_ draft: String, resume: String) -> String {
        say(LocalizedText(en: "Cancelled; nothing was written. Your answers are kept in \(draft); run `\(resume)` to resume.",
                          ja: "キャンセルしました。何も書き出していません。回答は \(draft) に保存されています。`\(resume)` を実行すると再開できます。"))
    }
    func written(_ path: String) -> String { say(LocalizedText(en: "Wrote \(path).", ja: "\(path) を書き出しました。")) }
    func next(_ path: String) -> String { say(LocalizedText(en: "Next: sesame submit \(path)", ja: "次の手順: sesame submit \(path)")) }
    func appeared(_ path: String, draft: String) -> String {
        say(LocalizedText(en: "\(path) appeared while the questions were asked (your answers are kept in \(draft)).",
                          ja: "質問に答えている間に \(path) が作成されました(回答は \(draft) に保存されています)。"))
    }
    var overwriteNow: String { say(LocalizedText(en: "Overwrite it? [y/N] ", ja: "上書きしますか？ [y/N] ")) }
    func staleAnswer(number: Int, of total: Int, _ keyPath: String) -> String {
        say(LocalizedText(en: "The draft's answer to [\(number)/\(total)] (\(keyPath)) no longer passes its check; it is asked again.",
                          ja: "下書きにある [\(number)/\(total)](\(keyPath))の回答は現在の確認を通らないため、もう一度質問します。"))
    }
    func tooLong(_ message: String) -> String { say(LocalizedText(en: "The rendered request is too long: \(message)", ja: "申請文が長すぎます: \(message)")) }
}
