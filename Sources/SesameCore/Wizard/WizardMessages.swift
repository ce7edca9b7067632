/// The wizard's own words, in both languages, in one place.
struct WizardMessages {
    let language: Language

    private func pick(_ en: String, _ ja: String) -> String { language == .ja ? ja : en }

    var welcome: String {
        pick("sesame init writes the profile of your SES production-access request, one question at a time.\nAnswers are saved to a draft after each question: stop at any time and run `sesame init` again to resume.\n",
             "sesame init は、SES 本番アクセス申請のプロファイルを一問ずつ作成します。\n回答は質問ごとに下書きへ保存されます。途中でやめても、もう一度 `sesame init` を実行すれば続きから再開できます。\n")
    }
    func exists(_ path: String) -> String { pick("\(path) already exists. Overwrite it at the end? [y/N] ", "\(path) は既に存在します。最後に上書きしますか？ [y/N] ") }
    func notOverwritten(_ path: String) -> String { pick("\(path) was left as it is. Use --force, or choose another --output.", "\(path) はそのままです。上書きするには --force を、別のファイルにするには --output を指定してください。") }
    func resume(_ path: String, _ count: Int) -> String { pick("A draft with \(count) answers was found (\(path)). Resume it? [Y/n] ", "\(count) 件の回答を含む下書きがあります(\(path))。続きから再開しますか？ [Y/n] ") }
    var why: String { pick("Why AWS asks", "審査で見られる点") }
    var example: String { pick("Example", "回答例") }
    func defaultValue(_ value: String) -> String { pick("Enter for \(value)", "Enter で \(value)") }
    var textHint: String { pick("(finish with an empty line; type :e to open your editor)", "(空行で入力を終えます。:e でエディタを開きます)") }
    var pickHint: String { pick("(↑/↓ and Enter, or type a number)", "(↑/↓ と Enter、または番号を入力)") }
    var badAnswer: String { pick("That answer cannot be used", "この回答は使用できません") }
    var advice: String { pick("A reviewer would say", "審査担当者からの指摘") }
    var rewrite: String { pick("Press Enter to keep this answer, or type r to rewrite it: ", "Enter でこの回答のまま進みます。書き直す場合は r を入力してください: ") }
    var adviceKept: String {
        LocalizedText(en: "Kept as given: piped answers are one line per question, so none is read as a reply to this advice.",
                      ja: "回答はそのまま使います。パイプ入力では 1 行が 1 つの質問への回答なので、この指摘への返答は読み取りません。").text(in: language)
    }
    var editorFailed: String { pick("The editor could not be started; type the answer here instead.", "エディタを起動できませんでした。ここに回答を入力してください。") }
    func interrupted(_ draft: String) -> String { pick("Stopped. Your answers are saved in \(draft); run `sesame init` again to resume.", "中断しました。回答は \(draft) に保存されています。もう一度 `sesame init` を実行すると再開できます。") }
    var summary: String { pick("Summary", "回答のまとめ") }
    var review: String { pick("Review (sesame lint)", "レビュー(sesame lint)") }
    var clean: String { pick("No problems found.", "問題は見つかりませんでした。") }
    var preview: String { pick("The request as AWS will read it", "AWS に送信される申請文") }
    func written(_ path: String) -> String { pick("Wrote \(path).", "\(path) を書き出しました。") }
    func next(_ path: String) -> String { pick("Next: sesame submit \(path)", "次の手順: sesame submit \(path)") }
    func appeared(_ path: String, draft: String) -> String {
        LocalizedText(en: "\(path) appeared while the questions were asked (your answers are kept in \(draft)).",
                      ja: "質問に答えている間に \(path) が作成されました(回答は \(draft) に保存されています)。").text(in: language)
    }
    var overwriteNow: String { LocalizedText(en: "Overwrite it? [y/N] ", ja: "上書きしますか？ [y/N] ").text(in: language) }
    func staleAnswer(number: Int, of total: Int, _ keyPath: String) -> String {
        LocalizedText(en: "The draft's answer to [\(number)/\(total)] (\(keyPath)) no longer passes its check; it is asked again.",
                      ja: "下書きにある [\(number)/\(total)](\(keyPath))の回答は現在の確認を通らないため、もう一度質問します。").text(in: language)
    }
    func tooLong(_ message: String) -> String { pick("The rendered request is too long: \(message)", "申請文が長すぎます: \(message)") }
}
