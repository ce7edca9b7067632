/// AWS Support `CreateCase` (JSON 1.1, signing name `support`). Accounts without a
/// Business or Enterprise plan get `AWSServiceError` with code
/// `SubscriptionRequiredException`.
public struct SupportClient: Sendable {
    let connection: ServiceConnection

    init(connection: ServiceConnection) {
        self.connection = connection
    }

    /// Opens a case and returns its id (`case-…`). Nil arguments are omitted.
    public func createCase(
        subject: String, communicationBody: String, language: String? = nil, ccEmailAddresses: [String] = [],
        serviceCode: String? = nil, categoryCode: String? = nil, severityCode: String? = nil, issueType: String? = nil
    ) async throws -> String {
        struct Input: Encodable {
            var subject: String
            var communicationBody: String
            var language: String?
            var ccEmailAddresses: [String]?
            var serviceCode: String?
            var categoryCode: String?
            var severityCode: String?
            var issueType: String?
        }
        struct Output: Decodable { var caseId: String? }
        let input = Input(subject: subject, communicationBody: communicationBody, language: language,
                          ccEmailAddresses: ccEmailAddresses.isEmpty ? nil : ccEmailAddresses, serviceCode: serviceCode,
                          categoryCode: categoryCode, severityCode: severityCode, issueType: issueType)
        let output = try await connection.sendJSON(OperationRequest(
            operation: "CreateCase", method: "POST", path: "/",
            headers: [("Content-Type", "application/x-amz-json-1.1"), ("X-Amz-Target", "AWSSupport_20130415.CreateCase")],
            body: Array(try JSONEncoder().encode(input))), as: Output.self)
        guard let caseId = output.caseId else {
            throw MalformedResponseError(service: AWSService.support.serviceId, operation: "CreateCase", reason: "no caseId")
        }
        return caseId
    }
}
