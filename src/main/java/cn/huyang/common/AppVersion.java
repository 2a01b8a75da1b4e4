package cn.huyang.common;

/** The program's version from the jar's manifest (the pom's version), or "dev" when run from classes. */
public final class AppVersion {
    private AppVersion() {
    }

    public static String version() {
        String v = AppVersion.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** The version in words a user reads: "0.1.0 试用版" for a snapshot, "开发版" when run from classes. */
    public static String display(Messages m) {
        return display(version(), m);
    }

    public static String display(String version, Messages m) {
        if (version == null || version.isBlank() || "dev".equals(version)) {
            return m.get("version.dev");
        }
        if (version.endsWith("-SNAPSHOT")) {
            return m.get("version.preview", version.substring(0, version.length() - "-SNAPSHOT".length()));
        }
        return m.get("version.release", version);
    }
}
