import Foundation
import SesameAWS
import Testing
import TestSupport

@Suite struct CurlTransportTests {
    let server: ServerProcess

    init() throws {
        server = try LoopbackServer.start()
    }

    struct Echo: Decodable {
        let method: String
        let headers: [[String]]
        let body: String
        func header(_ name: String) -> String? { headers.first { $0[0].lowercased() == name.lowercased() }?[1] }
    }

    @Test func sendsMethodHeadersAndBodyExactly() async throws {
        let transport = CurlTransport()
        let response = try await transport.send(HTTPRequest(
            method: "POST", url: server.baseURL + "/echo",
            headers: [("Host", "email.us-east-1.amazonaws.com"), ("Content-Type", "application/json"), ("X-Custom", "1")],
            body: Array(#"{"a":1}"#.utf8)))
        #expect(response.status == 200)
        #expect(response.header("content-type") == "application/json")
        #expect(response.headers.filter { $0.name == "X-Multi" }.map(\.value) == ["a", "b"])
        let echo = try JSONDecoder().decode(Echo.self, from: Data(response.body))
        #expect(echo.method == "POST")
        #expect(echo.body == #"{"a":1}"#)
        #expect(echo.header("Host") == "email.us-east-1.amazonaws.com")
        #expect(echo.header("Content-Type") == "application/json")
        #expect(echo.header("Expect") == nil)
    }

    @Test func putWithEmptyBody() async throws {
        let response = try await CurlTransport().send(HTTPRequest(method: "PUT", url: server.baseURL + "/echo",
                                                                  headers: [("X-Ttl", "21600")]))
        let echo = try JSONDecoder().decode(Echo.self, from: Data(response.body))
        #expect(echo.method == "PUT")
        #expect(echo.header("X-Ttl") == "21600")
        #expect(echo.body == "")
    }

    @Test func httpErrorStatusIsAResponse() async throws {
        let response = try await CurlTransport().send(HTTPRequest(method: "GET", url: server.baseURL + "/status/503"))
        #expect(response.status == 503)
        #expect(response.bodyText == "status body")
    }

    @Test func redirectsAreNotFollowed() async throws {
        let response = try await CurlTransport().send(HTTPRequest(method: "GET", url: server.baseURL + "/redirect"))
        #expect(response.status == 302)
        #expect(response.header("Location") == "/echo")
    }

    @Test func oversizedBodyIsRefused() async throws {
        let transport = CurlTransport(configuration: .init(maxResponseBytes: 1000))
        let small = try await transport.send(HTTPRequest(method: "GET", url: server.baseURL + "/bytes/1000"))
        #expect(small.body.count == 1000)
        let error = await #expect(throws: TransportError.self) {
            try await transport.send(HTTPRequest(method: "GET", url: server.baseURL + "/bytes/1001"))
        }
        #expect(error?.kind == .responseTooLarge(limit: 1000))
        #expect(error?.isTransient == false)
    }

    @Test func totalTimeoutIsATransientError() async throws {
        let transport = CurlTransport(configuration: .init(totalTimeout: 0.3))
        let error = await #expect(throws: TransportError.self) {
            try await transport.send(HTTPRequest(method: "GET", url: server.baseURL + "/delay/3"))
        }
        #expect(error?.kind == .timedOut)
        #expect(error?.isTransient == true)
    }

    @Test func droppedConnectionIsReported() async throws {
        let error = await #expect(throws: TransportError.self) {
            try await CurlTransport().send(HTTPRequest(method: "GET", url: server.baseURL + "/drop"))
        }
        #expect(error?.kind == .connectionReset)
    }

    @Test func refusedConnectionIsReported() async throws {
        let port = try BoundPort()
        let error = await #expect(throws: TransportError.self) {
            try await CurlTransport().send(HTTPRequest(method: "GET", url: "http://127.0.0.1:\(port.number)/"))
        }
        #expect(error?.kind == .connectionRefused)
        #expect(error?.description.contains("refused") == true)
    }

    /// Eight requests that the server answers only once all eight are waiting together:
    /// blocking transfers run on their own threads, not on the two-thread cooperative pool.
    @Test func requestsRunInParallel() async throws {
        let transport = CurlTransport()
        let url = server.baseURL + "/barrier/\(UUID().uuidString)/8"
        try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<8 { group.addTask { try await transport.send(HTTPRequest(method: "GET", url: url)).status } }
            for try await status in group { #expect(status == 200) }
        }
    }
}
