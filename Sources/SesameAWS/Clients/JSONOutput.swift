extension ServiceConnection {
    /// Sends `operation` and decodes its JSON output, ignoring unknown members.
    func sendJSON<Output: Decodable>(_ operation: OperationRequest, as type: Output.Type) async throws -> Output {
        let response = try await send(operation)
        let body = response.body.isEmpty ? Array("{}".utf8) : response.body
        do {
            return try JSONDecoder().decode(Output.self, from: Data(body))
        } catch {
            throw MalformedResponseError(service: service.serviceId, operation: operation.operation,
                                         reason: Self.reason(for: error, body: body))
        }
    }

    /// A decoding failure in words a person can act on (what is wrong, and where), rather than
    /// Swift's debug dump of the error.
    static func reason(for error: any Error, body: [UInt8]) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        func path(_ keys: [any CodingKey]) -> String {
            let text = keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return text.isEmpty ? "the body" : "`" + String(text.drop { $0 == "." }) + "`"
        }
        switch error {
        case .dataCorrupted(let context) where context.codingPath.isEmpty && (try? JSONDecoder().decode(AnyJSON.self, from: Data(body))) == nil:
            let start = String(decoding: body.prefix(60), as: UTF8.self)
                .map { character in character.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F } ? " " : character }
            return "the body is not JSON (it begins “\(String(start).trimmingCharacters(while: \.isWhitespace))”)"
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? context.debugDescription : "\(path(context.codingPath)): \(context.debugDescription)"
        case .keyNotFound(let key, let context):
            return "\(path(context.codingPath + [key])) is missing"
        case .valueNotFound(_, let context):
            return "\(path(context.codingPath)) is null"
        case .typeMismatch(let type, let context):
            return "\(path(context.codingPath)) is not \(typeName(type))"
        @unknown default:
            return "\(error)"
        }
    }

    /// Decodes from any well-formed JSON document (the decoder parses the whole text first).
    private struct AnyJSON: Decodable {
        init(from decoder: any Decoder) throws {}
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Bool.Type: return "true or false"
        case is Double.Type, is Int.Type: return "a number"
        default:
            let name = String(describing: type)
            return name.hasPrefix("Array") ? "an array" : name.hasPrefix("Dictionary") ? "an object" : "a \(name)"
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
