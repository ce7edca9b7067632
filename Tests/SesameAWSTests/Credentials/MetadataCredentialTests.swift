import Testing
@testable import SesameAWS

@Suite struct MetadataCredentialTests {
    static let reply = #"{"AccessKeyId":"ASIAC","SecretAccessKey":"s","Token":"t","Expiration":"2030-01-01T00:00:00Z","AccountId":"1"}"#

    @Test func containerRelativeURIWithTokenFile() async throws {
        let directory = try TemporaryDirectory()
        let tokenFile = try directory.write("token", "Bearer abc")
        let transport = FakeTransport(responses: [.json(200, Self.reply)])
        let settings = credentialSettings(environment: [
            "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI": "/v2/creds", "AWS_CONTAINER_CREDENTIALS_FULL_URI": "http://127.0.0.1/x",
            "AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE": tokenFile, "AWS_CONTAINER_AUTHORIZATION_TOKEN": "ignored",
        ], transport: transport)
        #expect(try await ContainerCredentialSource(settings: settings).load() == AWSCredentials(
            accessKeyId: "ASIAC", secretAccessKey: "s", sessionToken: "t", expiration: ISO8601.parse("2030-01-01T00:00:00Z"),
            accountId: "1"))
        let request = try #require(transport.requests.first)
        #expect(request.url == "http://169.254.170.2/v2/creds")
        #expect(request.header("Authorization") == "Bearer abc")
        #expect(request.header("Accept") == "application/json")
    }

    @Test func containerFullURIRules() async throws {
        let allowed = credentialSettings(environment: ["AWS_CONTAINER_CREDENTIALS_FULL_URI": "http://127.0.0.1:9/c",
                                                       "AWS_CONTAINER_AUTHORIZATION_TOKEN": "tok"],
                                         transport: FakeTransport(responses: [.json(200, Self.reply)]))
        #expect(try await ContainerCredentialSource(settings: allowed).load()?.accessKeyId == "ASIAC")

        let remote = credentialSettings(environment: ["AWS_CONTAINER_CREDENTIALS_FULL_URI": "http://example.com/c"])
        await #expect(throws: CredentialError.self) { try await ContainerCredentialSource(settings: remote).load() }

        let lineBreak = credentialSettings(environment: ["AWS_CONTAINER_CREDENTIALS_FULL_URI": "https://example.com/c",
                                                         "AWS_CONTAINER_AUTHORIZATION_TOKEN": "a\nb"])
        await #expect(throws: CredentialError.sourceFailed(source: .container, reason: .authorizationTokenLineBreak)) {
            try await ContainerCredentialSource(settings: lineBreak).load()
        }
    }

    @Test func containerRetriesThreeTimesThenFails() async throws {
        let transport = FakeTransport(responses: [HTTPResponse(status: 500)])
        let settings = credentialSettings(environment: ["AWS_CONTAINER_CREDENTIALS_RELATIVE_URI": "/c"], transport: transport)
        await #expect(throws: CredentialError.sourceFailed(source: .container, reason: .httpStatus(500, url: "http://169.254.170.2/c"))) {
            try await ContainerCredentialSource(settings: settings).load()
        }
        #expect(transport.requests.count == 3)
    }

    static func imds(tokenStatus: Int = 200) -> FakeTransport {
        FakeTransport { request, _ in imdsAnswer(request, tokenStatus: tokenStatus) }
    }

    /// The instance metadata service at 127.0.0.1:1338, with `tokenStatus` for the token request.
    static func imdsAnswer(_ request: HTTPRequest, tokenStatus: Int = 200) -> HTTPResponse {
            switch (request.method, request.url) {
            case ("PUT", "http://127.0.0.1:1338/latest/api/token"):
                return HTTPResponse(status: tokenStatus, body: Array("imds-token".utf8))
            case ("GET", "http://127.0.0.1:1338/latest/meta-data/iam/security-credentials/"):
                return HTTPResponse(status: 200, body: Array("my-role\n".utf8))
            case ("GET", "http://127.0.0.1:1338/latest/meta-data/iam/security-credentials/my-role"):
                return .json(200, #"{"Code":"Success","AccessKeyId":"ASIAI","SecretAccessKey":"s","Token":"t","Expiration":"2030-01-01T00:00:00Z"}"#)
            default:
                return HTTPResponse(status: 404)
            }
    }

    @Test func instanceMetadataV2() async throws {
        let transport = Self.imds()
        let settings = credentialSettings(environment: ["AWS_EC2_METADATA_SERVICE_ENDPOINT": "http://127.0.0.1:1338"],
                                          transport: transport)
        #expect(try await InstanceMetadataCredentialSource(settings: settings).load()?.accessKeyId == "ASIAI")
        #expect(transport.requests.map(\.method) == ["PUT", "GET", "GET"])
        #expect(transport.requests[0].header("x-aws-ec2-metadata-token-ttl-seconds") == "21600")
        #expect(transport.requests[1].header("x-aws-ec2-metadata-token") == "imds-token")
        #expect(transport.requests[2].header("x-aws-ec2-metadata-token") == "imds-token")
    }

    @Test func instanceMetadataFallsBackToV1UnlessDisabled() async throws {
        let environment = ["AWS_EC2_METADATA_SERVICE_ENDPOINT": "http://127.0.0.1:1338/"]
        let v1 = Self.imds(tokenStatus: 403)
        #expect(try await InstanceMetadataCredentialSource(settings: credentialSettings(environment: environment, transport: v1))
            .load()?.accessKeyId == "ASIAI")
        #expect(v1.requests[1].header("x-aws-ec2-metadata-token") == nil)

        let v1Disabled = environment.merging(["AWS_EC2_METADATA_V1_DISABLED": "true"]) { $1 }
        #expect(try await InstanceMetadataCredentialSource(
            settings: credentialSettings(environment: v1Disabled, transport: Self.imds(tokenStatus: 403))).load() == nil)
    }

    @Test func instanceMetadataDisabledSendsNothing() async throws {
        let transport = Self.imds()
        let settings = credentialSettings(environment: ["AWS_EC2_METADATA_DISABLED": "TRUE"], transport: transport)
        #expect(try await InstanceMetadataCredentialSource(settings: settings).load() == nil)
        #expect(transport.requests.isEmpty)
    }

    @Test func instanceMetadataUnreachableIsNotConfigured() async throws {
        let transport = FakeTransport { request, _ in
            throw TransportError(kind: .connectionRefused, url: request.url, detail: "refused")
        }
        #expect(try await InstanceMetadataCredentialSource(settings: credentialSettings(transport: transport)).load() == nil)
        // botocore: a token request that fails every attempt falls back to IMDSv1.
        #expect(transport.requests.map(\.url) == ["http://169.254.169.254/latest/api/token",
                                                  "http://169.254.169.254/latest/meta-data/iam/security-credentials/"])
    }

    @Test func settingsComeFromTheProfileWhenTheEnvironmentHasNone() async throws {
        let config = try sharedConfig(config: """
            [default]
            ec2_metadata_service_endpoint = http://127.0.0.1:1338
            metadata_service_num_attempts = 2
            """)
        let flaky = FakeTransport { request, index in
            if index == 0 { return HTTPResponse(status: 503) }  // the first token attempt fails, the second works
            return Self.imdsAnswer(request)
        }
        #expect(try await InstanceMetadataCredentialSource(settings: credentialSettings(config: config, transport: flaky))
            .load()?.accessKeyId == "ASIAI")
        #expect(flaky.requests.map(\.method) == ["PUT", "PUT", "GET", "GET"])
        #expect(flaky.requests[2].header("x-aws-ec2-metadata-token") == "imds-token")

        let noV1 = try sharedConfig(config: "[default]\nec2_metadata_service_endpoint = http://127.0.0.1:1338\nec2_metadata_v1_disabled = true\n")
        #expect(try await InstanceMetadataCredentialSource(
            settings: credentialSettings(config: noV1, transport: Self.imds(tokenStatus: 404))).load() == nil)
    }

    @Test func aBadTokenRequestMeansNoCredentials() async throws {
        let transport = Self.imds(tokenStatus: 400)
        let settings = credentialSettings(environment: ["AWS_EC2_METADATA_SERVICE_ENDPOINT": "http://127.0.0.1:1338"],
                                          transport: transport)
        #expect(try await InstanceMetadataCredentialSource(settings: settings).load() == nil)
        #expect(transport.requests.count == 1)
    }

    @Test func staleInstanceMetadataExpirationIsExtended() async throws {
        let clock = TestClock(ISO8601.parse("2029-12-31T23:55:00Z")!)  // 5 minutes before the reply's expiry
        let settings = credentialSettings(environment: ["AWS_EC2_METADATA_SERVICE_ENDPOINT": "http://127.0.0.1:1338"],
                                          transport: Self.imds(), clock: clock)
        let credentials = try #require(try await InstanceMetadataCredentialSource(settings: settings).load())
        #expect(credentials.expiration == clock.now.addingTimeInterval(15 * 60 + 120 + 0.5 * 480))
    }
}
