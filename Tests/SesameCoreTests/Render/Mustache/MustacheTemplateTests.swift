import SesameCore
import Testing

/// The Mustache engine against the spec's rules (interpolation, sections, inverted sections,
/// comments, set delimiters, standalone lines) and swift-mustache's pragma and transforms.
@Suite struct MustacheTemplateTests {
    private func render(_ source: String, _ values: [String: TemplateValue], html: Bool = false) throws -> String {
        try MustacheTemplate(source: source, escapesHTML: html).render(values)
    }

    private func syntaxError(_ source: String) -> MustacheSyntaxError? {
        do {
            _ = try MustacheTemplate(source: source)
            return nil
        } catch {
            return error
        }
    }

    @Test func interpolation() throws {
        #expect(try render("Hello, {{subject}}!", ["subject": .string("world")]) == "Hello, world!")
        #expect(try render("{{n}} {{yes}} {{no}}", ["n": .int(1210), "yes": .bool(true), "no": .bool(false)]) == "1210 true false")
        #expect(try render("[{{missing}}]", [:]) == "[]")
        #expect(try render("{{ spaced }}|{{list}}", ["spaced": .string("s"), "list": .list([.string("a"), .string("b")])]) == "s|[\"a\", \"b\"]")
    }

    @Test func htmlEscapingOnlyWhenAskedFor() throws {
        let values: [String: TemplateValue] = ["x": .string("<a href=\"x\">&'")]
        #expect(try render("{{x}}", values) == "<a href=\"x\">&'")
        #expect(try render("{{x}}|{{{x}}}|{{&x}}", values, html: true) == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;|<a href=\"x\">&'|<a href=\"x\">&'")
        #expect(try render("{{% CONTENT_TYPE: HTML }}{{x}}", values) == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;")
        #expect(try render("{{% CONTENT_TYPE: TEXT }}{{x}}", values, html: true) == "<a href=\"x\">&'")
    }

    @Test func dottedNamesAndContextLookUp() throws {
        let values: [String: TemplateValue] = [
            "a": .object(["b": .object(["c": .string("deep")])]),
            "c": .string("outer"),
            "sending": .object(["peak": .int(10)]),
        ]
        #expect(try render("{{a.b.c}}", values) == "deep")
        #expect(try render("[{{a.x.c}}]", values) == "[]", "a broken chain is empty, not looked up further out")
        #expect(try render("{{#a}}{{#b}}{{c}}{{/b}} {{sending.peak}}{{/a}}", values) == "deep 10")
        #expect(try render("{{#sending}}{{peak}}/{{c}}{{/sending}}", values) == "10/outer")
    }

    @Test func sections() throws {
        let values: [String: TemplateValue] = [
            "yes": .bool(true), "no": .bool(false), "empty": .list([]), "text": .string("t"),
            "list": .list([.string("a"), .string("b"), .string("c")]),
            "items": .list([.object(["name": .string("x")]), .object(["name": .string("y")])]),
        ]
        #expect(try render("{{#yes}}Y{{/yes}}{{#no}}N{{/no}}{{#missing}}M{{/missing}}{{#empty}}E{{/empty}}", values) == "Y")
        #expect(try render("{{#list}}({{.}}){{/list}}", values) == "(a)(b)(c)")
        #expect(try render("{{#items}}{{name}},{{/items}}", values) == "x,y,")
        #expect(try render("{{#text}}<{{.}}>{{/text}}", values) == "<t>")
    }

    @Test func invertedSections() throws {
        let values: [String: TemplateValue] = ["yes": .bool(true), "no": .bool(false), "empty": .list([]), "list": .list([.int(1)])]
        #expect(try render("{{^no}}1{{/no}}{{^empty}}2{{/empty}}{{^missing}}3{{/missing}}{{^yes}}4{{/yes}}{{^list}}5{{/list}}", values) == "123")
    }

