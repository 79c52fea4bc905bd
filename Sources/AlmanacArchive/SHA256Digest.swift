import Crypto

/// SHA-256 as lowercase hex, the form `sha256sum` prints, so anyone can check a file by hand.
public enum SHA256Digest {
    public static func hex(_ bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).map { byte in
            let digits = String(byte, radix: 16)
            return byte < 16 ? "0" + digits : digits
        }.joined()
    }
}
