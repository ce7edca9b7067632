import Foundation
import SigV4
import Testing

/// The worked vectors of `shared/docs/aws-conventions.md` §1.4 (computed with botocore
/// 1.43.11), as the SES v2, Support and STS clients build their requests.
@Suite struct WorkedVectorTests {
    static let date = Date(timeIntervalSince1970: 1_440_938_160)  // 2015-08-30T12:36:00Z

    func signer(service: String, region: String, sessionToken: String? = nil) -> SigV4Signer {
        SigV4Signer(
            credentials: SigningCredentials(accessKeyId: "AKIDEXAMPLE",
                                            secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
                                            sessionToken: sessionToken),
            service: service, region: region)
    }

    func signature(of request: SigV4Request, with signer: SigV4Signer) -> String {
        let authorization = signer.sign(request, date: Self.date).header("Authorization") ?? ""
        return String(authorization.split(separator: "=").last ?? "")
    }

    @Test func getEmailIdentityDoubleEncodesTheLabel() {
        let request = SigV4Request(method: "GET", path: "/v2/email/identities/user%2Btag%40example.com",
                                   headers: [("Host", "email.us-east-1.amazonaws.com")])
        #expect(CanonicalRequest.canonicalURI(request.path) == "/v2/email/identities/user%252Btag%2540example.com")
        #expect(signature(of: request, with: signer(service: "ses", region: "us-east-1"))
            == "301b1a14b79a3b889240f943f0daba12b92e0e5f73af9df6995d6df8506b1656")
    }

    @Test func listEmailIdentitiesWithQueryAndSessionToken() {
        let request = SigV4Request(method: "GET", path: "/v2/email/identities",
                                   query: [("PageSize", "10"), ("NextToken", "abc/def+= x")],
                                   headers: [("Host", "email.eu-west-1.amazonaws.com")])
        let signer = signer(service: "ses", region: "eu-west-1", sessionToken: "SESSIONTOKENEXAMPLE")
        let canonical = CanonicalRequest(signer.prepare(request, timestamp: SigV4Timestamp(Self.date)))
        #expect(CanonicalRequest.canonicalQuery(request.query) == "NextToken=abc%2Fdef%2B%3D%20x&PageSize=10")
        #expect(canonical.signedHeaders == "host;x-amz-date;x-amz-security-token")
        #expect(signature(of: request, with: signer)
            == "169e1c4124653bc4376f577bb8954ebab08172634ed58a2d4a6f4bbcbf43bd5c")
    }

    @Test func supportCreateCase() {
        let request = SigV4Request(
            method: "POST", path: "/",
            headers: [("Host", "support.us-east-1.amazonaws.com"),
                      ("Content-Type", "application/x-amz-json-1.1"),
                      ("X-Amz-Target", "AWSSupport_20130415.CreateCase")],
            body: Array(#"{"subject":"s","communicationBody":"b"}"#.utf8))
        #expect(signature(of: request, with: signer(service: "support", region: "us-east-1"))
            == "be387a2930134b790fc2dc657bcae3686be592b00ed001ab692cd91b0875281a")
    }

    @Test func stsAssumeRole() {
        let body = "Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fdemo&RoleSessionName=sess"
        let request = SigV4Request(
            method: "POST", path: "/",
            headers: [("Host", "sts.us-east-1.amazonaws.com"),
                      ("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")],
            body: Array(body.utf8))
        #expect(signature(of: request, with: signer(service: "sts", region: "us-east-1"))
            == "53d22fd03d791f323b31144fa2c3f7fd6c0f08f3204386c1862cecf839572c15")
    }

    @Test func customEndpointWithPort() {
        let request = SigV4Request(method: "GET", path: "/v2/email/account", headers: [("Host", "localhost:4566")])
        #expect(signature(of: request, with: signer(service: "ses", region: "us-east-1"))
            == "7572427eb09db6845eb12966f687422f057491797feb5389f830de6375085314")
    }

    @Test func timestampFormatsUTC() {
        #expect(SigV4Timestamp(Self.date).amzDate == "20150830T123600Z")
        #expect(SigV4Timestamp(Date(timeIntervalSince1970: 951_782_400)).amzDate == "20000229T000000Z")
        #expect(SigV4Timestamp(Date(timeIntervalSince1970: 0.999)).amzDate == "19700101T000000Z")
    }

    @Test func credentialsDescriptionIsRedacted() {
        let credentials = SigningCredentials(accessKeyId: "AKID", secretAccessKey: "SECRET", sessionToken: "TOKEN")
        #expect(!"\(credentials)".contains("SECRET"))
        #expect(!String(reflecting: credentials).contains("TOKEN"))
    }
}
