import Testing
@testable import SesameAWS

@Suite struct ContainerLoopbackTests {
    @Test(arguments: ["127.0.0.1", "127.1.2.3", "127.255.255.255", "[::1]", "[0:0:0:0:0:0:0:1]"])
    func loopbackAddresses(host: String) { #expect(ContainerCredentialSource.isLoopback(host)) }

    @Test(arguments: ["127.999.999.999", "127.0.0.1.", "127.0.0.01", "127.1", "127.0.0.1x", "128.0.0.1", "localhost.evil.example", "[::2]", "[::1", ""])
    func lookalikes(host: String) { #expect(!ContainerCredentialSource.isLoopback(host)) }
}
