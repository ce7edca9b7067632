import SesameAWS
import SesameCore

/// What the AWS layer throws, worded for the person running the command in English and
/// Japanese: credential, configuration, endpoint, retry, service and network errors, case by
/// case. Values quoted (profiles, paths, codes, AWS's own message) are never secrets.
enum AWSErrorMessages {
    /// The error as one message.
    static func text(for error: any Error) -> LocalizedText {
        switch error {
        case let error as CredentialError: credential(error)
        case let error as ConfigurationError: configuration(error)
        case let error as AWSServiceError: service(error)
        case let error as TransportError: transport(error)
        case let error as MalformedResponseError: malformed(error)
        default: LocalizedText(en: "unexpected error: \(error)", ja: "予期しないエラーです: \(error)")
        }
    }

    /// `submit --dry-run` could not sign the request for `region`.
    static func dryRunCannotSign(_ region: String, _ reason: LocalizedText) -> LocalizedText {
        LocalizedText(en: "dry run: cannot sign the request for \(region): \(reason.en)",
                      ja: "ドライラン: \(region) のリクエストに署名できません: \(reason.ja)")
    }

    // MARK: Credentials

    static func credential(_ error: CredentialError) -> LocalizedText {
        switch error {
        case let .sourceFailed(source, reason):
            let (source, reason) = (sourceName(source), problem(reason))
            return LocalizedText(en: "credentials from \(source.en) failed: \(reason.en)",
                                 ja: "\(source.ja)から認証情報を取得できませんでした: \(reason.ja)")
        case let .partialCredentials(source, missing):
            let source = sourceName(source)
            return LocalizedText(en: "partial credentials found in \(source.en), missing: \(missing)",
                                 ja: "\(source.ja)の認証情報が不完全です。\(missing) がありません")
        case let .invalidProfile(profile, reason):
            let reason = profileProblem(reason)
            return LocalizedText(en: "profile \(profile): \(reason.en)", ja: "プロファイル \(profile): \(reason.ja)")
        case let .assumeRoleCycle(profiles):
            let chain = profiles.joined(separator: " -> ")
            return LocalizedText(en: "infinite loop in assume-role profiles: \(chain)",
                                 ja: "ロールを引き受けるプロファイルが循環しています: \(chain)")
        case let .noCredentials(tried):
            let names = tried.map(sourceName)
            let list = (en: names.map(\.en).joined(separator: ", "), ja: names.map(\.ja).joined(separator: "、"))
            return LocalizedText(
                en: "unable to locate credentials; tried: \(list.en); configure some with `aws configure`, name a profile with --profile or AWS_PROFILE, or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY",
                ja: "認証情報が見つかりません（確認した場所: \(list.ja)）。`aws configure` で設定するか、--profile または AWS_PROFILE でプロファイルを指定するか、AWS_ACCESS_KEY_ID と AWS_SECRET_ACCESS_KEY を設定してください")
        case let .ssoSessionExpired(profile, problem):
            let login = "aws sso login --profile \(profile)"
            switch problem {
            case .missing:
                return LocalizedText(en: "profile \(profile): not signed in to IAM Identity Center (SSO); run `\(login)`",
                                     ja: "プロファイル \(profile) は IAM Identity Center (SSO) にサインインしていません。`\(login)` を実行してください")
            case .unreadable:
                return LocalizedText(en: "profile \(profile): the cached SSO token cannot be read; run `\(login)`",
                                     ja: "プロファイル \(profile) の SSO トークンのキャッシュを読めません。`\(login)` を実行してください")
            case .expired, .refused:
                return LocalizedText(
                    en: "profile \(profile): the IAM Identity Center (SSO) session has expired or is otherwise invalid; run `\(login)`",
                    ja: "プロファイル \(profile) の IAM Identity Center (SSO) のセッションが期限切れか無効です。`\(login)` を実行してください")
            }
        case let .mfaNeedsTerminal(profile, serial):
            return LocalizedText(
                en: "profile \(profile): the role needs an MFA code for \(serial), and there is no terminal to ask for it on; run sesame in a terminal (once is enough: the credentials are cached until they expire)",
                ja: "プロファイル \(profile) のロールには \(serial) の MFA コードが必要ですが、入力を求める端末がありません。端末で sesame を実行してください（認証情報は期限切れまでキャッシュされるので、1 回で足ります）")
        case let .mfaCodeInvalid(profile):
            return LocalizedText(en: "profile \(profile): an MFA code is six digits",
                                 ja: "プロファイル \(profile): MFA コードは 6 桁の数字です")
        case let .loginSessionInvalid(profile, problem):
            return loginSession(profile: profile, problem: problem)
        }
    }

