/// Generates the JSON Schema (draft 2020-12) of the profile from `ProfileSchema`, for
/// editors such as yaml-language-server; `sesame schema` prints it.
public enum JSONSchema {
    public static let identifier = "urn:sesame:profile:1"

    public static func profile() -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("$schema", .string("https://json-schema.org/draft/2020-12/schema")),
            ("$id", .string(identifier)),
            ("title", .string("sesame profile")),
            ("description", .string("An Amazon SES production-access request, version \(ProfileSchema.version).")),
        ]
        members += object(ProfileSchema.fields)
        return .object(members)
    }

    private static func object(_ fields: [SchemaField]) -> [(String, JSONValue)] {
        var members: [(String, JSONValue)] = [
            ("type", .string("object")),
            ("properties", .object(fields.map { ($0.name, property($0)) })),
        ]
        let required = fields.filter(\.required).map { JSONValue.string($0.name) }
        if !required.isEmpty { members.append(("required", .array(required))) }
        members.append(("additionalProperties", .bool(false)))
        return members
    }

    private static func property(_ field: SchemaField) -> JSONValue {
        var members: [(String, JSONValue)] = [("description", .string(field.summary.en))]
        members += type(field.type)
        if let example = field.example {
            let value: JSONValue = switch field.type {
            case .integer: YAMLNode.integerValue(example).map(JSONValue.int) ?? .string(example)
            case .list: .array([.string(example)])
            default: .string(example)
            }
            members.append(("examples", .array([value])))
        }
        return .object(members)
    }

    private static func type(_ type: SchemaType) -> [(String, JSONValue)] {
        switch type {
        case let .integer(minimum, maximum):
            var members: [(String, JSONValue)] = [("type", .string("integer")), ("minimum", .int(minimum))]
            if let maximum { members.append(("maximum", .int(maximum))) }
            return members
        case let .string(minLength, maxLength, format):
            var members: [(String, JSONValue)] = [("type", .string("string")), ("minLength", .int(minLength))]
            if let maxLength { members.append(("maxLength", .int(maxLength))) }
            switch format {
            case .text: break
            case .url:
                members.append(("format", .string("uri")))
                members.append(("pattern", .string("^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+")))
            case .email:
                members.append(("format", .string("email")))
                members.append(("pattern", .string("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")))
            case .contact:
                members.append(("pattern", .string("^([Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+|[^@\\s]+@[^@\\s]+\\.[^@\\s]+$)")))
            }
            return members
        case let .enumeration(values):
            return [("type", .string("string")), ("enum", .array(values.map(JSONValue.string)))]
        case let .list(item, minItems, maxItems, unique):
            var members: [(String, JSONValue)] = [("type", .string("array")), ("items", .object(self.type(item)))]
            if minItems > 0 { members.append(("minItems", .int(minItems))) }
            if let maxItems { members.append(("maxItems", .int(maxItems))) }
            if unique { members.append(("uniqueItems", .bool(true))) }
            return members
        case let .object(fields):
            return object(fields)
        case let .dictionary(value):
            return [("type", .string("object")), ("additionalProperties", .object(self.type(value)))]
        }
    }
}
