/// An axis-aligned rectangle in viewBox units, for keeping labels clear of marks and of each other.
struct Box: Hashable {
    var minX: Double
    var minY: Double
    var maxX: Double
    var maxY: Double

    init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
        self.minX = min(minX, maxX)
        self.minY = min(minY, maxY)
        self.maxX = max(minX, maxX)
        self.maxY = max(minY, maxY)
    }

    /// The box of a line of text whose baseline is at `y`, anchored at `x` as `anchor` says.
    init(text width: Double, x: Double, baseline y: Double, fontSize: Double, anchor: Anchor) {
        let left = switch anchor {
        case .start: x
        case .middle: x - width / 2
        case .end: x - width
        }
        self.init(minX: left, minY: y - fontSize * 0.8, maxX: left + width, maxY: y + fontSize * 0.2)
    }

    enum Anchor { case start, middle, end }

    /// True when the two boxes overlap by more than a hair.
    func intersects(_ other: Box) -> Bool {
        minX < other.maxX - 0.5 && other.minX < maxX - 0.5 && minY < other.maxY - 0.5 && other.minY < maxY - 0.5
    }

    /// The box grown by `margin` on every side.
    func padded(_ margin: Double) -> Box {
        Box(minX: minX - margin, minY: minY - margin, maxX: maxX + margin, maxY: maxY + margin)
    }
}
