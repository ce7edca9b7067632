import Foundation
@testable import sesame
import SesameAWS
import SesameCore
import Testing
import TestSupport

/// The AWS layer's errors in both languages, exactly: `--lang`, then the locale, chooses.
@Suite struct AWSErrorMessagesTests {
    /// The profiles of the end-to-end credential tests: `dev` (SSO), `mfa` (a role needing MFA), `base` (keys).
    static let config = CredentialSourcesCommandTests.config

    /// A run with the config above, a home with an expired SSO token, and no credentials in the environment.
    func sesame() throws -> InProcessSesame {
        let home = try TestPaths.temporaryFolder()
        try Self.config.write(to: home.appendingPathComponent("config"), atomically: true, encoding: .utf8)
        let cache = home.appendingPathComponent(CredentialSourcesCommandTests.sessionCacheFile)
        try FileManager.default.createDirectory(at: cache.deletingLastPathComponent(), withIntermediateDirectories: true)
        try #"{"startUrl": "https://example.awsapps.com/start", "region": "eu-west-1", "accessToken": "old", "expiresAt": "2020-01-01T00:00:00Z"}"#
            .write(to: cache, atomically: true, encoding: .utf8)
        var sesame = InProcessSesame()
        sesame.transport = FakeSES()
        sesame.homeDirectory = home.path
        sesame.environment["AWS_CONFIG_FILE"] = home.appendingPathComponent("config").path
        return sesame
    }

    static let tried = "environment variables, assume role, web identity, IAM Identity Center (SSO), shared credentials file, "
        + "aws login (login_session), credential_process, config file, container credentials, EC2 instance metadata"
    static let triedJA = "環境変数、ロールの引き受け（assume role）、ウェブ ID フェデレーション（web identity）、IAM Identity Center (SSO) のサインイン、"
        + "共有認証情報ファイル、aws login のサインイン（login_session）、credential_process のコマンド、設定ファイル、コンテナの認証情報、EC2 インスタンスメタデータ"

