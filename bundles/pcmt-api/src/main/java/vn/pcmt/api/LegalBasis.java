package vn.pcmt.api;

import java.time.LocalDate;

/** A document the plan is based on, quoted as printed in {@code text}. */
public record LegalBasis(String id, Ref ref, String text, String number, LocalDate date, String issuer) {}
