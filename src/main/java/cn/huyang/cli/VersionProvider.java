package cn.huyang.cli;

import cn.huyang.common.AppVersion;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the program's version. */
public class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[]{"huyang " + AppVersion.version()};
    }
}
