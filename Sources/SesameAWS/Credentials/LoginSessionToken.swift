/// An `aws login` session as the AWS CLI caches it in `~/.aws/login/cache/<key>.json`
/// (`AWS_LOGIN_CACHE_DIRECTORY` elsewhere), `<key>` being the SHA-256 of the session name:
/// `accessToken` (`accessKeyId`, `secretAccessKey`, `sessionToken`, `accountId`,
/// `expiresAt`), `refreshToken`, `clientId` and `dpopKey` (the PEM EC key the refresh token
/// is bound to). Other members are kept when the file is rewritten.
struct LoginSessionToken: Sendable, Equatable {
    /// The members botocore's `LoginCredentialFetcher` requires, in its order.
    static let requiredMembers = ["accessToken", "refreshToken", "dpopKey", "clientId"]

    let document: [String: JSONValue]
    let credentials: AWSCredentials
    let refreshToken: String
    let clientId: String
    let dpopKey: String

    /// The cache file's name (without `.json`) for a session: `utils.generate_login_cache_key`.
    static func cacheKey(session: String) -> String { CacheKeyDigest.sha256Hex(session) }

    /// The session's cache folder: `AWS_LOGIN_CACHE_DIRECTORY` (a leading `~` is the home
    /// folder), else `~/.aws/login/cache`.
    static func cache(environment: [String: String], homeDirectory: String) -> JSONFileCache {
        guard let folder = environment.nonEmpty("AWS_LOGIN_CACHE_DIRECTORY") else {
            return JSONFileCache(homeDirectory: homeDirectory, subpath: "/.aws/login/cache")
        }
        let path = folder == "~" || folder.hasPrefix("~/") ? homeDirectory + folder.dropFirst() : folder
        return JSONFileCache(homeDirectory: path, subpath: "")
    }

    init(bytes: [UInt8]) throws(CredentialError.LoginSessionProblem) {
        guard let document = (try? JSONDecoder().decode(JSONValue.self, from: Data(bytes)))?.object else {
            throw .unreadable
        }
        let missing = Self.requiredMembers.filter { document[$0] == nil }
        guard missing.isEmpty else { throw .membersMissing(missing) }
        guard let access = document["accessToken"]?.object,
              let keyId = access["accessKeyId"]?.string, let secret = access["secretAccessKey"]?.string,
              let sessionToken = access["sessionToken"]?.string,
              let expiresText = access["expiresAt"]?.string, let expiresAt = ISO8601.parse(expiresText),
              let refreshToken = document["refreshToken"]?.string, let clientId = document["clientId"]?.string,
              let dpopKey = document["dpopKey"]?.string else { throw .unreadable }
        self.document = document
        self.credentials = AWSCredentials(accessKeyId: keyId, secretAccessKey: secret, sessionToken: sessionToken,
                                          expiration: expiresAt, accountId: access["accountId"]?.string)
        self.refreshToken = refreshToken
        self.clientId = clientId
        self.dpopKey = dpopKey
    }

    /// The DPoP key, read as botocore reads it: the PEM's lines other than `-----BEGIN`/`-----END`,
    /// joined and base64-decoded, must be a P-256 private key in DER.
    func signingKey() throws(CredentialError.LoginSessionProblem) -> ES256Key {
        let body = dpopKey.split(whereSeparator: \.isNewline)
            .filter { !$0.hasPrefix("-----BEGIN") && !$0.hasPrefix("-----END") }
            .joined().trimmingCharacters(while: \.isWhitespace)
        guard let der = Data(base64Encoded: body), let key = ES256Key(der: Array(der)) else { throw .keyUnusable }
        return key
    }

    /// The session after a refresh at `now`: new credentials (the account kept, `expiresAt` in
    /// botocore's `%Y-%m-%dT%H:%M:%SZ`) and the rotated refresh token; every other member as it was.
    func refreshed(with output: SigninClient.TokenOutput, now: Date) -> LoginSessionToken {
        let expiration = Date(timeIntervalSince1970: (now.timeIntervalSince1970 + Double(output.expiresIn)).rounded(.down))
        var access: [String: JSONValue] = [
            "accessKeyId": .string(output.accessToken.accessKeyId),
            "secretAccessKey": .string(output.accessToken.secretAccessKey),
            "sessionToken": .string(output.accessToken.sessionToken),
            "expiresAt": .string(SSOTokenProvider.format(expiration)),
        ]
        access["accountId"] = credentials.accountId.map(JSONValue.string)
        var document = document
        document["accessToken"] = .object(access)
        document["refreshToken"] = .string(output.refreshToken)
        return LoginSessionToken(
            document: document,
            credentials: AWSCredentials(
                accessKeyId: output.accessToken.accessKeyId, secretAccessKey: output.accessToken.secretAccessKey,
                sessionToken: output.accessToken.sessionToken, expiration: expiration,
                accountId: credentials.accountId),
            refreshToken: output.refreshToken, clientId: clientId, dpopKey: dpopKey)
    }

    private init(document: [String: JSONValue], credentials: AWSCredentials, refreshToken: String,
                 clientId: String, dpopKey: String) {
        self.document = document
        self.credentials = credentials
        self.refreshToken = refreshToken
        self.clientId = clientId
        self.dpopKey = dpopKey
    }

    /// The file's bytes: JSON with sorted keys and unescaped slashes.
    var encoded: [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array((try? encoder.encode(document)) ?? Data())
    }
}
