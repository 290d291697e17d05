package vn.pcmt.api.security;

/** What a user may do: each role includes the one before it. */
public enum UserRole {
    /** reads everything, writes nothing */
    VIEWER,
    /** also writes figures, recognitions, statuses and report submissions within their scope */
    OPERATOR,
    /** also loads and unloads plans, manages users and features, runs framework commands */
    ADMIN;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public boolean includes(UserRole other) {
        return compareTo(other) >= 0;
    }

    /** The role named {@code code} (admin, operator, viewer), or an error naming the roles. */
    public static UserRole ofCode(String code) {
        for (UserRole r : values()) {
            if (r.code().equals(code)) {
                return r;
            }
        }
        throw new IllegalArgumentException("vai trò \"" + code + "\" không tồn tại (role must be admin, operator"
                + " or viewer)");
    }
}
