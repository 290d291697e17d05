package vn.pcmt.draft.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bodies a Vietnamese provincial plan gives duties to, matched on folded text (no diacritics) and mapped to
 * the canonical agency ids of the plan format (docs/plan-format.md, "agencies"), so a drafted body has the id it
 * has in every other plan. The patterns follow the names the 2025 organisation of provincial bodies uses (Nghị
 * định 45/2025/NĐ-CP on the provincial departments), with the older names plans still print; a body that is none
 * of them but is named like one (Sở …, Ban …, Hội …, Trung tâm …) is proposed as a new agency with an id made
 * from its name.
 */
final class Agencies {
    record Canonical(String id, String kind, String level, Pattern pattern) {}

    record Hit(String id, String kind, String level, int start, int end, boolean known) {}

    private static final String TINH = "(?: (?:tinh|thanh pho)(?! [a-z]+ [a-z]+ (?:tinh|thanh pho)))?";
    private static final String UB = "(?:uy ban nhan dan|ubnd)";
    /** "&" or "và" between the letters of an abbreviated name ("Sở LĐTB&XH", "Sở GD và ĐT"). */
    private static final String AND = "\\W?(?:&|va|\\W)?\\W?";
    /**
     * The long name of the steering committee for crime and social evils, called "Ban Chỉ đạo 138" after Nghị quyết
     * 138/CP (2000) that set it up: "Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn
     * dân bảo vệ an ninh Tổ quốc", ANTQ / ANTT for short.
     */
    private static final String BCD = "(?:ban chi dao|bcd) (?:138|phong,? chong toi pham[^.;:]{0,130}?(?:an ninh to quoc|an ninh,? trat tu|antq|antt|anton))";

    /** The steering committee by any of its names, with its level: what "thành viên …" refers to. */
    private static final String BCD_ANY = "(?:" + BCD + "|ban chi dao|bcd)(?: (?:tinh|thanh pho))?";
    /** "Các sở, ban, ngành thành viên Ban Chỉ đạo tỉnh": the departments that sit on the committee, the same body. */
    private static final String MEMBERS = "(?: (?:la )?thanh vien (?:cua )?" + BCD_ANY + ")";

