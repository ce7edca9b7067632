/// The accounts a platform team runs `status` and `submit` across (`--accounts FILE`):
///
/// ```yaml
/// - id: "111122223333"                 # 12 digits (quote it, so YAML keeps leading zeros)
///   role: OrganizationAccountAccessRole  # a role name or ARN; this is the default
///   regions: [us-east-1, eu-west-1]      # optional; else the command's regions
/// ```
public struct AccountList: Hashable, Sendable {
    /// The role assumed in an account when the file names none.
    public static let defaultRole = "OrganizationAccountAccessRole"
    /// The session name of every role assumed for the list, as CloudTrail shows it.
    public static let roleSessionName = "sesame"

    public var accounts: [AccountTarget]

    public init(accounts: [AccountTarget]) {
        self.accounts = accounts
    }

    /// Reads the file at `path` (`-`: standard input). Every problem is reported at once, each
    /// at its place, in `language`.
    public static func load(path: String, language: Language = .en) throws(AccountListError) -> AccountList {
        let loader = YAMLLoader()
        let bytes: [UInt8]
        do {
            bytes = try FileIO.read(path, limit: loader.maximumBytes)
        } catch {
            throw AccountListError(diagnostics: [problem(AccountListMessages.unreadable(error.reason.text(in: language)), at: SourceLocation(path: path, line: 1, column: 1), language)])
        }
        return try parse(bytes, path: path, language: language)
    }

    /// Parses file contents already in memory.
    public static func parse(_ bytes: [UInt8], path: String, language: Language = .en) throws(AccountListError) -> AccountList {
        let root: YAMLNode
        do {
            root = try YAMLLoader().load(bytes, path: path, requireMapping: false)
        } catch where error.problem == .emptyDocument {
            throw AccountListError(diagnostics: [problem(AccountListMessages.empty, at: error.location, language)])
        } catch {
            throw AccountListError(diagnostics: [error.diagnostic(in: language)])
        }
        var reader = Reader(language: language)
        let accounts = reader.accounts(in: root)
        if !reader.diagnostics.isEmpty { throw AccountListError(diagnostics: reader.diagnostics.sorted()) }
        return AccountList(accounts: accounts)
    }

    static func problem(_ message: LocalizedText, at location: SourceLocation, _ language: Language) -> Diagnostic {
        Diagnostic(location: location, severity: .error, rule: "accounts-file", topic: .clarity, message: message.text(in: language))
    }

    private struct Reader {
        let language: Language
        var diagnostics: [Diagnostic] = []

        mutating func report(_ message: LocalizedText, at node: YAMLNode) {
            diagnostics.append(AccountList.problem(message, at: node.start, language))
        }

        mutating func accounts(in root: YAMLNode) -> [AccountTarget] {
            guard case let .sequence(items) = root.kind, !items.isEmpty else {
                report(root.isNull || root.scalar == "" ? AccountListMessages.empty : AccountListMessages.notAList(root.typeDescription.text(in: language)), at: root)
                return []
            }
            var seen: [String: SourceLocation] = [:]
            var accounts: [AccountTarget] = []
            for item in items {
                let (id, account) = account(item)
                if let id, let first = seen[id] {
                    report(AccountListMessages.duplicate(id, line: first.line), at: item)
                    continue
                }
                if let id { seen[id] = item.start }
                if let account { accounts.append(account) }
            }
            return accounts
        }

        /// The account's id when it has a usable one, and the account when all of it is usable.
        private mutating func account(_ item: YAMLNode) -> (String?, AccountTarget?) {
            guard case let .mapping(pairs) = item.kind else {
                report(AccountListMessages.itemNotMapping(item.typeDescription.text(in: language)), at: item)
                return (nil, nil)
            }
            var id: String?
            var role: (text: String, node: YAMLNode)?
            var regions: [String] = []
            var valid = true
            for (key, value) in pairs {
                switch key.scalar ?? "" {
                case "id":
                    guard let text = value.scalar, !value.isNull, text.count == 12, text.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                        report(AccountListMessages.badID(value.scalar ?? value.typeDescription.text(in: language)), at: value)
                        valid = false
                        continue
                    }
                    id = text
                case "role":
                    guard let text = value.scalar?.trimmed, !value.isNull, !text.isEmpty else {
                        report(AccountListMessages.badRole, at: value)
                        valid = false
                        continue
                    }
                    role = (text, value)
                case "regions":
                    guard case let .sequence(names) = value.kind else {
                        report(AccountListMessages.regionsNotAList(value.typeDescription.text(in: language)), at: value)
                        valid = false
                        continue
                    }
                    for name in names {
                        guard let region = name.scalar, SESRegions.contains(region) else {
                            let text = name.scalar ?? name.typeDescription.text(in: language)
                            report(AccountListMessages.unknownRegion(text, suggestion: Suggestion.closest(to: text, in: SESRegions.all)), at: name)
                            valid = false
                            continue
                        }
                        if !regions.contains(region) { regions.append(region) }
                    }
                default:
                    let name = key.scalar ?? key.typeDescription.text(in: language)
                    report(AccountListMessages.unknownKey(name, suggestion: Suggestion.closest(to: name, in: ["id", "role", "regions"])), at: key)
                    valid = false
                }
            }
            guard let id else {
                if valid { report(AccountListMessages.missingID, at: item) }
                return (nil, nil)
            }
            let roleText = role?.text ?? AccountList.defaultRole
            guard let arn = Self.roleArn(roleText, account: id) else {
                if let role { report(AccountListMessages.badRoleArn(role.text, account: id), at: role.node) }
                return (id, nil)
            }
            return (id, valid ? AccountTarget(id: id, roleArn: arn, regions: regions, location: item.start) : nil)
        }

        /// The ARN of a role name (`arn:aws:iam::ID:role/NAME`), or the ARN itself when it is one
        /// of a role in account `account`; nil otherwise.
        static func roleArn(_ role: String, account: String) -> String? {
            guard role.hasPrefix("arn:") else {
                let allowed = role.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+=,.@_-/".contains($0)) }
                return allowed && role.count <= 64 ? "arn:aws:iam::\(account):role/\(role)" : nil
            }
            let parts = role.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
            guard parts.count == 6, parts[1].hasPrefix("aws"), parts[2] == "iam", parts[3].isEmpty, parts[4] == account,
                  parts[5].hasPrefix("role/"), parts[5].count > "role/".count else { return nil }
            return role
        }
    }
}

/// One account of the list: the role to assume in it and the regions it names.
public struct AccountTarget: Hashable, Sendable {
    /// The 12-digit account id.
    public var id: String
    /// The ARN of the role to assume (`arn:aws:iam::ID:role/NAME`).
    public var roleArn: String
    /// The regions the file names for the account; empty: the command's regions.
    public var regions: [String]
    /// Where the account is written in the file.
    public var location: SourceLocation

    public init(id: String, roleArn: String, regions: [String] = [], location: SourceLocation) {
        self.id = id
        self.roleArn = roleArn
        self.regions = regions
        self.location = location
    }
}

/// Why an accounts file cannot be used (exit 2): every problem, each at its place.
public struct AccountListError: Error, Hashable, Sendable {
    public var diagnostics: [Diagnostic]
}
