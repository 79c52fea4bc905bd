/// The generator's name and version, recorded in archive manifests and page metadata.
public enum Generator {
    public static let name = "Almanac"
    public static let version = "0.2.0"
}
