extension QRCode {
    /// An SVG image of the symbol, small enough to inline in HTML.
    ///
    /// Dark modules are one `<path>` of rectangles, one per horizontal run, drawn over a white
    /// background (a transparent one would vanish on dark pages). Coordinates are in modules and
    /// `shape-rendering="crispEdges"` keeps adjacent rectangles from showing antialiased seams.
    ///
    /// - Parameters:
    ///   - moduleSize: Pixels per module, for the `width` and `height` attributes.
    ///   - quietZone: Light border in modules; the standard asks for 4, readers cope with less.
    ///   - title: Accessible name, shown as a tooltip and read by screen readers.
    public func svg(moduleSize: Int = 8, quietZone: Int = 4, title: String? = nil) -> String {
        precondition(moduleSize > 0 && quietZone >= 0, "module size must be positive, quiet zone non-negative")
        let side = size + 2 * quietZone
        let pixels = side * moduleSize
        var svg = #"<svg xmlns="http://www.w3.org/2000/svg" width="\#(pixels)" height="\#(pixels)" "#
            + #"viewBox="0 0 \#(side) \#(side)" shape-rendering="crispEdges""#
        if let title {
            svg += #" role="img"><title>\#(Self.xmlEscaped(title))</title>"#
        } else {
            svg += ">"
        }
        svg += ##"<rect width="\##(side)" height="\##(side)" fill="#fff"/>"##
        svg += ##"<path d="\##(darkRunsPath(offset: quietZone))" fill="#000"/></svg>"##
        return svg
    }

    /// `M x y h n v1 h-n z` for each horizontal run of dark modules.
    private func darkRunsPath(offset: Int) -> String {
        var path = ""
        for y in 0..<size {
            var x = 0
            while x < size {
                guard self[x, y] else { x += 1; continue }
                let start = x
                while x < size && self[x, y] { x += 1 }
                let length = x - start
                path += "M\(start + offset) \(y + offset)h\(length)v1h-\(length)z"
            }
        }
        return path
    }

    /// Escapes markup characters and drops control characters XML 1.0 forbids, so any title keeps
    /// the document well-formed.
    static func xmlEscaped(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&apos;"
            case "\t", "\n", "\r": escaped.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: continue
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
