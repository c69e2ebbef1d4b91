extension Matrix {
    /// Places codewords, most significant bit first, in two-module-wide columns that snake up and
    /// down from the right edge, skipping function modules (ISO/IEC 18004 7.7.3). Modules left
    /// over are the remainder bits and stay light.
    mutating func place(_ codewords: [UInt8]) {
        let bitCount = codewords.count * 8
        var bitIndex = 0
        var right = size - 1
        while right >= 1 {
            if right == 6 { right = 5 }  // the vertical timing pattern gets no column pair of its own
            let upward = (right + 1) & 2 == 0
            for step in 0..<size {
                let y = upward ? size - 1 - step : step
                for x in [right, right - 1] where !isFunction(x: x, y: y) && bitIndex < bitCount {
                    self[x, y] = (codewords[bitIndex / 8] >> (7 - bitIndex % 8)) & 1 == 1
                    bitIndex += 1
                }
            }
            right -= 2
        }
        precondition(bitIndex == bitCount, "the codewords do not fit the symbol")
    }
}
