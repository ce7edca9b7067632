/// Why a file could not be loaded as YAML at all. The loader attaches the place.
public enum YAMLProblem: Hashable, Sendable {
    case tooLarge(bytes: Int, limit: Int)
    case binary
    case invalidUTF8
    case syntax(YAMLSyntaxProblem)
    case multipleDocuments
    case emptyDocument
    case topLevelNotMapping(found: LocalizedText)
    case tooDeep(limit: Int)
    case aliasBudgetExceeded(limit: Int)
    /// More values than `limit` with no alias involved: a long list, not an alias bomb.
    case tooManyNodes(limit: Int)
    /// A merge key (`<<`) whose value is not a mapping or a list of mappings.
    case invalidMerge
    case undefinedAlias(String)

    /// The problem in both languages.
    public var text: LocalizedText {
        switch self {
        case let .tooLarge(_, limit):
            LocalizedText(en: "file is over the \(limit)-byte limit for a profile", ja: "ファイルがプロファイルの上限 \(limit) バイトを超えています。")
        case .binary:
            LocalizedText(en: "file contains NUL bytes; it looks binary, not a YAML profile",
                          ja: "ファイルに NUL バイトが含まれています。YAML のプロファイルではなくバイナリファイルのようです。")
        case .invalidUTF8:
            LocalizedText(en: "file is not valid UTF-8; save it as UTF-8", ja: "ファイルが正しい UTF-8 ではありません。UTF-8 で保存してください。")
        case let .syntax(problem):
            problem.text
        case .multipleDocuments:
            LocalizedText(en: "more than one YAML document in the file; a profile is a single document (remove the `---`)",
                          ja: "ファイルに YAML ドキュメントが複数あります。プロファイルは 1 つのドキュメントです(`---` を削除してください)。")
        case .emptyDocument:
            LocalizedText(en: "the file is empty; a profile is a mapping that starts with `version: 1`",
                          ja: "ファイルが空です。プロファイルは `version: 1` で始まるマッピングです。")
        case let .topLevelNotMapping(found):
            LocalizedText(en: "the top level must be a mapping of keys (`version: 1`, `mail_type: …`), found \(found.en)",
                          ja: "最上位はキーと値のマッピング(`version: 1`、`mail_type: …`)にしてください(現在は\(found.ja))。")
        case let .tooDeep(limit):
            LocalizedText(en: "nesting deeper than \(limit) levels; a profile is at most a few levels deep",
                          ja: "入れ子が \(limit) 階層を超えています。プロファイルの入れ子は数階層までです。")
        case let .aliasBudgetExceeded(limit):
            LocalizedText(en: "aliases expand to more than \(limit) nodes; refusing to expand them (a \"billion laughs\" file?)",
                          ja: "エイリアスを展開すると \(limit) ノードを超えるため、展開しません。「billion laughs」攻撃のファイルかもしれません。")
        case let .tooManyNodes(limit):
            LocalizedText(en: "the file holds more than \(limit) values (keys, list items and answers); a profile holds a few dozen",
                          ja: "ファイルの値(キー、リストの項目、回答)が \(limit) 個を超えています。プロファイルの値は数十個ほどです。")
        case .invalidMerge:
            LocalizedText(en: "a merge key `<<` takes a mapping or a list of mappings, such as `<<: *defaults`",
                          ja: "マージキー `<<` にはマッピングか、マッピングのリストを指定してください(例: `<<: *defaults`)。")
        case let .undefinedAlias(name):
            LocalizedText(en: "alias *\(name) refers to an anchor that is not defined before it",
                          ja: "エイリアス *\(name) が参照するアンカーが、それより前で定義されていません。")
        }
    }
}

/// What libyaml reported: its problem, the construct it was reading and where that began, and
/// whether the place holds a tab. libyaml's usual sentences are shown in Japanese too.
public struct YAMLSyntaxProblem: Hashable, Sendable {
    public var problem: String
    public var context: String?
    public var contextLine: Int
    public var contextColumn: Int
    public var isTab: Bool

