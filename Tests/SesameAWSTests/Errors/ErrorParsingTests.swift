import Testing
@testable import SesameAWS

@Suite struct ErrorParsingTests {
    @Test func restJSONCodeFromHeaderIsCleaned() {
        let response = HTTPResponse.json(400, #"{"message":"Invalid input"}"#, headers: [
            ("X-Amzn-ErrorType", "BadRequestException:http://internal.amazon.com/coral/com.amazon.coral.validate/"),
            ("x-amzn-RequestId", "req-1"),
        ])
        #expect(ErrorResponseParser.restJSON(response, service: "SESv2") == AWSServiceError(
            service: "SESv2", code: "BadRequestException", message: "Invalid input", status: 400, requestId: "req-1"))
    }

    @Test func restJSONCodeFromBody() {
        let fromCode = ErrorResponseParser.restJSON(.json(429, #"{"code":"TooManyRequestsException","Message":"slow"}"#), service: "SESv2")
        #expect(fromCode.code == "TooManyRequestsException")
        #expect(fromCode.message == "slow")
        let fromType = ErrorResponseParser.restJSON(
            .json(404, #"{"__type":"aws.protocoltests.restjson#NotFoundException:http://x","message":"no"}"#), service: "SESv2")
        #expect(fromType.code == "NotFoundException")
        let bare = ErrorResponseParser.restJSON(.json(418, "{}"), service: "SESv2")
        #expect(bare.code == "418")
    }

    @Test func emptyOrHTML5xxUsesTheStatus() {
        let html = HTTPResponse(status: 503, body: Array("<html><body>busy</body></html>".utf8))
        #expect(ErrorResponseParser.restJSON(html, service: "SESv2")
            == AWSServiceError(service: "SESv2", code: "503", message: "Service Unavailable", status: 503))
        #expect(ErrorResponseParser.json11(HTTPResponse(status: 502), service: "Support").code == "502")
    }

    @Test func json11TypeAndNonJSONBody() {
        let response = HTTPResponse.json(400, #"{"__type":"SubscriptionRequiredException","message":"AWS Premium Support Subscription is required to use this service."}"#)
        let error = ErrorResponseParser.json11(response, service: "Support")
        #expect(error.code == "SubscriptionRequiredException")
        #expect(error.message == "AWS Premium Support Subscription is required to use this service.")
        let text = ErrorResponseParser.json11(HTTPResponse(status: 400, body: Array("plain failure".utf8)), service: "Support")
        #expect(text.code == "400")
        #expect(text.message == "plain failure")
    }

    @Test func queryXML() {
        let body = """
            <ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
              <Error><Type>Sender</Type><Code>SignatureDoesNotMatch</Code><Message>a &amp; b &lt;c&gt;</Message></Error>
              <RequestId>rid-9</RequestId>
            </ErrorResponse>
            """
        #expect(ErrorResponseParser.queryXML(HTTPResponse(status: 403, body: Array(body.utf8)), service: "STS")
            == AWSServiceError(service: "STS", code: "SignatureDoesNotMatch", message: "a & b <c>", status: 403, requestId: "rid-9"))
    }

    @Test func descriptionIsPlain() {
        let error = AWSServiceError(service: "SESv2", code: "ConflictException", message: "review pending", status: 409, requestId: "r")
        #expect(error.description == "SESv2 returned ConflictException (HTTP 409): review pending [request id r]")
    }
}
