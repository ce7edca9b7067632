import Foundation
import Testing
import TestSupport
@testable import SesameCore

private func example(_ name: String) throws -> Profile {
    try #require(ProfileLoader.load(path: TestPaths.packageRoot.appendingPathComponent("examples/\(name).yaml").path).profile)
}

private let replyFixtures = TestPaths.packageRoot.appendingPathComponent("Tests/SesameCoreTests/Fixtures/reply")

private func message(_ name: String) throws -> ReviewerMessage {
    ReviewerMessage(text: try String(contentsOf: replyFixtures.appendingPathComponent("messages/\(name).txt"), encoding: .utf8))
}

/// The three reviewer messages, each with the profile that answers it.
private let cases: [(message: String, profile: String)] = [
    ("aws-en-four-questions", "saas-transactional"),
    ("aws-ja-five-items", "ja-transactional"),
    ("aws-en-paragraphs", "newsletter-marketing"),
]

@Suite("Reply composer")
struct ReplyComposerTests {
    @Test(arguments: [0, 1, 2], Language.allCases)
    func goldenReplies(index: Int, language: Language) throws {
        let (name, profileName) = cases[index]
        let reply = ReplyComposer.compose(profile: try example(profileName), message: try message(name), language: language)
        let url = replyFixtures.appendingPathComponent("golden/\(name).\(language.rawValue).txt")
        if ProcessInfo.processInfo.environment["SESAME_RECORD"] == "1" {
            try (reply.text + "\n").write(to: url, atomically: true, encoding: .utf8)
        }
        #expect(reply.text + "\n" == (try String(contentsOf: url, encoding: .utf8)))
    }

