package cn.huyang.installer;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.GeneralPath;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Draws the application icon — a desert poplar (胡杨) in autumn gold on a dune under a clear sky —
 * and writes {@code installer/huyang.png} (256 px, Linux) and {@code installer/huyang.ico}
 * (16–256 px, Windows). Run from the project folder:
 * <pre>java -cp target/test-classes cn.huyang.installer.IconPainter</pre>
 */
public final class IconPainter {
    private static final int[] ICO_SIZES = {16, 24, 32, 48, 64, 128, 256};

    private IconPainter() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "installer");
        Files.createDirectories(dir);
        ImageIO.write(paint(256), "png", dir.resolve("huyang.png").toFile());
        List<byte[]> pngs = new ArrayList<>();
        for (int size : ICO_SIZES) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(paint(size), "png", out);
            pngs.add(out.toByteArray());
        }
        Files.write(dir.resolve("huyang.ico"), ico(ICO_SIZES, pngs));
        System.out.println("Wrote " + dir.resolve("huyang.png") + " and " + dir.resolve("huyang.ico"));
    }

    /** The icon at {@code size} pixels, drawn on a 256-unit canvas. */
    static BufferedImage paint(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 256.0, size / 256.0);

        RoundRectangle2D tile = new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56);
        g.setPaint(new GradientPaint(0, 8, new Color(0x2E7FC9), 0, 200, new Color(0xBFE3F5)));
        g.fill(tile);
        g.setClip(tile);

        // the sun, low over the desert
        g.setColor(new Color(0xFFF4D0));
        g.fill(new Ellipse2D.Double(170, 40, 44, 44));

        // dunes
        GeneralPath far = new GeneralPath();
        far.moveTo(0, 196);
        far.curveTo(60, 170, 120, 176, 256, 186);
        far.lineTo(256, 256);
        far.lineTo(0, 256);
        far.closePath();
        g.setColor(new Color(0xE8C27A));
        g.fill(far);
        GeneralPath near = new GeneralPath();
        near.moveTo(0, 222);
        near.curveTo(80, 196, 170, 204, 256, 222);
        near.lineTo(256, 256);
        near.lineTo(0, 256);
        near.closePath();
        g.setColor(new Color(0xD4A24F));
        g.fill(near);

        // trunk: thick, leaning, forking — the gnarled poplar that lives a thousand years
        g.setColor(new Color(0x5A3A1E));
        GeneralPath trunk = new GeneralPath();
        trunk.moveTo(104, 214);
        trunk.curveTo(112, 184, 116, 160, 110, 132);
        trunk.lineTo(124, 130);
        trunk.curveTo(132, 156, 140, 176, 150, 212);
        trunk.closePath();
        g.fill(trunk);
        g.setStroke(new BasicStroke(11, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        branch(g, 116, 140, 82, 104);
        branch(g, 118, 138, 160, 98);
        g.setStroke(new BasicStroke(7, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        branch(g, 118, 134, 122, 86);
        branch(g, 92, 116, 66, 110);
        branch(g, 150, 108, 184, 112);

        // crown: clumps of autumn gold
        Color[] golds = {new Color(0xF2B705), new Color(0xF29F05), new Color(0xFFD23F), new Color(0xE08E0B)};
        double[][] clumps = {
                {60, 84, 50}, {96, 62, 56}, {140, 58, 58}, {176, 86, 48}, {118, 92, 54}, {76, 108, 40},
                {162, 112, 40}, {120, 44, 40}};
        Random r = new Random(7);
        for (int pass = 0; pass < 2; pass++) {
            for (double[] c : clumps) {
                g.setColor(golds[r.nextInt(golds.length)]);
                double d = c[2] * (pass == 0 ? 1.0 : 0.62);
                double dx = pass == 0 ? 0 : -c[2] * 0.12;
                double dy = pass == 0 ? 0 : -c[2] * 0.14;
                g.fill(new Ellipse2D.Double(c[0] - d / 2 + dx, c[1] - d / 2 + dy, d, d * 0.86));
            }
        }
        g.setClip(null);
        g.setStroke(new BasicStroke(3));
        g.setColor(new Color(0x1F5F99));
        g.draw(tile);
        g.dispose();
        return img;
    }

    private static void branch(Graphics2D g, double x1, double y1, double x2, double y2) {
        GeneralPath p = new GeneralPath();
        p.moveTo(x1, y1);
        p.quadTo((x1 + x2) / 2 + (y2 - y1) * 0.15, (y1 + y2) / 2, x2, y2);
        g.draw(p);
    }

    /** An ICO file holding PNG images (Windows Vista and later read these). */
    static byte[] ico(int[] sizes, List<byte[]> pngs) {
        int header = 6 + 16 * sizes.length;
        int total = header + pngs.stream().mapToInt(b -> b.length).sum();
        ByteBuffer buf = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        buf.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        int offset = header;
        for (int i = 0; i < sizes.length; i++) {
            int s = sizes[i] >= 256 ? 0 : sizes[i];
            buf.put((byte) s).put((byte) s).put((byte) 0).put((byte) 0);
            buf.putShort((short) 1).putShort((short) 32);
            buf.putInt(pngs.get(i).length).putInt(offset);
            offset += pngs.get(i).length;
        }
        pngs.forEach(buf::put);
        return buf.array();
    }
}