    /// Why an `aws login` session gives no credentials, and that `aws login` fixes it.
    static func loginSession(profile: String, problem: CredentialError.LoginSessionProblem) -> LocalizedText {
        let login = "aws login --profile \(profile)"
        switch problem {
        case .missing:
            return LocalizedText(en: "profile \(profile): not signed in with `aws login` (no cached session); run `\(login)`",
                                 ja: "プロファイル \(profile) は `aws login` でサインインしていません（セッションのキャッシュがありません）。`\(login)` を実行してください")
        case .unreadable:
            return LocalizedText(en: "profile \(profile): the cached `aws login` session cannot be read; run `\(login)`",
                                 ja: "プロファイル \(profile) の `aws login` のセッションのキャッシュを読めません。`\(login)` を実行してください")
        case let .membersMissing(members):
            let list = members.joined(separator: ", ")
            return LocalizedText(en: "profile \(profile): the cached `aws login` session lacks \(list); run `\(login)`",
                                 ja: "プロファイル \(profile) の `aws login` のセッションのキャッシュに \(list) がありません。`\(login)` を実行してください")
        case .keyUnusable:
            return LocalizedText(
                en: "profile \(profile): the cached `aws login` session's key (dpopKey) is not a P-256 EC private key; run `\(login)`",
                ja: "プロファイル \(profile) の `aws login` のセッションの鍵（dpopKey）が P-256 の EC 秘密鍵ではありません。`\(login)` を実行してください")
        case let .refreshRequired(code):
            return LocalizedText(
                en: "profile \(profile): the `aws login` session has expired or its credentials have changed (\(code)); run `\(login)`",
                ja: "プロファイル \(profile) の `aws login` のセッションが期限切れか、認証情報が変更されました（\(code)）。`\(login)` を実行してください")
        case .insufficientPermissions:
            return LocalizedText(
                en: "profile \(profile): the `aws login` session cannot be refreshed without permission for signin:CreateOAuth2Token (INSUFFICIENT_PERMISSIONS); ask for it, then run `\(login)`",
                ja: "プロファイル \(profile) の `aws login` のセッションを更新するには signin:CreateOAuth2Token の権限が必要です（INSUFFICIENT_PERMISSIONS）。権限を付与してもらってから `\(login)` を実行してください")
        }
    }

    /// A place of the credential chain. Each Japanese name ends in a Japanese character or
    /// a full-width bracket, so that a particle follows it without a space.
    static func sourceName(_ source: CredentialSourceName) -> LocalizedText {
        switch source {
        case .environment: LocalizedText(en: "environment variables", ja: "環境変数")
        case .assumeRole(nil): LocalizedText(en: "assume role", ja: "ロールの引き受け（assume role）")
        case let .assumeRole(profile?): LocalizedText(en: "assume role (profile \(profile))", ja: "ロールの引き受け（プロファイル \(profile)）")
        case .webIdentity: LocalizedText(en: "web identity", ja: "ウェブ ID フェデレーション（web identity）")
        case .sso(nil): LocalizedText(en: "IAM Identity Center (SSO)", ja: "IAM Identity Center (SSO) のサインイン")
        case let .sso(profile?): LocalizedText(en: "IAM Identity Center (SSO) (profile \(profile))", ja: "IAM Identity Center (SSO)（プロファイル \(profile)）")
        case .credentialsFile: LocalizedText(en: "shared credentials file", ja: "共有認証情報ファイル")
        case .configFile: LocalizedText(en: "config file", ja: "設定ファイル")
        case .loginSession: LocalizedText(en: "aws login (login_session)", ja: "aws login のサインイン（login_session）")
        case .process: LocalizedText(en: "credential_process", ja: "credential_process のコマンド")
        case .container: LocalizedText(en: "container credentials", ja: "コンテナの認証情報")
        case .instanceMetadata: LocalizedText(en: "EC2 instance metadata", ja: "EC2 インスタンスメタデータ")
        case let .credentialSource(kind): LocalizedText(en: "credential_source \(kind)", ja: "credential_source \(kind) の認証情報")
        case let .roleInAccount(roleArn): LocalizedText(en: "assume role \(roleArn)", ja: "ロール \(roleArn) の引き受け")
        }
    }

