package cn.huyang;

import java.io.File;
import java.io.IOException;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The training run of the installed program's class-data archive ({@code installer/train-cds.sh}): with
 * {@code -Dhuyang.cdsTraining=true}, after its command, the program also loads (without initialising)
 * every class of its own jar and of the window's libraries, so that the archive holds the window's
 * classes too, which a batch command never touches and a training run without a display cannot open.
 * Classes that cannot be loaded here (another platform's) are passed over.
 */
final class ClassDataTraining {
    static final String PROPERTY = "huyang.cdsTraining";

    private ClassDataTraining() {
    }

    static void loadIfTraining() {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        ClassLoader loader = ClassDataTraining.class.getClassLoader();
        for (String path : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            String name = new File(path).getName();
            if (name.startsWith("huyang") || name.startsWith("javafx-") || name.startsWith("controlsfx")
                    || name.startsWith("jfreechart")) {
                loadAll(path, loader);
            }
        }
    }

    private static void loadAll(String jar, ClassLoader loader) {
        try (JarFile file = new JarFile(jar)) {
            for (Enumeration<JarEntry> e = file.entries(); e.hasMoreElements(); ) {
                String entry = e.nextElement().getName();
                if (entry.endsWith(".class") && !entry.startsWith("META-INF/") && !entry.endsWith("module-info.class")) {
                    try {
                        Class.forName(entry.substring(0, entry.length() - 6).replace('/', '.'), false, loader);
                    } catch (ClassNotFoundException | LinkageError ignored) {
                        // another platform's class, or one whose dependencies are absent: not archived
                    }
                }
            }
        } catch (IOException ignored) {
            // an unreadable jar: its classes are simply not archived
        }
    }
}
