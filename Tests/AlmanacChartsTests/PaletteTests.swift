@testable import AlmanacCharts
import Foundation
import Testing

@Suite("Series colours")
struct PaletteTests {
    /// WCAG relative luminance of `#rrggbb`.
    static func luminance(_ hex: String) -> Double {
        let value = Int(hex.dropFirst(), radix: 16) ?? 0
        let channels = [value >> 16, (value >> 8) & 0xFF, value & 0xFF].map { Double($0) / 255 }
        let linear = channels.map { $0 <= 0.04045 ? $0 / 12.92 : pow(($0 + 0.055) / 1.055, 2.4) }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    }

    static func contrast(_ a: String, _ b: String) -> Double {
        let (x, y) = (luminance(a), luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }

    @Test("fallbacks keep 3:1 contrast on white and on a dark page", arguments: Palette.fallbacks + [Palette.otherFallback])
    func contrast(_ color: String) {
        #expect(Self.contrast(color, "#ffffff") >= 3)
        #expect(Self.contrast(color, "#121212") >= 3)
    }

    @Test("colours are CSS custom properties with fallbacks, cycling after six")
    func customProperties() {
        #expect(Palette.color(0) == "var(--chart-1,#3f73d4)")
        #expect(Palette.color(6) == Palette.color(0))
    }
}