    public init(_ problem: String, context: String? = nil, contextLine: Int = 0, contextColumn: Int = 0, isTab: Bool = false) {
        self.problem = problem
        self.context = context
        self.contextLine = contextLine
        self.contextColumn = contextColumn
        self.isTab = isTab
    }

    public var text: LocalizedText {
        var en = "YAML syntax error: \(problem)"
        var ja = "YAML の構文エラーです: \(Self.japanese[problem] ?? problem)"
        if let context {
            en += " (\(context) at line \(contextLine), column \(contextColumn))"
            ja += "(\(contextLine) 行 \(contextColumn) 列目からの\(Self.japanese[context] ?? context)の読み取り中)"
        }
        if isTab {
            en += "; this is a tab: YAML indents with spaces only"
            ja += "。ここはタブ文字です。YAML のインデントには空白だけを使います"
        }
        return LocalizedText(en: en, ja: ja + "。")
    }

    /// libyaml's problems and contexts (scanner.c, parser.c) that people meet, in Japanese.
    static let japanese: [String: String] = [
        "did not find expected key": "キーがあるべき場所にありません",
        "did not find expected node content": "値があるべき場所にありません",
        "did not find expected '-' indicator": "`-` があるべき場所にありません",
        "did not find expected ',' or ']'": "`,` または `]` があるべき場所にありません",
        "did not find expected ',' or '}'": "`,` または `}` があるべき場所にありません",
        "could not find expected ':'": "`:` があるべき場所にありません",
        "mapping values are not allowed in this context": "ここではマッピングの値(`:`)を書けません",
        "block sequence entries are not allowed in this context": "ここではリストの項目(`- `)を書けません",
        "found character that cannot start any token": "トークンの先頭に使えない文字があります",
        "found unexpected end of stream": "ファイルが途中で終わっています",
        "found unknown escape character": "不明なエスケープ文字があります",
        "found undefined tag handle": "定義されていないタグハンドルがあります",
        "found a tab character that violates indentation": "インデントにタブ文字が使われています",
        "found a tab character where an indentation space is expected": "インデントの空白があるべき場所にタブ文字があります",
        "found unexpected document indicator": "予期しない位置にドキュメントの区切りがあります",
        "found duplicate anchor; first occurrence": "アンカーが重複しています",
        "control characters are not allowed": "制御文字は使えません",
        "invalid leading UTF-8 octet": "UTF-8 として正しくないバイトがあります",
        "incomplete UTF-8 octet sequence": "UTF-8 のバイト列が途中で切れています",
        "the YAML parser could not start": "YAML パーサーを開始できませんでした",
        "malformed YAML": "YAML の形式が正しくありません",
        "while parsing a block mapping": "ブロックマッピング",
        "while parsing a block collection": "ブロックコレクション",
        "while parsing a flow sequence": "フローシーケンス",
        "while parsing a flow mapping": "フローマッピング",
        "while parsing a block node": "ブロックノード",
        "while parsing a flow node": "フローノード",
        "while parsing a node": "ノード",
        "while scanning a simple key": "単純キー",
        "while scanning a quoted scalar": "引用符付きスカラー",
        "while scanning a block scalar": "ブロックスカラー",
        "while scanning a plain scalar": "スカラー",
        "while scanning an anchor": "アンカー",
        "while scanning an alias": "エイリアス",
        "while scanning a tag": "タグ",
        "while scanning a directive": "ディレクティブ",
        "while scanning for the next token": "次のトークン",
    ]
}

/// A YAML problem at a place in a file.
public struct YAMLError: Error, Hashable, Sendable {
    public var problem: YAMLProblem
    public var location: SourceLocation

    public init(_ problem: YAMLProblem, at location: SourceLocation) {
        self.problem = problem
        self.location = location
    }

    /// The problem as a diagnostic in `language`, for the shared printers.
    public func diagnostic(in language: Language) -> Diagnostic {
        Diagnostic(location: location, severity: .error, rule: "yaml", topic: .clarity, message: problem.text.text(in: language))
    }
}