    static final List<Canonical> CATALOGUE = List.of(
            c("cac-so-nganh", "group", "province",
                    "cac (?:co quan(?:, don vi)? (?:thuoc|truc thuoc) " + UB + " (?:tinh|thanh pho);? ?)?(?:co quan,? )?(?:so,? ban,? nganh|so,? nganh)(?:,? (?:doan the|don vi|dia phuong|co quan))*(?: (?:tinh|thanh pho|lien quan|co lien quan|chuc nang))?" + MEMBERS + "?"
                    // the member bodies of the steering committee are the departments: "các thành viên Ban Chỉ đạo tỉnh"
                    + "|cac (?:co quan )?thanh vien (?:cua )?" + BCD_ANY
                    // the departments by what they are: "các cơ quan chuyên môn thuộc UBND tỉnh"
                    + "|cac co quan(?:, don vi)?(?: chuyen mon)? (?:thuoc|truc thuoc) " + UB + " (?:tinh|thanh pho)"),
            c("co-quan-trung-uong", "group", "province",
                    "cac co quan(?:, don vi)? (?:trung uong|cua trung uong|thuoc (?:cac )?bo,? nganh trung uong) dong (?:tren|tai) dia ban(?: tinh| thanh pho)?"),
            c("ubnd-cac-cap", "commune-committee", "province", UB + " cac cap"),
            c("ubnd-xa", "commune-committee", "commune",
                    UB + " (?:cap xa|(?:cac )?(?:xa,? phuong|phuong,? xa)(?:,? (?:dac khu|thi tran))*|cac xa|cac dia phuong|xa|\\d+ xa(?:,? phuong)?(?: bien gioi| trong diem)?)"),
            c("ubnd-huyen", "commune-committee", "district",
                    UB + " (?:cac )?(?:quan,? huyen,? thi xa(?:,? thanh pho)?|huyen,? thi xa,? thanh pho|cap huyen|huyen,? thanh pho)"),
            c("van-phong-ubnd", "office", "province", "van phong " + UB + " (?:tinh|thanh pho)"),
            c("ubnd-tinh", "people-committee", "province", UB + " (?:tinh|thanh pho)"),
            c("cong-an-xa", "police", "commune", "cong an (?:cap xa|cac xa,? phuong(?:,? dac khu)?|xa,? phuong|xa)"),
            c("cong-an-tinh", "police", "province", "cong an (?:tinh|thanh pho)"),
            c("so-y-te", "health", "province", "so y te"),
            c("so-gddt", "education", "province", "so giao duc va dao tao|so gd" + AND + "dt"),
            c("so-vhttdl", "culture", "province", "so van hoa[ ,\\-–]+(?:the thao[ ,\\-–]+(?:va )?du lich|va the thao|the thao)|so vh\\W?tt(?:" + AND + "dl)?"),
            c("so-tu-phap", "justice", "province", "so tu phap"),
            c("so-tai-chinh", "finance", "province", "so tai chinh"),
            c("so-noi-vu", "home-affairs", "province", "so noi vu"),
            c("so-ldtbxh", "labour-social", "province", "so lao dong\\W+thuong binh va xa hoi|so ld\\W?tb" + AND + "xh"),
            c("so-cong-thuong", "industry-trade", "province", "so cong thuong"),
            c("so-nnmt", "agriculture-environment", "province", "so nong nghiep va (?:moi truong|phat trien nong thon)|so nn" + AND + "(?:mt|ptnt)"),
            c("so-khcn", "science-technology", "province", "so khoa hoc va cong nghe|so kh" + AND + "cn"),
            c("so-ttt", "information", "province", "so thong tin va truyen thong|so tt" + AND + "tt"),
            c("so-ngoai-vu", "foreign-affairs", "province", "so ngoai vu"),
            c("so-xay-dung", "construction", "province", "so xay dung"),
            c("so-dan-toc-ton-giao", "ethnic-religion", "province", "so dan toc va ton giao|ban dan toc(?: tinh)?"),
            c("bdbp-tinh", "border-guard", "province", "(?:bo chi huy|bo ch|bch) (?:bo doi bien phong|bdbp)" + TINH + "|(?:luc luong )?(?:bo doi bien phong|bdbp)(?: tinh| thanh pho)?"),
            c("canh-sat-bien", "coast-guard", "province", "(?:bo tu lenh vung |luc luong )?canh sat bien(?: vung \\d)?"),
            c("so-khdt", "finance", "province", "so ke hoach va dau tu|so kh" + AND + "dt"),
            c("bchqs-tinh", "military", "province", "(?:bo chi huy|bch|bo ch) quan su" + TINH + "|(?:bo )?chqs" + TINH + "|bchqs" + TINH + "|bo tu lenh (?:thu do|thanh pho)(?: [a-z]+)?"),
            c("hai-quan", "customs", "province", "(?:cuc|chi cuc) hai quan(?: khu vuc [ivx]+| tinh| thanh pho)?"),
            c("vks-tinh", "procuracy", "province", "(?:vien kiem sat nhan dan|vksnd)" + TINH),
            c("toa-an-tinh", "court", "province", "(?:toa an nhan dan|tand)" + TINH),
            c("mttq-tinh", "fatherland-front", "province", "(?:(?:uy ban )?mat tran to quoc(?: viet nam)?|(?:uy ban |ub)?mttq(?: ?vn| viet nam)?)" + TINH),
            c("doan-thanh-nien", "youth-union", "province", "tinh doan|thanh doan|doan thanh nien(?: cong san ho chi minh)?" + TINH),
            c("hoi-phu-nu", "women-union", "province", "hoi (?:lien hiep phu nu|lhpn)(?: viet nam)?" + TINH),
            c("hoi-nong-dan", "farmers-union", "province", "hoi nong dan(?: viet nam)?" + TINH),
            c("hoi-cuu-chien-binh", "veterans-union", "province", "hoi (?:cuu chien binh|ccb)(?: viet nam)?" + TINH),
            c("lien-doan-lao-dong", "labour-union", "province", "(?:lien doan lao dong|ldld)" + TINH),
            c("bao-ptth", "media", "province",
                    "bao va phat thanh,? truyen hinh" + TINH + "|dai (?:phat thanh(?:,| va) truyen hinh|pt\\W?th)" + TINH + "|cac co quan bao chi(?:,? truyen thong)?"),
            c("bcd-138", "steering-committee", "province", BCD + "(?: cap tinh)?" + TINH),
            c("bcd-138-huyen", "steering-committee", "district", BCD + " (?:cac )?(?:cap huyen|huyen,? thi xa,? thanh pho|quan,? huyen,? thi xa)"),
            c("bcd-xa", "steering-committee", "commune", BCD + " (?:cac )?(?:cap xa|xa,? phuong(?:,? thi tran|,? dac khu)*)"),
            // the collective bodies plans address "at every level" (các cấp): one id each, as the plan format's style
            c("cap-uy-cac-cap", "party", "province", "(?:cac )?cap uy(?: dang)?(?: cac cap)?(?=,? (?:chinh quyen|to chuc|mat tran))|cac cap uy(?: dang)?"),
            c("chinh-quyen-cac-cap", "commune-committee", "province", "chinh quyen(?: dia phuong)? cac cap|chinh quyen(?= cac cap|,? mat tran|,? to chuc)"),
            c("mttq-cac-cap", "fatherland-front", "province", "mat tran to quoc(?: viet nam)? cac cap"),
            c("to-chuc-thanh-vien-mttq", "group", "province", "cac to chuc thanh vien(?: cua mat tran(?: to quoc)?| cua mttq| mat tran)?"),
            c("doan-the-cac-cap", "group", "province", "(?:cac )?(?:doan the chinh tri(?:\\s?-\\s?xa hoi)?|to chuc chinh tri\\s?-\\s?xa hoi)(?: cac cap| tinh| thanh pho)?"),
            c("ban-tuyen-giao", "party", "province", "ban tuyen giao(?: va dan van)?(?: tinh uy| thanh uy)?"),
            c("truong-chinh-tri-tinh", "school", "province", "truong chinh tri(?: tinh| thanh pho)?(?: [a-z]+ [a-z]+)??"),
            c("thanh-tra-tinh", "inspectorate", "province", "thanh tra (?:tinh|thanh pho)"),
            c("thue-tinh", "tax", "province", "(?:cuc|chi cuc) thue(?: tinh| thanh pho| khu vuc [ivx]+)?"));

