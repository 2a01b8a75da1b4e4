package cn.huyang.exchange;

import static cn.huyang.exchange.PackageFixtures.keys;
import static cn.huyang.exchange.PackageFixtures.manifest;
import static cn.huyang.exchange.PackageFixtures.tables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.huyang.exchange.PackageRefusal.Reason;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

/**
 * Zips built by hand, sealed with the office's real key (so only the zip rules stand between them and
 * the caller): a path, a name twice, a file not in the format, too many entries, a zip bomb.
 */
class HostilePackageTest {
    private final DatabaseKeys office = keys();
    private final DatabaseKeys department = keys();
    private final PackageLimits limits = new PackageLimits(64L << 20, 20, 1 << 20, 3 << 20, 64 * 1024, 4096);
    private final PackageReader reader = new PackageReader(office, limits, "20");

    private AbstractThrowableAssert<?, ?> refused(byte[] zip, Reason reason) {
        byte[] file = PackageSeal.seal(zip, office.databaseId(), office.identity().agreementKey());
        return assertThatThrownBy(() -> reader.read(file, "x.hypkg")).isInstanceOfSatisfying(PackageRefusal.class,
                r -> assertThat(r.reason()).as(r.getMessage()).isEqualTo(reason));
    }

    private Map<String, byte[]> good() {
        return PackageFixtures.entries(manifest(department, office), tables(), department);
    }

    @Test
    void namesOutsideTheFormatAreRefused() {
        for (String name : List.of("../../evil.tsv", "tables/../../evil.tsv", "/etc/passwd", "tables/a/b.tsv",
                "tables/Counselor.tsv", "tables/x.sh", "run.bat", "tables\\x.tsv", "tables/", "manifest.json/")) {
            Map<String, byte[]> entries = good();
            entries.put(name, "uuid\n".getBytes(StandardCharsets.UTF_8));
            refused(PackageFixtures.zip(entries), Reason.UNSAFE_CONTENT).hasMessageContaining("不允许的文件名");
        }
    }

    @Test
    void aNameTwiceIsRefused() {
        Map<String, byte[]> entries = good();
        entries.put("tables/xounselor.tsv", entries.get("tables/counselor.tsv"));
        byte[] zip = PackageFixtures.zip(entries);
        // the zip writer would not write a name twice: the second name is changed in place
        byte[] twice = replaceAll(zip, "tables/xounselor.tsv", "tables/counselor.tsv");
        refused(twice, Reason.UNSAFE_CONTENT).hasMessageContaining("出现了两次");
        Map<String, byte[]> manifests = good();
        manifests.put("manifest.jsoo", manifests.get(PackageZip.MANIFEST));
        refused(replaceAll(PackageFixtures.zip(manifests), "manifest.jsoo", "manifest.json"), Reason.UNSAFE_CONTENT);
    }

    @Test
    void anExtraTableFileOrAMissingManifestIsRefused() {
        Map<String, byte[]> entries = good();
        entries.put("tables/student.tsv", "uuid\n".getBytes(StandardCharsets.UTF_8));
        refused(PackageFixtures.zip(entries), Reason.FILE_MISMATCH);
        Map<String, byte[]> noManifest = good();
        noManifest.remove(PackageZip.MANIFEST);
        refused(PackageFixtures.zip(noManifest), Reason.UNSAFE_CONTENT).hasMessageContaining("manifest.json");
        Map<String, byte[]> noSignature = good();
        noSignature.remove(PackageZip.SIGNATURE);
        refused(PackageFixtures.zip(noSignature), Reason.UNSAFE_CONTENT).hasMessageContaining("manifest.sig");
        refused("not a zip at all".getBytes(StandardCharsets.UTF_8), Reason.UNSAFE_CONTENT);
        refused(new byte[0], Reason.UNSAFE_CONTENT);
    }

    @Test
    void tooManyEntriesAreRefused() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 25; i++) {
            entries.put("tables/t" + i + ".tsv", "uuid\n".getBytes(StandardCharsets.UTF_8));
        }
        refused(PackageFixtures.zip(entries), Reason.UNSAFE_CONTENT).hasMessageContaining("超过 20 个");
    }

    @Test
    void aZipBombIsStoppedAtTheLimitNotInflatedWhole() throws Exception {
        Map<String, byte[]> entries = good();
        entries.put("tables/bomb.tsv", new byte[64 << 20]); // 64 MiB of zeros: about 64 KiB compressed
        byte[] bomb = PackageFixtures.zip(entries);
        assertThat(bomb.length).isLessThan(1 << 20);
        refused(bomb, Reason.UNSAFE_CONTENT).hasMessageContaining("bomb.tsv").hasMessageContaining("解压后过大");

        // many entries each within the limit, together over it
        Map<String, byte[]> many = good();
        for (int i = 0; i < 4; i++) {
            many.put("tables/part" + i + ".tsv", new byte[(1 << 20) - 10]);
        }
        refused(PackageFixtures.zip(many), Reason.UNSAFE_CONTENT).hasMessageContaining("解压后过大");

        // an entry that declares a huge size (stored, so the size is in its header)
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] data = new byte[2 << 20];
            ZipEntry e = new ZipEntry("tables/huge.tsv");
            e.setMethod(ZipEntry.STORED);
            e.setSize(data.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(data);
            e.setCrc(crc.getValue());
            zip.putNextEntry(e);
            zip.write(data);
            zip.closeEntry();
        }
        refused(out.toByteArray(), Reason.UNSAFE_CONTENT).hasMessageContaining("huge.tsv");
    }

    @Test
    void aMalformedTableFileIsRefusedNamingTheFileAndTheLine() {
        String[] files = {"uuid\tname\na\tb\nc\n", "uuid\na\\x\n", "uuid\na", "uuid\n" + "x".repeat(5000) + "\n",
            "uuid\na\rb\n", "uuid\tuuid\na\tb\n"};
        String[] details = {"第 3 行格式错误：应有 2 个字段，实有 1 个", "第 2 行格式错误：含有无效的转义",
            "第 2 行格式错误：最后一行没有换行符", "第 2 行格式错误：一行超过 4096 字节", "第 2 行格式错误：含有未转义的回车符",
            "第 1 行格式错误：列名行有误"};
        for (int i = 0; i < files.length; i++) {
            byte[] data = files[i].getBytes(StandardCharsets.UTF_8);
            PackageManifest m = manifest(department, office).withFiles(List.of(
                    new PackageManifest.FileEntry("counselor", 1, PackageKeys.sha256Hex(data))));
            byte[] mb = ManifestCodec.write(m);
            Map<String, byte[]> entries = new LinkedHashMap<>();
            entries.put(PackageZip.MANIFEST, mb);
            entries.put(PackageZip.SIGNATURE, PackageKeys.sign(department.signing(), mb));
            entries.put("tables/counselor.tsv", data);
            refused(PackageFixtures.zip(entries), Reason.BAD_TABLE).hasMessageContaining("tables/counselor.tsv")
                    .hasMessageContaining(details[i]);
        }
    }

    private static byte[] replaceAll(byte[] data, String from, String to) {
        byte[] f = from.getBytes(StandardCharsets.US_ASCII);
        byte[] t = to.getBytes(StandardCharsets.US_ASCII);
        byte[] out = data.clone();
        for (int i = 0; i + f.length <= out.length; i++) {
            if (java.util.Arrays.equals(out, i, i + f.length, f, 0, f.length)) {
                System.arraycopy(t, 0, out, i, t.length);
            }
        }
        return out;
    }
}
