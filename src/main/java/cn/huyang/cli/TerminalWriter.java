package cn.huyang.cli;

import cn.huyang.common.Text;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;

/**
 * Everything the command line prints goes through here: a control character in the data (ESC,
 * BEL, NUL, a bidi override …) is shown as its escape (\\u001B) instead of acting on the terminal.
 * Line breaks and the tabs between columns pass.
 */
final class TerminalWriter extends FilterWriter {
    private TerminalWriter(Writer out) {
        super(out);
    }

    /** A printing writer on a stream, in the terminal's encoding. */
    static PrintWriter on(OutputStream stream) {
        String name = System.getProperty("stdout.encoding", System.getProperty("sun.stdout.encoding"));
        Charset charset;
        try {
            charset = name == null ? Charset.defaultCharset() : Charset.forName(name);
        } catch (RuntimeException e) {
            charset = Charset.defaultCharset();
        }
        return new PrintWriter(new TerminalWriter(new OutputStreamWriter(stream, charset)), true);
    }

    @Override
    public void write(int c) throws IOException {
        write(new char[]{(char) c}, 0, 1);
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        write(new String(cbuf, off, len), 0, len);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        String part = s.substring(off, off + len);
        StringBuilder b = new StringBuilder(len + 8);
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            boolean lineEnd = c == '\n' || c == '\r' && i + 1 < part.length() && part.charAt(i + 1) == '\n';
            if (lineEnd || c == '\t' || !Text.isControl(c)) {
                b.append(c);
            } else {
                b.append(Text.printable(String.valueOf(c)));
            }
        }
        super.write(b.toString(), 0, b.length());
    }
}
