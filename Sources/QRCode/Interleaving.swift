/// Splits data codewords into error-correction blocks, appends each block's Reed-Solomon
/// codewords, and interleaves them, so that a local smudge spreads over many blocks.
enum Interleaving {
    static func finalSequence(of data: [UInt8], layout: BlockLayout) -> [UInt8] {
        precondition(data.count == layout.dataCodewords)
        // Blocks share the codewords as evenly as possible; the last few get one more data codeword.
        let shortBlockCount = layout.blockCount - layout.totalCodewords % layout.blockCount
        let shortDataLength = layout.totalCodewords / layout.blockCount - layout.correctionCodewordsPerBlock
        let encoder = ReedSolomon(degree: layout.correctionCodewordsPerBlock)

        var dataBlocks: [[UInt8]] = []
        var start = 0
        for blockIndex in 0..<layout.blockCount {
            let length = shortDataLength + (blockIndex < shortBlockCount ? 0 : 1)
            dataBlocks.append(Array(data[start..<(start + length)]))
            start += length
        }
        let correctionBlocks = dataBlocks.map(encoder.remainder(of:))

        return interleave(dataBlocks) + interleave(correctionBlocks)
    }

    /// Takes the first codeword of every block, then the second, and so on, skipping blocks that ran out.
    private static func interleave(_ blocks: [[UInt8]]) -> [UInt8] {
        let longest = blocks.map(\.count).max() ?? 0
        return (0..<longest).flatMap { column in
            blocks.compactMap { column < $0.count ? $0[column] : nil }
        }
    }
}
