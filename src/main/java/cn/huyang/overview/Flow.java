package cn.huyang.overview;

/** The counselors registered (入职注册) and deregistered (离职注销) in a year or a period. */
public record Flow(String label, int entries, int exits) {
}
