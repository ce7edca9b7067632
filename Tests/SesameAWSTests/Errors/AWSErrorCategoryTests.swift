@testable import SesameAWS
import Testing

/// Each AWS-layer error says what it means for the user; the command line maps that to exit 1, 2 or 3.
@Suite struct AWSErrorCategoryTests {
    private func serviceError(_ code: String) -> AWSServiceError {
        AWSServiceError(service: "SESv2", code: code, message: "", status: 400)
    }

    @Test func refusalsTheUserMustFix() {
        for code in ["ConflictException", "BadRequestException", "SubscriptionRequiredException", "CaseCreationLimitExceeded"] {
            #expect(AWSErrorCategory.of(serviceError(code)) == .userMustFix, "\(code)")
        }
    }

    @Test func rejectedCredentialsAreNoCredentials() {
        #expect(AWSErrorCategory.of(serviceError("ExpiredToken")) == .noCredentials)
        #expect(AWSErrorCategory.of(CredentialError.noCredentials(tried: [.environment])) == .noCredentials)
        #expect(AWSErrorCategory.of(ConfigurationError.profileNotFound("prod")) == .noCredentials)
    }

    @Test func settingsThatCannotBeUsed() {
        #expect(AWSErrorCategory.of(ConfigurationError.missingRegion) == .unusableSetting)
        #expect(AWSErrorCategory.of(ConfigurationError.invalidEndpointURL("ftp://x")) == .unusableSetting)
        #expect(AWSErrorCategory.of(ConfigurationError.invalidRegion("US East", source: .option("--region"))) == .unusableSetting)
    }

    @Test func everythingElseIsAWSOrTheNetwork() {
        #expect(AWSErrorCategory.of(serviceError("TooManyRequestsException")) == .serviceOrNetwork)
        #expect(AWSErrorCategory.of(serviceError("AccessDeniedException")) == .serviceOrNetwork)
        #expect(AWSErrorCategory.of(TransportError(kind: .timedOut, url: "https://x", detail: "")) == .serviceOrNetwork)
        #expect(AWSErrorCategory.of(MalformedResponseError(service: "SESv2", operation: "GetAccount", reason: "")) == .serviceOrNetwork)
        struct Unrelated: Error {}
        #expect(AWSErrorCategory.of(Unrelated()) == .serviceOrNetwork)
    }
}