    @Test func standaloneTagsTakeTheirLineWithThem() throws {
        let values: [String: TemplateValue] = ["b": .bool(true)]
        #expect(try render("Begin.\n{{! Comment }}\nEnd.", [:]) == "Begin.\nEnd.")
        #expect(try render("| This Is\n{{#b}}\n|\n{{/b}}\n| A Line", values) == "| This Is\n|\n| A Line")
        #expect(try render("| This Is\n  {{#b}}\n|\n  {{/b}}\n| A Line", values) == "| This Is\n|\n| A Line")
        #expect(try render("|\r\n{{#b}}\r\n{{/b}}\r\n|", values) == "|\r\n|")
        #expect(try render("  {{#b}}\n#{{/b}}", values) == "#", "at the start of the template")
        #expect(try render("#{{#b}}\n/\n  {{/b}}", values) == "#\n/\n", "at the end of the template")
        #expect(try render(" {{#b}}YES{{/b}}\n GOOD\n", values) == " YES\n GOOD\n", "not alone on its line")
        #expect(try render("  {{b}}\n", values) == "  true\n", "variables never stand alone")
    }

    @Test func setDelimiters() throws {
        let values: [String: TemplateValue] = ["text": .string("Hey!")]
        #expect(try render("{{=<% %>=}}(<%text%>)", values) == "(Hey!)")
        #expect(try render("[\n{{=@ @=}}\n@text@\n@={{ }}=@\n{{text}}\n]", values) == "[\nHey!\nHey!\n]")
        #expect(try render("{{=| |=}}|{text}| |& text|", ["text": .string("<")], html: true) == "< <")
    }

    @Test func transforms() throws {
        let values: [String: TemplateValue] = ["name": .string("tally ledger"), "regions": .list([.string("b"), .string("a")]), "n": .int(4)]
        #expect(try render("{{uppercased(name)}} {{capitalized(name)}} {{count(regions)}} {{first(sorted(regions))}}", values)
                == "TALLY LEDGER Tally Ledger 2 a")
        #expect(try render("{{#even(n)}}even{{/even(n)}}{{^empty(regions)}} some{{/empty(regions)}} {{plusone(n)}}", values) == "even some 5")
        #expect(try render("[{{count(n)}}]", values) == "[]", "a transform that does not apply is empty")
    }

    @Test func syntaxErrorsSayWhatAndWhere() {
        #expect(syntaxError("ok\n  {{name") == MustacheSyntaxError(kind: .unclosedTag, line: 2, column: 3))
        #expect(syntaxError("line\n{{#a}}text{{/b}}") == MustacheSyntaxError(kind: .sectionCloseNameIncorrect, line: 2, column: 11))
        #expect(syntaxError("{{/a}}") == MustacheSyntaxError(kind: .sectionCloseNameIncorrect, line: 1, column: 1))
        #expect(syntaxError("x\n {{#a}}\n{{#b}}{{/b}}") == MustacheSyntaxError(kind: .expectedSectionEnd, line: 2, column: 2))
        #expect(syntaxError("{{=<% =}}") == MustacheSyntaxError(kind: .invalidSetDelimiter, line: 1, column: 1))
        #expect(syntaxError("{{% CONTENT_TYPE: XML }}") == MustacheSyntaxError(kind: .unrecognisedPragma, line: 1, column: 1))
        #expect(syntaxError("a {{> partial}}") == MustacheSyntaxError(kind: .partial, line: 1, column: 3))
    }

    @Test func textDelimitersAndPositionsBeyondASCII() throws {
        let values: [String: TemplateValue] = ["名前": .string("東京"), "b": .bool(true)]
        #expect(try render("こんにちは、{{ 名前 }}さん。é\u{301}", values) == "こんにちは、東京さん。é\u{301}")
        #expect(try render("前\n  {{#b}}\n中\n{{/b}}\n後", values) == "前\n中\n後")
        #expect(try render("{{=「 」=}}「名前」{{名前}}", values) == "東京{{名前}}", "delimiters of several bytes")
        #expect(try render("「{{! 注釈 }}」", values) == "「」", "text on both sides of a comment is one run")
        #expect(syntaxError("日本語\n「{{#a}}」{{/b}}") == MustacheSyntaxError(kind: .sectionCloseNameIncorrect, line: 2, column: 9),
                "columns count scalars, not bytes")
    }
}
