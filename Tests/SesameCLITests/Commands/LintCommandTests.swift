@testable import sesame
import Foundation
import Testing
import TestSupport

private let badDraft = """
We are a company that provides services.
We bought a list of 20,000 contacts and will send them our offers. TODO: volumes.

"""

private func folder(with files: [String: String]) throws -> URL {
    let folder = try TestPaths.temporaryFolder()
    for (name, text) in files {
        try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    return folder
}

@Suite("sesame lint")
struct LintCommandTests {
    @Test func goodProfilesAreClean() throws {
        let result = try CommandRunner.sesame(["lint", "examples/saas-transactional.yaml", "examples/ja-transactional.yaml"])
        #expect(result.status == 0)
        #expect(result.stdout == "examples/saas-transactional.yaml: ok\nexamples/ja-transactional.yaml: ok\n")
    }

    @Test func badDraftTextOutput() throws {
        let dir = try folder(with: ["draft.txt": badDraft])
        let result = try CommandRunner.sesame(["lint", "draft.txt"], currentDirectory: dir)
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("draft.txt:2:4: error: 'bought a list' points to addresses nobody gave you consent for (bought, rented, scraped or third-party lists); SES forbids mailing them: use only addresses people gave you themselves and say so [purchased-list]"))
        #expect(lines.contains { $0.hasPrefix("draft.txt:2:68: error: 'TODO' is a placeholder") && $0.hasSuffix("[placeholder-text]") })
        #expect(lines.allSatisfy { $0.hasPrefix("draft.txt:") })
        #expect(lines.last == "draft.txt: 6 errors, 6 warnings")
        #expect(lines.contains("draft.txt:2:4: warning: 'bought a list': these recipients never asked for mail from you; say who receives the mail and why each expects it, and mail only people who gave you their address themselves [recipients-without-consent]"))
        #expect(!result.stdout.contains("\u{1B}["), "no colours when not on a terminal")
        #expect(result.stderr == "sesame: draft.txt: treated as MARKETING (inferred: offers); say --mail-type to choose\n")
    }

    @Test func mailTypeFlagSilencesTheInference() throws {
        let dir = try folder(with: ["draft.txt": badDraft])
        let result = try CommandRunner.sesame(["lint", "draft.txt", "--mail-type", "TRANSACTIONAL"], currentDirectory: dir)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.contains("[mail-type-mismatch]"))
    }

    @Test func jsonShape() throws {
        let dir = try folder(with: ["draft.txt": badDraft])
        let result = try CommandRunner.sesame(["lint", "--format", "json", "draft.txt"], currentDirectory: dir)
        #expect(result.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let files = try #require(json["files"] as? [[String: Any]])
        #expect(files.count == 1 && files[0]["path"] as? String == "draft.txt")
        let findings = try #require(files[0]["findings"] as? [[String: Any]])
        #expect(findings.allSatisfy { Set($0.keys) == ["rule", "topic", "severity", "message", "line", "column"] })
        let topics: Set<String> = ["business", "recipients", "list-acquisition", "bounce-handling", "complaint-handling", "opt-out",
                                   "sending-volume", "content", "website", "mail-type", "compliance", "clarity"]
        #expect(findings.allSatisfy { topics.contains($0["topic"] as? String ?? "") })
        let summary = try #require(json["summary"] as? [String: Int])
        #expect(summary["errors"] == findings.filter { $0["severity"] as? String == "error" }.count)
    }

    @Test func sarifHasTheRequiredFields() throws {
        let dir = try folder(with: ["draft.txt": badDraft])
        let result = try CommandRunner.sesame(["lint", "--format", "sarif", "draft.txt"], currentDirectory: dir)
        #expect(result.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["version"] as? String == "2.1.0")
        #expect(json["$schema"] as? String == "https://json.schemastore.org/sarif-2.1.0.json")
        let run = try #require((json["runs"] as? [[String: Any]])?.first)
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "sesame")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(!results.isEmpty)
        for item in results {
            let index = try #require(item["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == item["ruleId"] as? String)
            #expect(["error", "warning", "note"].contains(item["level"] as? String ?? ""))
            #expect((item["message"] as? [String: Any])?["text"] is String)
            let location = (item["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
            #expect((location?["artifactLocation"] as? [String: Any])?["uri"] as? String == "draft.txt")
            #expect(((location?["region"] as? [String: Any])?["startLine"] as? Int ?? 0) >= 1)
        }
    }

    @Test func githubAnnotations() throws {
        let dir = try folder(with: ["draft.txt": badDraft])
        let result = try CommandRunner.sesame(["lint", "--format", "github", "draft.txt"], currentDirectory: dir)
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("::error file=draft.txt,line=2,col=4,title=purchased-list::") })
        #expect(lines.allSatisfy { $0.hasPrefix("::error ") || $0.hasPrefix("::warning ") || $0.hasPrefix("::notice ") })
    }

    @Test func disableAndUnknownRules() throws {
        let dir = try folder(with: ["draft.txt": badDraft])
        let disabled = try CommandRunner.sesame(["lint", "draft.txt", "--disable", "purchased-list"], currentDirectory: dir)
        #expect(!disabled.stdout.contains("[purchased-list]"))
        let unknown = try CommandRunner.sesame(["lint", "draft.txt", "--disable", "purchased-lists"], currentDirectory: dir)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("--disable: unknown rule 'purchased-lists'; did you mean 'purchased-list'?"))
    }

    @Test func configurationFileInTheCurrentFolder() throws {
        let dir = try folder(with: [
            "draft.txt": badDraft,
            ".sesame-lint.yaml": "disable: [compliance-not-mentioned]\nseverity:\n  purchased-list: warning\n  placeholder-text: off\n",
        ])
        let result = try CommandRunner.sesame(["lint", "draft.txt"], currentDirectory: dir)
        #expect(result.stdout.contains("draft.txt:2:4: warning: 'bought a list'"))
        #expect(!result.stdout.contains("[placeholder-text]"))
        #expect(!result.stdout.contains("[compliance-not-mentioned]"))

        let broken = try folder(with: ["draft.txt": badDraft, ".sesame-lint.yaml": "disabled: [x]\n"])
        let reported = try CommandRunner.sesame(["lint", "draft.txt"], currentDirectory: broken)
        #expect(reported.stdout.hasPrefix(".sesame-lint.yaml:1:1: error: unknown key `disabled`; did you mean `disable`? [unknown-key]\n"))
    }

    @Test func inlineSuppressionInADraft() throws {
        let dir = try folder(with: ["draft.txt": "# sesame-lint: disable purchased-list, nonsense-rule\n" + badDraft])
        let result = try CommandRunner.sesame(["lint", "draft.txt"], currentDirectory: dir)
        #expect(!result.stdout.contains("[purchased-list]"))
        #expect(result.stdout.contains("draft.txt:1:1: warning: unknown rule 'nonsense-rule'"))
    }

    @Test func profileLintSectionAndValidationTogether() throws {
        let text = try String(contentsOf: TestPaths.packageRoot.appendingPathComponent("examples/newsletter-marketing.yaml"), encoding: .utf8)
        let dir = try folder(with: ["p.yaml": text + "lint:\n  disable: [compliance-not-mentioned, no-such-rule]\n"])
        let result = try CommandRunner.sesame(["lint", "p.yaml"], currentDirectory: dir)
        #expect(result.status == 0)
        #expect(result.stdout == "p.yaml:47:1: warning: unknown rule 'no-such-rule'; run `sesame lint --list-rules` to see them [unknown-rule]\np.yaml: 0 errors, 1 warning\n")
        let broken = try CommandRunner.sesame(["lint", "examples/broken.yaml"])
        #expect(broken.status == 1)
        #expect(broken.stdout.contains("examples/broken.yaml:4:1: error: unknown key `mail_typ`; did you mean `mail_type`? [unknown-key]"))
        #expect(broken.stdout.contains("examples/broken.yaml:13:23: error: 'TODO' is a placeholder"))
        #expect(!broken.stdout.contains("[bounce-handling-missing]"), "the validator already says it is blank")
    }

    @Test func standardInputAndJapanese() throws {
        let draft = "当社は名簿業者から購入したリストに広告メールを送ります。配信停止はメールでご連絡いただき、月末にまとめて反映します。\n"
        let result = try CommandRunner.sesame(["lint", "-", "--mail-type", "MARKETING"], stdin: draft)
        #expect(result.status == 1)
        #expect(result.stdout.contains("-:1:4: error: 「名簿業者」"))
        #expect(result.stdout.contains("[purchased-list]"))
        #expect(result.stdout.contains("[unsubscribe-delayed]"))
    }

    @Test func unreadableInputExitsTwo() throws {
        let dir = try TestPaths.temporaryFolder()
        try Data([0x41, 0x00, 0x42]).write(to: dir.appendingPathComponent("bin.txt"))
        let binary = try CommandRunner.sesame(["lint", "bin.txt"], currentDirectory: dir)
        #expect(binary.status == 2)
        #expect(binary.stdout.hasPrefix("bin.txt:1:2: error: file contains NUL bytes"))
        let missing = try CommandRunner.sesame(["lint", "nope.txt"], currentDirectory: dir)
        #expect(missing.status == 2)
        #expect(missing.stderr == "sesame: cannot read nope.txt: no such file\n")
        let none = try CommandRunner.sesame(["lint"])
        #expect(none.status == 2)
    }

    @Test func anEmptyDraftIsAnError() throws {
        let result = try CommandRunner.sesame(["lint", "-"], stdin: "  \n\n")
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("-:1:1: error: the draft is empty; write the use-case description"))
        #expect(result.stdout.hasSuffix("[too-short]\n-: 1 error, 0 warnings\n"))
    }

    @Test func listRules() throws {
        let result = try CommandRunner.sesame(["lint", "--list-rules"])
        #expect(result.status == 0)
        for id in ["purchased-list", "bounce-handling-missing", "opt-out-missing", "too-long", "placeholder-text", "mail-type-mismatch"] {
            #expect(result.stdout.contains(id))
        }
    }

    @Test func listRulesInJapanese() async {
        let result = await InProcessSesame().run(["lint", "--list-rules", "--lang", "ja"])
        #expect(result.status == 0)
        let line = result.stdout.split(separator: "\n").first { $0.hasPrefix("unsubscribe-login-required ") }
        #expect(line?.hasSuffix("  配信停止にログインが必要です。") == true)
        #expect(result.stdout.hasPrefix("RULE"))
    }

    @Test func aReplyIsReadAsOneAndSaysSoOnStandardError() throws {
        let reply = "Thank you for your response.\nBest regards, [Your Name]\n"
        let dir = try folder(with: ["reply.txt": reply])
        let result = try CommandRunner.sesame(["lint", "reply.txt"], currentDirectory: dir)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("sesame: reply.txt: read as a reply on the support case"))
        #expect(result.stdout.contains("reply.txt:2:15: error: '[Your Name]' is a placeholder"))
        // A reply has no form, so no length rule: a two-line answer is not "too short".
        #expect(!result.stdout.contains("[too-short]"))
        let asRequest = try CommandRunner.sesame(["lint", "reply.txt", "--kind", "request"], currentDirectory: dir)
        #expect(!asRequest.stderr.contains("reply"))
        #expect(asRequest.stdout.contains("[too-short]"))
    }
}

