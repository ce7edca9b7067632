import Testing
@testable import SesameAWS

@Suite struct RoleCredentialTests {
    /// STS that answers every AssumeRole with keys named after the role's last path part.
    static func sts() -> FakeTransport {
        FakeTransport { request, _ in
            let fields = formFields(request)
            let action = fields["Action"] ?? ""
            let role = fields["RoleArn"]?.split(separator: "/").last.map(String.init) ?? "?"
            return HTTPResponse(status: 200, body: Array(stsCredentialsXML(action, keyId: "ASIA-\(role)").utf8))
        }
    }

    @Test func assumeRoleWithSourceProfileAndOptions() async throws {
        let config = try sharedConfig(
            config: """
                [profile deploy]
                role_arn = arn:aws:iam::123456789012:role/deploy
                source_profile = base
                external_id = ext-1
                role_session_name = my-session
                duration_seconds = 1800
                """,
            credentials: "[base]\naws_access_key_id = BASEKEY\naws_secret_access_key = basesecret\n")
        let transport = Self.sts()
        let source = AssumeRoleCredentialSource(settings: credentialSettings(config: config, transport: transport),
                                                profile: config.profiles["deploy"]!)
        let credentials = try #require(try await source.load())
        #expect(credentials.accessKeyId == "ASIA-deploy")
        #expect(credentials.sessionToken == "token-of-ASIA-deploy")
        #expect(credentials.expiration == ISO8601.parse("2030-01-01T00:00:00Z"))

        let request = try #require(transport.requests.first)
        #expect(request.url == "https://sts.us-east-1.amazonaws.com/")
        #expect(formFields(request) == [
            "Action": "AssumeRole", "Version": "2011-06-15", "RoleArn": "arn:aws:iam::123456789012:role/deploy",
            "RoleSessionName": "my-session", "ExternalId": "ext-1", "DurationSeconds": "1800",
        ])
        #expect(request.header("Authorization")?.contains("Credential=BASEKEY/") == true)
        #expect(request.header("Content-Type") == "application/x-www-form-urlencoded; charset=utf-8")
    }

    @Test func chainedRolesUseThePreviousRolesCredentials() async throws {
        let config = try sharedConfig(config: """
            [profile a]
            role_arn = arn:aws:iam::1:role/a
            source_profile = b
            [profile b]
            role_arn = arn:aws:iam::1:role/b
            source_profile = c
            [profile c]
            aws_access_key_id = CKEY
            aws_secret_access_key = csecret
            """)
        let transport = Self.sts()
        let clock = TestClock()
        let source = AssumeRoleCredentialSource(settings: credentialSettings(config: config, transport: transport, clock: clock),
                                                profile: config.profiles["a"]!)
        #expect(try await source.load()?.accessKeyId == "ASIA-a")
        #expect(transport.requests.map { formFields($0)["RoleArn"] } == ["arn:aws:iam::1:role/b", "arn:aws:iam::1:role/a"])
        #expect(transport.requests[0].header("Authorization")?.contains("Credential=CKEY/") == true)
        #expect(transport.requests[1].header("Authorization")?.contains("Credential=ASIA-b/") == true)
        #expect(transport.requests[1].header("X-Amz-Security-Token") == "token-of-ASIA-b")
        #expect(formFields(transport.requests[1])["RoleSessionName"] == "botocore-session-1800000000")
    }

    @Test func selfReferenceWithStaticKeysIsAllowed() async throws {
        let config = try sharedConfig(
            config: "[profile me]\nrole_arn = arn:aws:iam::1:role/me\nsource_profile = me\n",
            credentials: "[me]\naws_access_key_id = MEKEY\naws_secret_access_key = s\n")
        let transport = Self.sts()
        let source = AssumeRoleCredentialSource(settings: credentialSettings(config: config, transport: transport),
                                                profile: config.profiles["me"]!)
        #expect(try await source.load()?.accessKeyId == "ASIA-me")
        #expect(transport.requests[0].header("Authorization")?.contains("Credential=MEKEY/") == true)
    }

    @Test func cyclesAreRefused() async throws {
        let config = try sharedConfig(config: """
            [profile a]
            role_arn = arn:aws:iam::1:role/a
            source_profile = b
            [profile b]
            role_arn = arn:aws:iam::1:role/b
            source_profile = a
            """)
        let source = AssumeRoleCredentialSource(settings: credentialSettings(config: config), profile: config.profiles["a"]!)
        await #expect(throws: CredentialError.assumeRoleCycle(["a", "b", "a"])) { try await source.load() }
    }

    @Test(arguments: [
        ("source_profile = x\ncredential_source = Environment", ProfileProblem.bothSourceProfileAndCredentialSource),
        ("", .roleWithoutSource),
        ("credential_source = Teleport", .unknownCredentialSource("Teleport")),
    ])
    func invalidRoleProfiles(extra: String, reason: ProfileProblem) async throws {
        let config = try sharedConfig(config: "[profile r]\nrole_arn = arn:aws:iam::1:role/r\n\(extra)\n")
        let source = AssumeRoleCredentialSource(settings: credentialSettings(config: config), profile: config.profiles["r"]!)
        await #expect(throws: CredentialError.invalidProfile(profile: "r", reason: reason)) { try await source.load() }
    }

    @Test func credentialSourceEnvironment() async throws {
        let config = try sharedConfig(config: "[profile r]\nrole_arn = arn:aws:iam::1:role/r\ncredential_source = environment\n")
        let transport = Self.sts()
        let settings = credentialSettings(environment: ["AWS_ACCESS_KEY_ID": "ENVKEY", "AWS_SECRET_ACCESS_KEY": "s"],
                                          config: config, transport: transport)
        #expect(try await AssumeRoleCredentialSource(settings: settings, profile: config.profiles["r"]!).load()?.accessKeyId == "ASIA-r")
        #expect(transport.requests[0].header("Authorization")?.contains("Credential=ENVKEY/") == true)
    }

    @Test func stsFailureNamesTheSource() async throws {
        let config = try sharedConfig(config: "[profile r]\nrole_arn = arn:aws:iam::1:role/r\ncredential_source = Environment\n")
        let transport = FakeTransport(responses: [HTTPResponse(status: 403, body: Array(
            "<ErrorResponse><Error><Code>AccessDenied</Code><Message>not allowed</Message></Error><RequestId>x</RequestId></ErrorResponse>".utf8))])
        let settings = credentialSettings(environment: ["AWS_ACCESS_KEY_ID": "K", "AWS_SECRET_ACCESS_KEY": "s"],
                                          config: config, transport: transport)
        let denied = AWSServiceError(service: "STS", code: "AccessDenied", message: "not allowed", status: 403, requestId: "x")
        await #expect(throws: CredentialError.sourceFailed(source: .assumeRole(profile: "r"), reason: .failed(AnyAWSError(denied)))) {
            try await AssumeRoleCredentialSource(settings: settings, profile: config.profiles["r"]!).load()
        }
    }

    @Test func webIdentityFromEnvironmentIsUnsigned() async throws {
        let directory = try TemporaryDirectory()
        let tokenFile = try directory.write("token", "eyJ.token.sig\n")
        let transport = Self.sts()
        let settings = credentialSettings(
            environment: ["AWS_WEB_IDENTITY_TOKEN_FILE": tokenFile, "AWS_ROLE_ARN": "arn:aws:iam::1:role/web",
                          "AWS_ROLE_SESSION_NAME": "pod"], transport: transport)
        let source = WebIdentityCredentialSource(settings: settings, profile: SharedConfig.Profile(name: "default"))
        #expect(try await source.load()?.accessKeyId == "ASIA-web")
        let request = try #require(transport.requests.first)
        #expect(request.header("Authorization") == nil)
        #expect(request.header("X-Amz-Date") == nil)
        #expect(formFields(request) == [
            "Action": "AssumeRoleWithWebIdentity", "Version": "2011-06-15", "RoleArn": "arn:aws:iam::1:role/web",
            "RoleSessionName": "pod", "WebIdentityToken": "eyJ.token.sig\n",
        ])
    }

    @Test func webIdentityIgnoresEnvironmentForExplicitProfileAndNeedsARole() async throws {
        let directory = try TemporaryDirectory()
        let tokenFile = try directory.write("token", "t")
        let config = try sharedConfig(config: "[profile w]\nweb_identity_token_file = \(tokenFile)\n")
        let settings = credentialSettings(environment: ["AWS_ROLE_ARN": "arn:aws:iam::1:role/env"], config: config,
                                          explicitProfile: "w")
        await #expect(throws: CredentialError.invalidProfile(profile: "w", reason: .webIdentityWithoutRole)) {
            try await WebIdentityCredentialSource(settings: settings, profile: config.profiles["w"]!).load()
        }
    }
}
