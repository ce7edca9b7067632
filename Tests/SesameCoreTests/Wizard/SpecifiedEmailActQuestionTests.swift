import Testing
import TestSupport
@testable import SesameCore

/// The wizard's questions for the section, and what `init --from`/`--edit` keep of it.
@Suite("Wizard questions: compliance.specified_email_act")
struct SpecifiedEmailActQuestionTests {
    @Test func eachQuestionFillsOnePartInBothLanguagesAndItsExamplesPass() throws {
        #expect(Questions.specifiedEmailAct.map(\.key) == [.senderName, .postalAddress, .optOutContact])
        for question in Questions.specifiedEmailAct {
            #expect(question.optional && question.kind == .line)
            for language in Language.allCases {
                let texts = try #require(question.text[language], "\(question.keyPath) in \(language)")
                let example = Answers.node(for: .string(texts.example), at: SourceLocation(path: "answer", line: 1, column: 1))
                let checked = ProfileValidator.check(example, keyPath: question.keyPath, field: question.field, language: language)
                #expect(checked.problems.isEmpty, "\(question.keyPath) example in \(language): \(checked.problems)")
            }
        }
    }

    @Test func answersFromAProfileKeepTheSection() throws {
        let path = TestPaths.packageRoot.appendingPathComponent("examples/ja-marketing.yaml").path
        let original = try ProfileLoader.load(path: path)
        let profile = try #require(original.profile)
        #expect(profile.specifiedEmailAct?.parts.count == 3)
        #expect(Answers(file: original).document(path: "answers").profile == profile)
    }
}
