@testable import sesame
import Testing

/// What the commands say around their reports, in Japanese when `--lang ja` or `LANG=ja_JP…`
/// asks for it: load and validation problems, unreadable files, lint's verdict lines.
@Suite struct JapaneseCommandMessagesTests {
    private var japanese: InProcessSesame {
        var sesame = InProcessSesame()
        sesame.environment["LANG"] = "ja_JP.UTF-8"
        return sesame
    }

    @Test func anInvalidProfileIsRefusedInJapanese() async {
        let result = await japanese.run(["render", "examples/broken.yaml"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("examples/broken.yaml:4:1: error: 不明なキー `mail_typ` です。"))
        #expect(result.stderr.hasSuffix("sesame: examples/broken.yaml は正しいプロファイルではありません。上記のエラーを修正してください(`sesame validate examples/broken.yaml`)\n"))
    }

    @Test func aMissingFileSaysWhyInJapanese() async {
        let render = await japanese.run(["render", "no-such-profile.yaml"])
        #expect(render.status == 2)
        #expect(render.stderr == "sesame: no-such-profile.yaml を読み込めません: ファイルがありません\n")
        let lint = await japanese.run(["lint", "no-such-draft.txt"])
        #expect(lint.status == 2)
        #expect(lint.stderr == "sesame: no-such-draft.txt を読み込めません: ファイルがありません\n")
        let english = await InProcessSesame().run(["lint", "no-such-draft.txt"])
        #expect(english.stderr == "sesame: cannot read no-such-draft.txt: no such file\n")
    }

    @Test func lintsVerdictFollowsTheLanguageAskedFor() async {
        let result = await InProcessSesame().run(["lint", "examples/saas-transactional.yaml", "--lang", "ja"])
        #expect(result.status == 0)
        #expect(result.stdout.hasSuffix("examples/saas-transactional.yaml: 問題なし\n") || result.stdout.contains("examples/saas-transactional.yaml: 問題なし(注記"))
    }
}