@Suite("sesame lint: the command line and machine-readable output")
struct LintMachineOutputTests {
    @Test func anUnknownOptionIsNamedEvenWithoutFiles() throws {
        let result = try CommandRunner.sesame(["lint", "--foo"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("Error: Unknown option '--foo'\n"))
    }

    @Test func nothingToLintIsAUsageError() throws {
        let result = try CommandRunner.sesame(["lint"])
        #expect(result.status == 2)
        #expect(result.stderr == "sesame: give at least one profile or draft to lint, or --list-rules (`sesame lint --help`)\n")
    }

    @Test func theRuleListAsJSON() throws {
        let result = try CommandRunner.sesame(["lint", "--list-rules", "--format", "json"])
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["schema_version"] as? Int == 1)
        let rules = try #require(json["rules"] as? [[String: String]])
        #expect(rules.count > 30)
        #expect(rules.allSatisfy { Set($0.keys) == ["id", "topic", "severity", "summary", "rationale"] })
        #expect(rules.first { $0["id"] == "purchased-list" }?["severity"] == "error")
    }

    @Test func standardInputHoldingAProfileIsLintedAsOne() throws {
        let profile = try String(contentsOf: TestPaths.packageRoot.appendingPathComponent("examples/saas-transactional.yaml"), encoding: .utf8)
        let detected = try CommandRunner.sesame(["lint", "-"], stdin: profile)
        #expect(detected.status == 0)
        #expect(detected.stdout == "-: ok\n")
        #expect(detected.stderr.isEmpty, "no mail-type note: a profile declares its type")
        let broken = try String(contentsOf: TestPaths.packageRoot.appendingPathComponent("examples/broken.yaml"), encoding: .utf8)
        let validated = try CommandRunner.sesame(["lint", "-"], stdin: broken)
        #expect(validated.stdout.contains("-:4:1: error: unknown key `mail_typ`; did you mean `mail_type`? [unknown-key]"))
        let asDraft = try CommandRunner.sesame(["lint", "-", "--stdin-kind", "draft"], stdin: broken)
        #expect(!asDraft.stdout.contains("[unknown-key]"), "read as prose, its keys are not checked")
        #expect(asDraft.stderr.contains("treated as TRANSACTIONAL"))
        let forced = try CommandRunner.sesame(["lint", "-", "--stdin-kind", "profile"], stdin: "We send receipts.\n")
        #expect(forced.status == 2)
        #expect(forced.stdout.hasPrefix("-:1:1: error: the top level must be a mapping of keys"))
    }

