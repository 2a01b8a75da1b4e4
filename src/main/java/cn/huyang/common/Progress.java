package cn.huyang.common;

/** How background work reports how far it has come. */
public interface Progress {
    Progress NONE = (done, total) -> { };

    void update(long done, long total);
}
