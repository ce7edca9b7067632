extension JSONValue {
    /// The version every JSON document sesame prints carries as `"schema_version"`: raised when a
    /// member is removed or changes meaning, not when one is added, so scripts can check it once.
    /// (`render --format json` is the `PutAccountDetails` body and `schema` a JSON Schema: both
    /// are other people's formats and carry no version.)
    public static let schemaVersion = 1

    /// This object as a document sesame prints: `"schema_version"` first, then its members.
    public var versionedDocument: JSONValue {
        guard case let .object(members) = self else { return self }
        return .object([("schema_version", .int(Self.schemaVersion))] + members)
    }
}
