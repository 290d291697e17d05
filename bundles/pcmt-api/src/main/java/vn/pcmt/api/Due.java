package vn.pcmt.api;

import java.time.LocalDate;

/** A one-off deadline: the last day it may be done, and the wording as printed. */
public record Due(LocalDate date, String text) {}
