/// What a label placed inside the plot must not cover: the boxes of columns, markers and
/// figures, and the segments of lines.
struct Obstacles {
    var boxes: [Box] = []
    var segments: [(Double, Double, Double, Double)] = []

    /// True when `box` overlaps a box or is crossed by a segment.
    func hit(_ box: Box) -> Bool {
        boxes.contains { $0.intersects(box) } || segments.contains { Self.segment($0, crosses: box) }
    }

    /// Whether the segment from (x0, y0) to (x1, y1) passes through `box` (Liang–Barsky clipping).
    static func segment(_ segment: (Double, Double, Double, Double), crosses box: Box) -> Bool {
        let (x0, y0, x1, y1) = segment
        let dx = x1 - x0, dy = y1 - y0
        var low = 0.0, high = 1.0
        for (p, q) in [(-dx, x0 - box.minX), (dx, box.maxX - x0), (-dy, y0 - box.minY), (dy, box.maxY - y0)] {
            if p == 0 {
                if q < 0 { return false }
                continue
            }
            let t = q / p
            if p < 0 { low = max(low, t) } else { high = min(high, t) }
            if low > high { return false }
        }
        return true
    }
}
