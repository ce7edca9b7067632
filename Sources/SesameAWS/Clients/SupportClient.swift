/// AWS Support `CreateCase`, `AddCommunicationToCase` and `DescribeCases` (JSON 1.1, signing
/// name `support`). Accounts without a Business or Enterprise plan get `AWSServiceError` with
/// code `SubscriptionRequiredException`.
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
        let output = try await call("CreateCase", input, as: Output.self)
        guard let caseId = output.caseId else {
            throw MalformedResponseError(service: AWSService.support.serviceId, operation: "CreateCase", reason: "no caseId")
        }
        return caseId
    }

    /// Adds `communicationBody` to the case `caseId` (`case-…`). AWS answers `CaseIdNotFound`
    /// for a case the account does not have.
    public func addCommunicationToCase(caseId: String, communicationBody: String, ccEmailAddresses: [String] = []) async throws {
        struct Input: Encodable {
            var caseId: String
            var communicationBody: String
            var ccEmailAddresses: [String]?
        }
        struct Output: Decodable { var result: Bool? }
        let output = try await call("AddCommunicationToCase", Input(
            caseId: caseId, communicationBody: communicationBody,
            ccEmailAddresses: ccEmailAddresses.isEmpty ? nil : ccEmailAddresses), as: Output.self)
        guard output.result == true else {
            throw MalformedResponseError(service: AWSService.support.serviceId, operation: "AddCommunicationToCase",
                                         reason: "the communication was not added (result is not true)")
        }
    }

    /// The case id (`case-…`) of the case whose display id is `displayId` (the number the SES
    /// console and `GetAccount` show for a review), or nil when the account has no such case.
    public func caseId(displayId: String) async throws -> String? {
        struct Input: Encodable {
            var displayId: String
            var includeResolvedCases: Bool
        }
        struct Output: Decodable {
            struct Case: Decodable { var caseId: String?; var displayId: String? }
            var cases: [Case]?
        }
        let output = try await call("DescribeCases", Input(displayId: displayId, includeResolvedCases: true), as: Output.self)
        return output.cases?.first { $0.displayId == displayId }?.caseId
    }

    private func call<Input: Encodable, Output: Decodable>(_ operation: String, _ input: Input, as type: Output.Type) async throws -> Output {
        try await connection.sendJSON(OperationRequest(
            operation: operation, method: "POST", path: "/",
            headers: [("Content-Type", "application/x-amz-json-1.1"), ("X-Amz-Target", "AWSSupport_20130415.\(operation)")],
            body: Array(try JSONEncoder().encode(input))), as: type)
    }
}
