package vn.pcmt.api;

/** A body's role in an assignment: chủ trì, phối hợp or đề nghị. */
public enum Role {
    /** chủ trì, giao: the body answerable for the task. */
    LEAD("lead", "chủ trì"),
    /** phối hợp: works with the lead. */
    COORDINATE("coordinate", "phối hợp"),
    /** đề nghị: a body outside the issuer's authority, asked rather than ordered. */
    REQUESTED("requested", "đề nghị");

    private final String code;
    private final String vietnamese;

    Role(String code, String vietnamese) {
        this.code = code;
        this.vietnamese = vietnamese;
    }

    public String code() { return code; }

    public String vietnamese() { return vietnamese; }

    public static Role ofCode(String code) { return Codes.of(Role.class, code, Role::code); }
}
