package cn.huyang.io;

/** A row of the import dialog's preview, whatever the kind: its number, what happens to it, who, and what changes. */
public record PreviewRow(int row, String action, String name, String changes) {
}
