/// How far a text answers one topic: answered, weak (mentioned, not answered), or missing.
enum AnswerState: Sendable, Equatable {
    case answered, weak, missing
}

extension PreparedDocument {
    /// The state of every answer a reviewer reads for: the four questions, the volume, who the
    /// recipients are and what the mail contains. The same judgments the `…-weak` and `…-missing`
    /// rules report, gathered for the rules about the request as a whole.
    func answerStates() -> [(topic: Topic, state: AnswerState)] {
        var states: [(Topic, AnswerState)] = []
        let bounces = claims.answer(.bounces)
        let complaints = claims.answer(.complaints)
        for (topic, answer, missing) in [
            (Topic.listAcquisition, claims.answer(.listAcquisition), nil),
            (.bounceHandling, bounces, bounces.missing(sharingRouteWith: complaints)),
            (.complaintHandling, complaints, complaints.missing(sharingRouteWith: bounces)),
            (.optOut, claims.answer(.optOut), nil),
            (.recipients, claims.answer(.recipients), nil),
        ] as [(Topic, AnswerParts, [AnswerQuestion.Part]?)] {
            let unanswered = missing ?? answer.missing
            states.append((topic, !answer.isMentioned ? .missing : unanswered.isEmpty ? .answered : .weak))
        }
        let volume: AnswerState = !VolumeNumbersMissingRule().findings(in: self).isEmpty ? .missing
            : !VolumeRationaleMissingRule().findings(in: self).isEmpty ? .weak : .answered
        states.append((.sendingVolume, volume))
        let content: AnswerState = switch claims.content.verdict {
        case .answered: .answered
        case .weak: .weak
        case .missing: .missing
        }
        states.append((.content, content))
        return states
    }
}
