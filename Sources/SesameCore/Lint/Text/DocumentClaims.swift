// Stage 6 of the text engine, read once: the claims of a whole document, which every rule about an
// answer reads instead of reading the sections again (`PreparedDocument.claims`).
import Synchronization

/// What a document claims, read once per document: the answer to each question AWS asks (and
/// who the recipients are), what its messages contain, whether it relays other people's mail, and
/// what it admits about its list.
public struct DocumentClaims: Sendable {
    /// The answer to every `AnswerQuestion`.
    let answers: [AnswerQuestion: AnswerParts]
    /// What the messages contain.
    public let content: ContentClaims
    /// Whether the document describes a relay, and its abuse controls.
    public let relay: RelayClaims
    /// What the document admits about where its addresses came from and how consent was taken.
    public let list: ListClaims

    init(_ document: PreparedDocument) {
        var answers: [AnswerQuestion: AnswerParts] = [:]
        for question in AnswerQuestion.allCases { answers[question] = AnswerParts(question, in: document) }
        self.answers = answers
        content = ContentClaims(document)
        relay = RelayClaims(document)
        list = ListClaims(document)
    }

    /// What the document says in answer to `question`.
    public func answer(_ question: AnswerQuestion) -> AnswerParts {
        answers[question]!
    }
}

/// Holds a document's claims once they are read: the first rule that asks reads them, the others
/// get the same value. Shared by the copies of one `PreparedDocument`, which never changes.
final class DocumentClaimsCache: Sendable {
    private let claims = Mutex<DocumentClaims?>(nil)

    func claims(of document: PreparedDocument) -> DocumentClaims {
        claims.withLock { cached in
            if let cached { return cached }
            let read = DocumentClaims(document)
            cached = read
            return read
        }
    }
}
