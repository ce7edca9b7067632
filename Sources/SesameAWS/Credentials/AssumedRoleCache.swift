/// The `AssumeRole` arguments a profile configures (botocore `_load_creds_via_assume_role`).
struct AssumeRoleRequest: Sendable, Equatable {
    var roleArn: String
    /// Nil when the profile sets none (a fresh `botocore-session-…` name is then used, and
    /// left out of the cache key).
    var roleSessionName: String?
    var externalId: String?
    var serialNumber: String?
    var durationSeconds: Int?

    init(profile: SharedConfig.Profile) throws {
        roleArn = profile["role_arn"] ?? ""
        roleSessionName = profile["role_session_name"]
        externalId = profile["external_id"]
        serialNumber = profile["mfa_serial"]
        if let text = profile["duration_seconds"] {
            guard let value = Int(text) else {
                throw CredentialError.invalidProfile(profile: profile.name, reason: .durationNotANumber(text))
            }
            durationSeconds = value
        }
    }

    /// The AWS CLI's cache key (`BaseAssumeRoleCredentialFetcher._create_cache_key`): the
    /// SHA-1 of the arguments as Python's `json.dumps(args, sort_keys=True)` writes them.
    var cacheKey: String {
        var members: [(String, String)] = [("RoleArn", PythonJSON.string(roleArn))]
        if let roleSessionName { members.append(("RoleSessionName", PythonJSON.string(roleSessionName))) }
        if let externalId { members.append(("ExternalId", PythonJSON.string(externalId))) }
        if let serialNumber { members.append(("SerialNumber", PythonJSON.string(serialNumber))) }
        if let durationSeconds { members.append(("DurationSeconds", String(durationSeconds))) }
        let text = "{" + members.sorted { $0.0 < $1.0 }.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
        return CacheKeyDigest.sha1Hex(text)
    }
}

/// Python's `json.dumps` string form (ASCII only, `\uXXXX` escapes), so that cache keys
/// match the AWS CLI's byte for byte.
enum PythonJSON {
    static func string(_ text: String) -> String {
        var out = "\""
        for unit in text.utf16 {
            switch unit {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0x08: out += "\\b"
            case 0x0C: out += "\\f"
            case 0x20..<0x7F: out.unicodeScalars.append(Unicode.Scalar(UInt8(unit)))
            default:
                let hex = String(unit, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            }
        }
        return out + "\""
    }
}
