extension Matrix {
    /// An empty symbol of `version` with every function pattern drawn and the format and version
    /// areas reserved (light), ready for data.
    init(functionPatternsOf version: Version) {
        self.init(size: version.size)
        drawTimingPatterns()
        // Drawn after the timing patterns, which they partly overlap.
        drawFinderPattern(centreX: 3, centreY: 3)
        drawFinderPattern(centreX: size - 4, centreY: 3)
        drawFinderPattern(centreX: 3, centreY: size - 4)
        drawAlignmentPatterns(version.alignmentCentres)
        reserveFormatAndVersionAreas(version)
    }

    /// Alternating modules along row 6 and column 6 let a reader count columns and rows.
    private mutating func drawTimingPatterns() {
        for index in 0..<size {
            setFunction(x: 6, y: index, dark: index % 2 == 0)
            setFunction(x: index, y: 6, dark: index % 2 == 0)
        }
    }

    /// A 7×7 finder (rings dark, light, dark 3×3 core) plus its one-module light separator.
    private mutating func drawFinderPattern(centreX: Int, centreY: Int) {
        for dy in -4...4 {
            for dx in -4...4 {
                let x = centreX + dx, y = centreY + dy
                guard (0..<size).contains(x), (0..<size).contains(y) else { continue }
                let ring = max(abs(dx), abs(dy))
                setFunction(x: x, y: y, dark: ring != 2 && ring != 4)
            }
        }
    }

    /// 5×5 alignment patterns on every pair of centres, except the three corners the finders occupy.
    private mutating func drawAlignmentPatterns(_ centres: [Int]) {
        guard let last = centres.last else { return }
        for centreY in centres {
            for centreX in centres {
                let overlapsFinder = (centreX == 6 && centreY == 6)
                    || (centreX == last && centreY == 6)
                    || (centreX == 6 && centreY == last)
                guard !overlapsFinder else { continue }
                for dy in -2...2 {
                    for dx in -2...2 {
                        setFunction(x: centreX + dx, y: centreY + dy, dark: max(abs(dx), abs(dy)) != 1)
                    }
                }
            }
        }
    }
}
