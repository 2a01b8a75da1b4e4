package cn.huyang.exchange;

/** How many rows a package added, changed and deleted here, and how many went to the conflicts. */
public record ApplyCounts(int added, int changed, int deleted, int conflicts, int unchanged) {
}
