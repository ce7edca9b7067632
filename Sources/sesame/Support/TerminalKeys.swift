import SesameCore

/// A key pressed at a terminal in raw mode.
enum TerminalKey: Equatable {
    case character(Character)
    case enter, backspace, delete, up, down, left, right, home, end
    /// Ctrl-C.
    case interrupt
    /// Ctrl-D.
    case endOfTransmission
    /// Ctrl-Z, or a SIGTSTP from outside.
    case suspend
    /// The terminal changed size (SIGWINCH).
    case resize
    /// Ctrl-U.
    case eraseToStart
    /// Ctrl-W.
    case eraseWord
    /// Standard input ended.
    case closed
    /// Anything else: ignored.
    case other
}

/// Reads keys from standard input in raw mode: UTF-8 characters, the control keys the wizard
/// knows and the escape sequences of arrows, Home, End and Delete. It waits on the terminal and on
/// `TerminalState`'s signal notices at once, so that a SIGTSTP from outside or a resize is one
/// more key.
final class TerminalKeys {
    /// A byte read after a lone ESC, to be read again as the start of the next key.
    private var pending: UInt8?

    func next() -> TerminalKey {
        guard let byte = readByte(orNotice: true) else { return .closed }
        switch byte {
        case .notice(.suspend): return .suspend
        case .notice(.resize): return .resize
        case .byte(0x01): return .home
        case .byte(0x03): return .interrupt
        case .byte(0x04): return .endOfTransmission
        case .byte(0x05): return .end
        case .byte(0x08), .byte(0x7F): return .backspace
        case .byte(0x0D), .byte(0x0A): return .enter
        case .byte(0x15): return .eraseToStart
        case .byte(0x17): return .eraseWord
        case .byte(0x1A): return .suspend
        case .byte(0x1B): return escapeSequence()
        case let .byte(byte): return character(startingWith: byte)
        }
    }

    /// A printable character from its UTF-8 bytes; controls and malformed bytes are `.other`.
    private func character(startingWith lead: UInt8) -> TerminalKey {
        let length = switch lead {
        case 0x20..<0x7F: 1
        case 0xC2...0xDF: 2
        case 0xE0...0xEF: 3
        case 0xF0...0xF4: 4
        default: 0
        }
        guard length > 0 else { return .other }
        var bytes = [lead]
        while bytes.count < length {
            guard let next = readByte(), (0x80...0xBF).contains(next) else { return .other }
            bytes.append(next)
        }
        guard let scalar = String(validating: bytes, as: UTF8.self)?.unicodeScalars.first,
              !TerminalText.needsEscape(scalar) else { return .other }
        return .character(Character(scalar))
    }

    /// The key an ESC starts. As readline does, a byte that does not follow within 50 ms means
    /// the ESC key itself (ignored); a byte that cannot continue a sequence is kept for the next
    /// key, so that ESC and an arrow typed after it do not make one unknown sequence.
    private func escapeSequence() -> TerminalKey {
        guard TerminalState.waitForInput(milliseconds: 50), let introducer = readByte() else { return .other }
        guard introducer == UInt8(ascii: "[") || introducer == UInt8(ascii: "O") else {
            pending = introducer
            return .other
        }
        // CSI parameters (`1;5` in ESC [ 1 ; 5 A, `3` in ESC [ 3 ~), then the final byte.
        var parameters: [UInt8] = []
        var final = readByte()
        while let byte = final, (0x30...0x3F).contains(byte) {
            parameters.append(byte)
            final = readByte()
        }
        switch (final, parameters.first) {
        case (UInt8(ascii: "A"), _): return .up
        case (UInt8(ascii: "B"), _): return .down
        case (UInt8(ascii: "C"), _): return .right
        case (UInt8(ascii: "D"), _): return .left
        case (UInt8(ascii: "H"), _), (UInt8(ascii: "~"), UInt8(ascii: "1")), (UInt8(ascii: "~"), UInt8(ascii: "7")): return .home
        case (UInt8(ascii: "F"), _), (UInt8(ascii: "~"), UInt8(ascii: "4")), (UInt8(ascii: "~"), UInt8(ascii: "8")): return .end
        case (UInt8(ascii: "~"), UInt8(ascii: "3")): return .delete
        default: return .other
        }
    }

    /// What the reader waited for: a byte of the terminal, or a signal noted meanwhile.
    private enum Arrival {
        case byte(UInt8)
        case notice(TerminalState.Notice)
    }

    /// One byte of the terminal, or (only when `orNotice`; inside a key the byte is awaited) a
    /// SIGTSTP or SIGWINCH noted; nil at the end of input or on an error.
    private func readByte(orNotice: Bool) -> Arrival? {
        if let byte = pending {
            pending = nil
            return .byte(byte)
        }
        var descriptors = [pollfd(fd: 0, events: Int16(POLLIN), revents: 0),
                           pollfd(fd: TerminalState.signalNotices, events: Int16(POLLIN), revents: 0)]
        while true {
            let ready = poll(&descriptors, orNotice ? 2 : 1, -1)
            if ready < 0, errno == EINTR { continue }
            guard ready > 0 else { return nil }
            if orNotice, descriptors[1].revents & Int16(POLLIN) != 0 {
                if let notice = TerminalState.nextNotice() { return .notice(notice) }
                if descriptors[0].revents & Int16(POLLIN) == 0 { continue }
            }
            var byte: UInt8 = 0
            let count = SystemCall.retryingInterrupts { Glibc.read(0, &byte, 1) }
            return count == 1 ? .byte(byte) : nil
        }
    }

    private func readByte() -> UInt8? {
        guard case let .byte(byte)? = readByte(orNotice: false) else { return nil }
        return byte
    }
}
