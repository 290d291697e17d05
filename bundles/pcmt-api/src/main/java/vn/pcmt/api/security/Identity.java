package vn.pcmt.api.security;

import java.util.List;

/**
 * Who runs the current command: a user name (validated), a role, the scope an operator may write in (plan ids,
 * and a province whose plans and units they hold), and the channel it came through ({@code local}, {@code batch},
 * {@code ssh}).
 */
public record Identity(String name, UserRole role, List<String> plans, String province, String channel) {
    /** User names are short and printable: a name is written into the audit and may not forge a line of it. */
    public static final int MAX_NAME = 64;

    public Identity {
        name = checkName(name);
        plans = plans == null ? List.of() : List.copyOf(plans);
        if (role == null || channel == null) {
            throw new IllegalArgumentException("role and channel are required");
        }
    }

    /**
     * Checks a user name: 1 to {@link #MAX_NAME} characters, no control characters, no spaces at either end.
     * Returns it NFC-normalised.
     */
    public static String checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("tên người dùng trống (a user name is required)");
        }
        String n = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC);
        if (n.codePointCount(0, n.length()) > MAX_NAME) {
            throw new IllegalArgumentException("tên người dùng dài quá " + MAX_NAME + " ký tự: \"" + n.substring(0, 20)
                    + "…\"");
        }
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isISOControl(c) || Character.getType(c) == Character.LINE_SEPARATOR
                    || Character.getType(c) == Character.PARAGRAPH_SEPARATOR || Character.getType(c) == Character.FORMAT) {
                throw new IllegalArgumentException("tên người dùng có ký tự điều khiển ở vị trí " + (i + 1)
                        + " (a user name may not hold control characters)");
            }
        }
        if (!n.strip().equals(n)) {
            throw new IllegalArgumentException("tên người dùng có khoảng trắng ở đầu hoặc cuối: \"" + n + "\"");
        }
        return n;
    }

    /** The same identity, seen through another channel. */
    public Identity via(String otherChannel) {
        return new Identity(name, role, plans, province, otherChannel);
    }

    /** "hy-op (operator, scope hung-yen)", for refusals. */
    public String describe() {
        StringBuilder b = new StringBuilder(name).append(" (").append(role.code());
        if (role == UserRole.OPERATOR) {
            b.append(plans.isEmpty() && province == null ? ", no scope" : ", scope ");
            b.append(String.join(",", plans));
            if (province != null) {
                b.append(plans.isEmpty() ? "" : "; ").append("province ").append(province);
            }
        }
        return b.append(')').toString();
    }
}
