/// The standard's penalty score for a masked symbol (ISO/IEC 18004 7.8.3.1); lower reads better.
/// Where the standard leaves room, this follows segno, so both pick the same mask.
extension Matrix {
    var penalty: Int {
        let rows = (0..<size).map { y in (0..<size).map { x in self[x, y] } }
        let columns = (0..<size).map { x in (0..<size).map { y in self[x, y] } }
        let lines = rows + columns
        return lines.map(Self.runPenalty).reduce(0, +)
            + blockPenalty
            + lines.map(Self.finderLikePenalty).reduce(0, +)
            + balancePenalty
    }

    /// N1: 3 points for each run of five same-coloured modules in a row or column, plus 1 per extra module.
    private static func runPenalty(_ line: [Bool]) -> Int {
        var score = 0
        var runLength = 0
        for (index, dark) in line.enumerated() {
            runLength = index > 0 && dark == line[index - 1] ? runLength + 1 : 1
            let runEnds = index == line.count - 1 || line[index + 1] != dark
            if runEnds && runLength >= 5 { score += runLength - 2 }
        }
        return score
    }

    /// N2: 3 points for each 2×2 block of one colour (overlapping blocks count separately).
    private var blockPenalty: Int {
        var score = 0
        for y in 1..<size {
            for x in 1..<size {
                let colour = self[x, y]
                if self[x - 1, y] == colour, self[x, y - 1] == colour, self[x - 1, y - 1] == colour {
                    score += 3
                }
            }
        }
        return score
    }

    /// N3: 40 points for each dark-light-dark-dark-dark-light-dark run with four light modules on
    /// either side, which a reader could take for a finder. Beyond the edge counts as light.
    private static func finderLikePenalty(_ line: [Bool]) -> Int {
        let pattern = [true, false, true, true, true, false, true]
        func isLight(_ range: Range<Int>) -> Bool {
            line[max(range.lowerBound, 0)..<min(range.upperBound, line.count)].allSatisfy { !$0 }
        }
        var score = 0
        var start = 0
        while start + pattern.count <= line.count {
            guard line[start..<(start + pattern.count)].elementsEqual(pattern) else {
                start += 1
                continue
            }
            if isLight((start - 4)..<start) || isLight((start + 7)..<(start + 11)) {
                score += 40
                start += 7
            } else {
                start += 4  // the next possible match shares this one's last three modules
            }
        }
        return score
    }

    /// N4: 10 points for each full 5% by which the share of dark modules strays from half.
    private var balancePenalty: Int {
        let total = size * size
        let dark = modules.lazy.filter { $0 }.count
        return abs(dark * 20 - total * 10) / total * 10
    }
}