    /// Why a configured source failed.
    static func problem(_ problem: CredentialProblem) -> LocalizedText {
        switch problem {
        case .noLongerProvides:
            LocalizedText(en: "no longer provides credentials", ja: "認証情報を返さなくなりました")
        case let .lineBreak(part):
            switch part {
            case .accessKeyId:
                LocalizedText(en: "the access key id contains a line break (CR or LF), which would inject an HTTP header; refusing it",
                              ja: "アクセスキー ID に改行 (CR または LF) が含まれており、HTTP ヘッダーを注入しうるため使いません")
            case .sessionToken:
                LocalizedText(en: "the session token contains a line break (CR or LF), which would inject an HTTP header; refusing it",
                              ja: "セッショントークンに改行 (CR または LF) が含まれており、HTTP ヘッダーを注入しうるため使いません")
            }
        case .noCredentialsFound:
            LocalizedText(en: "no credentials found", ja: "認証情報が見つかりません")
        case let .invalidContainerURI(uri):
            LocalizedText(en: "invalid AWS_CONTAINER_CREDENTIALS_FULL_URI \(uri)", ja: "AWS_CONTAINER_CREDENTIALS_FULL_URI の \(uri) は正しい URL ではありません")
        case let .containerURINotAllowed(uri):
            LocalizedText(en: "AWS_CONTAINER_CREDENTIALS_FULL_URI must use https or a loopback or container host: \(uri)",
                          ja: "AWS_CONTAINER_CREDENTIALS_FULL_URI は https か、ループバックまたはコンテナのホストでなければなりません: \(uri)")
        case .authorizationTokenLineBreak:
            LocalizedText(en: "the authorization token contains a line break", ja: "認可トークンに改行が含まれています")
        case .incompleteReply:
            LocalizedText(en: "the reply does not contain complete credentials", ja: "応答に認証情報がそろっていません")
        case let .httpStatus(status, url):
            LocalizedText(en: "HTTP \(status) from \(url)", ja: "\(url) が HTTP \(status) を返しました")
        case let .expirationNotISO8601(field, value):
            LocalizedText(en: "\(field) is not ISO 8601: \(value)", ja: "\(field) が ISO 8601 の日時ではありません: \(value)")
        case .unterminatedQuote:
            LocalizedText(en: "the command line has an unterminated quote (it is not shown: it may hold a secret)",
                          ja: "コマンドラインの引用符が閉じていません（秘密情報を含みうるため表示しません）")
        case let .couldNotRun(reason):
            // The reason is the system's (SesameSystem's `ChildProcess`), in English.
            LocalizedText(en: reason, ja: "実行できませんでした: \(reason)")
        case let .exited(status, standardError):
            LocalizedText(en: "exited with status \(status): \(standardError)", ja: "終了ステータス \(status) で終了しました: \(standardError)")
        case .outputNotJSON:
            LocalizedText(en: "output is not a JSON object of the expected shape", ja: "出力が想定した形の JSON オブジェクトではありません")
        case let .unsupportedVersion(version):
            LocalizedText(en: "unsupported Version \(version.map(String.init) ?? "(missing)"); expected 1",
                          ja: "Version \(version.map(String.init) ?? "(なし)") には対応していません。1 を指定してください")
        case let .missingMember(member):
            LocalizedText(en: "missing \(member)", ja: "\(member) がありません")
        case let .file(file, path, reason):
            switch reason {
            case .missing, .unreadable:
                LocalizedText(en: "\(tokenFile(file).en) \(path) cannot be read: \(fileProblem(reason).en)",
                              ja: "\(tokenFile(file).ja) \(path) を読めません: \(fileProblem(reason).ja)")
            case .notAFile, .tooLarge:
                LocalizedText(en: [tokenFile(file).en, path, fileProblem(reason, limitFor: "token").en].joined(separator: " "),
                              ja: "\(tokenFile(file).ja) \(path) は\(fileProblem(reason, limitFor: "token").ja)")
            }
        case let .failed(underlying):
            text(for: underlying.error)
        }
    }

