/// A square grid of modules under construction. Function modules (finders, timing, alignment,
/// format and version areas) are marked so data placement and masking leave them alone.
struct Matrix: Sendable, Equatable {
    let size: Int
    /// Row-major; `true` is dark.
    private(set) var modules: [Bool]
    private var functionModules: [Bool]

    init(size: Int) {
        self.size = size
        modules = Array(repeating: false, count: size * size)
        functionModules = modules
    }

    subscript(x: Int, y: Int) -> Bool {
        get { modules[y * size + x] }
        set { modules[y * size + x] = newValue }
    }

    func isFunction(x: Int, y: Int) -> Bool { functionModules[y * size + x] }

    mutating func setFunction(x: Int, y: Int, dark: Bool) {
        self[x, y] = dark
        functionModules[y * size + x] = true
    }
}
