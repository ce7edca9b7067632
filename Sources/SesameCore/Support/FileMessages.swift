#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a file could not be read or written, in English and Japanese: the system's common errno
/// values in sesame's own words, the rest as the C library says them.
public enum FileMessages {
    static let isDirectory = LocalizedText(en: "is a directory, not a file", ja: "ファイルではなくフォルダーです")

    static let alreadyExists = LocalizedText(en: "already exists", ja: "すでに存在します")

    static let notRegular = LocalizedText(
        en: "is not a regular file (a FIFO, socket or device); sesame reads and writes only regular files",
        ja: "通常のファイルではありません(FIFO、ソケット、デバイスのいずれかです)。sesame が読み書きするのは通常のファイルだけです")

    static func overLimit(size: Int?, limit: Int) -> LocalizedText {
        guard let size else {
            return LocalizedText(en: "is over the \(limit)-byte limit", ja: "上限の \(limit) バイトを超えています")
        }
        return LocalizedText(en: "is \(size) bytes, over the \(limit)-byte limit", ja: "\(size) バイトあり、上限の \(limit) バイトを超えています")
    }

    /// `cannot read PATH: why`, quoted text shown escaped.
    public static func cannotRead(_ error: FileError, in language: Language) -> String {
        let reason = error.reason.text(in: language)
        return TerminalText.sanitized(LocalizedText(en: "cannot read \(error.path): \(reason)",
                                                    ja: "\(error.path) を読み込めません: \(reason)").text(in: language))
    }

    /// `errno` after a failed open, read, write or rename.
    public static func reason(errno code: Int32) -> LocalizedText {
        switch code {
        case ENOENT: LocalizedText(en: "no such file", ja: "ファイルがありません")
        case EACCES, EPERM: LocalizedText(en: "permission denied", ja: "アクセス権がありません")
        case EISDIR: isDirectory
        case ENOTDIR: LocalizedText(en: "a folder on the path is a file", ja: "パスの途中にあるのがフォルダーではなくファイルです")
        case ENOSPC: LocalizedText(en: "no space left on the device", ja: "デバイスの空き容量がありません")
        case EDQUOT: LocalizedText(en: "the disk quota is used up", ja: "ディスククォータを使い切っています")
        case EROFS: LocalizedText(en: "the file system is read-only", ja: "読み取り専用のファイルシステムです")
        case ENAMETOOLONG: LocalizedText(en: "the name is too long", ja: "名前が長すぎます")
        case ELOOP: LocalizedText(en: "too many symbolic links on the path", ja: "パスのシンボリックリンクが多すぎます(循環している可能性があります)")
        case EIO: LocalizedText(en: "an input/output error from the device", ja: "デバイスで入出力エラーが起きました")
        case EMFILE, ENFILE: LocalizedText(en: "too many open files", ja: "開いているファイルが多すぎます")
        default:
            LocalizedText(en: "\(String(cString: strerror(code)).lowercased()) (errno \(code))",
                          ja: "システムエラー(errno \(code)、\(String(cString: strerror(code))))")
        }
    }
}
