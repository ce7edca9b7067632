/// Why one attempt of a call failed: an error response, or no response at all.
public enum AttemptFailure: Sendable, Equatable {
    case service(AWSServiceError)
    case transport(TransportError)
}
