/// One page of a list, with the total so that pages can be numbered.
public struct ListPage<Item: Sendable>: Sendable {
    public var items: [Item]
    public var number: Int
    public var size: Int
    public var total: Int
    public init(items: [Item], number: Int, size: Int, total: Int) {
        self.items = items; self.number = number; self.size = size; self.total = total
    }
    public var pageCount: Int { size > 0 ? max(1, (total + size - 1) / size) : 1 }

    public func map<T>(_ transform: (Item) -> T) -> ListPage<T> {
        ListPage<T>(items: items.map(transform), number: number, size: size, total: total)
    }
}

public struct ListRequest: Sendable, Equatable {
    public var number: Int
    public var size: Int
    public init(number: Int = 1, size: Int = 50) {
        self.number = max(1, number); self.size = min(max(1, size), 500)
    }
    public var offset: Int { (number - 1) * size }
}
