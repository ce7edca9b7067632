/// A successful (2xx) response whose body could not be read as the operation's output.
public struct MalformedResponseError: Error, Sendable, Equatable, CustomStringConvertible {
    public var service: String
    public var operation: String
    public var reason: String

    public var description: String { "\(service) \(operation) returned an unreadable response: \(reason)" }
}

extension MalformedResponseError: CategorizedAWSError {
    public var category: AWSErrorCategory { .serviceOrNetwork }
}