    @Test func bulletedEnglishQuestionsAreFoundInOrder() throws {
        let found = try message("aws-en-four-questions")
        #expect(found.language == .en)
        #expect(found.questions.map(\.text) == [
            "How do you plan to build or acquire your mailing list?",
            "How do you plan to handle bounces and complaints?",
            "How can recipients opt out of receiving email from you?",
            "How did you choose the sending rate or sending quota that you specified in this request?",
        ])
        #expect(found.questions.map(\.topics) == [[.listAcquisition], [.bounceHandling, .complaintHandling], [.optOut], [.sendingVolume]])
        #expect(found.questions.map(\.line) == [7, 8, 9, 10])
    }

    @Test func numberedJapaneseItemsAreFoundInOrder() throws {
        let found = try message("aws-ja-five-items")
        #expect(found.language == .ja)
        #expect(found.questions.map(\.topics) == [
            [.listAcquisition], [.bounceHandling, .complaintHandling], [.optOut], [.content], [.website],
        ])
        #expect(found.questions[3].text == "送信するメールのサンプル（件名と本文）をご提供ください。")
    }

    @Test func sentencesOfParagraphsAreQuestionsToo() throws {
        let found = try message("aws-en-paragraphs")
        #expect(found.questions.map(\.text) == [
            "Please describe the process you follow when you receive bounce or complaint notifications.",
            "Could you also tell us how your recipients sign up for your emails, and how they can unsubscribe?",
            "Please provide an example of the content you plan to send, and the URL of your website.",
            "Also, please let us know whether you plan to send email on behalf of third parties.",
        ])
        #expect(found.questions.map(\.topics) == [
            [.bounceHandling, .complaintHandling], [.listAcquisition, .optOut], [.content, .website], [],
        ])
    }

    @Test func aQuestionNothingAnswersIsAskedBackNeverInvented() throws {
        let reply = ReplyComposer.compose(profile: try example("newsletter-marketing"), message: try message("aws-en-paragraphs"), language: .en)
        #expect(!reply.isComplete)
        #expect(reply.openQuestions.map { $0.message(.en) } == [
            "line 7: the reviewer asks “Also, please let us know whether you plan to send email on behalf of third parties.”, and nothing in the profile is about it: write the answer into the reply yourself before you send it.",
        ])
        #expect(reply.openQuestions.map { $0.message(.ja) } == [
            "7 行目：レビュー担当者の質問「Also, please let us know whether you plan to send email on behalf of third parties.」に当たる内容がプロファイルにありません。送信する前に、回答を返信に書き加えてください。",
        ])
        #expect(!reply.text.contains("third parties"))
    }

    @Test func aMissingAnswerNamesTheKeyToAdd() throws {
        var profile = try example("ja-transactional")
        profile.useCase.content = nil
        let reply = ReplyComposer.compose(profile: profile, message: try message("aws-ja-five-items"), language: .ja)
        #expect(reply.openQuestions.map { $0.message(.ja) } == [
            "8 行目：レビュー担当者の質問「送信するメールのサンプル（件名と本文）をご提供ください。」に答える `use_case.content` がプロファイルにありません。プロファイルに追記してから、もう一度 `sesame reply` を実行してください。",
        ])
        #expect(reply.openQuestions.map { $0.message(.en) } == [
            "line 8: the reviewer asks “送信するメールのサンプル（件名と本文）をご提供ください。”, and the profile has no `use_case.content`: add it to the profile and run `sesame reply` again.",
        ])
        #expect(!reply.text.contains("サンプル"))
        #expect(reply.answers.count == 4)
    }

    @Test func withoutAMessageTheFourQuestionsAndVolumeAreAnswered() throws {
        let profile = try example("saas-transactional")
        let reply = ReplyComposer.compose(profile: profile, message: nil, language: .en)
        #expect(reply.isComplete)
        #expect(reply.byTopic.map(\.topic) == [.listAcquisition, .bounceHandling, .complaintHandling, .optOut, .sendingVolume])
        #expect(reply.answers.map(\.question) == [
            "How do you build your mailing list, and how do recipients give their consent?",
            "How do you handle bounces?", "How do you handle complaints?", "How can recipients opt out of your email?",
            "How much email will you send, how fast, and why?",
        ])
        #expect(reply.byTopic.last?.text.hasPrefix("We expect to send up to 12,000 messages a day, with a peak of 10 per second.\nToday we send") == true)
        let japanese = ReplyComposer.compose(profile: profile, message: nil, language: .ja)
        #expect(japanese.answers.first?.question == "メーリングリストはどのように作成し、受信者の同意をどのように得ていますか？")
        #expect(japanese.answers.allSatisfy { $0.line == nil })
    }

    @Test func aGeneralRequestAloneIsAnsweredWithTheStandardSet() {
        let found = ReviewerMessage(text: "Hello,\n\nPlease provide more information about your use case.\n\nThank you.")
        #expect(found.questions.count == 1)
        #expect(found.questions[0].topics == ReviewerQuestion.standardTopics)
        #expect(found.questions[0].text == "Please provide more information about your use case.")
    }

    @Test func overlappingKeywordsGoToTheLongerOne() {
        func topics(_ text: String) -> [Topic] {
            let folded = TextFolding.fold(text)
            return QuestionClassifier.topics(in: folded.string(0..<folded.count))
        }
        #expect(topics("How can they unsubscribe?") == [.optOut])
        #expect(topics("登録解除の方法を教えてください。") == [.optOut])
        #expect(topics("We use curl").isEmpty)
        #expect(topics("How are addresses COLLECTED?") == [.listAcquisition])
    }

    @Test func messagesWithoutQuestionsAndHostileTextGiveNoQuestions() {
        #expect(ReviewerMessage(text: "").questions.isEmpty)
        #expect(ReviewerMessage(text: "Thank you.\n\nBest regards,\nAWS").questions.isEmpty)
        let noisy = ReviewerMessage(text: "- How do you handle\u{1B}[31m bounces?\u{0}\r\n")
        #expect(noisy.questions.map(\.topics) == [[.bounceHandling]])
        let reply = ReplyComposer.compose(profile: Profile(mailType: .transactional, websiteURL: "https://a.example.org",
                                                           useCase: UseCase(bounceHandling: "We stop at once.")),
                                          message: noisy, language: .en)
        #expect(reply.answers.map(\.question) == ["How do you handle[31m bounces?"])
    }

    @Test func aLongMessageIsReadWhole() {
        let text = String(repeating: "- How do you handle bounces and complaints and opt-out requests?\n", count: 2000)
        #expect(ReviewerMessage(text: text).questions.count == 2000)
    }
}
