/// What a plain draft is: the first request, or a reply on the support case (an appeal after a
/// denial, an answer to the reviewer's questions).
///
/// A reply is not pasted into the form, so it has no 5000-character limit and is not judged on the
/// website, the mail type or the laws: it is judged on whether it answers the four questions (and
/// the volume, the recipients and the business writing), and on template residue and red flags,
/// like a request. A hollow appeal that names no business and says nothing concrete about the mail
/// is what reviewers deny; one that does not describe the mail again gets only a note.
public enum DraftKind: String, CaseIterable, Sendable {
    case request
    case reply

    /// The kind a draft's opening lines show: a reply when one of its first
    /// `openingLines` lines thanks the reviewer for their answer or refers to their questions.
    /// A bare greeting ("Hello", 「お世話になっております」) is not enough: requests open with one too.
    public static func detect(in text: String) -> DraftKind {
        var lines = 0
        var rest = text[...]
        // The lines one at a time, as `split(whereSeparator: \.isNewline)` gives them, so that
        // only the opening ones are read, not the whole draft.
        while lines < openingLines {
            rest = rest.drop(while: \.isNewline)
            guard !rest.isEmpty else { break }
            let end = rest.firstIndex(where: \.isNewline) ?? rest.endIndex
            let line = rest[..<end]
            rest = rest[end...]
            if line.allSatisfy(\.isWhitespace) { continue }
            if !replyOpening.hits(in: TextFolding.fold(String(line)).scalars).isEmpty { return .reply }
            lines += 1
        }
        return .request
    }

    /// A reply says so in its salutation or first paragraph; later lines may thank anyone for anything.
    static let openingLines = 3

    private static let replyOpening = PhraseMatcher([(.shadow, [
        "thank you for your response", "thank you for your reply", "thank you for your email",
        "thank you for your message", "thank you for your feedback", "thank you for getting back",
        "thank you for reviewing", "thank you for the review", "thanks for your response", "thanks for your reply",
        "thanks for getting back", "thank you for reaching out", "thank you for contacting",
        "in response to your", "in reply to your", "regarding your request for more information",
        "as you requested", "as requested in your", "your questions", "re: case", "re: your",
        "ご連絡ありがとうございます", "ご連絡いただきありがとうございます", "ご返信ありがとうございます",
        "ご返信いただきありがとうございます", "ご回答ありがとうございます", "ご確認いただきありがとうございます",
        "ご確認ありがとうございます", "ご質問いただいた", "ご質問の件", "ご指摘いただいた", "お問い合わせいただいた",
        "ご依頼いただいた", "お返事ありがとうございます", "追加情報のご依頼",
    ])])

    /// The topics a reply is judged on.
    public var judgedTopics: Set<Topic> {
        switch self {
        case .request: Set(Topic.allCases)
        case .reply: [.business, .content, .recipients, .listAcquisition, .bounceHandling, .complaintHandling, .optOut, .sendingVolume, .clarity]
        }
    }
}
