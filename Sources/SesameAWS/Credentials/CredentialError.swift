/// Why no usable credentials could be obtained. Messages never contain secrets.
public enum CredentialError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A source is configured but broken; `source` names it (e.g. `credential_process`).
    case sourceFailed(source: String, reason: String)
    /// A key id without a secret, or the reverse.
    case partialCredentials(source: String, missing: String)
    /// A profile's configuration cannot work as written.
    case invalidProfile(profile: String, reason: String)
    /// `source_profile` references loop back.
    case assumeRoleCycle([String])
    /// No source is configured; lists every source tried, in order.
    case noCredentials(tried: [String])
    /// The IAM Identity Center session of `profile` cannot give credentials: sign in again.
    case ssoSessionExpired(profile: String, problem: SSOSessionProblem)
    /// The role of `profile` needs an MFA code (`mfa_serial`) and there is no terminal to ask on.
    case mfaNeedsTerminal(profile: String, serial: String)
    /// The MFA code typed is not six digits.
    case mfaCodeInvalid(profile: String)
    /// The profile signs in with `aws login` (`login_session`), which sesame cannot use.
    case loginSessionUnsupported(profile: String)

    /// What is wrong with a cached IAM Identity Center token.
    public enum SSOSessionProblem: Sendable, Equatable {
        /// No cache file: `aws sso login` was never run (or the cache was cleared).
        case missing
        /// The cache file is not the JSON `aws sso login` writes.
        case unreadable
        /// The token has expired and could not be renewed.
        case expired
        /// The portal refused the token (`UnauthorizedException`).
        case refused
    }

    public var description: String { text(japanese: false) }

    /// The message in English, or in Japanese.
    public func text(japanese: Bool) -> String {
        switch self {
        case .sourceFailed(let source, let reason):
            return japanese ? "\(source) から認証情報を取得できませんでした: \(reason)"
                : "credentials from \(source) failed: \(reason)"
        case .partialCredentials(let source, let missing):
            return japanese ? "\(source) の認証情報が不完全です。\(missing) がありません"
                : "partial credentials found in \(source), missing: \(missing)"
        case .invalidProfile(let profile, let reason):
            return japanese ? "プロファイル \(profile): \(reason)" : "profile \(profile): \(reason)"
        case .assumeRoleCycle(let profiles):
            let chain = profiles.joined(separator: " -> ")
            return japanese ? "assume role のプロファイルが循環しています: \(chain)"
                : "infinite loop in assume-role profiles: \(chain)"
        case .noCredentials(let tried):
            let list = tried.joined(separator: ", ")
            return japanese ? "認証情報が見つかりません。確認した場所: \(list)" : "unable to locate credentials; tried: \(list)"
        case .ssoSessionExpired(let profile, let problem):
            let login = "aws sso login --profile \(profile)"
            switch problem {
            case .missing:
                return japanese ? "プロファイル \(profile) の IAM Identity Center (SSO) にサインインしていません。`\(login)` を実行してください"
                    : "profile \(profile): not signed in to IAM Identity Center (SSO); run `\(login)`"
            case .unreadable:
                return japanese ? "プロファイル \(profile) の SSO トークンのキャッシュを読めません。`\(login)` を実行してください"
                    : "profile \(profile): the cached SSO token cannot be read; run `\(login)`"
            case .expired, .refused:
                return japanese ? "プロファイル \(profile) の IAM Identity Center (SSO) のセッションが期限切れか無効です。`\(login)` を実行してください"
                    : "profile \(profile): the IAM Identity Center (SSO) session has expired or is otherwise invalid; run `\(login)`"
            }
        case .mfaNeedsTerminal(let profile, let serial):
            return japanese
                ? "プロファイル \(profile) のロールには MFA コード (\(serial)) が必要ですが、入力できる端末がありません。端末で実行するか、先に一度端末で実行して認証情報をキャッシュしてください"
                : "profile \(profile): the role needs an MFA code for \(serial), and there is no terminal to ask for it on; run sesame in a terminal (once is enough: the credentials are cached until they expire)"
        case .loginSessionUnsupported(let profile):
            return japanese
                ? "プロファイル \(profile) は `aws login` (login_session) でサインインしますが、sesame はこの方式に対応していません。IAM Identity Center (SSO)、アクセスキー、またはロールのプロファイルを使ってください"
                : "profile \(profile) signs in with `aws login` (login_session), which sesame does not support; use an IAM Identity Center (SSO), access key or role profile"
        case .mfaCodeInvalid(let profile):
            return japanese ? "プロファイル \(profile): MFA コードは 6 桁の数字です"
                : "profile \(profile): an MFA code is six digits"
        }
    }
}

extension CredentialError: CategorizedAWSError {
    public var category: AWSErrorCategory { .noCredentials }
}
