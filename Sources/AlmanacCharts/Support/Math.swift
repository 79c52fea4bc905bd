#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The few libm functions charts need, so no other file has to import a C library.
enum Math {
    static func log10(_ value: Double) -> Double { cLog10(value) }
    static func pow10(_ exponent: Int) -> Double { pow(10, Double(exponent)) }
    static func sin(_ radians: Double) -> Double { cSin(radians) }
    static func cos(_ radians: Double) -> Double { cCos(radians) }
    static let pi = Double.pi
}

// Inside `Math` its own names hide libm's, so the calls go through these file-level shims.
private func cLog10(_ value: Double) -> Double { log10(value) }
private func cSin(_ value: Double) -> Double { sin(value) }
private func cCos(_ value: Double) -> Double { cos(value) }
