/// The version every JSON document sesame prints carries as `"schema_version"`: raised when a
/// member is removed or changes meaning, not when one is added, so scripts can check it once.
public enum JSONSchemaVersion {
    public static let current = 1
}
