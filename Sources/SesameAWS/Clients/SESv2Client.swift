internal import SigV4

/// The SES v2 operations sesame calls, for one region (rest-json, signing name `ses`).
public struct SESv2Client: Sendable {
    let connection: ServiceConnection

    init(connection: ServiceConnection) {
        self.connection = connection
    }

    /// The region this client talks to (its signing region).
    public var region: String { connection.endpoint.signingRegion }

    /// `GET /v2/email/account`.
    public func getAccount() async throws -> SESAccount {
        try await connection.sendJSON(
            OperationRequest(operation: "GetAccount", method: "GET", path: "/v2/email/account"), as: SESAccount.self)
    }

    /// `POST /v2/email/account/details` with `jsonBody` sent byte for byte as given.
    public func putAccountDetails(jsonBody: [UInt8]) async throws {
        _ = try await connection.send(OperationRequest(
            operation: "PutAccountDetails", method: "POST", path: "/v2/email/account/details",
            headers: [("Content-Type", "application/json")], body: jsonBody))
    }

    /// Every email identity, following `NextToken` to the last page.
    public func listEmailIdentities() async throws -> [EmailIdentitySummary] {
        struct Page: Decodable { var EmailIdentities: [EmailIdentitySummary]?; var NextToken: String? }
        var identities: [EmailIdentitySummary] = []
        var nextToken: String?
        repeat {
            let page = try await connection.sendJSON(OperationRequest(
                operation: "ListEmailIdentities", method: "GET", path: "/v2/email/identities",
                query: nextToken.map { [("NextToken", $0)] } ?? []), as: Page.self)
            identities += page.EmailIdentities ?? []
            nextToken = page.NextToken.flatMap { $0.isEmpty ? nil : $0 }
        } while nextToken != nil
        return identities
    }

    /// `GET /v2/email/identities/{EmailIdentity}`; the identity may contain `+`, `@` etc.
    public func getEmailIdentity(_ identity: String) async throws -> EmailIdentity {
        try await connection.sendJSON(OperationRequest(
            operation: "GetEmailIdentity", method: "GET",
            path: "/v2/email/identities/" + PercentEncoding.encode(identity)), as: EmailIdentity.self)
    }

    /// Every configuration set name, following `NextToken` to the last page.
    public func listConfigurationSets() async throws -> [String] {
        struct Page: Decodable { var ConfigurationSets: [String]?; var NextToken: String? }
        var names: [String] = []
        var nextToken: String?
        repeat {
            let page = try await connection.sendJSON(OperationRequest(
                operation: "ListConfigurationSets", method: "GET", path: "/v2/email/configuration-sets",
                query: nextToken.map { [("NextToken", $0)] } ?? []), as: Page.self)
            names += page.ConfigurationSets ?? []
            nextToken = page.NextToken.flatMap { $0.isEmpty ? nil : $0 }
        } while nextToken != nil
        return names
    }

    /// `GET /v2/email/configuration-sets/{name}/event-destinations`.
    public func getConfigurationSetEventDestinations(_ configurationSetName: String) async throws -> [EventDestination] {
        struct Output: Decodable { var EventDestinations: [EventDestination]? }
        return try await connection.sendJSON(OperationRequest(
            operation: "GetConfigurationSetEventDestinations", method: "GET",
            path: "/v2/email/configuration-sets/\(PercentEncoding.encode(configurationSetName))/event-destinations"),
            as: Output.self).EventDestinations ?? []
    }

    /// `GET /v2/email/suppression/addresses/{EmailAddress}`: the address's entry on the
    /// account-level suppression list, or nil when it is not on it (`NotFoundException`).
    public func getSuppressedDestination(_ address: String) async throws -> SuppressedDestination? {
        struct Output: Decodable { var SuppressedDestination: SuppressedDestination? }
        do {
            let output = try await connection.sendJSON(OperationRequest(
                operation: "GetSuppressedDestination", method: "GET",
                path: "/v2/email/suppression/addresses/" + PercentEncoding.encode(address)), as: Output.self)
            guard let destination = output.SuppressedDestination else {
                throw MalformedResponseError(service: AWSService.sesv2.serviceId, operation: "GetSuppressedDestination",
                                             reason: "`SuppressedDestination` is missing")
            }
            return destination
        } catch let error as AWSServiceError where error.code == "NotFoundException" {
            return nil
        }
    }
}

/// An address on the account-level suppression list: why (`BOUNCE` or `COMPLAINT`) and since when.
public struct SuppressedDestination: Sendable, Equatable, Decodable {
    public var emailAddress: String
    public var reason: String
    public var lastUpdateTime: Date?

    enum CodingKeys: String, CodingKey {
        case emailAddress = "EmailAddress", reason = "Reason", lastUpdateTime = "LastUpdateTime"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        emailAddress = try container.decode(String.self, forKey: .emailAddress)
        reason = try container.decode(String.self, forKey: .reason)
        lastUpdateTime = try container.decodeIfPresent(FlexibleTimestamp.self, forKey: .lastUpdateTime)?.date
    }
}