    static func tokenFile(_ file: CredentialProblem.TokenFile) -> LocalizedText {
        switch file {
        case .webIdentityToken: LocalizedText(en: "web identity token file", ja: "ウェブ ID トークンのファイル")
        case .containerAuthorizationToken: LocalizedText(en: "token file", ja: "認可トークンのファイル")
        }
    }

    /// What is wrong with a file, as `cannot read PATH: …` ends; `limitFor` names the limit's
    /// kind ("token").
    static func fileProblem(_ problem: FileReadProblem, limitFor kind: String? = nil) -> LocalizedText {
        switch problem {
        case .missing: LocalizedText(en: "no such file", ja: "ファイルがありません")
        case let .unreadable(reason): LocalizedText(en: reason, ja: "読み取りを拒否されました (\(reason))")
        case let .notAFile(directory):
            directory ? LocalizedText(en: "is a directory, not a file", ja: "ファイルではなくディレクトリです")
                : LocalizedText(en: "is not a regular file", ja: "通常のファイルではありません")
        case let .tooLarge(mebibytes):
            kind == nil ? LocalizedText(en: "is over the \(mebibytes) MiB limit", ja: "上限の \(mebibytes) MiB を超えています")
                : LocalizedText(en: "is over the \(mebibytes) MiB limit for a token", ja: "トークンの上限 \(mebibytes) MiB を超えています")
        }
    }

    static func profileProblem(_ problem: ProfileProblem) -> LocalizedText {
        switch problem {
        case .webIdentityWithoutRole:
            LocalizedText(en: "web_identity_token_file is set but role_arn is not", ja: "web_identity_token_file はありますが、role_arn がありません")
        case .roleWithoutSource:
            LocalizedText(en: "role_arn needs one of source_profile or credential_source",
                          ja: "role_arn には source_profile か credential_source のどちらかが必要です")
        case .bothSourceProfileAndCredentialSource:
            LocalizedText(en: "source_profile and credential_source are mutually exclusive",
                          ja: "source_profile と credential_source は同時に指定できません")
        case .sourceProfileHasNoCredentials:
            LocalizedText(en: "source profile has no credentials", ja: "ソースプロファイルに認証情報がありません")
        case let .unknownCredentialSource(kind):
            LocalizedText(en: "unknown credential_source \(kind); use Environment, Ec2InstanceMetadata or EcsContainer",
                          ja: "credential_source の \(kind) は使えません。Environment、Ec2InstanceMetadata、EcsContainer のいずれかを指定してください")
        case let .durationNotANumber(text):
            LocalizedText(en: "duration_seconds is not a number: \(text)", ja: "duration_seconds が数値ではありません: \(text)")
        case let .ssoSessionNotFound(session):
            LocalizedText(en: "the sso-session \(session) it names does not exist", ja: "指定された sso-session \(session) がありません")
        case let .ssoSettingDiffers(key, profileValue, sessionValue, session):
            LocalizedText(en: "\(key) is \(profileValue) in the profile but \(sessionValue) in sso-session \(session)",
                          ja: "\(key) がプロファイルでは \(profileValue)、sso-session \(session) では \(sessionValue) になっています")
        case let .ssoKeysMissing(keys):
            LocalizedText(en: "it uses SSO but lacks \(keys.joined(separator: ", "))", ja: "SSO を使う設定ですが、\(keys.joined(separator: ", ")) がありません")
        }
    }

    // MARK: Configuration

