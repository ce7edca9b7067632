extension ServiceConnection {
    /// Sends `operation` and decodes its JSON output, ignoring unknown members.
    func sendJSON<Output: Decodable>(_ operation: OperationRequest, as type: Output.Type) async throws -> Output {
        let response = try await send(operation)
        let body = response.body.isEmpty ? Array("{}".utf8) : response.body
        do {
            return try JSONDecoder().decode(Output.self, from: Data(body))
        } catch {
            throw MalformedResponseError(service: service.serviceId, operation: operation.operation, reason: "\(error)")
        }
    }
}

/// A timestamp in a JSON body: epoch seconds as a number (rest-json's format) or an
/// ISO 8601 string, as botocore's `parse_timestamp` accepts both.
struct FlexibleTimestamp: Decodable, Sendable {
    let date: Date

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let seconds = try? container.decode(Double.self) {
            date = Date(timeIntervalSince1970: seconds)
        } else if let date = ISO8601.parse(try container.decode(String.self)) {
            self.date = date
        } else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a timestamp")
        }
    }
}
