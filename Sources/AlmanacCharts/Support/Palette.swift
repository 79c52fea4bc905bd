/// Series colours as CSS custom properties, so the site's stylesheet can retune them for dark
/// mode and print; the fallbacks keep at least 3:1 contrast on white and on near-black.
enum Palette {
    /// Fallbacks for `--chart-1` … `--chart-6`: mid-tones between relative luminance 0.15 and 0.22.
    static let fallbacks = ["#3f73d4", "#d0601a", "#138a7c", "#8f60d6", "#cc3f70", "#868014"]
    /// Fallback for `--chart-other`, the neutral of the "other" slice.
    static let otherFallback = "#787878"

    /// The colour of series `index` (0-based), cycling after six.
    static func color(_ index: Int) -> String {
        let slot = index % fallbacks.count
        return "var(--chart-\(slot + 1),\(fallbacks[slot]))"
    }

    static let other = "var(--chart-other,\(otherFallback))"

    static func fill(_ index: Int) -> String { "fill:\(color(index))" }
    static func stroke(_ index: Int) -> String { "stroke:\(color(index))" }
}
