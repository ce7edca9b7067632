import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A loopback TCP port that is bound but not listening, so connecting to it is refused
/// for as long as this value lives.
public final class BoundPort {
    public let number: UInt16
    private let socketDescriptor: Int32

    public init() throws {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, length) == 0 && getsockname(descriptor, $0, &length) == 0
            }
        }
        socketDescriptor = descriptor
        guard bound else { throw ServerProcessError(message: "could not bind a loopback port") }
        number = UInt16(bigEndian: address.sin_port)
    }

    deinit { close(socketDescriptor) }
}
