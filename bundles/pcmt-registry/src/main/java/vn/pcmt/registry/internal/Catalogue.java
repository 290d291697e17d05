package vn.pcmt.registry.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Canonical agencies: the bodies that recur across plans, under one id whatever a plan calls them ("Công an tỉnh",
 * "Công an Thành phố" and "Công an thành phố" are all {@code cong-an-tinh}). The ids are those of
 * docs/plan-format.md; plan authors use them, and a plan's own ids name bodies peculiar to it.
 */
final class Catalogue {
    record Canonical(String id, String name, String kind) {}

    static final List<Canonical> AGENCIES = List.of(
            new Canonical("cong-an-tinh", "Công an tỉnh / thành phố", "police"),
            new Canonical("cong-an-xa", "Công an cấp xã", "police"),
            new Canonical("ubnd-tinh", "Ủy ban nhân dân tỉnh / thành phố", "people-committee"),
            new Canonical("ubnd-xa", "Ủy ban nhân dân cấp xã", "commune-committee"),
            new Canonical("ubnd-huyen", "Ủy ban nhân dân cấp huyện (trước 7/2025)", "commune-committee"),
            new Canonical("so-y-te", "Sở Y tế", "health"),
            new Canonical("so-gddt", "Sở Giáo dục và Đào tạo", "education"),
            new Canonical("so-vhttdl", "Sở Văn hóa, Thể thao và Du lịch", "culture"),
            new Canonical("so-tu-phap", "Sở Tư pháp", "justice"),
            new Canonical("so-tai-chinh", "Sở Tài chính", "finance"),
            new Canonical("so-noi-vu", "Sở Nội vụ", "home-affairs"),
            new Canonical("so-ldtbxh", "Sở Lao động - Thương binh và Xã hội (trước 2025)", "labour-social"),
            new Canonical("so-cong-thuong", "Sở Công Thương", "industry-trade"),
            new Canonical("so-nnmt", "Sở Nông nghiệp và Môi trường", "agriculture-environment"),
            new Canonical("so-khcn", "Sở Khoa học và Công nghệ", "science-technology"),
            new Canonical("so-ttt", "Sở Thông tin và Truyền thông (trước 2025)", "information"),
            new Canonical("so-ngoai-vu", "Sở Ngoại vụ", "foreign-affairs"),
            new Canonical("so-xay-dung", "Sở Xây dựng", "construction"),
            new Canonical("so-dan-toc-ton-giao", "Sở Dân tộc và Tôn giáo", "ethnic-religion"),
            new Canonical("bchqs-tinh", "Bộ Chỉ huy Quân sự tỉnh / Bộ Tư lệnh", "military"),
            new Canonical("bdbp-tinh", "Bộ Chỉ huy Bộ đội Biên phòng", "border-guard"),
            new Canonical("hai-quan", "Hải quan", "customs"),
            new Canonical("vks-tinh", "Viện Kiểm sát nhân dân tỉnh / thành phố", "procuracy"),
            new Canonical("toa-an-tinh", "Tòa án nhân dân tỉnh / thành phố", "court"),
            new Canonical("mttq-tinh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh / thành phố", "fatherland-front"),
            new Canonical("doan-thanh-nien", "Đoàn Thanh niên", "youth-union"),
            new Canonical("hoi-phu-nu", "Hội Liên hiệp Phụ nữ", "women-union"),
            new Canonical("hoi-nong-dan", "Hội Nông dân", "farmers-union"),
            new Canonical("hoi-cuu-chien-binh", "Hội Cựu chiến binh", "veterans-union"),
            new Canonical("lien-doan-lao-dong", "Liên đoàn Lao động", "labour-union"),
            new Canonical("bao-ptth", "Báo, Phát thanh và Truyền hình", "media"),
            new Canonical("van-phong-ubnd", "Văn phòng Ủy ban nhân dân", "office"),
            new Canonical("cac-so-nganh", "Các sở, ban, ngành, đoàn thể", "group"),
            new Canonical("bcd-138", "Ban Chỉ đạo 138", "steering-committee"));

    static final Map<String, Canonical> BY_ID = AGENCIES.stream()
            .collect(Collectors.toUnmodifiableMap(Canonical::id, Function.identity()));

    private Catalogue() {}
}
