/// The `NextToken`s of one paginated listing. A token the service has already given is an
/// error, not another page to ask for: a service (or anything pretending to be one) that repeats
/// it would otherwise keep the listing going forever. botocore raises `PaginationError` on a
/// token repeated back to back; this also stops longer cycles.
struct PageTokens {
    let service: String
    let operation: String
    private var seen: Set<String> = []

    init(service: String, operation: String) {
        self.service = service
        self.operation = operation
    }

    /// The token to ask for the next page with, or nil after the last page (no token, or an empty one).
    mutating func next(after token: String?) throws(MalformedResponseError) -> String? {
        guard let token, !token.isEmpty else { return nil }
        guard seen.insert(token).inserted else {
            throw MalformedResponseError(service: service, operation: operation,
                                         reason: "the same NextToken came back for a second page; stopping rather than asking for it again")
        }
        return token
    }
}
