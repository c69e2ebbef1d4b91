import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import QRCode
import Testing

@Suite struct SVGTests {
    @Test func svg_isWellFormedWithTheExpectedShape() throws {
        let code = try QRCode(Fixtures.signInURL)
        let svg = try ParsedSVG(code.svg(moduleSize: 5, quietZone: 4, title: "Sign in"))
        let side = code.size + 8
        #expect(svg.elements == ["svg", "title", "rect", "path"])
        #expect(svg.attributes["svg"]?["xmlns"] == "http://www.w3.org/2000/svg")
        #expect(svg.attributes["svg"]?["viewBox"] == "0 0 \(side) \(side)")
        #expect(svg.attributes["svg"]?["width"] == "\(side * 5)")
        #expect(svg.attributes["svg"]?["height"] == "\(side * 5)")
        #expect(svg.attributes["svg"]?["shape-rendering"] == "crispEdges")
        #expect(svg.attributes["rect"]?["fill"] == "#fff")
        #expect(svg.title == "Sign in")
    }

    @Test func withoutTitle_thereIsNoTitleElement() throws {
        let svg = try ParsedSVG(QRCode("HELLO").svg())
        #expect(svg.elements == ["svg", "rect", "path"])
        #expect(svg.attributes["svg"]?["width"] == "\((21 + 8) * 8)")
    }

    @Test(arguments: [0, 4])
    func path_coversExactlyTheDarkModules(quietZone: Int) throws {
        let code = try QRCode(Fixtures.signInURL, correction: .high)
        let svg = try ParsedSVG(code.svg(quietZone: quietZone))
        let path = try #require(svg.attributes["path"]?["d"])
        var painted = Set<[Int]>()
        // Each run is "M<x> <y>h<n>v1h-<n>z".
        for run in path.split(separator: "z") {
            let numbers = run.split(whereSeparator: { !"0123456789".contains($0) }).compactMap { Int($0) }
            try #require(run.hasPrefix("M") && numbers.count == 5 && numbers[3] == 1 && numbers[2] == numbers[4])
            for x in numbers[0]..<(numbers[0] + numbers[2]) { painted.insert([x - quietZone, numbers[1] - quietZone]) }
        }
        var dark = Set<[Int]>()
        for y in 0..<code.size { for x in 0..<code.size where code[x, y] { dark.insert([x, y]) } }
        #expect(painted == dark)
        // One rectangle per maximal horizontal run: as many as dark modules with a light left neighbour.
        let runStarts = dark.filter { !code[$0[0] - 1, $0[1]] }.count
        #expect(path.split(separator: "z").count == runStarts)
    }

    @Test func title_isEscaped() throws {
        let title = #"<script>alert("x")</script> & 'y'"#
        let markup = try QRCode("HELLO").svg(title: title)
        #expect(!markup.contains("<script>"))
        #expect(markup.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;y&apos;"))
        #expect(try ParsedSVG(markup).title == title)
    }

    @Test func title_dropsCharactersXMLCannotHold() throws {
        let svg = try ParsedSVG(QRCode("HELLO").svg(title: "a\u{0}b\u{7}c\td"))
        #expect(svg.title == "abc\td")
    }
}

/// The elements, attributes and title text of an SVG document, as Foundation's XML parser sees it.
private struct ParsedSVG {
    var elements: [String] = []
    var attributes: [String: [String: String]] = [:]
    var title = ""

    init(_ markup: String) throws {
        let collector = Collector()
        let parser = XMLParser(data: Data(markup.utf8))
        parser.delegate = collector
        guard parser.parse() else {
            throw parser.parserError ?? CocoaError(.fileReadCorruptFile)
        }
        elements = collector.elements
        attributes = collector.attributes
        title = collector.title
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var elements: [String] = []
        var attributes: [String: [String: String]] = [:]
        var title = ""

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String]) {
            elements.append(name)
            self.attributes[name] = attributes
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if elements.last == "title" { title += string }
        }
    }
}