    @Test func anUnreadableFileIsInTheJSONWithItsError() throws {
        let dir = try folder(with: ["draft.txt": badDraft])
        let result = try CommandRunner.sesame(["lint", "--format", "json", "missing.txt", "draft.txt"], currentDirectory: dir)
        #expect(result.status == 2)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(json["schema_version"] as? Int == 1)
        let files = try #require(json["files"] as? [[String: Any]])
        #expect(files.map { $0["path"] as? String } == ["missing.txt", "draft.txt"])
        #expect(files[0]["error"] as? String == "cannot read missing.txt: no such file")
        #expect((files[0]["findings"] as? [Any])?.isEmpty == true)
        #expect(files[1]["error"] == nil)
        #expect(files[1]["inferred_mail_type"] as? String == "MARKETING")
    }

    @Test func anUnreadableFileIsAToolNotificationInSARIF() throws {
        let result = try CommandRunner.sesame(["lint", "--format", "sarif", "missing.txt"])
        #expect(result.status == 2)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let run = try #require((json["runs"] as? [[String: Any]])?.first)
        let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
        #expect(invocation["executionSuccessful"] as? Bool == false)
        let notice = try #require((invocation["toolExecutionNotifications"] as? [[String: Any]])?.first)
        #expect(notice["level"] as? String == "error")
        #expect((notice["message"] as? [String: String])?["text"] == "cannot read missing.txt: no such file")
        #expect((run["results"] as? [Any])?.isEmpty == true)
    }

    @Test func theTextFormatLeavesAnUnreadableFileToStandardError() throws {
        let result = try CommandRunner.sesame(["lint", "missing.txt"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "sesame: cannot read missing.txt: no such file\n")
    }
}

@Suite("sesame lint: the settings file")
struct LintSettingsFileTests {
    @Test func anUnknownRuleIdIsReportedInTheSettingsFileNotInEachDraft() throws {
        let dir = try folder(with: [
            ".sesame-lint.yaml": "disable: [compliance-not-mentioned, bogus-rule]\n",
            "a.txt": badDraft, "b.txt": badDraft,
        ])
        let result = try CommandRunner.sesame(["lint", "a.txt", "b.txt"], currentDirectory: dir)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.filter { $0.contains("[unknown-rule]") } == [
            ".sesame-lint.yaml:1:37: warning: unknown rule 'bogus-rule'; run `sesame lint --list-rules` to see them [unknown-rule]",
        ])
        #expect(lines.contains(".sesame-lint.yaml: 0 errors, 1 warning"))
    }
}
