package cn.huyang.common;

/** The program's version from the jar's manifest (the pom's version), or "dev" when run from classes. */
public final class AppVersion {
    private AppVersion() {
    }

    public static String version() {
        String v = AppVersion.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
