/// A hierarchy built from a flat list whose items name their parent, for the pages that show a tree.
/// Items whose parent is not in the list become roots, so an actor scoped to a subtree sees its top as
/// the roots, and a counsellor sees their classes. Linking is one pass over the list (O(n)); only the
/// sorting of siblings costs more. Paths are UUID-based, so the order comes from `areInIncreasingOrder`.
struct Forest<Item: Sendable>: Sendable {
    struct Subtree: Sendable {
        var item: Item
        var children: [Subtree]
    }

    var roots: [Subtree]

    init<ID: Hashable>(_ items: [Item], id: (Item) -> ID, parentID: (Item) -> ID?,
                       areInIncreasingOrder: (Item, Item) -> Bool) {
        let present = Set(items.map(id))
        var childrenOf: [ID: [Item]] = [:]
        var tops: [Item] = []
        for item in items {
            if let parent = parentID(item), present.contains(parent) {
                childrenOf[parent, default: []].append(item)
            } else {
                tops.append(item)
            }
        }
        // Only nodes reachable from a root are built, so a corrupt cycle of parents cannot loop.
        func build(_ item: Item) -> Subtree {
            Subtree(item: item, children: (childrenOf[id(item)] ?? []).sorted(by: areInIncreasingOrder).map(build))
        }
        roots = tops.sorted(by: areInIncreasingOrder).map(build)
    }

    /// `value` summed over each node's subtree, the node included, in one walk.
    func totals<ID: Hashable>(id: (Item) -> ID, value: (Item) -> Int) -> [ID: Int] {
        var result: [ID: Int] = [:]
        func walk(_ subtree: Subtree) -> Int {
            let sum = subtree.children.reduce(value(subtree.item)) { $0 + walk($1) }
            result[id(subtree.item)] = sum
            return sum
        }
        for root in roots { _ = walk(root) }
        return result
    }

    /// The subtree of the first node, depth first, that matches.
    func subtree(where matches: (Item) -> Bool) -> Subtree? {
        func search(_ nodes: [Subtree]) -> Subtree? {
            for node in nodes {
                if matches(node.item) { return node }
                if let found = search(node.children) { return found }
            }
            return nil
        }
        return search(roots)
    }
}