    static func configuration(_ error: ConfigurationError) -> LocalizedText {
        switch error {
        case let .unreadableFile(path, problem, section):
            let reason = lineProblem(problem)
            guard let section else {
                return LocalizedText(en: "cannot read AWS config file \(path): \(reason.en)",
                                     ja: "AWS の設定ファイル \(path) を読めません: \(reason.ja)")
            }
            return LocalizedText(en: "cannot read AWS config file \(path): \(reason.en) (in [\(section)])",
                                 ja: "AWS の設定ファイル \(path) を読めません（[\(section)] の中）: \(reason.ja)")
        case let .fileNotReadable(path, reason):
            let reason = fileProblem(reason)
            return LocalizedText(en: "cannot read \(path): \(reason.en)", ja: "\(path) を読めません: \(reason.ja)")
        case let .profileNotFound(name):
            return LocalizedText(en: "the config profile (\(name)) could not be found", ja: "設定ファイルにプロファイル \(name) が見つかりません")
        case .missingRegion:
            return LocalizedText(en: "no AWS region: pass --region, set AWS_REGION or AWS_DEFAULT_REGION, or add region to the profile",
                                 ja: "AWS のリージョンが決まりません。--region を指定するか、AWS_REGION または AWS_DEFAULT_REGION を設定するか、プロファイルに region を追加してください")
        case let .invalidRegion(region, source):
            let source = settingSource(source)
            return LocalizedText(
                en: "invalid region \"\(region)\" (from \(source.en)): a region is lower-case letters, digits and hyphens, such as us-east-1",
                ja: "リージョン「\(region)」（\(source.ja)）は正しくありません。リージョンは us-east-1 のように英小文字、数字、ハイフンで書きます")
        case let .servicesSectionNotFound(profile, section):
            return LocalizedText(en: "profile \(profile) names services section \(section), which does not exist",
                                 ja: "プロファイル \(profile) が指定する services セクション \(section) がありません")
        case let .invalidEndpointURL(url):
            return LocalizedText(en: "invalid endpoint URL: \(url)", ja: "エンドポイントの URL が正しくありません: \(url)")
        case let .invalidRetryMode(value, source):
            let source = settingSource(source)
            return LocalizedText(en: "invalid retry mode \"\(value)\" (from \(source.en)): it must be one of legacy, standard, adaptive",
                                 ja: "再試行モード「\(value)」（\(source.ja)）は正しくありません。legacy、standard、adaptive のいずれかを指定してください")
        case let .endpointVariantUnsupported(region, partition, variant):
            let asked = endpointKinds(variant)
            return LocalizedText(
                en: "\(asked.en) endpoints are turned on, but partition \(partition) (region \(region)) has none; unset AWS_USE_FIPS_ENDPOINT / AWS_USE_DUALSTACK_ENDPOINT (use_fips_endpoint, use_dualstack_endpoint)",
                ja: "\(asked.ja)のエンドポイントが有効になっていますが、パーティション \(partition)（リージョン \(region)）にはありません。AWS_USE_FIPS_ENDPOINT / AWS_USE_DUALSTACK_ENDPOINT（use_fips_endpoint、use_dualstack_endpoint）を外してください")
        }
    }

    /// A line of a config file that cannot be read: English is the parser's own sentence
    /// (`INIFile.Problem`, which never quotes the line), Japanese is worded here.
    static func lineProblem(_ problem: INIFile.Problem) -> LocalizedText {
        let line = problem.line
        let ja = switch problem.reason {
        case .notKeyValue: "\(line) 行目が [section] の見出しでも `key = value` でもありません"
        case .emptyKey: "\(line) 行目の `=` または `:` の前にキーがありません"
        case .beforeAnySection: "\(line) 行目が [section] の見出しより前でキーを設定しています"
        case let .nestedNotKeyValue(parent): "\(line) 行目は `\(parent) =` の下に字下げされていますが、`name = value` ではありません"
        }
        return LocalizedText(en: problem.description, ja: ja)
    }

    static func settingSource(_ source: SettingSource) -> LocalizedText {
        switch source {
        case let .option(name): LocalizedText(en: name, ja: "\(name) の指定")
        case let .environment(name): LocalizedText(en: name, ja: "環境変数 \(name)")
        case let .profileKey(key, profile): LocalizedText(en: "the \(key) of profile \(profile)", ja: "プロファイル \(profile) の \(key)")
        case .sesameProfileRegions: LocalizedText(en: "the profile's regions", ja: "プロファイルの regions")
        case let .request(service): LocalizedText(en: "the region of a \(service) request", ja: "\(service) へのリクエストのリージョン")
        }
    }

