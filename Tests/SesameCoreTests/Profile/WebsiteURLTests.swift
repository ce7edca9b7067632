import Testing
@testable import SesameCore

/// The one reading of a website address, shared by `validate` (`invalid-url`) and the lint website rules.
@Suite struct WebsiteURLTests {
    @Test func readsSchemeHostAndOffsetAsWritten() {
        let url = WebsiteURL("HTTPS://user:pw@Shop.Example.CO.UK:8443/path?q#f")
        #expect(url.scheme == "https")
        #expect(url.writtenHost == "Shop.Example.CO.UK")
        #expect(url.host == "shop.example.co.uk")
        #expect(url.hostOffset == 16)
        #expect(url.labels == ["shop", "example", "co", "uk"])
        #expect(url.problem == nil)
    }

    @Test func keepsTheBracketsOfAnIPv6Literal() {
        let url = WebsiteURL("https://[2001:db8::1]:443/")
        #expect(url.host == "[2001:db8::1]")
        #expect(url.hostOffset == 8)
        #expect(url.problem == nil)
    }

    @Test func namesWhatIsWrong() {
        #expect(WebsiteURL("https://shop.example .com").problem == FormatMessages.urlSpaces)
        #expect(WebsiteURL("shop.example.com").problem == FormatMessages.urlNotAbsolute)
        #expect(WebsiteURL("ftp://shop.example.com").problem == FormatMessages.urlNotAbsolute)
        #expect(WebsiteURL("xhttps://shop.example.com").problem == FormatMessages.urlNotAbsolute)
        #expect(WebsiteURL("https://").problem == FormatMessages.urlNoHost)
        #expect(WebsiteURL("https://user@/path").problem == FormatMessages.urlNoHost)
        #expect(WebsiteURL("https://.example.com").problem == FormatMessages.urlBadHost(".example.com"))
        #expect(WebsiteURL("https://shop..example.com/").problem == FormatMessages.urlBadHost("shop..example.com"))
    }

    @Test func anHTTPAddressIsWellFormedForTheValidatorAndLeftToLint() {
        let url = WebsiteURL("http://harborlanebooks.co.uk")
        #expect(url.problem == nil)
        #expect(url.scheme == "http")
    }

    @Test func theBareHostDropsOneMobileOrWWWPrefix() {
        #expect(WebsiteURL("https://www.Facebook.com/x").bareHost == "facebook.com")
        #expect(WebsiteURL("https://m.facebook.com").bareHost == "facebook.com")
        #expect(WebsiteURL("https://facebook.com").bareHost == "facebook.com")
    }
}