    @Test func noCredentials() async throws {
        let sesame = try sesame()
        let en = await sesame.run(["status", "--region", "us-east-1"])
        #expect(en.status == 3)
        #expect(en.stderr == "sesame: us-east-1: unable to locate credentials; tried: \(Self.tried); configure some with `aws configure`, "
            + "name a profile with --profile or AWS_PROFILE, or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY\n")
        let ja = await sesame.run(["status", "--region", "us-east-1", "--lang", "ja"])
        #expect(ja.status == 3)
        #expect(ja.stderr == "sesame: us-east-1: 認証情報が見つかりません（確認した場所: \(Self.triedJA)）。`aws configure` で設定するか、"
            + "--profile または AWS_PROFILE でプロファイルを指定するか、AWS_ACCESS_KEY_ID と AWS_SECRET_ACCESS_KEY を設定してください\n")
    }

    @Test func anExpiredSSOSession() async throws {
        var sesame = try sesame()
        let en = await sesame.run(["status", "--profile", "dev"])
        #expect(en.status == 3)
        #expect(en.stderr == "sesame: us-east-1: profile dev: the IAM Identity Center (SSO) session has expired or is otherwise invalid; run `aws sso login --profile dev`\n")
        sesame.environment["LANG"] = "ja_JP.UTF-8"
        let ja = await sesame.run(["status", "--profile", "dev"])
        #expect(ja.status == 3)
        #expect(ja.stderr == "sesame: us-east-1: プロファイル dev の IAM Identity Center (SSO) のセッションが期限切れか無効です。`aws sso login --profile dev` を実行してください\n")
        let flag = await sesame.run(["status", "--profile", "dev", "--lang", "en"])
        #expect(flag.stderr == en.stderr, "--lang wins over the locale")
    }

    @Test func mfaWithoutATerminal() async throws {
        let sesame = try sesame()
        let en = await sesame.run(["doctor", "--profile", "mfa"])
        #expect(en.status == 3)
        #expect(en.stderr == "sesame: us-east-1: profile mfa: the role needs an MFA code for arn:aws:iam::123456789012:mfa/alice, and there is no terminal to ask for it on; "
            + "run sesame in a terminal (once is enough: the credentials are cached until they expire)\n")
        let ja = await sesame.run(["doctor", "--profile", "mfa", "--lang", "ja"])
        #expect(ja.stderr == "sesame: us-east-1: プロファイル mfa のロールには arn:aws:iam::123456789012:mfa/alice の MFA コードが必要ですが、入力を求める端末がありません。"
            + "端末で sesame を実行してください（認証情報は期限切れまでキャッシュされるので、1 回で足ります）\n")
        #expect(!en.stderr.contains("emulator/secret") && !ja.stderr.contains("emulator/secret"))
    }

    @Test func anInvalidRegion() async throws {
        var sesame = try sesame()
        sesame.environment["AWS_REGION"] = "US-EAST-1"
        let en = await sesame.run(["status", "--profile", "base"])
        #expect(en.status == 2)
        #expect(en.stderr == #"sesame: invalid region "US-EAST-1" (from AWS_REGION): a region is lower-case letters, digits and hyphens, such as us-east-1"# + "\n")
        let ja = await sesame.run(["status", "--profile", "base", "--lang", "ja"])
        #expect(ja.status == 2)
        #expect(ja.stderr == "sesame: リージョン「US-EAST-1」（環境変数 AWS_REGION）は正しくありません。リージョンは us-east-1 のように英小文字、数字、ハイフンで書きます\n")
        let option = await sesame.run(["status", "--profile", "base", "--region", "eu west", "--lang", "ja"])
        #expect(option.stderr == "sesame: リージョン「eu west」（--region の指定）は正しくありません。リージョンは us-east-1 のように英小文字、数字、ハイフンで書きます\n")
    }

    /// No partition botocore lists lacks FIPS today, so the case is worded from the error itself.
    @Test func anUnsupportedFIPSEndpoint() {
        let error = ConfigurationError.endpointVariantUnsupported(region: "tt-east-1", partition: "aws-test", variant: EndpointVariant(fips: true))
        #expect(AWSFailure.message(for: error, in: .en) == "FIPS endpoints are turned on, but partition aws-test (region tt-east-1) has none; "
            + "unset AWS_USE_FIPS_ENDPOINT / AWS_USE_DUALSTACK_ENDPOINT (use_fips_endpoint, use_dualstack_endpoint)")
        #expect(AWSFailure.message(for: error, in: .ja) == "FIPS 準拠のエンドポイントが有効になっていますが、パーティション aws-test（リージョン tt-east-1）にはありません。"
            + "AWS_USE_FIPS_ENDPOINT / AWS_USE_DUALSTACK_ENDPOINT（use_fips_endpoint、use_dualstack_endpoint）を外してください")
        #expect(AWSFailure.category(for: error) == .unusableInput)
    }

    @Test func serviceErrorsKeepAWSsWordsAndAddTheHint() {
        let error = AWSServiceError(service: "STS", code: "ExpiredToken", message: "The security token included in the request is expired",
                                    status: 403, requestId: "r-1")
        #expect(AWSFailure.message(for: error, in: .en)
            == "STS ExpiredToken: The security token included in the request is expired (request id r-1); the session credentials have expired; renew them")
        #expect(AWSFailure.message(for: error, in: .ja)
            == "STS がエラー ExpiredToken を返しました: The security token included in the request is expired（リクエスト ID r-1）。セッションの認証情報が期限切れです。更新してください")
    }

    @Test func aWrappedFailureIsWordedInTheSameLanguage() {
        let refused = TransportError(kind: .connectionRefused, url: "https://sts.us-east-1.amazonaws.com/", detail: "Connection refused")
        let error = CredentialError.sourceFailed(source: .assumeRole(profile: "ops"), reason: .failed(AnyAWSError(refused)))
        #expect(AWSFailure.message(for: error, in: .en)
            == "credentials from assume role (profile ops) failed: connection to https://sts.us-east-1.amazonaws.com/ refused: Connection refused")
        #expect(AWSFailure.message(for: error, in: .ja)
            == "ロールの引き受け（プロファイル ops）から認証情報を取得できませんでした: https://sts.us-east-1.amazonaws.com/ への接続を拒否されました: Connection refused")
    }

    @Test func anAWSLoginSessionThatCannotBeRefreshed() {
        let missing = CredentialError.loginSessionInvalid(profile: "console", problem: .missing)
        #expect(AWSFailure.message(for: missing, in: .en) == "profile console: not signed in with `aws login` (no cached session); run `aws login --profile console`")
        #expect(AWSFailure.message(for: missing, in: .ja)
            == "プロファイル console は `aws login` でサインインしていません（セッションのキャッシュがありません）。`aws login --profile console` を実行してください")
        let denied = CredentialError.loginSessionInvalid(profile: "console", problem: .insufficientPermissions)
        #expect(AWSFailure.message(for: denied, in: .en) == "profile console: the `aws login` session cannot be refreshed without permission for "
            + "signin:CreateOAuth2Token (INSUFFICIENT_PERMISSIONS); ask for it, then run `aws login --profile console`")
        #expect(AWSFailure.message(for: denied, in: .ja) == "プロファイル console の `aws login` のセッションを更新するには signin:CreateOAuth2Token の権限が必要です"
            + "（INSUFFICIENT_PERMISSIONS）。権限を付与してもらってから `aws login --profile console` を実行してください")
        let changed = CredentialError.loginSessionInvalid(profile: "console", problem: .refreshRequired("USER_CREDENTIALS_CHANGED"))
        #expect(AWSFailure.message(for: changed, in: .en) == "profile console: the `aws login` session has expired or its credentials have changed "
            + "(USER_CREDENTIALS_CHANGED); run `aws login --profile console`")
        #expect(AWSFailure.category(for: changed) == .aws)
    }

    @Test func theRetryModeSetting() {
        let error = ConfigurationError.invalidRetryMode("fast", source: .profileKey("retry_mode", profile: "p"))
        #expect(AWSFailure.message(for: error, in: .en) == #"invalid retry mode "fast" (from the retry_mode of profile p): it must be one of legacy, standard, adaptive"#)
        #expect(AWSFailure.message(for: error, in: .ja) == "再試行モード「fast」（プロファイル p の retry_mode）は正しくありません。legacy、standard、adaptive のいずれかを指定してください")
    }

    @Test func throughTheBinaryTheLocaleChoosesJapanese() throws {
        let home = try TestPaths.temporaryFolder()
        try Self.config.write(to: home.appendingPathComponent("config"), atomically: true, encoding: .utf8)
        let result = try CommandRunner.sesame(["status", "--profile", "dev"], environment: [
            "HOME": home.path, "AWS_CONFIG_FILE": home.appendingPathComponent("config").path, "LANG": "ja_JP.UTF-8",
        ])
        #expect(result.status == 3)
        #expect(result.stderr == "sesame: us-east-1: プロファイル dev は IAM Identity Center (SSO) にサインインしていません。`aws sso login --profile dev` を実行してください\n")
        let english = try CommandRunner.sesame(["status", "--profile", "dev", "--lang", "en"], environment: [
            "HOME": home.path, "AWS_CONFIG_FILE": home.appendingPathComponent("config").path, "LANG": "ja_JP.UTF-8",
        ])
        #expect(english.stderr == "sesame: us-east-1: profile dev: not signed in to IAM Identity Center (SSO); run `aws sso login --profile dev`\n")
    }
}