    static func endpointKinds(_ variant: EndpointVariant) -> LocalizedText {
        switch (variant.fips, variant.dualStack) {
        case (true, true): LocalizedText(en: "FIPS and dual-stack", ja: "FIPS とデュアルスタック")
        case (true, false): LocalizedText(en: "FIPS", ja: "FIPS 準拠")
        default: LocalizedText(en: "dual-stack", ja: "デュアルスタック")
        }
    }

    // MARK: Services and the network

    static func service(_ error: AWSServiceError) -> LocalizedText {
        let (service, code) = (error.service, error.code)
        let message = error.message.isEmpty ? "" : ": " + error.message
        // English shows AWS's own words only: `SESv2 TooManyRequestsException: message`.
        var text = LocalizedText(en: service + " " + code + message, ja: "\(service) がエラー \(code) を返しました\(message)")
        if let id = error.requestId {
            text = LocalizedText(en: "\(text.en) (request id \(id))", ja: "\(text.ja)（リクエスト ID \(id)）")
        }
        guard let hint = hint(for: error.code) else { return text }
        return LocalizedText(en: text.en + "; " + hint.en, ja: text.ja + "。" + hint.ja)
    }

    private static func hint(for code: String) -> LocalizedText? {
        switch code {
        case "InvalidClientTokenId", "UnrecognizedClientException", "InvalidSignatureException", "SignatureDoesNotMatch":
            LocalizedText(en: "check the credentials (`--profile`, AWS_PROFILE, AWS_ACCESS_KEY_ID) and the clock",
                          ja: "認証情報（`--profile`、AWS_PROFILE、AWS_ACCESS_KEY_ID）と時計を確認してください")
        case "ExpiredToken", "ExpiredTokenException":
            LocalizedText(en: "the session credentials have expired; renew them", ja: "セッションの認証情報が期限切れです。更新してください")
        case "AccessDenied", "AccessDeniedException":
            LocalizedText(en: "the credentials need ses:GetAccount and ses:PutAccountDetails (or the read permissions doctor uses)",
                          ja: "認証情報に ses:GetAccount と ses:PutAccountDetails（または doctor が使う読み取り権限）が必要です")
        case "SubscriptionRequiredException":
            LocalizedText(en: "the AWS Support API needs a Business, Enterprise On-Ramp or Enterprise support plan; use `--via ses` (the default) instead",
                          ja: "AWS Support API には Business、Enterprise On-Ramp、Enterprise のいずれかのサポートプランが必要です。代わりに `--via ses`（既定）を使ってください")
        default: nil
        }
    }

    static func transport(_ error: TransportError) -> LocalizedText {
        let (url, detail) = (error.url, error.detail)
        return switch error.kind {
        case .timedOut: LocalizedText(en: "request to \(url) timed out: \(detail)", ja: "\(url) へのリクエストがタイムアウトしました: \(detail)")
        case .connectionRefused: LocalizedText(en: "connection to \(url) refused: \(detail)", ja: "\(url) への接続を拒否されました: \(detail)")
        case .connectionReset: LocalizedText(en: "connection to \(url) failed: \(detail)", ja: "\(url) への接続が切れました: \(detail)")
        case .hostNotFound: LocalizedText(en: "could not resolve host for \(url): \(detail)", ja: "\(url) のホスト名を解決できませんでした: \(detail)")
        case .tlsCertificate: LocalizedText(en: "TLS certificate of \(url) rejected: \(detail)", ja: "\(url) の TLS 証明書を受け入れられませんでした: \(detail)")
        case .tlsHandshake: LocalizedText(en: "TLS handshake with \(url) failed: \(detail)", ja: "\(url) との TLS ハンドシェイクに失敗しました: \(detail)")
        case let .responseTooLarge(limit):
            LocalizedText(en: "response from \(url) exceeds \(limit) bytes", ja: "\(url) からの応答が \(limit) バイトを超えています")
        case .other: LocalizedText(en: "request to \(url) failed: \(detail)", ja: "\(url) へのリクエストに失敗しました: \(detail)")
        }
    }

    static func malformed(_ error: MalformedResponseError) -> LocalizedText {
        let (service, operation, reason) = (error.service, error.operation, error.reason)
        return LocalizedText(en: "\(service) \(operation) returned an unreadable response: \(reason)",
                             ja: "\(service) の \(operation) の応答を読めませんでした: \(reason)")
    }
}