    /** Generic names of bodies not in the catalogue: proposed as new agencies. */
    private static final Pattern GENERIC = Pattern.compile(
            "(?!ban (?:hanh|giao|than|dau)\\b)(?:so|ban|hoi|trung tam|chi cuc|cuc|quy|ngan hang|bao hiem xa hoi|kho bac nha nuoc|cong ty) [a-z]+(?: (?:va|[a-z]+)){0,6}?(?= (?:chu tri|phoi hop|to chuc|thuc hien|tham muu|chi dao|tang cuong|trien khai|xay dung|huong dan|bo tri|quan ly|kiem tra|rasoat|co trach nhiem)\\b|[,:;.]|$)");

    private static Canonical c(String id, String kind, String level, String regex) {
        return new Canonical(id, kind, level, Pattern.compile(regex));
    }

    private Agencies() {}

    /** The body named exactly at {@code pos} of the folded text, the longest match; null when none. */
    static Hit at(String folded, int pos) {
        return at(null, folded, pos);
    }

    /**
     * As {@link #at(String, int)}, and a catalogue body followed by a proper name in the original ("Đài Phát thanh
     * và Truyền hình Hà Nội", "Công an tỉnh Quảng Trị") takes the name in: capitalised words, at most three.
     */
    static Hit at(String original, String folded, int pos) {
        Hit h = at0(folded, pos);
        if (h == null || original == null || !h.known()) {
            return h;
        }
        int end = h.end();
        for (int k = 0; k < 3; k++) {
            int w = end + 1;
            if (w >= original.length() || original.charAt(end) != ' ' || !Character.isUpperCase(original.charAt(w))) {
                break;
            }
            int e = w;
            while (e < original.length() && Character.isLetter(original.charAt(e))) {
                e++;
            }
            String word = Fold.fold(original.substring(w, e));
            if (e == w || word.matches("chu|phoi|to|thuc|tham|chi|tang|trien|xay|huong|bo|quan|kiem|ra|co|la|va|giao|de|can|dinh|theo|tiep|khan|trong")) {
                break; // a capitalised verb opening the duty ("Chủ trì", "Phối hợp"), not a name
            }
            end = e;
        }
        return end == h.end() ? h : new Hit(h.id(), h.kind(), h.level(), h.start(), end, true);
    }

    /** The first words a body's name can begin with: the regular expressions run only where one of them is. */
    private static final java.util.Set<String> FIRST = java.util.Set.of("cac", "uy", "ubnd", "van", "cong", "so", "bo",
            "ban", "cuc", "chi", "vien", "toa", "mat", "tinh", "thanh", "doan", "hoi", "lien", "bao", "dai", "truong",
            "chinh", "cap", "to", "trung", "quy", "ngan", "kho", "luc", "canh",
            // abbreviations Vietnamese documents print for the same bodies
            "bch", "bchqs", "chqs", "bdbp", "vksnd", "tand", "ubmttq", "mttq", "ldld", "bcd");

    private static Hit at0(String folded, int pos) {
        int sp = pos;
        while (sp < folded.length() && Character.isLetter(folded.charAt(sp))) {
            sp++;
        }
        if (!FIRST.contains(folded.substring(pos, sp))) {
            return null;
        }
        Hit best = null;
        for (Canonical c : CATALOGUE) {
            Matcher m = c.pattern().matcher(folded);
            m.region(pos, folded.length());
            if (m.lookingAt() && wordEnd(folded, m.end()) && (best == null || m.end() > best.end())) {
                best = new Hit(c.id(), c.kind(), c.level(), pos, m.end(), true);
            }
        }
        if (best != null && best.id().equals("ubnd-xa")) {
            Matcher num = Pattern.compile(" (\\d+) xa").matcher(folded.substring(pos, best.end()));
            if (num.find()) { // "UBND 28 xã, phường" (those a plan selects): a body of its own, not every commune
                return new Hit("ubnd-" + Integer.parseInt(num.group(1)) + "-xa", best.kind(), best.level(), pos, best.end(), true);
            }
        }
        if (best != null) {
            return best;
        }
        Matcher g = GENERIC.matcher(folded);
        g.region(pos, folded.length());
        if (g.lookingAt() && g.end() - pos <= 70) {
            String name = folded.substring(pos, g.end()).trim();
            return new Hit(slug(name), kindOf(name), "province", pos, pos + name.length(), false);
        }
        return null;
    }

    /** Every catalogue body named in the folded text, in order, not overlapping. */
    static List<Hit> all(String folded) {
        List<Hit> hits = new ArrayList<>();
        int i = 0;
        while (i < folded.length()) {
            if (i == 0 || !Character.isLetterOrDigit(folded.charAt(i - 1))) {
                Hit h = at(folded, i);
                if (h != null && h.known()) {
                    hits.add(h);
                    i = h.end();
                    continue;
                }
            }
            i++;
        }
        return hits;
    }

    private static boolean wordEnd(String s, int end) {
        return end >= s.length() || !Character.isLetterOrDigit(s.charAt(end));
    }

    static String slug(String folded) {
        String s = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return s.length() > 40 ? s.substring(0, 40).replaceAll("-$", "") : s;
    }

    private static String kindOf(String name) {
        if (name.startsWith("hoi ")) {
            return "other";
        }
        if (name.startsWith("cong ty")) {
            return "enterprise";
        }
        if (name.startsWith("ban ")) {
            return "other";
        }
        return "other";
    }
}
